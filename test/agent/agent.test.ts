import { beforeAll, describe, expect, it } from "vitest";
import { type JobContext, startAgent } from "../../agent/agent";
import { systemClock } from "../../core/common/clock";
import { fenceAfterMs } from "../../core/clusters/fence";
import { DEFAULT_NODE_SHARDS, activeRunKey, nodeKey } from "../../core/store/keys";
import { type Harness, harness, joinNode } from "../support/harness";

/** The agent library against the real app in this process (its fetch goes to app.request), in real time. */
let h: Harness;
let joinToken: string;
// A timeout well past the fence rule's minimum: a check-in slowed by a loaded machine must not fence.
const SETTINGS = { instanceTimeoutMs: 4000, instanceRecoveryTimeoutMs: 1000, instanceCheckInIntervalMs: 1000 };

beforeAll(async () => {
  h = await harness({ clock: systemClock });
  const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "lib", settings: SETTINGS } });
  joinToken = created.body.joinToken;
  await joinNode(h, "lib", "seed", joinToken, "clustered-first");
});

const appFetch = (failing: { now: boolean } = { now: false }): typeof fetch => (async (input: string | URL | Request, init?: RequestInit) => {
  if (failing.now) throw new TypeError("fetch failed");
  return h.app.request(String(input), init);
}) as typeof fetch;

async function until<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A handler that waits until its claim is lost, and says when. */
function waitingHandler() {
  const seen: { job?: JobContext; abortedBecause?: string } = {};
  const handler = (job: JobContext) =>
    new Promise<void>((_, reject) => {
      seen.job = job;
      job.signal.addEventListener("abort", () => {
        seen.abortedBecause = String((job.signal.reason as Error).message);
        reject(job.signal.reason);
      });
    });
  return { seen, handler };
}

async function jobFor(jobId: string) {
  await h.call("POST", "/v1/clusters/lib/jobs", { token: h.adminToken, body: { jobId, type: jobId, schedule: { at: "2099-01-01T00:00:00Z" } } });
  await h.call("POST", `/v1/clusters/lib/jobs/${jobId}/trigger`, { token: h.adminToken });
}

describe("agent library", () => {
  it("keeps trying to join while Roster is unreachable or busy (found by the soak: a timed-out first join ended the agent)", async () => {
    let joins = 0;
    const flaky = (async (input: string | URL | Request, init?: RequestInit) => {
      if (String(input).endsWith("/join") && ++joins <= 5) {
        if (joins === 1) throw new TypeError("fetch failed");
        return new Response(JSON.stringify({ error: { code: "unavailable", message: "try later" } }), { status: 503, headers: { "retry-after": "0" } });
      }
      return h.app.request(String(input), init);
    }) as typeof fetch;
    const agent = await startAgent({ url: "http://roster", clusterId: "lib", joinToken, nodeId: "j1", softwareVersion: "1.0.0", fetch: flaky });
    expect(joins).toBe(6); // past the client's own four attempts
    expect((await h.call("GET", "/v1/clusters/lib/nodes/j1", { token: h.adminToken })).body.state).toBe("running");
    await agent.stop(0);
  });

  it("a revoked claim aborts the handler's signal", async () => {
    const { seen, handler } = waitingHandler();
    const agent = await startAgent({ url: "http://roster", clusterId: "lib", joinToken, nodeId: "r1", softwareVersion: "1.0.0", handlers: { revoke: handler }, fetch: appFetch() });
    await jobFor("revoke");
    await until("the job to start", () => seen.job !== undefined);
    // The claim is gone, as a take-back writes it: the run item deleted and the run no longer assigned to the node.
    await h.deps.table.delete({ Key: activeRunKey("lib", seen.job!.runId) });
    await h.deps.table.update({ Key: nodeKey("lib", "r1", DEFAULT_NODE_SHARDS), UpdateExpression: "DELETE assigned :run", ExpressionAttributeValues: { ":run": new Set([seen.job!.runId]) } });
    await until("the abort", () => seen.abortedBecause !== undefined);
    expect(seen.abortedBecause).toBe("claim revoked");
    await agent.stop(0);
  });

  it("self-fences: with no successful check-in for nearly instanceTimeoutMs, it aborts its jobs", async () => {
    const failing = { now: false };
    const { seen, handler } = waitingHandler();
    const agent = await startAgent({ url: "http://roster", clusterId: "lib", joinToken, nodeId: "f1", softwareVersion: "1.0.0", handlers: { fence: handler }, fetch: appFetch(failing) });
    await jobFor("fence");
    await until("the job to start", () => seen.job !== undefined);
    const cutAt = Date.now();
    failing.now = true; // the network to Roster is gone
    await until("self-fencing", () => seen.abortedBecause !== undefined);
    expect(seen.abortedBecause).toContain("self-fenced");
    // Exact timing is test/agent/fence.test.ts's (fake clock); here, a bound a loaded machine keeps.
    expect(Date.now() - cutAt).toBeLessThan(fenceAfterMs(SETTINGS) + 1500);
    failing.now = false;
    await agent.stop(0);
  });

  it("reports a self-fenced run failed, 'self-fenced', when Roster still has it", async () => {
    // Only check-ins are cut, and the timeout leaves the report time to land before Roster's lease lapses.
    const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "cut", settings: { ...SETTINGS, instanceTimeoutMs: 8000 } } });
    await joinNode(h, "cut", "seed", created.body.joinToken, "clustered-first");
    const cut = { now: false };
    const fetchCut = (async (input: string | URL | Request, init?: RequestInit) => {
      if (cut.now && String(input).endsWith("/check-in")) throw new TypeError("fetch failed");
      return h.app.request(String(input), init);
    }) as typeof fetch;
    const { seen, handler } = waitingHandler();
    const agent = await startAgent({ url: "http://roster", clusterId: "cut", joinToken: created.body.joinToken, nodeId: "f2", softwareVersion: "1.0.0", handlers: { cut: handler }, fetch: fetchCut });
    await h.call("POST", "/v1/clusters/cut/jobs", { token: h.adminToken, body: { jobId: "cut", type: "cut", schedule: { at: "2099-01-01T00:00:00Z" } } });
    await h.call("POST", "/v1/clusters/cut/jobs/cut/trigger", { token: h.adminToken });
    await until("the job to start", () => seen.job !== undefined);
    cut.now = true;
    const finished = await until("the run reported", async () => {
      const runs = (await h.call("GET", "/v1/clusters/cut/jobs/cut/runs", { token: h.adminToken })).body.results;
      return runs[0]?.finishedAt ? runs[0] : undefined;
    }, 20_000);
    expect(seen.abortedBecause).toContain("self-fenced");
    expect(finished).toMatchObject({ state: "failed", message: "self-fenced", nodeId: "f2" });
    cut.now = false;
    await agent.stop(0);
  });

  it("is handed claims only of the types it has handlers for", async () => {
    const lines: string[] = [];
    const ran: string[] = [];
    const agent = await startAgent({
      url: "http://roster", clusterId: "lib", joinToken, nodeId: "t1", softwareVersion: "1.0.0",
      handlers: { "typed-yes": async (job) => void ran.push(job.jobId) },
      fetch: appFetch(),
      log: (message) => void lines.push(message),
    });
    await jobFor("typed-no");
    await jobFor("typed-yes");
    await until("the job of its type to run", () => ran.includes("typed-yes"));
    await new Promise((r) => setTimeout(r, 2500)); // more check-ins, in which typed-no stays unclaimed
    await agent.stop(0);
    expect(lines.filter((l) => l.startsWith("claim not taken"))).toEqual([]);
    const other = (await h.call("GET", "/v1/clusters/lib/jobs/typed-no", { token: h.adminToken })).body;
    expect(other.currentRun?.nodeId).not.toBe("t1");
  });

  it("joins again when told rejoin_required, and stops when superseded", async () => {
    const agent = await startAgent({ url: "http://roster", clusterId: "lib", joinToken, nodeId: "x1", softwareVersion: "1.0.0", fetch: appFetch() });
    await h.deps.table.update({
      Key: nodeKey("lib", "x1", DEFAULT_NODE_SHARDS),
      UpdateExpression: "SET #s = :s",
      ExpressionAttributeNames: { "#s": "state" },
      ExpressionAttributeValues: { ":s": "offline" },
    });
    await until("a new epoch", async () => (await h.call("GET", "/v1/clusters/lib/nodes/x1", { token: h.adminToken })).body.epoch === 2);
    await joinNode(h, "lib", "x1", joinToken); // another incarnation with the same id
    expect(await agent.done).toBe("superseded");
  });

  it("stop() leaves: the node is stopped", async () => {
    const agent = await startAgent({ url: "http://roster", clusterId: "lib", joinToken, nodeId: "l1", softwareVersion: "1.0.0", fetch: appFetch() });
    await agent.stop();
    expect((await h.call("GET", "/v1/clusters/lib/nodes/l1", { token: h.adminToken })).body.state).toBe("stopped");
  });

  it("stop() drains first: while its started run finishes the node shows draining and claims nothing; then it leaves", async () => {
    let finish!: () => void;
    const finished = new Promise<void>((r) => (finish = r));
    let started = false;
    const agent = await startAgent({
      url: "http://roster", clusterId: "lib", joinToken, nodeId: "l2", softwareVersion: "1.0.0", fetch: appFetch(),
      handlers: { "drain-slow": async () => { started = true; await finished; } },
    });
    await jobFor("drain-slow");
    await until("the run started", () => started);
    const stopping = agent.stop(20_000);
    const view = await until("draining", async () => {
      const node = (await h.call("GET", "/v1/clusters/lib/nodes/l2", { token: h.adminToken })).body;
      return node.draining ? node : undefined;
    });
    expect(view).toMatchObject({ state: "running", draining: true, drained: false });
    finish();
    await stopping;
    const events = (await h.call("GET", "/v1/clusters/lib/events?limit=100", { token: h.adminToken })).body.results as { type: string; nodeId?: string }[];
    const mine = events.filter((e) => e.nodeId === "l2").map((e) => e.type);
    expect(mine).toContain("node.draining");
    expect(mine.indexOf("node.draining")).toBeLessThan(mine.indexOf("node.left"));
  });
});
