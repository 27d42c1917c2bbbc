import { iso } from "../common/clock";
import type { ClusterItem } from "../clusters/cluster-item";
import type { StoreDeps } from "../ports";
import { type EventInput, recordEvent } from "../events/events";
import { insertOccurrence, readJob } from "./jobs";
import { activeRunKey, activeRunPartition, clusterKey, nodeKey } from "../store/keys";
import { type LeaseNode, leaseLapsed } from "./leases";
import type { RunItem } from "./run-items";
import { releaseJob, sameJob, toHistory } from "./run-writes";
import { type ClusterSettings, withDefaults } from "../clusters/settings";
import { TransactionCanceled, type TransactItem, queryAll } from "../store/table";

/**
 * Why Roster takes a run back from its node:
 * - `node-down`: the incarnation is not running (a claim goes back as soon as it is not;
 *   a started run once the incarnation is offline, stopped or replaced);
 * - `lease-lapsed`: no check-in has listed the run for a lease length (`core/leases.ts`);
 * - `not-held`: the node's own check-in listed what it holds, and this run was not in it.
 */
export type RecoveryReason = "node-down" | "lease-lapsed" | "not-held";

/** The node as the decider saw it: state, incarnation, and what its check-ins last listed. */
export type NodeSeen = LeaseNode & { state: string };

export interface Recovery {
  run: RunItem;
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
 * The write on the node item that justifies taking a run back, conditioned on the reason
 * still holding. When the run's incarnation is still the node item's, the run also leaves the
 * node's `assigned` set, so a check-in that lists it later is told it is revoked.
 */
function nodeCondition(clusterId: string, recovery: Recovery, node: NodeSeen | undefined, now: number, settings: ClusterSettings): TransactItem {
  const { run, how, why } = recovery;
  const Key = nodeKey(clusterId, run.nodeId);
  if (!node || node.epoch !== run.epoch) {
    return {
      ConditionCheck: {
        Key,
        ConditionExpression: "attribute_not_exists(pk) OR epoch <> :epoch",
        ExpressionAttributeValues: { ":epoch": run.epoch },
      },
    };
  }
  const values: Record<string, unknown> = { ":epoch": run.epoch, ":run": new Set([run.runId]) };
  const names: Record<string, string> = {};
  let reason: string;
  if (why === "node-down") {
    names["#state"] = "state";
    if (how === "requeue") {
      reason = "#state <> :running";
      values[":running"] = "running";
    } else {
      reason = "#state IN (:offline, :stopped)";
      Object.assign(values, { ":offline": "offline", ":stopped": "stopped" });
    }
  } else {
    // Not listed by the node's latest check-in (and, for a lapsed lease, that check-in is old).
    values[":runId"] = run.runId;
    reason = "NOT contains(holding, :runId)";
    if (why === "lease-lapsed") {
      reason = `(${reason} OR heldAt < :cutoff)`;
      values[":cutoff"] = now - settings.instanceTimeoutMs;
    }
  }
  return {
    Update: {
      Key,
      UpdateExpression: "DELETE assigned :run",
      ConditionExpression: `epoch = :epoch AND ${reason}`,
      ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
      ExpressionAttributeValues: values,
    },
  };
}

/**
 * Give back the work of a node incarnation: a claimed run is requeued (its occurrence goes
 * back to the job's queue, another node claims it, and the old claim is revoked); a started
 * run is orphaned (never completed) and frees its non-concurrent job. Each is one transaction
 * conditioned on the run as read, on the reason still holding on the node item, and on the
 * cluster's disruption guard being down (unless an admin overrides it).
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
  const job = await readJob(deps, cluster.clusterId, run.jobId);
  const settings = withDefaults(cluster.settings);
  const retention = settings.eventRetentionMs;
  const requeue = how === "requeue";
  const event: EventInput = {
    type: requeue ? "job.requeued" : "job.orphaned",
    jobId: run.jobId,
    nodeId: run.nodeId,
    detail: { runId: run.runId, epoch: run.epoch, scheduledFor: iso(run.scheduledFor), reason: why },
  };
  const ours = sameJob(job, run) ? job : undefined;
  const items: TransactItem[] = [
    {
      Delete: {
        Key: activeRunKey(cluster.clusterId, run.runId),
        ConditionExpression: "#state = :state AND claimTokenHash = :hash",
        ExpressionAttributeNames: { "#state": "state" },
        ExpressionAttributeValues: { ":state": run.state, ":hash": run.claimTokenHash },
      },
    },
    nodeCondition(cluster.clusterId, recovery, node, now, settings),
    ...(options.ignoreGuard
      ? []
      : [{ ConditionCheck: { Key: clusterKey(cluster.clusterId), ConditionExpression: "attribute_not_exists(disruptedSince)" } }]),
    toHistory(
      { ...run, state: requeue ? "requeued" : "orphaned", finishedAt: now, ...(ours ? { finishVersion: ours.version + 1 } : {}) },
      retention,
    ),
    ...releaseJob(job, run, (j) =>
      requeue ? { ...j, queue: insertOccurrence(j.queue, { scheduledFor: run.scheduledFor, reason: "requeue" }) } : j,
    ),
    recordEvent(cluster.clusterId, event, now, retention, seq),
  ];
  try {
    await deps.table.transact(items);
    return true;
  } catch (error) {
    if (error instanceof TransactionCanceled) return false; // moved meanwhile: the next sweep looks again
    throw error;
  }
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
