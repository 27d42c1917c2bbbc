import { z } from "zod";
import { readCluster, requireCluster } from "../clusters/cluster-item";
import type { Deps } from "../ports";
import { RosterError, conflict, notFound } from "../common/errors";
import { backoff } from "../common/backoff";
import { rowOf } from "../common/lifecycle-table";
import { readJob } from "./job-item";
import { activeRunKey, activeRunPartition, runHistoryKey, runHistoryPartition } from "../store/keys";
import { type NodeCredentials, explainRefusal } from "../nodes/credentials";
import { type RunItem, type RunView, jobOfRun, runOfClaimToken, toRunView } from "./run-items";
import { RUN_LIFECYCLE } from "./run-lifecycle";
import { completeWrites, startWrites } from "./run-transitions";
import { withDefaults } from "../clusters/settings";
import { TransactionCanceled } from "../store/table";
import { hashToken, tokenMatches } from "../common/tokens";

export const startBodySchema = z.strictObject({ claimToken: z.string().min(1).max(512) });
export const completeBodySchema = z.strictObject({
  claimToken: z.string().min(1).max(512),
  outcome: z.enum(["succeeded", "failed"]),
  message: z.string().max(4096).optional(),
});

const claimLost = (runId: string) =>
  conflict("claim_lost", `the claim on run '${runId}' is lost: it was requeued, orphaned, or is not this node's`);

/** Writes that lose to other writers of the same job are retried this often, with jittered backoff. */
const MAX_ATTEMPTS = 12;

/** Why a run transition was refused: the node token (index 1) before the claim (index 0). */
function refusal(error: TransactionCanceled, cred: NodeCredentials, runId: string): RosterError | undefined {
  if (error.reasons[1]?.code === "ConditionalCheckFailed") {
    const node = error.reasons[1].item;
    // Its own incarnation, running, but draining: a start is refused, the claim goes back.
    if (ownDrainingNode(node, cred)) return claimLost(runId);
    const why = explainRefusal(node, cred);
    return why instanceof RosterError ? why : claimLost(runId);
  }
  if (error.reasons[0]?.code === "ConditionalCheckFailed") return claimLost(runId);
  return undefined; // a conflict with another writer: try again
}

/** The node item is this very incarnation, running, and draining: only `not draining` refused the write. */
const ownDrainingNode = (node: Record<string, any> | undefined, cred: NodeCredentials) =>
  node?.epoch === cred.epoch && tokenMatches(cred.token, node.tokenHash) && node.state === "running" && node.drainingSince !== undefined;

const checkClaimToken = (runId: string, claimToken: string) => {
  if (runOfClaimToken(claimToken) !== runId) throw claimLost(runId);
};

/**
 * Start a claimed run. Starting it again with the same claim is not an error: a node that
 * lost the answer and asks again gets the same answer.
 */
export async function startRun(deps: Deps, cred: NodeCredentials, runId: string, claimToken: string): Promise<RunView> {
  checkClaimToken(runId, claimToken);
  const cluster = await readCluster(deps, cred.clusterId);
  if (!cluster) throw claimLost(runId);
  const retentionMs = withDefaults(cluster.settings).eventRetentionMs;
  for (let attempt = 1; ; attempt++) {
    const now = deps.clock.now();
    try {
      await deps.table.transact(startWrites(rowOf(RUN_LIFECYCLE, "start", "claimed"), { cred, runId, claimToken, now, retentionMs }));
      return toRunView((await deps.table.get({ Key: activeRunKey(cred.clusterId, runId), ConsistentRead: true })) as RunItem);
    } catch (error) {
      if (!(error instanceof TransactionCanceled)) throw error;
      const stored = error.reasons[0]?.item as RunItem | undefined;
      // Already started with this claim (a repeat after a lost answer): the same answer, unless the
      // node token itself was refused. A conflict on the node item is not a refusal, and neither is
      // a drain since the first start (a started run may finish).
      const ownStart = stored?.state === "started" && stored.claimTokenHash === hashToken(claimToken) && stored.nodeId === cred.nodeId && stored.epoch === cred.epoch;
      const nodeRefused = error.reasons[1]?.code === "ConditionalCheckFailed" && !ownDrainingNode(error.reasons[1].item, cred);
      if (ownStart && !nodeRefused) {
        return toRunView(stored);
      }
      const why = refusal(error, cred, runId);
      if (why) throw why;
      if (attempt >= MAX_ATTEMPTS) throw busy(runId);
      await backoff(attempt, 20, 1000);
    }
  }
}

const busy = (runId: string) => new RosterError(503, "busy", `run '${runId}' is changing under concurrent writes; retry`);

/**
 * A complete that finds its run gone may be a repeat of one that succeeded and whose answer
 * was lost: if the history holds this claim's outcome, that is the answer again.
 */
async function completedBefore(deps: Deps, cred: NodeCredentials, runId: string, claimToken: string) {
  const done = (await deps.table.get({ Key: runHistoryKey(cred.clusterId, runId), ConsistentRead: true })) as RunItem | undefined;
  const same = done && done.claimTokenHash === hashToken(claimToken) && done.nodeId === cred.nodeId && done.epoch === cred.epoch;
  return same && (done.state === "succeeded" || done.state === "failed" || done.state === "cancelled") ? toRunView(done) : undefined;
}

/**
 * Complete a started run: it moves to the history with its outcome, and a non-concurrent job is
 * free again. A run an admin cancelled meanwhile (`cancelling`) ends `cancelled`, whatever the
 * outcome reported (the node was told to abort it; its message is kept): the answer says so.
 */
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
  const lost = async () => (await completedBefore(deps, cred, runId, body.claimToken)) ?? Promise.reject(claimLost(runId));
  for (let attempt = 1; ; attempt++) {
    const [run, job] = await Promise.all([
      deps.table.get({ Key: activeRunKey(cred.clusterId, runId), ConsistentRead: true }) as Promise<RunItem | undefined>,
      readJob(deps, cred.clusterId, jobOfRun(runId)),
    ]);
    if (!run) return lost();
    if (run.state === "claimed" && run.claimTokenHash === hashToken(body.claimToken)) {
      throw conflict("run_not_started", `run '${runId}' was claimed but not started: start it first`);
    }
    // From "started" (or "cancelling") whatever the run is now: the write's condition refuses it otherwise.
    const row = run.state === "cancelling" ? rowOf(RUN_LIFECYCLE, "complete", "cancelling", "cancelled") : rowOf(RUN_LIFECYCLE, "complete", "started", body.outcome);
    const { items, finished } = completeWrites(row, {
      cred,
      run,
      claimToken: body.claimToken,
      job,
      ...(body.message === undefined ? {} : { message: body.message }),
      now: deps.clock.now(),
      retentionMs: retention,
    });
    try {
      await deps.table.transact(items);
      return toRunView(finished);
    } catch (error) {
      if (!(error instanceof TransactionCanceled)) throw error;
      // Still this claim's, in another state than read (an admin's cancel came between): read again.
      const stored = error.reasons[0]?.item as RunItem | undefined;
      if (stored && stored.state !== run.state && stored.claimTokenHash === run.claimTokenHash && attempt < MAX_ATTEMPTS) continue;
      const why = refusal(error, cred, runId);
      if (why?.code === "claim_lost") return lost();
      if (why) throw why;
      if (attempt >= MAX_ATTEMPTS) throw busy(runId);
      await backoff(attempt, 20, 1000);
    }
  }
}

// Where run recovery lives now (core/run-recovery.ts); kept here for the callers that knew it as part of runs.
export { runsToRecover } from "./run-recovery";

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
  const exists = async () => {
    const job = await readJob(deps, clusterId, jobId);
    return job !== undefined && !job.deleted;
  };
  if (runs.length === 0 && !(await exists())) {
    throw notFound("job_not_found", `job '${jobId}' does not exist`);
  }
  return runs
    .sort((a, b) => b.claimedAt - a.claimedAt || b.runId.localeCompare(a.runId))
    .slice(0, limit)
    .map(toRunView);
}
