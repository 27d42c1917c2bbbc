import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_NODE_SHARDS, nodeKey } from "../../core/store/keys";
import { readCluster } from "../../core/clusters/cluster-item";
import { sweepCluster } from "../../core/detection/sweep";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";

let h: Harness;
let clock: FakeClock;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
});

let seq = 0;
const SETTINGS = { instanceTimeoutMs: 10_000, instanceRecoveryTimeoutMs: 10_000, misfireThresholdMs: 60_000 };

async function setup(nodes = 2) {
  const ctx = await clusterWithFirstNode(h, `j${++seq}`, "a", SETTINGS);
  const all = [ctx.first];
  for (let i = 1; i < nodes; i++) all.push(await joinNode(h, ctx.clusterId, String.fromCharCode(97 + i), ctx.joinToken));
  return { ...ctx, nodes: all };
}

const addJob = (clusterId: string, body: object) => h.call("POST", `/v1/clusters/${clusterId}/jobs`, { token: h.adminToken, body });
const start = (clusterId: string, node: { nodeToken: string }, claim: { runId: string; claimToken: string }) =>
  h.call("POST", `/v1/clusters/${clusterId}/runs/${encodeURIComponent(claim.runId)}/start`, { token: node.nodeToken, body: { claimToken: claim.claimToken } });
const complete = (clusterId: string, node: { nodeToken: string }, claim: { runId: string; claimToken: string }, outcome = "succeeded") =>
  h.call("POST", `/v1/clusters/${clusterId}/runs/${encodeURIComponent(claim.runId)}/complete`, {
    token: node.nodeToken,
    body: { claimToken: claim.claimToken, outcome },
  });
const sweep = async (clusterId: string) => sweepCluster(h.deps, (await readCluster(h.deps, clusterId))!);

describe("job admin routes", () => {
  it("creates, lists, inspects and deletes a job", async () => {
    const { clusterId } = await setup(1);
    const created = await addJob(clusterId, { jobId: "report", type: "shell", payload: { to: "ops" }, schedule: { cron: "0 3 * * *", timezone: "Europe/Paris" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      jobId: "report",
      type: "shell",
      payload: { to: "ops" },
      concurrent: false,
      misfirePolicy: "fireAndProceed",
      queued: 0,
      currentRun: null,
    });
    expect(created.body.nextFireAt).toMatch(/T0[12]:00:00.000Z$/);
    expect((await addJob(clusterId, { jobId: "report", type: "x", schedule: { rateMs: 5000 } })).body.error.code).toBe("job_exists");
    const listed = await h.call("GET", `/v1/clusters/${clusterId}/jobs`, { token: h.adminToken });
    expect(listed.body.results.map((j: { jobId: string }) => j.jobId)).toEqual(["report"]);
    const got = await h.call("GET", `/v1/clusters/${clusterId}/jobs/report`, { token: h.adminToken });
    expect(got.body.nextFireAt).toBe(created.body.nextFireAt);
    expect((await h.call("DELETE", `/v1/clusters/${clusterId}/jobs/report`, { token: h.adminToken })).status).toBe(204);
    expect((await h.call("GET", `/v1/clusters/${clusterId}/jobs/report`, { token: h.adminToken })).status).toBe(404);
  });

  it.each([
    [{ cron: "99 * * * *" }, "invalid cron expression"],
    [{ cron: "* * * * *", timezone: "Nowhere/City" }, "unknown IANA time zone"],
    [{ at: "2026-13-45" }, "schedule"],
    [{ rateMs: 500 }, "schedule"],
  ])("refuses schedule %j with 400 and the reason", async (schedule, reason) => {
    const { clusterId } = await setup(1);
    const res = await addJob(clusterId, { jobId: "bad", type: "t", schedule });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_request");
    expect(JSON.stringify(res.body.error)).toContain(reason);
  });

  it("404s jobs of an unknown cluster", async () => {
    expect((await addJob("no-such", { jobId: "x", type: "t", schedule: { rateMs: 5000 } })).status).toBe(404);
  });
});

describe("claims in the check-in", () => {
  it("a node with capacity gets a due occurrence with a claim token and a fencing token", async () => {
    const { clusterId, nodes } = await setup(1);
    await addJob(clusterId, { jobId: "tick", type: "t", payload: { n: 1 }, schedule: { rateMs: 5000 } });
    expect((await checkIn(h, clusterId, nodes[0]!, { capacity: 1 })).body.claims).toEqual([]);
    clock.advance(5000);
    const res = await checkIn(h, clusterId, nodes[0]!, { capacity: 1 });
    expect(res.body.claims).toEqual([
      {
        jobId: "tick",
        runId: expect.stringMatching(/^tick~/),
        claimToken: expect.stringMatching(/^rct_/),
        fencingToken: 1,
        type: "t",
        payload: { n: 1 },
        scheduledFor: new Date(clock.now()).toISOString(),
      },
    ]);
  });

  it("a check-in with capacity and nothing due is one write and one read; one claim adds one write", async () => {
    const { clusterId, nodes } = await setup(1);
    for (let i = 0; i < 5; i++) await addJob(clusterId, { jobId: `later-${i}`, type: "t", schedule: { rateMs: 60_000 } });
    h.requests.reset();
    await checkIn(h, clusterId, nodes[0]!, { capacity: 3 });
    expect(h.requests.counts).toEqual({ QueryCommand: 1, UpdateItemCommand: 1 });
    await h.call("POST", `/v1/clusters/${clusterId}/jobs/later-0/trigger`, { token: h.adminToken });
    h.requests.reset();
    const res = await checkIn(h, clusterId, nodes[0]!, { capacity: 3 });
    expect(res.body.claims).toHaveLength(1);
    expect(h.requests.counts).toEqual({ QueryCommand: 1, UpdateItemCommand: 1, TransactWriteItemsCommand: 1 });
  });

  it("fencing tokens strictly increase with every claim of a job", async () => {
    const { clusterId, nodes } = await setup(2);
    await addJob(clusterId, { jobId: "fenced", type: "t", schedule: { rateMs: 1000 }, concurrent: true });
    const seen: number[] = [];
    for (let round = 0; round < 4; round++) {
      clock.advance(1000);
      for (const node of nodes) {
        const res = await checkIn(h, clusterId, node, { capacity: 2 });
        seen.push(...res.body.claims.map((c: { fencingToken: number }) => c.fencingToken));
      }
    }
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it("no claims for a node with scheduling off, a non-conformant node, or without capacity", async () => {
    const { clusterId, joinToken, nodes } = await setup(1);
    await addJob(clusterId, { jobId: "x", type: "t", schedule: { rateMs: 1000 }, concurrent: true });
    clock.advance(1000);
    const quiet = await joinNode(h, clusterId, "quiet", joinToken, "clustered-additional", { schedulingEnabled: false });
    const odd = await joinNode(h, clusterId, "odd", joinToken, "clustered-additional", { softwareVersion: "9" });
    expect((await checkIn(h, clusterId, quiet, { capacity: 5 })).body.claims).toEqual([]);
    expect((await checkIn(h, clusterId, odd, { capacity: 5 })).body.claims).toEqual([]);
    expect((await checkIn(h, clusterId, nodes[0]!)).body.claims).toEqual([]);
    await h.call("PATCH", `/v1/clusters/${clusterId}/nodes/a`, { token: h.adminToken, body: { schedulingEnabled: false } });
    expect((await checkIn(h, clusterId, nodes[0]!, { capacity: 5 })).body.claims).toEqual([]);
  });

  it("a non-concurrent job never has two runs at once; after completion the next one is claimable", async () => {
    const { clusterId, nodes } = await setup(2);
    await addJob(clusterId, { jobId: "solo", type: "t", schedule: { rateMs: 1000 } });
    clock.advance(3000); // three occurrences due
    const first = (await checkIn(h, clusterId, nodes[0]!, { capacity: 5 })).body.claims;
    const second = (await checkIn(h, clusterId, nodes[1]!, { capacity: 5 })).body.claims;
    expect(first).toHaveLength(1);
    expect(second).toEqual([]);
    expect((await start(clusterId, nodes[0]!, first[0])).status).toBe(200);
    const done = await complete(clusterId, nodes[0]!, first[0]);
    expect(done.body).toMatchObject({ state: "succeeded", outcome: "succeeded" });
    const next = (await checkIn(h, clusterId, nodes[1]!, { capacity: 5 })).body.claims;
    expect(next).toHaveLength(1);
    expect(next[0].scheduledFor).not.toBe(first[0].scheduledFor);
  });

  it("trigger queues one extra occurrence now", async () => {
    const { clusterId, nodes } = await setup(1);
    await addJob(clusterId, { jobId: "manual", type: "t", schedule: { at: "2099-01-01T00:00:00Z" } });
    const triggered = await h.call("POST", `/v1/clusters/${clusterId}/jobs/manual/trigger`, { token: h.adminToken });
    expect(triggered.body).toMatchObject({ queued: 1, nextFireAt: new Date(clock.now()).toISOString() });
    const claims = (await checkIn(h, clusterId, nodes[0]!, { capacity: 1 })).body.claims;
    expect(claims).toHaveLength(1);
    expect((await h.call("GET", `/v1/clusters/${clusterId}/jobs/manual`, { token: h.adminToken })).body).toMatchObject({
      queued: 0,
      nextFireAt: "2099-01-01T00:00:00.000Z",
      currentRun: { runId: claims[0].runId, state: "claimed", nodeId: "a" },
    });
  });

  it("misfires follow the policy and record job.misfired", async () => {
    const { clusterId, nodes } = await setup(1);
    await addJob(clusterId, { jobId: "lazy", type: "t", schedule: { rateMs: 10_000 }, misfirePolicy: "doNothing" });
    await addJob(clusterId, { jobId: "eager", type: "t", schedule: { rateMs: 10_000 }, concurrent: true });
    clock.advance(10_000 + 60_001 + 5_000); // both missed their first occurrence by more than the threshold
    const claims = (await checkIn(h, clusterId, nodes[0]!, { capacity: 5 })).body.claims;
    expect(claims.map((c: { jobId: string }) => c.jobId)).toEqual(["eager"]); // collapsed into one run
    const lazy = await h.call("GET", `/v1/clusters/${clusterId}/jobs/lazy`, { token: h.adminToken });
    expect(Date.parse(lazy.body.nextFireAt)).toBeGreaterThan(clock.now());
    const events = await h.call("GET", `/v1/clusters/${clusterId}/events?limit=1000`, { token: h.adminToken });
    const misfired = events.body.results.filter((e: { type: string }) => e.type === "job.misfired").map((e: { jobId: string }) => e.jobId);
    expect(misfired.sort()).toEqual(["eager", "lazy"]);
  });

  it("run history lists runs newest first with outcome, node and times", async () => {
    const { clusterId, nodes } = await setup(1);
    await addJob(clusterId, { jobId: "hist", type: "t", schedule: { rateMs: 1000 } });
    for (const outcome of ["succeeded", "failed"]) {
      clock.advance(1000);
      const [claim] = (await checkIn(h, clusterId, nodes[0]!, { capacity: 1 })).body.claims;
      await start(clusterId, nodes[0]!, claim);
      clock.advance(100);
      await complete(clusterId, nodes[0]!, claim, outcome);
    }
    const runs = await h.call("GET", `/v1/clusters/${clusterId}/jobs/hist/runs`, { token: h.adminToken });
    expect(runs.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(["failed", "succeeded"]);
    expect(runs.body.results[0]).toMatchObject({ nodeId: "a", state: "failed", startedAt: expect.any(String), finishedAt: expect.any(String) });
  });
});

describe("zombies", () => {
  it("a node swept offline after starting: its late complete gets 409 and the run stays orphaned; another node takes the next occurrence", async () => {
    const { clusterId, nodes } = await setup(2);
    const [a, b] = nodes as [(typeof nodes)[0], (typeof nodes)[0]];
    await addJob(clusterId, { jobId: "nightly", type: "t", schedule: { rateMs: 30_000 } });
    clock.advance(30_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1 })).body.claims;
    expect((await start(clusterId, a, claim)).status).toBe(200);
    clock.advance(10_001);
    await checkIn(h, clusterId, b);
    await sweep(clusterId); // a recovering: its started run stays
    clock.advance(10_001);
    await checkIn(h, clusterId, b);
    await sweep(clusterId); // a offline: its run is orphaned
    clock.advance(10_000); // the next occurrence (t = 60 s) is due
    const next = (await checkIn(h, clusterId, b, { capacity: 1 })).body.claims;
    expect(next).toHaveLength(1);
    expect(next[0].fencingToken).toBe(claim.fencingToken + 1);

    const late = await complete(clusterId, a, claim);
    expect(late.status).toBe(409);
    const runs = await h.call("GET", `/v1/clusters/${clusterId}/jobs/nightly/runs`, { token: h.adminToken });
    const old = runs.body.results.find((r: { runId: string }) => r.runId === claim.runId);
    expect(old.state).toBe("orphaned");
  });

  it("a node swept recovering before starting: B gets the same occurrence, A's later start gets 409 and its renew is revoked", async () => {
    const { clusterId, nodes } = await setup(2);
    const [a, b] = nodes as [(typeof nodes)[0], (typeof nodes)[0]];
    await addJob(clusterId, { jobId: "once", type: "t", schedule: { rateMs: 60_000 } });
    clock.advance(60_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1 })).body.claims;
    clock.advance(10_001);
    await checkIn(h, clusterId, b);
    await sweep(clusterId);
    const taken = (await checkIn(h, clusterId, b, { capacity: 1 })).body.claims;
    expect(taken).toHaveLength(1);
    expect(taken[0].scheduledFor).toBe(claim.scheduledFor);
    expect(taken[0].fencingToken).toBeGreaterThan(claim.fencingToken);

    const zombie = await start(clusterId, a, claim);
    expect(zombie.status).toBe(409);
    expect(zombie.body.error.code).toBe("claim_lost");
    const back = await checkIn(h, clusterId, a, { renew: [claim.claimToken] });
    expect(back.body.revoked).toEqual([claim.claimToken]);
    expect((await start(clusterId, b, taken[0])).status).toBe(200);
  });

  it("a superseded node's claims go back at once and its calls are refused", async () => {
    const { clusterId, joinToken, nodes } = await setup(2);
    const b = nodes[1]!;
    await addJob(clusterId, { jobId: "swap", type: "t", schedule: { rateMs: 60_000 } });
    clock.advance(60_000);
    const [claim] = (await checkIn(h, clusterId, b, { capacity: 1 })).body.claims;
    clock.advance(1);
    const reborn = await joinNode(h, clusterId, "b", joinToken);
    const zombie = await start(clusterId, b, claim);
    expect(zombie.status).toBe(409);
    expect(zombie.body.error.code).toBe("superseded");
    const again = (await checkIn(h, clusterId, reborn, { capacity: 1 })).body.claims;
    expect(again.map((c: { scheduledFor: string }) => c.scheduledFor)).toEqual([claim.scheduledFor]);
  });

  it("leaving releases unstarted claims at once and orphans started runs", async () => {
    const { clusterId, nodes } = await setup(2);
    const [a, b] = nodes as [(typeof nodes)[0], (typeof nodes)[0]];
    await addJob(clusterId, { jobId: "p", type: "t", schedule: { rateMs: 60_000 }, concurrent: true });
    await addJob(clusterId, { jobId: "q", type: "t", schedule: { rateMs: 60_000 } });
    clock.advance(60_000);
    const claims = (await checkIn(h, clusterId, a, { capacity: 2 })).body.claims;
    const started = claims.find((c: { jobId: string }) => c.jobId === "q");
    await start(clusterId, a, started);
    await h.call("POST", `/v1/clusters/${clusterId}/nodes/a/leave`, { token: a.nodeToken });
    const taken = (await checkIn(h, clusterId, b, { capacity: 2 })).body.claims;
    expect(taken.map((c: { jobId: string }) => c.jobId)).toEqual(["p"]);
    const runs = await h.call("GET", `/v1/clusters/${clusterId}/jobs/q/runs`, { token: h.adminToken });
    expect(runs.body.results[0].state).toBe("orphaned");
    expect(await h.deps.table.get({ Key: nodeKey(clusterId, "a", DEFAULT_NODE_SHARDS) })).toMatchObject({ state: "stopped" });
  });

  it("a claim token of another run, or another node's token, is refused", async () => {
    const { clusterId, nodes } = await setup(2);
    await addJob(clusterId, { jobId: "mine", type: "t", schedule: { rateMs: 1000 }, concurrent: true });
    clock.advance(2000);
    const [c1] = (await checkIn(h, clusterId, nodes[0]!, { capacity: 1 })).body.claims;
    const [c2] = (await checkIn(h, clusterId, nodes[1]!, { capacity: 1 })).body.claims;
    const crossed = await h.call("POST", `/v1/clusters/${clusterId}/runs/${encodeURIComponent(c1.runId)}/start`, {
      token: nodes[0]!.nodeToken,
      body: { claimToken: c2.claimToken },
    });
    expect(crossed.body.error.code).toBe("claim_lost");
    expect((await start(clusterId, nodes[1]!, c1)).body.error.code).toBe("claim_lost");
    expect((await start(clusterId, nodes[0]!, c1)).status).toBe(200);
    expect((await start(clusterId, nodes[0]!, c1)).status).toBe(200); // starting twice is not an error
    expect((await complete(clusterId, nodes[1]!, c2)).body.error.code).toBe("run_not_started");
  });
});
