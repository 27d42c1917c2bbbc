import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../adapters/local-dynamodb";
import { roster as rosterCli, rosterProcess } from "../support/cli";
import { type Running, processesMentioning } from "../support/processes";
import { fakeRoster } from "./fake-roster";

/**
 * `roster agent` as a process, with --health-port, --on-primary, --on-standby, --peers-out and
 * --on-peers-change, against the fake roster on a real port (real time, real shell commands).
 */
const dir = mkdtempSync(join(tmpdir(), "roster-cli-primary-"));
const started: Running[] = [];
afterAll(() => {
  for (const agent of started) if (agent.child.exitCode === null) agent.child.kill("SIGKILL");
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
const lines = (path: string) => (existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean) : []);
const health = async (port: number) => {
  const res = await fetch(`http://127.0.0.1:${port}/health`);
  return { code: res.status, body: (await res.json()) as { status: string; reason: string; role: string | null; term: number | null } };
};

describe("roster agent with the primary's hooks, the health port and the peers file", () => {
  it("a health port in use: one line naming the port, exit code 2, and no join", async () => {
    const fake = fakeRoster();
    const server = await fake.listen();
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, "0.0.0.0", r));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = await rosterCli(["agent", "--url", server.url, "--cluster", "c", "--join-token", "j", "--node-id", "n", "--health-port", String(port)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`roster: health port ${port} is in use (0.0.0.0:${port})\n`);
      expect(fake.of("join")).toEqual([]);
    } finally {
      await new Promise((r) => taken.close(r));
      await server.close();
    }
  });

  it("bad flags: one line each", async () => {
    const base = ["agent", "--cluster", "c", "--join-token", "j", "--node-id", "n", "--url", "http://127.0.0.1:9"];
    const port = await rosterCli([...base, "--health-port", "70000"]);
    expect(port.code).toBe(1);
    expect(port.stderr.trim()).toBe("error: option '--health-port <port>' argument '70000' is invalid. it must be a whole number from 1 to 65535");
    const mode = await rosterCli([...base, "--health-mode", "primary"]);
    expect([mode.code, mode.stderr]).toEqual([2, "roster: --health-mode needs --health-port\n"]);
    const change = await rosterCli([...base, "--on-peers-change", "true"]);
    expect([change.code, change.stderr]).toEqual([2, "roster: --on-peers-change needs --peers-out\n"]);
    const choice = await rosterCli([...base, "--health-port", "1", "--health-mode", "leader"]);
    expect(choice.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("--on-primary once per becoming primary (killed when it ends), --on-standby on a standby answer and on leaving, health by role, peers on change", async () => {
    const fake = fakeRoster({ instanceTimeoutMs: 4000, instanceCheckInIntervalMs: 1000 });
    fake.setPeers([{ nodeId: "n", url: "http://n:8080", state: "running", role: "standby" }]);
    const log = join(dir, "hooks.log");
    const peersPath = join(dir, "out", "peers.json");
    // At the leave: had --on-standby run by then?
    let logAtLeave: string[] | undefined;
    fake.script((call) => {
      if (call.kind === "leave") logAtLeave = lines(log);
      return undefined;
    });
    const server = await fake.listen();
    const healthPort = await freePort();
    const agent = rosterProcess([
      "agent", "--url", server.url, "--cluster", "c", "--join-token", "j", "--node-id", "n",
      "--health-port", String(healthPort), "--health-host", "127.0.0.1", "--health-mode", "primary",
      // The application in the foreground: it runs until the node stops being primary.
      "--on-primary", `echo "primary $ROSTER_PRIMARY_TERM $ROSTER_NODE_ID $ROSTER_CLUSTER_ID" >> ${log}; sleep 31361`,
      "--on-standby", `echo "standby $ROSTER_PRIMARY_TERM $ROSTER_STANDBY_REASON" >> ${log}`,
      "--peers-out", peersPath, "--peers-every", "1",
      "--on-peers-change", `echo "peers $ROSTER_PEERS_FILE" >> ${log}`,
    ]);
    started.push(agent);
    try {
      const first = await until("the first check-in's health", async () => {
        const h = await health(healthPort).catch(() => undefined);
        return h && h.body.reason !== "not joined yet" && h.body.reason !== "no check-in answered yet" ? h : undefined;
      });
      expect(first).toMatchObject({ code: 503, body: { status: "unavailable", reason: expect.stringMatching(/^not primary/), role: "standby", term: null } });
      await until("the peers file", () => lines(log).includes(`peers ${peersPath}`));
      expect(JSON.parse(readFileSync(peersPath, "utf8"))).toEqual([{ nodeId: "n", url: "http://n:8080", state: "running", role: "standby" }]);

      fake.setPrimary("n", 1);
      await until("--on-primary", () => lines(log).includes("primary 1 n c"));
      await until("health 200", async () => (await health(healthPort)).code === 200);
      expect((await health(healthPort)).body).toMatchObject({ status: "ok", reason: "primary", role: "primary", term: 1 });
      await until("check-ins carrying the term", () => fake.of("check-in").some((c) => c.body.primaryTerm === 1));
      expect(processesMentioning("sleep 31361").some((l) => l.startsWith("sleep"))).toBe(true);

      fake.setPrimary("m", 2);
      await until("--on-standby", () => lines(log).includes("standby 1 standby"));
      expect((await health(healthPort)).code).toBe(503);
      // onPrimary's command was killed, with its group, before onStandby ran.
      expect(processesMentioning("sleep 31361").filter((l) => l.startsWith("sleep"))).toEqual([]);

      // The peers: rewritten when they change, not when they do not.
      const peersLines = () => lines(log).filter((l) => l.startsWith("peers")).length;
      await sleep(2500);
      expect(peersLines()).toBe(1);
      fake.setPeers([
        { nodeId: "m", url: null, state: "running", role: "primary" },
        { nodeId: "n", url: "http://n:8080", state: "running", role: "standby" },
      ]);
      await until("the peers rewritten", () => peersLines() === 2);
      expect(JSON.parse(readFileSync(peersPath, "utf8")).map((p: { nodeId: string }) => p.nodeId)).toEqual(["m", "n"]);

      fake.setPrimary("n", 3);
      await until("--on-primary again", () => lines(log).includes("primary 3 n c"));
      agent.child.kill("SIGTERM");
      expect(await agent.exited).toBe(0);
      expect(lines(log).filter((l) => !l.startsWith("peers"))).toEqual(["primary 1 n c", "standby 1 standby", "primary 3 n c", "standby 3 leaving"]);
      expect(logAtLeave).toContain("standby 3 leaving"); // before Roster was told
      expect(processesMentioning("sleep 31361").filter((l) => l.startsWith("sleep"))).toEqual([]);
      await expect(fetch(`http://127.0.0.1:${healthPort}/health`)).rejects.toThrow(); // closed with the agent
    } finally {
      await server.close();
    }
  }, 60_000);
});
