import { beforeAll, describe, expect, it } from "vitest";
import { readCluster } from "../../core/clusters/cluster-item";
import { sweepCluster } from "../../core/detection/sweep";
import { cancelRun } from "../../core/jobs/cancel";
import { activeRuns } from "../../core/jobs/run-recovery";
import type { Table } from "../../core/store/table";
import { DEFAULT_NODE_SHARDS, activeRunPartition, clusterKey, eventPartition, jobKey, nodeKey, nodePartitions, runHistoryKey, runHistoryPartition } from "../../core/store/keys";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness } from "../support/harness";

/**
 * Cancel a run (issue 18), through the API against DynamoDB Local. A claim ends `cancelled` at
 * once (not requeued; its node's next check-in revokes it); a started run is `cancelling` until
 * its node reports its end, stops listing it, or is gone, and then `cancelled`; a non-concurrent
 * job is locked until then. Idempotent; a finished run is 409; bad input changes nothing.
 */
let h: Harness;
let clock: FakeClock;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
});

let seq = 0;
type Node = { nodeId: string; nodeToken: string; epoch: number };
type Claim = { runId: string; claimToken: string; jobId: string };
const T = 10_000;

/** One node "a" and one non-concurrent job "j" (every minute), claimed by a; optionally started. */
async function setup(stage: "claimed" | "started" = "started") {
  const ctx = await clusterWithFirstNode(h, `cx${++seq}`, "a", { instanceTimeoutMs: T, instanceRecoveryTimeoutMs: T, misfireThresholdMs: 3_600_000 });
  const made = await h.call("POST", `/v1/clusters/${ctx.clusterId}/jobs`, { token: h.adminToken, body: { jobId: "j", type: "t", schedule: { rateMs: 60_000 } } });
  expect(made.status).toBe(201);
  clock.advance(60_001);
  const a = ctx.first as Node;
  const claim = (await checkIn(h, ctx.clusterId, a, { capacity: 1, holding: [] })).body.claims[0] as Claim;
  expect(claim).toBeDefined();
  if (stage === "started") expect((await run(ctx.clusterId, a, claim, "start")).status).toBe(200);
  return { clusterId: ctx.clusterId, a, claim };
}

const cancel = (clusterId: string, runId: string, token = h.adminToken) =>
  h.call("POST", `/v1/clusters/${clusterId}/runs/${encodeURIComponent(runId)}/cancel`, { token });
const run = (clusterId: string, node: Node, claim: Claim, what: "start" | "complete", outcome = "succeeded") =>
  h.call("POST", `/v1/clusters/${clusterId}/runs/${encodeURIComponent(claim.runId)}/${what}`, {
    token: node.nodeToken,
    body: { claimToken: claim.claimToken, ...(what === "complete" ? { outcome, message: "done" } : {}) },
  });
const events = async (clusterId: string) =>
  (await h.deps.table.query({ KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": eventPartition(clusterId) }, ConsistentRead: true })).items.map(
    (e) => e.type as string,
  );
const jobEnds = async (clusterId: string) => (await events(clusterId)).filter((t) => ["job.completed", "job.cancelled", "job.orphaned", "job.requeued"].includes(t));
const history = (clusterId: string, runId: string) => h.deps.table.get({ Key: runHistoryKey(clusterId, runId), ConsistentRead: true });
const job = (clusterId: string) => h.deps.table.get({ Key: jobKey(clusterId, "j"), ConsistentRead: true });

/** Every item of the cluster, partition by partition. */
async function everything(clusterId: string) {
  const pks = [
    clusterKey(clusterId).pk,
    ...nodePartitions(clusterId, DEFAULT_NODE_SHARDS),
    activeRunPartition(clusterId),
    runHistoryPartition(clusterId),
    eventPartition(clusterId),
  ];
  const parts = await Promise.all(
    pks.map(async (pk) => (await h.deps.table.query({ KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": pk }, ConsistentRead: true })).items),
  );
  return parts.flat();
}

describe("cancel a claimed run", () => {
  it("ends it cancelled at once, not requeued; the job is free; its node's next check-in revokes it and it may not start; twice is the same answer", async () => {
    const { clusterId, a, claim } = await setup("claimed");
    const answer = await cancel(clusterId, claim.runId);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ runId: claim.runId, state: "cancelled", nodeId: "a" });
    expect(answer.body.cancelledAt).toBe(answer.body.finishedAt);
    expect(await activeRuns(h.deps, clusterId)).toEqual([]);
    const stored = (await job(clusterId))!;
    expect(stored.activeRunId).toBeUndefined();
    expect(stored.queue ?? []).toEqual([]); // not requeued
    expect((await cancel(clusterId, claim.runId)).body).toEqual(answer.body);
    const next = await checkIn(h, clusterId, a, { holding: [claim.runId] });
    expect(next.body.revoked).toEqual([claim.runId]);
    expect((await run(clusterId, a, claim, "start")).body.error.code).toBe("claim_lost");
    expect(await jobEnds(clusterId)).toEqual(["job.cancelled"]);
    // The next occurrence is claimed as usual.
    clock.advance(60_000);
    expect((await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims).toHaveLength(1);
  });
});

describe("cancel a started run", () => {
  it("is cancelling until the node stops listing it (the agent aborted it), then cancelled; the job stays locked until then", async () => {
    const { clusterId, a, claim } = await setup();
    const answer = await cancel(clusterId, claim.runId);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ state: "cancelling", startedAt: expect.any(String), cancelledAt: expect.any(String) });
    expect((await cancel(clusterId, claim.runId)).body).toEqual(answer.body); // idempotent
    // The node still lists it: revoked, and the non-concurrent job claims nothing new meanwhile.
    clock.advance(60_000);
    const told = await checkIn(h, clusterId, a, { capacity: 1, holding: [claim.runId] });
    expect(told.body.revoked).toEqual([claim.runId]);
    expect(told.body.claims).toEqual([]);
    expect((await checkIn(h, clusterId, a, { capacity: 0, renew: [claim.claimToken] })).body.revoked).toEqual([claim.claimToken]);
    // The agent aborted it: its next listing leaves it out, and it ends cancelled.
    await checkIn(h, clusterId, a, { capacity: 0, holding: [] });
    expect(await activeRuns(h.deps, clusterId)).toEqual([]);
    expect(await history(clusterId, claim.runId)).toMatchObject({ state: "cancelled" });
    expect((await cancel(clusterId, claim.runId)).body).toMatchObject({ state: "cancelled" });
    expect((await h.deps.table.get({ Key: nodeKey(clusterId, "a", DEFAULT_NODE_SHARDS), ConsistentRead: true }))!.revoking).toBeUndefined();
    expect((await events(clusterId)).filter((t) => t.startsWith("job.cancel"))).toEqual(["job.cancelling", "job.cancelled"]);
    // Free again: the next check-in claims the job's next occurrence.
    expect((await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims).toHaveLength(1);
  });

  it("ends cancelled when the node reports it, whatever the outcome; a repeat of that report gets the same answer", async () => {
    for (const outcome of ["succeeded", "failed"]) {
      const { clusterId, a, claim } = await setup();
      expect((await cancel(clusterId, claim.runId)).body.state).toBe("cancelling");
      const done = await run(clusterId, a, claim, "complete", outcome);
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ state: "cancelled", message: "done" });
      expect(done.body.outcome).toBeUndefined();
      expect((await run(clusterId, a, claim, "complete", outcome)).body).toEqual(done.body);
      expect(await jobEnds(clusterId)).toEqual(["job.cancelled"]);
      expect((await job(clusterId))!.activeRunId).toBeUndefined();
    }
  });

  it("ends cancelled, not orphaned, when its node is gone: a leave, or the lease lapsing (the sweep)", async () => {
    const left = await setup();
    await cancel(left.clusterId, left.claim.runId);
    expect((await h.call("POST", `/v1/clusters/${left.clusterId}/nodes/a/leave`, { token: left.a.nodeToken })).status).toBe(200);
    expect(await history(left.clusterId, left.claim.runId)).toMatchObject({ state: "cancelled" });
    expect(await jobEnds(left.clusterId)).toEqual(["job.cancelled"]);

    // The node checks in but never lists the run (an older client): the lease lapses, the sweep ends it.
    const silent = await setup();
    await cancel(silent.clusterId, silent.claim.runId);
    for (let i = 0; i < 6; i++) {
      clock.advance(2_000);
      expect((await checkIn(h, silent.clusterId, silent.a)).status).toBe(200);
    }
    await sweepCluster(h.deps, (await readCluster(h.deps, silent.clusterId))!);
    expect(await history(silent.clusterId, silent.claim.runId)).toMatchObject({ state: "cancelled" });
    expect(await jobEnds(silent.clusterId)).toEqual(["job.cancelled"]);
  });

  it("is safe when its answer is lost: the commit stands, and asking again gives the run as it is", async () => {
    const { clusterId, claim } = await setup();
    const table = Object.create(h.deps.table) as Table;
    table.transact = async (items) => {
      await h.deps.table.transact(items);
      throw new Error("the answer was lost");
    };
    await expect(cancelRun({ ...h.deps, table }, clusterId, claim.runId)).rejects.toThrow(/lost/);
    const again = await cancel(clusterId, claim.runId);
    expect(again.body.state).toBe("cancelling");
    expect((await events(clusterId)).filter((t) => t === "job.cancelling")).toHaveLength(1);
  });
});

describe("bad input", () => {
  it("an unknown run or cluster is 404, a finished run 409 run_finished, a node token 403; nothing stored changes", async () => {
    const { clusterId, a, claim } = await setup();
    expect((await run(clusterId, a, claim, "complete")).status).toBe(200);
    const before = await everything(clusterId);
    const finished = await cancel(clusterId, claim.runId);
    expect(finished.status).toBe(409);
    expect(finished.body.error.code).toBe("run_finished");
    expect(finished.body.error.message).toContain("succeeded");
    expect((await cancel(clusterId, "j~nothing")).body.error.code).toBe("run_not_found");
    expect((await cancel(clusterId, "j~nothing")).status).toBe(404);
    expect((await cancel("no-such-cluster", claim.runId)).body.error.code).toBe("cluster_not_found");
    expect((await cancel(clusterId, claim.runId, a.nodeToken)).status).toBe(403);
    expect((await cancel(clusterId, claim.runId, "nonsense")).status).toBe(401);
    expect((await cancel(clusterId, "x".repeat(401))).body.error.code).toBe("invalid_request");
    expect(await everything(clusterId)).toEqual(before);
  });
});

describe("real concurrency", () => {
  it("cancel racing the node's complete: exactly one end state and one end event", async () => {
    const seen = new Set<string>();
    for (let round = 0; round < 8; round++) {
      const { clusterId, a, claim } = await setup();
      const [cancelled, completed] = await Promise.all([cancel(clusterId, claim.runId), run(clusterId, a, claim, "complete")]);
      expect(completed.status).toBe(200);
      const ended = (await history(clusterId, claim.runId))!;
      expect(["succeeded", "cancelled"]).toContain(ended.state);
      expect(completed.body.state).toBe(ended.state);
      if (ended.state === "succeeded") expect(cancelled.body.error?.code ?? cancelled.body.state).toBe("run_finished");
      else expect(cancelled.body.state).toBe("cancelling");
      expect(await jobEnds(clusterId)).toEqual([ended.state === "succeeded" ? "job.completed" : "job.cancelled"]);
      expect(await activeRuns(h.deps, clusterId)).toEqual([]);
      seen.add(ended.state as string);
    }
    expect(seen.size).toBeGreaterThan(0);
  });

  it("cancel racing start on a claimed run: either the claim is cancelled and the start refused, or it started and is cancelling", async () => {
    for (let round = 0; round < 8; round++) {
      const { clusterId, a, claim } = await setup("claimed");
      const [cancelled, started] = await Promise.all([cancel(clusterId, claim.runId), run(clusterId, a, claim, "start")]);
      expect(cancelled.status).toBe(200);
      const active = await activeRuns(h.deps, clusterId);
      if (started.status === 200) {
        expect(cancelled.body.state).toBe("cancelling");
        expect(active.map((r) => r.state)).toEqual(["cancelling"]);
        expect((await checkIn(h, clusterId, a, { holding: [claim.runId] })).body.revoked).toEqual([claim.runId]);
      } else {
        expect(started.body.error.code).toBe("claim_lost");
        expect(cancelled.body.state).toBe("cancelled");
        expect(active).toEqual([]);
        expect((await events(clusterId)).filter((t) => t === "job.started")).toEqual([]);
      }
      expect((await events(clusterId)).filter((t) => t.startsWith("job.cancel"))).toEqual([cancelled.body.state === "cancelled" ? "job.cancelled" : "job.cancelling"]);
    }
  });
});
