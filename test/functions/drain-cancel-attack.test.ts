import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { readCluster } from "../../core/clusters/cluster-item";
import { sweepCluster } from "../../core/detection/sweep";
import { activeRuns } from "../../core/jobs/run-recovery";
import type { Table } from "../../core/store/table";
import { DEFAULT_NODE_SHARDS, eventPartition, jobKey, nodeKey, runHistoryKey } from "../../core/store/keys";
import type { FakeClock } from "../support/fake-clock";
import { faults, transactWithEvent } from "../support/faults";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";
import { rounds } from "../support/rounds";

/**
 * Attacks on drain and cancel (issue 18): real concurrency against DynamoDB Local (Promise.all
 * of HTTP calls, several rounds) and lost answers through test/support/faults.ts.
 */
let h: Harness;
let clock: FakeClock;
let realTable: Table;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
  realTable = h.deps.table;
});
afterEach(() => {
  h.deps.table = realTable;
});

let seq = 0;
const T = 10_000;
type Node = { nodeId: string; nodeToken: string; epoch: number };
type Claim = { runId: string; claimToken: string; jobId: string };

async function cluster(jobs: number, opts: { concurrent?: boolean } = {}) {
  const ctx = await clusterWithFirstNode(h, `atk${++seq}`, "a", { instanceTimeoutMs: T, instanceRecoveryTimeoutMs: T, misfireThresholdMs: 3_600_000 });
  const b = (await joinNode(h, ctx.clusterId, "b", ctx.joinToken)) as Node;
  for (let j = 0; j < jobs; j++) {
    const made = await h.call("POST", `/v1/clusters/${ctx.clusterId}/jobs`, {
      token: h.adminToken,
      body: { jobId: `j${j}`, type: "t", schedule: { rateMs: 60_000 }, ...(opts.concurrent ? { concurrent: true } : {}) },
    });
    expect(made.status).toBe(201);
  }
  clock.advance(60_001);
  return { clusterId: ctx.clusterId, joinToken: ctx.joinToken, a: ctx.first as Node, b };
}

const drain = (clusterId: string, nodeId: string, token = h.adminToken) => h.call("POST", `/v1/clusters/${clusterId}/nodes/${nodeId}/drain`, { token });
const undrain = (clusterId: string, nodeId: string, token = h.adminToken) => h.call("POST", `/v1/clusters/${clusterId}/nodes/${nodeId}/undrain`, { token });
const cancel = (clusterId: string, runId: string) => h.call("POST", `/v1/clusters/${clusterId}/runs/${encodeURIComponent(runId)}/cancel`, { token: h.adminToken });
const leave = (clusterId: string, node: Node) => h.call("POST", `/v1/clusters/${clusterId}/nodes/${node.nodeId}/leave`, { token: node.nodeToken });
const trigger = (clusterId: string, jobId: string) => h.call("POST", `/v1/clusters/${clusterId}/jobs/${jobId}/trigger`, { token: h.adminToken });
const run = (clusterId: string, node: Node, claim: Claim, what: "start" | "complete", outcome = "succeeded") =>
  h.call("POST", `/v1/clusters/${clusterId}/runs/${encodeURIComponent(claim.runId)}/${what}`, {
    token: node.nodeToken,
    body: { claimToken: claim.claimToken, ...(what === "complete" ? { outcome } : {}) },
  });
const allEvents = async (clusterId: string) =>
  (await h.deps.table.query({ KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": eventPartition(clusterId) }, ConsistentRead: true })).items;
const types = async (clusterId: string) => (await allEvents(clusterId)).map((e) => `${e.type as string}${e.nodeId ? ` ${e.nodeId as string}` : ""}`);
const ENDS = ["job.completed", "job.cancelled", "job.orphaned", "job.requeued"];
const endsOf = async (clusterId: string, runId: string) =>
  (await allEvents(clusterId)).filter((e) => ENDS.includes(e.type as string) && (e.detail as { runId?: string })?.runId === runId).map((e) => e.type as string);
const nodeItem = (clusterId: string, nodeId: string) => h.deps.table.get({ Key: nodeKey(clusterId, nodeId, DEFAULT_NODE_SHARDS), ConsistentRead: true });
const history = (clusterId: string, runId: string) => h.deps.table.get({ Key: runHistoryKey(clusterId, runId), ConsistentRead: true });
const sweep = async (clusterId: string) => sweepCluster(h.deps, (await readCluster(h.deps, clusterId))!);
const claimsOf = async (clusterId: string, nodeId: string) => (await activeRuns(h.deps, clusterId)).filter((r) => r.nodeId === nodeId);

/** One node a (and b), one non-concurrent job j0 claimed by a, optionally started. */
async function oneRun(stage: "claimed" | "started") {
  const ctx = await cluster(1);
  const claim = (await checkIn(h, ctx.clusterId, ctx.a, { capacity: 1, holding: [] })).body.claims[0] as Claim;
  expect(claim).toBeDefined();
  if (stage === "started") expect((await run(ctx.clusterId, ctx.a, claim, "start")).status).toBe(200);
  return { ...ctx, claim };
}

describe("drain attacks", () => {
  it("check-ins and starts racing the drain: no unstarted claim after it returns, none ever after, drained only when nothing runs", async () => {
    for (let round = 0; round < rounds(4); round++) {
      const { clusterId, a } = await cluster(8);
      const claimed = (await checkIn(h, clusterId, a, { capacity: 4, holding: [] })).body.claims as Claim[];
      expect(claimed).toHaveLength(4);
      const holding = claimed.map((c) => c.runId);
      const [answer, ...starts] = await Promise.all([
        drain(clusterId, "a"),
        ...claimed.map((c) => run(clusterId, a, c, "start")),
        checkIn(h, clusterId, a, { capacity: 4, holding }),
        checkIn(h, clusterId, a, { capacity: 4, holding }),
      ]);
      expect(answer.status).toBe(200);
      const left = await claimsOf(clusterId, "a");
      expect(left.filter((r) => r.state === "claimed")).toEqual([]);
      // A start refused is claim_lost; one accepted stays started.
      const startedOk = starts.slice(0, 4).filter((s) => s.status === 200).length;
      expect(left.filter((r) => r.state === "started")).toHaveLength(startedOk);
      const node = (await nodeItem(clusterId, "a"))!;
      const view = (await h.call("GET", `/v1/clusters/${clusterId}/nodes/a`, { token: h.adminToken })).body;
      if (left.length > 0) {
        expect(view.drained).toBe(false);
        expect(node.drainedAt).toBeUndefined();
        expect((await types(clusterId)).filter((t) => t === "node.drained a")).toEqual([]);
      }
      clock.advance(60_000);
      const later = await checkIn(h, clusterId, a, { capacity: 4, holding: left.map((r) => r.runId) });
      expect(later.body.claims).toEqual([]);
      expect((await claimsOf(clusterId, "a")).filter((r) => r.state === "claimed")).toEqual([]);
    }
  });

  it("the drained take-back loses a race with a job write (a trigger): the drain still returns with no unstarted claim held", async () => {
    const failures: string[] = [];
    for (let round = 0; round < rounds(10); round++) {
      const { clusterId, a } = await cluster(4, { concurrent: true });
      const claimed = (await checkIn(h, clusterId, a, { capacity: 4, holding: [] })).body.claims as Claim[];
      expect(claimed).toHaveLength(4);
      const [answer] = await Promise.all([
        drain(clusterId, "a"),
        ...claimed.flatMap((c) => [trigger(clusterId, c.jobId), trigger(clusterId, c.jobId), trigger(clusterId, c.jobId)]),
      ]);
      expect(answer.status).toBe(200);
      const left = (await claimsOf(clusterId, "a")).filter((r) => r.state === "claimed");
      if (left.length) failures.push(`round ${round}: drain answered 200 draining=${answer.body.draining} drained=${answer.body.drained} with ${left.length} claim(s) still held: ${left.map((r) => r.runId).join(", ")}`);
      // Not held forever: the node's next check-in hands them back.
      await checkIn(h, clusterId, a, { capacity: 4, holding: claimed.map((c) => c.runId) });
      expect((await claimsOf(clusterId, "a")).filter((r) => r.state === "claimed")).toEqual([]);
    }
    expect(failures).toEqual([]);
  });

  it("a lost answer of the drain: a retry settles it; one node.draining; the next check-in hands claims back and claims nothing", async () => {
    const { clusterId, a } = await cluster(3);
    const claimed = (await checkIn(h, clusterId, a, { capacity: 3, holding: [] })).body.claims as Claim[];
    const f = faults();
    h.deps.table = f.table(realTable);
    f.aim({ kind: "lost-answer", when: transactWithEvent("node.draining") });
    const lost = await drain(clusterId, "a");
    expect(lost.status).toBe(503);
    h.deps.table = realTable;
    // The node checks in before the retry: its claims go back, nothing new.
    clock.advance(60_000);
    const next = await checkIn(h, clusterId, a, { capacity: 3, holding: claimed.map((c) => c.runId) });
    expect(next.body.claims).toEqual([]);
    expect([...next.body.revoked].sort()).toEqual(claimed.map((c) => c.runId).sort());
    const again = await drain(clusterId, "a");
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ draining: true, drained: true });
    expect(await claimsOf(clusterId, "a")).toEqual([]);
    expect((await types(clusterId)).filter((t) => t === "node.draining a")).toHaveLength(1);
  });

  it("a lost answer of the node's start, then a drain: the retried start is the node's own start (started runs may finish)", async () => {
    const { clusterId, a } = await cluster(1);
    const claim = (await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims[0] as Claim;
    const f = faults();
    h.deps.table = f.table(realTable);
    f.aim({ kind: "lost-answer", when: transactWithEvent("job.started") });
    expect((await run(clusterId, a, claim, "start")).status).toBe(503); // committed; the answer is lost
    h.deps.table = realTable;
    expect((await drain(clusterId, "a")).status).toBe(200);
    expect((await claimsOf(clusterId, "a")).map((r) => r.state)).toEqual(["started"]);
    const retried = await run(clusterId, a, claim, "start");
    // As the agent: told started, it keeps the run and lists it; told claim_lost, it drops it.
    await checkIn(h, clusterId, a, { capacity: 1, holding: retried.status === 200 ? [claim.runId] : [] });
    const endedAs = ((await history(clusterId, claim.runId)) as { state?: string } | undefined)?.state ?? "still in flight";
    expect({ retryStatus: retried.status, retryAnswer: retried.body.state ?? retried.body.error?.code, endedAs }).toEqual({
      retryStatus: 200,
      retryAnswer: "started",
      endedAs: "still in flight",
    });
  });

  it("a requeue of the drain that fails: the node's next check-in requeues the claim", async () => {
    const { clusterId, a, b } = await cluster(2);
    const claimed = (await checkIn(h, clusterId, a, { capacity: 2, holding: [] })).body.claims as Claim[];
    const f = faults();
    h.deps.table = f.table(realTable);
    f.aim({ kind: "server", when: transactWithEvent("job.requeued"), times: 2 });
    const answer = await drain(clusterId, "a");
    h.deps.table = realTable;
    expect([200, 503]).toContain(answer.status);
    const next = await checkIn(h, clusterId, a, { capacity: 2, holding: claimed.map((c) => c.runId) });
    expect([...next.body.revoked].sort()).toEqual(claimed.map((c) => c.runId).sort());
    expect(await claimsOf(clusterId, "a")).toEqual([]);
    expect(((await checkIn(h, clusterId, b, { capacity: 2, holding: [] })).body.claims as Claim[]).length).toBe(2);
  });

  it("drain racing the node's leave: every claim goes back, nothing held, answers are 200 or 409 node_not_live", async () => {
    for (let round = 0; round < rounds(4); round++) {
      const { clusterId, a } = await cluster(3);
      const claimed = (await checkIn(h, clusterId, a, { capacity: 3, holding: [] })).body.claims as Claim[];
      await run(clusterId, a, claimed[0]!, "start");
      const [d, l] = await Promise.all([drain(clusterId, "a"), leave(clusterId, a)]);
      expect(l.status).toBe(200);
      if (d.status !== 200) expect(d.body.error.code).toBe("node_not_live");
      expect(await claimsOf(clusterId, "a")).toEqual([]);
      for (const c of claimed) expect(await endsOf(clusterId, c.runId)).toHaveLength(1);
    }
  });

  it("drain racing a supersede (rejoin of a live node): old claims all end once; a draining new incarnation has its own node.draining", async () => {
    for (let round = 0; round < rounds(4); round++) {
      const { clusterId, joinToken, a } = await cluster(3);
      const claimed = (await checkIn(h, clusterId, a, { capacity: 3, holding: [] })).body.claims as Claim[];
      const [d, fresh] = await Promise.all([drain(clusterId, "a"), joinNode(h, clusterId, "a", joinToken)]);
      expect([200, 409]).toContain(d.status);
      await sweep(clusterId);
      for (const c of claimed) expect(await endsOf(clusterId, c.runId)).toHaveLength(1);
      const node = (await nodeItem(clusterId, "a"))!;
      expect(node.epoch).toBe(fresh.epoch);
      const drainingEvents = (await allEvents(clusterId)).filter((e) => e.type === "node.draining").map((e) => (e.detail as { epoch: number }).epoch);
      if (node.drainingSince !== undefined) expect(drainingEvents).toContain(fresh.epoch);
      clock.advance(60_000);
      const got = (await checkIn(h, clusterId, fresh, { capacity: 3, holding: [] })).body.claims as Claim[];
      if (node.drainingSince === undefined) expect(got.length).toBeGreaterThan(0);
      else expect(got).toEqual([]);
    }
  });

  it("a new incarnation starts undrained: drain, leave, rejoin; it claims again and its view says so", async () => {
    const { clusterId, joinToken, a } = await cluster(2);
    expect((await drain(clusterId, "a")).status).toBe(200);
    expect((await leave(clusterId, a)).status).toBe(200);
    const again = await joinNode(h, clusterId, "a", joinToken);
    expect((await h.call("GET", `/v1/clusters/${clusterId}/nodes/a`, { token: h.adminToken })).body).toMatchObject({ draining: false, drained: false });
    expect(((await checkIn(h, clusterId, again, { capacity: 2, holding: [] })).body.claims as Claim[]).length).toBe(2);
  });

  it("drain of a recovering node: accepted; when it recovers it claims nothing and starts nothing; its claims went back", async () => {
    const { clusterId, a, b } = await cluster(2);
    const claimed = (await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims as Claim[];
    expect(claimed).toHaveLength(1);
    clock.advance(T + 1);
    await checkIn(h, clusterId, b, { capacity: 0, holding: [] });
    // Drain first, then the sweep (a recovering): whichever takes the claim back, it ends once.
    await sweep(clusterId);
    expect((await nodeItem(clusterId, "a"))!.state).toBe("recovering");
    const d = await drain(clusterId, "a");
    expect(d.status).toBe(200);
    expect(d.body.draining).toBe(true);
    const back = await checkIn(h, clusterId, a, { capacity: 2, holding: claimed.map((c) => c.runId) });
    expect(back.status).toBe(200);
    expect(back.body.claims).toEqual([]);
    expect((await run(clusterId, a, claimed[0]!, "start")).status).not.toBe(200);
    expect((await nodeItem(clusterId, "a"))!.drainingSince).toBeDefined();
    expect(await claimsOf(clusterId, "a")).toEqual([]);
    expect(await endsOf(clusterId, claimed[0]!.runId)).toHaveLength(1);
  });

  it("undrain racing drain: a consistent end state (drainedAt only while draining; a draining node claims nothing, an undrained one claims)", async () => {
    for (let round = 0; round < rounds(5); round++) {
      const { clusterId, a } = await cluster(3);
      const claimed = (await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims as Claim[];
      await Promise.all([drain(clusterId, "a"), undrain(clusterId, "a"), drain(clusterId, "a"), checkIn(h, clusterId, a, { capacity: 1, holding: claimed.map((c) => c.runId) })]);
      const node = (await nodeItem(clusterId, "a"))!;
      if (node.drainedAt !== undefined) expect(node.drainingSince).toBeDefined();
      const view = (await h.call("GET", `/v1/clusters/${clusterId}/nodes/a`, { token: h.adminToken })).body;
      expect(view.draining).toBe(node.drainingSince !== undefined);
      clock.advance(60_000);
      const held = (await claimsOf(clusterId, "a")).map((r) => r.runId);
      const next = await checkIn(h, clusterId, a, { capacity: 3, holding: held });
      if (node.drainingSince !== undefined) {
        expect(next.body.claims).toEqual([]);
        expect((await claimsOf(clusterId, "a")).filter((r) => r.state === "claimed")).toEqual([]);
      } else expect((next.body.claims as Claim[]).length).toBeGreaterThan(0);
    }
  });

  it("concurrent drains (admin and the node's own token): all 200, one node.draining; the started run's end, a cancel and check-ins racing: one end, node.drained once", async () => {
    for (let round = 0; round < rounds(4); round++) {
      const { clusterId, a, claim } = await oneRun("started");
      const answers = await Promise.all([
        drain(clusterId, "a"),
        drain(clusterId, "a", a.nodeToken),
        drain(clusterId, "a"),
        cancel(clusterId, claim.runId),
        run(clusterId, a, claim, "complete"),
        checkIn(h, clusterId, a, { capacity: 1, holding: [claim.runId] }),
      ]);
      for (const d of answers.slice(0, 3)) expect(d.status).toBe(200);
      await checkIn(h, clusterId, a, { capacity: 1, holding: [] });
      await checkIn(h, clusterId, a, { capacity: 1, holding: [] });
      expect(await endsOf(clusterId, claim.runId)).toHaveLength(1);
      const t = await types(clusterId);
      expect(t.filter((x) => x === "node.draining a")).toHaveLength(1);
      expect(t.filter((x) => x === "node.drained a")).toHaveLength(1);
      expect((await h.call("GET", `/v1/clusters/${clusterId}/nodes/a`, { token: h.adminToken })).body).toMatchObject({ draining: true, drained: true });
      expect((await nodeItem(clusterId, "a"))!.revoking).toBeUndefined();
    }
  });

  it("drain racing a cancel of the node's claim: the claim ends exactly once (requeued or cancelled)", async () => {
    for (let round = 0; round < rounds(5); round++) {
      const { clusterId, claim } = await oneRun("claimed");
      const [d, c] = await Promise.all([drain(clusterId, "a"), cancel(clusterId, claim.runId)]);
      expect(d.status).toBe(200);
      const ends = await endsOf(clusterId, claim.runId);
      expect(ends).toHaveLength(1);
      const hist = (await history(clusterId, claim.runId))!;
      if (hist.state === "cancelled") expect(c.body.state).toBe("cancelled");
      else expect(c.body.error.code).toBe("run_finished");
    }
  });
});

describe("cancel attacks", () => {
  it("cancel twice concurrently with the node's complete: one end state, one end event, one job.cancelling at most", async () => {
    for (let round = 0; round < rounds(6); round++) {
      const { clusterId, a, claim } = await oneRun("started");
      const [c1, c2, done] = await Promise.all([cancel(clusterId, claim.runId), cancel(clusterId, claim.runId), run(clusterId, a, claim, "complete")]);
      expect(done.status).toBe(200);
      const hist = (await history(clusterId, claim.runId))!;
      expect(await endsOf(clusterId, claim.runId)).toHaveLength(1);
      expect((await types(clusterId)).filter((t) => t.startsWith("job.cancelling")).length).toBeLessThanOrEqual(1);
      expect(done.body.state).toBe(hist.state);
      for (const c of [c1, c2]) {
        if (hist.state === "cancelled") expect(["cancelling", "cancelled"]).toContain(c.body.state);
        else expect(c.body.error?.code ?? c.body.state).toMatch(/run_finished|cancelling/);
      }
      expect((await nodeItem(clusterId, "a"))!.revoking).toBeUndefined();
      expect(await activeRuns(h.deps, clusterId)).toEqual([]);
    }
  });

  it("cancel twice concurrently on a claim, racing start: one end; a cancelled claim is never started", async () => {
    for (let round = 0; round < rounds(6); round++) {
      const { clusterId, a, claim } = await oneRun("claimed");
      const [c1, c2, s] = await Promise.all([cancel(clusterId, claim.runId), cancel(clusterId, claim.runId), run(clusterId, a, claim, "start")]);
      expect(c1.status).toBe(200);
      expect(c2.status).toBe(200);
      const started = (await types(clusterId)).filter((t) => t.startsWith("job.started"));
      if (s.status === 200) expect(started).toHaveLength(1);
      else expect(started).toEqual([]);
      const active = await activeRuns(h.deps, clusterId);
      if (active.length) expect(active.map((r) => r.state)).toEqual(["cancelling"]);
      else expect(await endsOf(clusterId, claim.runId)).toEqual(["job.cancelled"]);
    }
  });

  it("cancel racing the sweep's take-backs (lease lapsed / node recovering): one end, and a cancelling run ends at the next sweep", async () => {
    for (const stage of ["claimed", "started", "claimed", "started", "started"] as const) {
      const { clusterId, claim } = await oneRun(stage);
      clock.advance(T + 1);
      const [c] = await Promise.all([cancel(clusterId, claim.runId), sweep(clusterId)]);
      await sweep(clusterId);
      expect(await activeRuns(h.deps, clusterId)).toEqual([]);
      const ends = await endsOf(clusterId, claim.runId);
      expect(ends).toHaveLength(1);
      const hist = (await history(clusterId, claim.runId))!;
      if (c.status === 200) expect(hist.state).toBe("cancelled");
      else {
        expect(c.body.error.code).toBe("run_finished");
        expect(["requeued", "orphaned"]).toContain(hist.state);
      }
      expect((await nodeItem(clusterId, "a"))!.revoking).toBeUndefined();
      const job = (await h.deps.table.get({ Key: jobKey(clusterId, "j0"), ConsistentRead: true }))!;
      expect(job.activeRunId).toBeUndefined();
    }
  });

  it("a lost answer of the cancel of a claim: asking again answers cancelled; one job.cancelled; not requeued", async () => {
    const { clusterId, claim } = await oneRun("claimed");
    const f = faults();
    h.deps.table = f.table(realTable);
    f.aim({ kind: "lost-answer", when: transactWithEvent("job.cancelled") });
    expect((await cancel(clusterId, claim.runId)).status).toBe(503);
    h.deps.table = realTable;
    const again = await cancel(clusterId, claim.runId);
    expect(again.status).toBe(200);
    expect(again.body.state).toBe("cancelled");
    expect(await endsOf(clusterId, claim.runId)).toEqual(["job.cancelled"]);
    expect((await h.deps.table.get({ Key: jobKey(clusterId, "j0"), ConsistentRead: true }))!.queue ?? []).toEqual([]);
  });

  it("a cancelling run ends when its node rejoins with a new epoch (also racing the rejoin); nothing stays in any revoking set", async () => {
    for (let round = 0; round < rounds(4); round++) {
      const { clusterId, joinToken, claim } = await oneRun("started");
      if (round === 0) {
        expect((await cancel(clusterId, claim.runId)).body.state).toBe("cancelling");
        await joinNode(h, clusterId, "a", joinToken);
      } else {
        await Promise.all([cancel(clusterId, claim.runId), joinNode(h, clusterId, "a", joinToken)]);
        await sweep(clusterId);
      }
      expect(await activeRuns(h.deps, clusterId)).toEqual([]);
      expect(await endsOf(clusterId, claim.runId)).toHaveLength(1);
      if (round === 0) expect((await history(clusterId, claim.runId))!.state).toBe("cancelled");
      expect((await nodeItem(clusterId, "a"))!.revoking).toBeUndefined();
    }
  });

  it("a cancelling run ends when its node dies (sweep: offline) or forgets it (racing check-ins); revoking emptied", async () => {
    const dead = await oneRun("started");
    await cancel(dead.clusterId, dead.claim.runId);
    clock.advance(T + 1);
    await checkIn(h, dead.clusterId, dead.b, { holding: [] });
    await sweep(dead.clusterId); // recovering
    clock.advance(T + 1);
    await checkIn(h, dead.clusterId, dead.b, { holding: [] });
    await sweep(dead.clusterId); // offline, or the lease lapsed
    expect(await activeRuns(h.deps, dead.clusterId)).toEqual([]);
    expect((await history(dead.clusterId, dead.claim.runId))!.state).toBe("cancelled");
    expect((await nodeItem(dead.clusterId, "a"))!.revoking).toBeUndefined();

    for (let round = 0; round < rounds(4); round++) {
      const { clusterId, a, claim } = await oneRun("started");
      await Promise.all([cancel(clusterId, claim.runId), checkIn(h, clusterId, a, { holding: [] }), checkIn(h, clusterId, a, { holding: [] })]);
      await checkIn(h, clusterId, a, { holding: [] });
      expect(await activeRuns(h.deps, clusterId)).toEqual([]);
      expect(await endsOf(clusterId, claim.runId)).toHaveLength(1);
      expect((await nodeItem(clusterId, "a"))!.revoking).toBeUndefined();
    }
  });

  it("a non-concurrent job is not claimed again while its cancelled run is cancelling", async () => {
    const { clusterId, a, b, claim } = await oneRun("started");
    clock.advance(60_000); // the next occurrence is due
    await checkIn(h, clusterId, a, { capacity: 0, holding: [claim.runId] });
    const [c, got] = await Promise.all([cancel(clusterId, claim.runId), checkIn(h, clusterId, b, { capacity: 1, holding: [] })]);
    expect(c.body.state).toBe("cancelling");
    expect(got.body.claims).toEqual([]);
    expect((await checkIn(h, clusterId, b, { capacity: 1, holding: [] })).body.claims).toEqual([]);
    // The node reports its end: free again.
    expect((await run(clusterId, a, claim, "complete", "failed")).body.state).toBe("cancelled");
    expect((await checkIn(h, clusterId, b, { capacity: 1, holding: [] })).body.claims).toHaveLength(1);
  });

  it("cancelling a run that ended by a take-back (requeued, orphaned) is 409 with nothing stored changed; one ended cancelled is the same answer", async () => {
    const { clusterId, a, claim } = await oneRun("claimed");
    await checkIn(h, clusterId, a, { holding: [] }); // not-held: requeued
    expect((await history(clusterId, claim.runId))!.state).toBe("requeued");
    const before = [await nodeItem(clusterId, "a"), await history(clusterId, claim.runId), await allEvents(clusterId)];
    const refused = await cancel(clusterId, claim.runId);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("run_finished");
    expect([await nodeItem(clusterId, "a"), await history(clusterId, claim.runId), await allEvents(clusterId)]).toEqual(before);
  });
});
