import { z } from "zod";
import { iso } from "./clock";
import { type ClusterItem, readCluster, requireCluster } from "./cluster-item";
import type { Deps, StoreDeps } from "./deps";
import { RosterError, conflict, notFound } from "./errors";
import { type EventInput, recordEvent } from "./events";
import { type JobItem, insertOccurrence, readJob, saveJob } from "./jobs";
import { activeRunKey, activeRunPartition, clusterKey, nodeKey, runHistoryKey, runHistoryPartition } from "./keys";
import { type NodeCredentials, explainRefusal } from "./node-credentials";
import { type RunItem, type RunView, jobOfRun, runOfClaimToken, toRunView } from "./run-items";
import { withDefaults } from "./settings";
import { TransactionCanceled, type TransactItem, queryAll } from "./table";
import { hashToken } from "./tokens";

export const startBodySchema = z.strictObject({ claimToken: z.string().min(1).max(512) });
export const completeBodySchema = z.strictObject({
  claimToken: z.string().min(1).max(512),
  outcome: z.enum(["succeeded", "failed"]),
  message: z.string().max(4096).optional(),
});

const claimLost = (runId: string) =>
  conflict("claim_lost", `the claim on run '${runId}' is lost: it was requeued, orphaned, or is not this node's`);

const MAX_ATTEMPTS = 5;

/** The checks every run transition made with a claim token carries: this claim, this node incarnation. */
function claimHeld(cred: NodeCredentials, runId: string, claimToken: string, state: "claimed" | "started") {
  return {
    Key: activeRunKey(cred.clusterId, runId),
    ConditionExpression: "#state = :state AND claimTokenHash = :hash AND nodeId = :node AND epoch = :epoch",
    ExpressionAttributeNames: { "#state": "state" },
    ExpressionAttributeValues: { ":state": state, ":hash": hashToken(claimToken), ":node": cred.nodeId, ":epoch": cred.epoch },
    ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const,
  };
}

/** The node token, checked in the same transaction as the run it moves. */
const nodeTokenCheck = (cred: NodeCredentials): TransactItem => ({
  ConditionCheck: {
    Key: nodeKey(cred.clusterId, cred.nodeId),
    ConditionExpression: "tokenHash = :tokenHash AND epoch = :epoch",
    ExpressionAttributeValues: { ":tokenHash": hashToken(cred.token), ":epoch": cred.epoch },
    ReturnValuesOnConditionCheckFailure: "ALL_OLD",
  },
});

/** Why a run transition was refused: the node token (index 1) before the claim (index 0). */
function refusal(error: TransactionCanceled, cred: NodeCredentials, runId: string): RosterError | undefined {
  if (error.reasons[1]?.code === "ConditionalCheckFailed") {
    const why = explainRefusal(error.reasons[1].item, cred);
    return why instanceof RosterError ? why : claimLost(runId);
  }
  if (error.reasons[0]?.code === "ConditionalCheckFailed") return claimLost(runId);
  return undefined; // a conflict with another writer: try again
}

const checkClaimToken = (runId: string, claimToken: string) => {
  if (runOfClaimToken(claimToken) !== runId) throw claimLost(runId);
};

/** Start a claimed run. Starting it again with the same claim is not an error. */
export async function startRun(deps: Deps, cred: NodeCredentials, runId: string, claimToken: string): Promise<RunView> {
  checkClaimToken(runId, claimToken);
  const cluster = await readCluster(deps, cred.clusterId);
  if (!cluster) throw claimLost(runId);
  for (let attempt = 1; ; attempt++) {
    const now = deps.clock.now();
    try {
      const held = claimHeld(cred, runId, claimToken, "claimed");
      const started: EventInput = { type: "job.started", jobId: jobOfRun(runId), nodeId: cred.nodeId, detail: { runId } };
      await deps.table.transact([
        {
          Update: {
            ...held,
            UpdateExpression: "SET #state = :started, startedAt = :now, renewedAt = :now",
            ExpressionAttributeValues: { ...held.ExpressionAttributeValues, ":started": "started", ":now": now },
          },
        },
        nodeTokenCheck(cred),
        recordEvent(cred.clusterId, started, now, withDefaults(cluster.settings).eventRetentionMs),
      ]);
      return toRunView((await deps.table.get({ Key: activeRunKey(cred.clusterId, runId), ConsistentRead: true })) as RunItem);
    } catch (error) {
      if (!(error instanceof TransactionCanceled)) throw error;
      const stored = error.reasons[0]?.item as RunItem | undefined;
      if (stored?.state === "started" && stored.claimTokenHash === hashToken(claimToken) && error.reasons[1]?.code === "None") {
        return toRunView(stored);
      }
      const why = refusal(error, cred, runId);
      if (why) throw why;
      if (attempt >= MAX_ATTEMPTS) throw busy(runId);
    }
  }
}

const busy = (runId: string) => new RosterError(503, "busy", `run '${runId}' is changing under concurrent writes; retry`);

/** Complete a started run: it moves to the history with its outcome, and a non-concurrent job is free again. */
export async function completeRun(
  deps: Deps,
  cred: NodeCredentials,
  runId: string,
  body: z.infer<typeof completeBodySchema>,
): Promise<RunView> {
  checkClaimToken(runId, body.claimToken);
  const cluster = await readCluster(deps, cred.clusterId);
  if (!cluster) throw claimLost(runId);
  const retention = withDefaults(cluster.settings).eventRetentionMs;
  for (let attempt = 1; ; attempt++) {
    const [run, job] = await Promise.all([
      deps.table.get({ Key: activeRunKey(cred.clusterId, runId), ConsistentRead: true }) as Promise<RunItem | undefined>,
      readJob(deps, cred.clusterId, jobOfRun(runId)),
    ]);
    if (!run) throw claimLost(runId);
    if (run.state === "claimed" && run.claimTokenHash === hashToken(body.claimToken)) {
      throw conflict("run_not_started", `run '${runId}' was claimed but not started: start it first`);
    }
    const now = deps.clock.now();
    const finished: RunItem = {
      ...run,
      state: body.outcome,
      finishedAt: now,
      ...(job ? { finishVersion: job.version + 1 } : {}),
      ...(body.message === undefined ? {} : { message: body.message }),
    };
    const completed: EventInput = {
      type: "job.completed",
      jobId: run.jobId,
      nodeId: cred.nodeId,
      detail: { runId, outcome: body.outcome },
    };
    try {
      await deps.table.transact([
        { Delete: claimHeld(cred, runId, body.claimToken, "started") },
        nodeTokenCheck(cred),
        toHistory(finished, retention),
        ...releaseJob(job, runId, (j) => ({ ...j, lastRun: { runId, outcome: body.outcome, finishedAt: now } })),
        recordEvent(cred.clusterId, completed, now, retention),
      ]);
      return toRunView(finished);
    } catch (error) {
      if (!(error instanceof TransactionCanceled)) throw error;
      const why = refusal(error, cred, runId);
      if (why) throw why;
      if (attempt >= MAX_ATTEMPTS) throw busy(runId);
    }
  }
}

const toHistory = (run: RunItem, retentionMs: number): TransactItem => ({
  Put: {
    Item: {
      ...run,
      ...runHistoryKey(run.clusterId, run.runId),
      expiresAt: Math.ceil((run.finishedAt! + retentionMs) / 1000),
    },
  },
});

/** The job written back with this run no longer holding it (when it did), plus any other change. */
function releaseJob(job: JobItem | undefined, runId: string, change: (job: JobItem) => JobItem = (j) => j): TransactItem[] {
  if (!job) return []; // deleted meanwhile: the run still finishes into the history
  const { activeRunId, ...rest } = job;
  const released = activeRunId === runId ? (rest as JobItem) : job;
  return saveJob(job, change(released));
}

/**
 * Give back the work of a node incarnation that is gone or going: a claimed run is requeued
 * (its occurrence goes back to the job's queue, another node claims it, and the old claim is
 * revoked); a started run is orphaned (never completed) and frees its non-concurrent job.
 * Each is one transaction conditioned on the run as read, on the node still being in the state
 * that justifies it, and on the cluster's disruption guard being down.
 */
export async function recoverRun(
  deps: StoreDeps,
  cluster: ClusterItem,
  run: RunItem,
  how: "requeue" | "orphan",
  now: number,
  seq = 0,
): Promise<boolean> {
  const job = await readJob(deps, cluster.clusterId, run.jobId);
  const retention = withDefaults(cluster.settings).eventRetentionMs;
  const requeue = how === "requeue";
  const event: EventInput = {
    type: requeue ? "job.requeued" : "job.orphaned",
    jobId: run.jobId,
    nodeId: run.nodeId,
    detail: { runId: run.runId, epoch: run.epoch, scheduledFor: iso(run.scheduledFor) },
  };
  const items: TransactItem[] = [
    {
      Delete: {
        Key: activeRunKey(cluster.clusterId, run.runId),
        ConditionExpression: "#state = :state AND claimTokenHash = :hash",
        ExpressionAttributeNames: { "#state": "state" },
        ExpressionAttributeValues: { ":state": run.state, ":hash": run.claimTokenHash },
      },
    },
    {
      ConditionCheck: {
        Key: nodeKey(cluster.clusterId, run.nodeId),
        // Requeue once the node is not running; orphan only once it is gone for good.
        ConditionExpression: requeue
          ? "attribute_not_exists(pk) OR epoch <> :epoch OR #state <> :running"
          : "attribute_not_exists(pk) OR epoch <> :epoch OR #state IN (:offline, :stopped)",
        ExpressionAttributeNames: { "#state": "state" },
        ExpressionAttributeValues: requeue
          ? { ":epoch": run.epoch, ":running": "running" }
          : { ":epoch": run.epoch, ":offline": "offline", ":stopped": "stopped" },
      },
    },
    {
      ConditionCheck: { Key: clusterKey(cluster.clusterId), ConditionExpression: "attribute_not_exists(disruptedSince)" },
    },
    toHistory(
      { ...run, state: requeue ? "requeued" : "orphaned", finishedAt: now, ...(job ? { finishVersion: job.version + 1 } : {}) },
      retention,
    ),
    ...releaseJob(job, run.runId, (j) =>
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

/** The work of one node incarnation that left or was superseded: requeued or orphaned at once. */
export async function releaseRunsOf(deps: StoreDeps, cluster: ClusterItem, nodeId: string, epoch: number) {
  const runs = (await activeRuns(deps, cluster.clusterId)).filter((r) => r.nodeId === nodeId && r.epoch === epoch);
  const now = deps.clock.now();
  for (const run of runs) await recoverRun(deps, cluster, run, run.state === "claimed" ? "requeue" : "orphan", now);
}

/**
 * What should happen to each run in flight, given the nodes as they now are: a claim of a node
 * that is not running goes back to the queue; a started run stays with a recovering node (it
 * may come back), and is orphaned once its incarnation is offline, stopped or replaced.
 */
export function runsToRecover(runs: RunItem[], nodes: Map<string, { state: string; epoch: number }>) {
  const decisions: { run: RunItem; how: "requeue" | "orphan" }[] = [];
  for (const run of runs) {
    const node = nodes.get(run.nodeId);
    const gone = !node || node.epoch !== run.epoch || node.state === "offline" || node.state === "stopped";
    if (gone) decisions.push({ run, how: run.state === "claimed" ? "requeue" : "orphan" });
    else if (node.state === "recovering" && run.state === "claimed") decisions.push({ run, how: "requeue" });
  }
  return decisions;
}

/** All claimed or started runs of a cluster: one small partition. */
export async function activeRuns(deps: StoreDeps, clusterId: string): Promise<RunItem[]> {
  return (await queryAll(deps.table, {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": activeRunPartition(clusterId) },
  })) as RunItem[];
}

export const runPageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** A job's runs, newest first: those in flight, then the history. */
export async function listRuns(deps: Deps, clusterId: string, jobId: string, limit: number): Promise<RunView[]> {
  await requireCluster(deps, clusterId);
  const query = (pk: string) =>
    deps.table.query({
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :job)",
      ExpressionAttributeValues: { ":pk": pk, ":job": `${jobId}~` },
      ScanIndexForward: false,
      Limit: limit,
    });
  const [active, history] = await Promise.all([query(activeRunPartition(clusterId)), query(runHistoryPartition(clusterId))]);
  const runs = [...active.items, ...history.items] as RunItem[];
  if (runs.length === 0 && !(await readJob(deps, clusterId, jobId))) {
    throw notFound("job_not_found", `job '${jobId}' does not exist`);
  }
  return runs
    .sort((a, b) => b.claimedAt - a.claimedAt || b.runId.localeCompare(a.runId))
    .slice(0, limit)
    .map(toRunView);
}
