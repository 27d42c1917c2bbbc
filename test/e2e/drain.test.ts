import { afterAll, describe, expect, it } from "vitest";
import { roster as rosterCli, rosterProcess } from "../support/cli";
import { sleep, useLocalRoster } from "../support/local-roster";
import type { Running } from "../support/processes";

/**
 * Drain end to end (issue 18), in real time: a local Roster, two `roster agent` processes and
 * one simulated node. The simulated node holds a claim it never starts; `roster drain` hands it
 * back and an agent takes it within one check-in interval. An agent running a long job is
 * drained with `roster drain --wait`: the job finishes, the node claims nothing new meanwhile
 * (the other agent takes the ticks), and --wait returns once it is drained.
 */
const local = useLocalRoster();
const I = 1000;
// A timeout well past the fence rule's minimum: a check-in slowed by a busy machine must not fence the long job.
const SETTINGS = { instanceTimeoutMs: 8000, instanceRecoveryTimeoutMs: 8000, instanceCheckInIntervalMs: I };
const started: Running[] = [];

afterAll(async () => {
  for (const agent of started) {
    if (agent.child.exitCode === null && agent.child.signalCode === null) {
      agent.child.kill("SIGKILL");
      await agent.exited;
    }
  }
});

type Run = { runId: string; jobId: string; state: string; nodeId: string; claimedAt: string; finishedAt?: string; outcome?: string };

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe("roster drain, with agents", () => {
  it("a parked claim goes to another node within an interval; a node running a long job finishes it, claims nothing new, and --wait returns", async () => {
    const runs = async (jobId: string) => (await local().admin("GET", `/v1/clusters/dr/jobs/${jobId}/runs?limit=100`)).body.results as Run[];
    const created = await local().admin("POST", "/v1/clusters", { clusterId: "dr", settings: SETTINGS });
    expect(created.status).toBe(201);
    const joinToken = created.body.joinToken as string;
    const job = (jobId: string, type: string, schedule: object) => local().admin("POST", "/v1/clusters/dr/jobs", { jobId, type, schedule });

    // A simulated node that claims the one occurrence of "parked" and never starts it.
    const s1 = await local().call("POST", "/v1/clusters/dr/nodes/s1/join", joinToken, { instanceType: "clustered-first", softwareVersion: "1.0.0" });
    expect((await job("parked", "parked", { at: "2099-01-01T00:00:00Z" })).status).toBe(201);
    expect((await local().admin("POST", "/v1/clusters/dr/jobs/parked/trigger")).status).toBe(200);
    const held = await local().call("POST", "/v1/clusters/dr/nodes/s1/check-in", s1.body.nodeToken, {
      epoch: s1.body.epoch, sentAt: new Date().toISOString(), capacity: 1, types: ["parked"],
    });
    expect(held.body.claims.map((c: Run) => c.jobId)).toEqual(["parked"]);
    // s1 stays alive, listing its claim (so only the drain takes it back), until the test ends.
    let holding: string[] = [held.body.claims[0].runId];
    let alive = true;
    const s1Loop = (async () => {
      let seq = 1;
      while (alive) {
        await sleep(I);
        if (!alive) break;
        const answer = await local()
          .call("POST", "/v1/clusters/dr/nodes/s1/check-in", s1.body.nodeToken, {
            epoch: s1.body.epoch, sentAt: new Date().toISOString(), capacity: 0, types: ["parked"], holding, seq: ++seq,
          })
          .catch(() => undefined); // the server may be gone when a failed test ends
        if (answer?.status === 200) holding = holding.filter((id) => !answer.body.revoked.includes(id));
      }
    })();

    try {
    // Two agents: n1 runs the long job and the ticks, n2 the ticks and parked work.
    const agent = (id: string, runs: string[]) => {
      const running = rosterProcess([
        "agent", "--url", local().roster.url, "--cluster", "dr", "--join-token", joinToken, "--node-id", id, "--capacity", "2",
        ...runs.flatMap((r) => ["--run", r]),
      ]);
      started.push(running);
    };
    agent("n1", ["slow=sleep 4", "tick=true"]);
    agent("n2", ["tick=true", "parked=true"]);
    await until("both agents running", async () => {
      const nodes = (await local().admin("GET", "/v1/clusters/dr/nodes")).body.results as { instanceId: string; state: string }[];
      return ["n1", "n2"].every((id) => nodes.some((n) => n.instanceId === id && n.state === "running"));
    });

    // 1. Drain the simulated node: its unstarted claim goes back, and n2 takes it within one interval.
    const drainedAt = Date.now();
    const s1Drained = await rosterCli(["drain", "s1", "--url", local().roster.url, "--cluster", "dr", "--wait"], { ROSTER_ADMIN_TOKEN: local().adminToken });
    expect(s1Drained.stderr).toBe("");
    expect(s1Drained.stdout.trim()).toBe("'s1' is drained: nothing of it runs; safe to stop");
    const retaken = await until("n2 runs the parked occurrence", async () => (await runs("parked")).find((r) => r.nodeId === "n2"));
    // From the drain as Roster recorded it: n2's next check-in (1.1 I at most, with its jitter),
    // plus the servers' 200 ms memory of the due jobs and the request itself.
    const events = (await local().admin("GET", "/v1/clusters/dr/events?limit=1000")).body.results as { type: string; nodeId?: string; time: string }[];
    const s1Mark = Date.parse(events.find((e) => e.type === "node.draining" && e.nodeId === "s1")!.time);
    expect(s1Mark).toBeGreaterThanOrEqual(drainedAt - 50);
    expect(Date.parse(retaken.claimedAt) - s1Mark).toBeLessThanOrEqual(1.1 * I + 500);
    expect((await runs("parked")).find((r) => r.nodeId === "s1")?.state).toBe("requeued");

    // 2. n1 runs the long job; ticks run every second on both nodes.
    expect((await job("long", "slow", { at: "2099-01-01T00:00:00Z" })).status).toBe(201);
    expect((await local().admin("POST", "/v1/clusters/dr/jobs/long/trigger")).status).toBe(200);
    expect((await job("tick", "tick", { rateMs: 1000 })).status).toBe(201);
    await until("n1 started the long job", async () => (await runs("long")).find((r) => r.nodeId === "n1" && r.state === "started"));
    const drainStart = Date.now();
    const waited = await rosterCli(["drain", "n1", "--url", local().roster.url, "--cluster", "dr", "--wait", "--timeout", "25"], { ROSTER_ADMIN_TOKEN: local().adminToken });
    const drainEnd = Date.now();
    expect(waited.stderr).toBe("");
    expect(waited.code).toBe(0);
    expect(waited.stdout.trim()).toBe("'n1' is drained: nothing of it runs; safe to stop");
    // The long job finished on n1 (it was not cut short), and --wait returned after it.
    const long = (await runs("long")).find((r) => r.nodeId === "n1")!;
    expect(long, JSON.stringify(long)).toMatchObject({ state: "succeeded" });
    expect(Date.parse(long.finishedAt!)).toBeLessThanOrEqual(drainEnd);
    // Nothing new on n1 from the drain on; n2 kept taking the ticks.
    await sleep(2 * I);
    const ticks = await runs("tick");
    const marked = (await local().admin("GET", "/v1/clusters/dr/events?limit=1000")).body.results.find((e: { type: string; nodeId?: string }) => e.type === "node.draining" && e.nodeId === "n1");
    const markAt = Date.parse(marked.time);
    expect(markAt).toBeGreaterThanOrEqual(drainStart - 50);
    expect(ticks.filter((r) => r.nodeId === "n1" && Date.parse(r.claimedAt) > markAt)).toEqual([]);
    expect(ticks.filter((r) => r.nodeId === "n2" && Date.parse(r.claimedAt) > markAt).length).toBeGreaterThan(0);
    expect((await local().admin("GET", "/v1/clusters/dr/nodes/n1")).body).toMatchObject({ state: "running", draining: true, drained: true });

    // Undrain: n1 claims again. A job only n1 runs says so for certain: who wins a tick is a race
    // between the two agents' check-in phases, which can favour n2 for many seconds in a row.
    const undrained = await rosterCli(["undrain", "n1", "--url", local().roster.url, "--cluster", "dr"], { ROSTER_ADMIN_TOKEN: local().adminToken });
    expect(undrained.stdout.trim()).toBe("'n1' claims jobs again");
    expect((await job("again", "slow", { at: "2099-01-01T00:00:00Z" })).status).toBe(201);
    expect((await local().admin("POST", "/v1/clusters/dr/jobs/again/trigger")).status).toBe(200);
    await until("n1 claims again after the undrain", async () => (await runs("again")).find((r) => r.nodeId === "n1"), 10 * I);
    expect(holding).toEqual([]); // s1 heard its claim revoked
    } finally {
      alive = false;
      await s1Loop;
    }
  }, 90_000);

  it("bad input: draining an unknown node or a stopped one is a one-line refusal with a code", async () => {
    const env = { ROSTER_ADMIN_TOKEN: local().adminToken };
    const unknown = await rosterCli(["drain", "nobody", "--url", local().roster.url, "--cluster", "dr"], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe("roster: node 'nobody' does not exist (node_not_found)");
    const stopped = await rosterCli(["drain", "s1", "--url", local().roster.url, "--cluster", "nope"], env);
    expect(stopped.stderr.trim()).toMatch(/^roster: .*\(cluster_not_found\)$/);
    const cancel = await rosterCli(["cancel", "no-such-run", "--url", local().roster.url, "--cluster", "dr"], env);
    expect(cancel.code).toBe(1);
    expect(cancel.stderr.trim()).toMatch(/^roster: .*\(run_not_found\)$/);
  });
});
