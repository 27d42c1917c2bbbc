import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claim, error, fakeRoster } from "../agent/fake-roster";
import { freePort } from "../../adapters/local-dynamodb";
import { rosterProcess } from "../support/cli";
import { localRoster } from "../support/local-roster";
import { type Running, processesMentioning, runTs } from "../support/processes";

/** Real agent processes (`roster agent`) against a local server, in real time. */
let local: Awaited<ReturnType<typeof localRoster>>;
let joinToken: string;
const dir = mkdtempSync(join(tmpdir(), "roster-agents-"));
const started: Running[] = [];

beforeAll(async () => {
  local = await localRoster();
  const created = await local.admin("POST", "/v1/clusters", {
    clusterId: "fleet",
    // A timeout well past the fence rule's minimum (core/fence.ts): a slow check-in on a busy machine does not fence.
    settings: { instanceTimeoutMs: 4000, instanceRecoveryTimeoutMs: 1000, instanceCheckInIntervalMs: 1000 },
  });
  joinToken = created.body.joinToken;
});
afterAll(async () => {
  for (const agent of started) if (agent.child.exitCode === null) agent.child.kill("SIGKILL");
  await local?.roster.stop();
});

const agent = (args: string[]) => {
  const running = rosterProcess(["agent", "--url", local.roster.url, "--cluster", "fleet", "--join-token", joinToken, ...args]);
  started.push(running);
  return running;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
const node = async (id: string) => (await local.admin("GET", `/v1/clusters/fleet/nodes/${id}`)).body;

describe("roster agent", () => {
  it("first and additional nodes share the keystore byte for byte (mode 0600), run jobs, and leave on SIGTERM", async () => {
    const keystore = randomBytes(4096);
    writeFileSync(join(dir, "in.jks"), keystore);
    const out = join(dir, "job-output");
    const a = agent(["--node-id", "a", "--first", "--keystore-in", join(dir, "in.jks"), "--keystore-format", "jks", "--keystore-out", join(dir, "a", "ks")]);
    await until("node a running", async () => (await node("a")).state === "running");
    const b = agent([
      "--node-id", "b",
      "--keystore-out", join(dir, "b", "ks"),
      "--run", `work=cat >> ${out}; echo " env=$ROSTER_PAYLOAD fencing=$ROSTER_FENCING_TOKEN" >> ${out}`,
    ]);
    const written = await until("b's keystore", () => (existsSync(join(dir, "b", "ks")) ? readFileSync(join(dir, "b", "ks")) : undefined));
    expect(written.equals(keystore)).toBe(true);
    expect(statSync(join(dir, "b", "ks")).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, "a", "ks")).equals(keystore)).toBe(true);

    await local.admin("POST", "/v1/clusters/fleet/jobs", { jobId: "nightly", type: "work", payload: { report: "sales" }, schedule: { at: "2099-01-01T00:00:00Z" } });
    await local.admin("POST", "/v1/clusters/fleet/jobs/nightly/trigger");
    // The command appends stdin, then a line of its environment: wait for that whole line.
    const line = await until("the job's output", () => {
      const text = existsSync(out) ? readFileSync(out, "utf8") : "";
      return text.includes("fencing=") ? text : undefined;
    });
    expect(line).toContain('{"report":"sales"}'); // on stdin
    const runs = await until("a finished run", async () => {
      const r = await local.admin("GET", "/v1/clusters/fleet/jobs/nightly/runs");
      return r.body.results[0]?.state === "succeeded" ? r.body.results : undefined;
    });
    // The command saw the fencing token of the run that succeeded. (On a loaded machine a
    // check-in's answer can time out after its claim committed: that claim is requeued and
    // claimed again with the next token, so the token is not always 1.)
    expect(line).toContain(`env={"report":"sales"} fencing=${runs[0].fencingToken}`);
    expect(runs[0].nodeId).toBe("b"); // a has no handler for `work`: it takes no claims

    b.child.kill("SIGTERM");
    expect(await b.exited).toBe(0);
    expect(await node("b")).toMatchObject({ state: "stopped" });
    expect((await node("b")).shutdown).not.toBe("");

    a.child.kill("SIGKILL"); // dies without a word
    await until("a recovering", async () => (await node("a")).state === "recovering", 10_000);
    await until("a offline", async () => (await node("a")).state === "offline", 10_000);
  }, 90_000);

  it("a restarted agent with --node-id-source hostname keeps its id, as a new incarnation", async () => {
    const id = hostname().replace(/[^A-Za-z0-9._-]/g, "-");
    const first = agent(["--node-id-source", "hostname"]);
    await until("the host's node running", async () => (await node(id)).state === "running");
    const epoch = (await node(id)).epoch;
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    const again = agent(["--node-id-source", "hostname"]);
    await until("the host's node back", async () => {
      const n = await node(id);
      return n.state === "running" && n.epoch === epoch + 1;
    });
    again.child.kill("SIGTERM");
    expect(await again.exited).toBe(0);
  }, 60_000);

  it("a random node id is kept in the state file across restarts", async () => {
    const stateFile = join(dir, "state.json");
    const one = agent(["--node-id-source", "random", "--state-file", stateFile]);
    const id = await until("the state file", () => (existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, "utf8")).nodeId : undefined));
    await until("the random node running", async () => (await node(id)).state === "running");
    one.child.kill("SIGTERM");
    await one.exited;
    const two = agent(["--node-id-source", "random", "--state-file", stateFile]);
    await until("the same id again", async () => (await node(id)).epoch === 2);
    two.child.kill("SIGTERM");
    await two.exited;
  }, 60_000);
});

describe("stopping before the node could join", () => {
  it("SIGTERM while Roster is unreachable: the agent gives the join up after 10 s and ends with exit code 0", async () => {
    const port = await freePort(); // nothing listens there
    const running = rosterProcess(["agent", "--url", `http://127.0.0.1:${port}`, "--cluster", "c", "--join-token", "j", "--node-id", "n"]);
    started.push(running);
    await until("the agent trying to join", () => /join failed|retrying/i.test(running.errors() + running.output()) || undefined, 20_000);
    const signalledAt = Date.now();
    running.child.kill("SIGTERM");
    expect(await running.exited).toBe(0);
    const tookMs = Date.now() - signalledAt;
    expect(tookMs).toBeGreaterThanOrEqual(9_000); // it waited for the join first
    expect(tookMs).toBeLessThan(20_000);
    expect(running.errors() + running.output()).toContain("stopped before the node could join");
  }, 60_000);
});

describe("a shell job's processes are gone after every kind of exit", () => {
  /** An agent process against a scripted Roster, running `sleep <marker>` as a job until something ends it. */
  async function agentWithJob(marker: number, checkInAfterStart: () => ReturnType<typeof error> | { body: unknown } | undefined) {
    // Requests time out after 1 s: enough for the fake, in this busy test process, to answer.
    const roster = fakeRoster({ instanceTimeoutMs: 6000, instanceCheckInIntervalMs: 2000 });
    roster.offer(claim("job~1"));
    roster.script((call) => (call.kind === "check-in" && roster.of("start").length > 0 ? checkInAfterStart() : undefined));
    const server = await roster.listen();
    const running = rosterProcess(["agent", "--url", server.url, "--cluster", "c", "--join-token", "j", "--node-id", "n", "--run", `work=sleep ${marker}; true`]);
    started.push(running);
    await until("the job's command running", () => processesMentioning(`sleep ${marker}`).some((l) => l.startsWith("sleep")) || undefined);
    return { roster, running, close: server.close };
  }

  it("SIGTERM: the node leaves after its grace, the command killed", async () => {
    const { roster, running, close } = await agentWithJob(31341, () => undefined);
    running.child.kill("SIGTERM");
    expect(await running.exited).toBe(0);
    expect(processesMentioning("sleep 31341")).toEqual([]);
    expect(roster.of("leave")).toHaveLength(1);
    await close();
  }, 60_000);

  it("superseded", async () => {
    const { running, close } = await agentWithJob(31342, () => error(409, "superseded"));
    expect(await running.exited).toBe(3); // the unit does not restart it (RestartPreventExitStatus=2 3)
    expect(running.errors()).toContain("another incarnation of this node joined");
    expect(processesMentioning("sleep 31342")).toEqual([]);
    await close();
  }, 60_000);

  it("a fatal error (the work is fenced first)", async () => {
    const { running, close } = await agentWithJob(31343, () => error(403, "forbidden"));
    expect(await running.exited).toBe(1);
    expect(running.errors()).toContain("self-fenced");
    expect(processesMentioning("sleep 31343")).toEqual([]);
    await close();
  }, 60_000);

  it("an exception in the agent (a malformed answer)", async () => {
    const { running, close } = await agentWithJob(31344, () => ({ body: { state: "running" } }));
    expect(await running.exited).toBe(1);
    expect(running.errors()).toContain("a malformed check-in answer");
    expect(processesMentioning("sleep 31344")).toEqual([]);
    await close();
  }, 60_000);

  it("an uncaught exception in the process", async () => {
    const crashing = runTs("test/agent/fixtures/command-then-crash.ts", ["sleep 31345; true"], {});
    started.push(crashing);
    await until("the command running", () => processesMentioning("sleep 31345").some((l) => l.startsWith("sleep")) || undefined);
    expect(await crashing.exited).not.toBe(0);
    expect(crashing.errors()).toContain("an unexpected failure");
    expect(processesMentioning("sleep 31345")).toEqual([]);
  }, 60_000);
});
