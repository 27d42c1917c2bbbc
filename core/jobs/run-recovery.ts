import { type ClusterItem, shardsOf } from "../clusters/cluster-item";
import type { StoreDeps } from "../ports";
import { rowOf } from "../common/lifecycle-table";
import { readJob } from "./job-item";
import { activeRunPartition } from "../store/keys";
import { type LeaseNode, leaseLapsed } from "./leases";
import type { RunItem } from "./run-items";
import { RUN_LIFECYCLE, type RecoveryReason } from "./run-lifecycle";
import { takeBackWrites } from "./run-transitions";
import type { ClusterSettings } from "../clusters/settings";
import { queryAll } from "../store/table";
import { tryTransact } from "../store/try-transact";
import { detectionSettings } from "../clusters/detection-timeout";

// Why Roster takes a run back: a name of the run lifecycle's take-back rows (run-lifecycle.ts).
export type { RecoveryReason } from "./run-lifecycle";

/** The node as the decider saw it: state, incarnation, and what its check-ins last listed. */
export type NodeSeen = LeaseNode & { state: string };

export interface Recovery {
  run: RunItem;
  /** A claim is requeued; a started run is orphaned, and a cancelling one ends `cancelled` instead. */
  how: "requeue" | "orphan";
  why: RecoveryReason;
}

/**
 * What should happen to each run in flight, given the nodes as they now are: a claim of a node
 * that is not running goes back to the queue; a started run is orphaned once its incarnation is
 * offline, stopped or replaced; and, with `lease`, any run whose lease lapsed goes back too,
 * even while its node is running (a node that forgot a run, or never heard of its claim).
 */
export function runsToRecover(
  runs: RunItem[],
  nodes: Map<string, { state: string; epoch: number } & Partial<NodeSeen>>,
  lease?: { now: number; settings: Pick<ClusterSettings, "instanceTimeoutMs"> },
): Recovery[] {
  const decisions: Recovery[] = [];
  for (const run of runs) {
    const node = nodes.get(run.nodeId);
    const how = run.state === "claimed" ? "requeue" : "orphan";
    const gone = !node || node.epoch !== run.epoch || node.state === "offline" || node.state === "stopped";
    if (gone) decisions.push({ run, how, why: "node-down" });
    else if (node.state === "recovering" && run.state === "claimed") decisions.push({ run, how, why: "node-down" });
    else if (lease && leaseLapsed(run, node as NodeSeen, lease.settings, lease.now)) {
      decisions.push({ run, how, why: "lease-lapsed" });
    }
  }
  return decisions;
}

/**
 * Give back the work of a node incarnation: a claimed run is requeued (its occurrence goes
 * back to the job's queue, another node claims it, and the old claim is revoked); a started
 * run is orphaned (never completed) and frees its non-concurrent job; a cancelling run ends
 * `cancelled` (the sweep decides as for orphans). Each is one transaction,
 * the row of `RUN_LIFECYCLE` named by its cause: conditioned on the run as read, on the cause
 * still holding on the node item, and (node-down, lease-lapsed) on the cluster's disruption
 * guard being down, unless a leave or an admin override waives it (`ignoreGuard`).
 */
export async function recoverRun(
  deps: StoreDeps,
  cluster: ClusterItem,
  recovery: Recovery,
  node: NodeSeen | undefined,
  now: number,
  seq = 0,
  options: { ignoreGuard?: boolean } = {},
): Promise<boolean> {
  const { run, how, why } = recovery;
  // The row of this cause from the run's state: a take-back that is not a row throws (NotATransition).
  const row = rowOf(RUN_LIFECYCLE, why, run.state, how === "requeue" ? "requeued" : run.state === "cancelling" ? "cancelled" : "orphaned");
  const job = await readJob(deps, cluster.clusterId, run.jobId);
  const items = takeBackWrites(row, { run, node, shards: shardsOf(cluster), job, settings: detectionSettings(cluster, now), now, seq, ...options });
  return tryTransact(deps.table, items); // false: moved meanwhile, the next sweep looks again
}

/**
 * The work of one node incarnation that left, was superseded or is being forgotten: requeued
 * or orphaned at once. `node` is the node item as it is now (a new incarnation, or this one
 * stopped), so the conditions match.
 */
export async function releaseRunsOf(
  deps: StoreDeps,
  cluster: ClusterItem,
  nodeId: string,
  epoch: number,
  node: NodeSeen | undefined,
  options: { ignoreGuard?: boolean } = {},
): Promise<number> {
  const runs = (await activeRuns(deps, cluster.clusterId)).filter((r) => r.nodeId === nodeId && r.epoch === epoch);
  const now = deps.clock.now();
  let released = 0;
  // One at a time: each write touches the same node item, and concurrent ones would conflict.
  for (const run of runs) {
    const how = run.state === "claimed" ? "requeue" : "orphan";
    if (await recoverRun(deps, cluster, { run, how, why: "node-down" }, node, now, 0, options)) released += 1;
  }
  return runs.length - released;
}

/** All claimed or started runs of a cluster: one small partition, read consistently (it decides). */
export async function activeRuns(deps: StoreDeps, clusterId: string): Promise<RunItem[]> {
  return (await queryAll(deps.table, {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": activeRunPartition(clusterId) },
    ConsistentRead: true,
  })) as RunItem[];
}
