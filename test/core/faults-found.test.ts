import { beforeAll, describe, expect, it } from "vitest";
import { readCluster } from "../../core/clusters/cluster-item";
import { activeRunPartition } from "../../core/store/keys";
import { sweepCluster } from "../../core/detection/sweep";
import type { Table } from "../../core/store/table";
import type { FakeClock } from "../support/fake-clock";
import { faults, transactWithEvent } from "../support/faults";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/**
 * Cells of the fault table (faults.test.ts) that showed a defect, kept as regression tests:
 * each failed before its fix (a trigger's Idempotency-Key; force offline answering a retry).
 */
let h: Harness;
let clock: FakeClock;
let realTable: Table;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
  realTable = h.deps.table;
});
const SETTINGS = { instanceTimeoutMs: 10_000, instanceRecoveryTimeoutMs: 10_000, instanceCheckInIntervalMs: 2_000 };
let seq = 0;

/** Run one request with a lost answer aimed at the write `when` matches. */
async function losingAnswer(when: Parameters<ReturnType<typeof faults>["aim"]>[0]["when"], request: () => Promise<{ status: number }>) {
  const f = faults({ seed: ++seq }).aim({ kind: "lost-answer", when });
  h.deps.table = f.table(realTable);
  try {
    const first = await request();
    expect(f.injected).toHaveLength(1);
    expect(first.status).toBe(503);
  } finally {
    h.deps.table = realTable;
  }
}

describe("faults found", () => {
  /**
   * force offline × lost-answer while the disruption guard holds (the very case the override
   * exists for). Interleaving: POST /nodes/b/offline → its transaction commits (b offline,
   * node.offline recorded) → the answer is lost before `releaseRunsOf(…, { ignoreGuard: true })`
   * runs → the admin retries → `forceOffline` reads b `offline` and answers 409
   * node_not_recovering. b's claim stays in flight, held by an offline node nobody runs: the
   * sweep will not take it back while the guard holds, and `forgetNode` refuses (node_has_runs)
   * for the same reason. Fix (core/overrides.ts): when the node is already `offline` with the
   * epoch read and still owns runs, release them with `ignoreGuard` and answer as the first call
   * would have (idempotent), or let `forgetNode` release an offline node's runs with
   * `ignoreGuard` when its `node.offline` event was forced.
   */
  it("force offline × lost-answer under the guard: the retry gives the node's work back", async () => {
    const ctx = await clusterWithFirstNode(h, `ff${++seq}`, "a", SETTINGS);
    const { clusterId } = ctx;
    const [b, c, d] = [await joinNode(h, clusterId, "b", ctx.joinToken), await joinNode(h, clusterId, "c", ctx.joinToken), await joinNode(h, clusterId, "d", ctx.joinToken)];
    await h.call("POST", `/v1/clusters/${clusterId}/jobs`, { token: h.adminToken, body: { jobId: "j", type: "t", schedule: { rateMs: 60_000 } } });
    clock.advance(60_000);
    for (const n of [ctx.first, c, d]) await checkIn(h, clusterId, n, { holding: [] });
    const claim = (await checkIn(h, clusterId, b!, { capacity: 1, holding: [] })).body.claims[0];
    expect(claim).toBeDefined();
    clock.advance(10_001);
    await checkIn(h, clusterId, ctx.first, { holding: [] });
    await sweepCluster(h.deps, (await readCluster(h.deps, clusterId))!);
    expect((await readCluster(h.deps, clusterId, { consistent: true }))!.disruptedSince).toBeDefined(); // the guard holds

    const offline = () => h.call("POST", `/v1/clusters/${clusterId}/nodes/b/offline`, { token: h.adminToken });
    await losingAnswer(transactWithEvent("node.offline"), offline);
    await offline(); // the admin retries
    const active = (await realTable.query({ KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": activeRunPartition(clusterId) }, ConsistentRead: true })).items;
    expect(active.map((r) => r.runId), "b's claim is given back, not held by an offline node").toEqual([]);
  });
});
