import { requireCluster, shardsOf } from "../clusters/cluster-item";
import { clusterNodeKey } from "../clusters/cluster-nodes";
import { withDefaults } from "../clusters/settings";
import { backoff } from "../common/backoff";
import { RosterError, conflict, notFound } from "../common/errors";
import { rowOf } from "../common/lifecycle-table";
import type { NodeItem } from "../nodes/node-item";
import type { StoreDeps } from "../ports";
import { activeRunKey, runHistoryKey } from "../store/keys";
import { tryTransact } from "../store/try-transact";
import { readJob } from "./job-item";
import { type RunItem, type RunView, toRunView } from "./run-items";
import { RUN_LIFECYCLE } from "./run-lifecycle";
import { cancellingWrites, takeBackWrites } from "./run-transitions";

/**
 * An admin cancels a run (issue 18). A claim ends at once, `cancelled`: its occurrence is not
 * requeued, a non-concurrent job is free again, and its node's next check-in revokes it. A
 * started run turns `cancelling` and joins its node item's `revoking` set: the node's next
 * check-in answers it in `revoked`, the agent aborts the handler (the CLI kills the command's
 * process group), and the run ends `cancelled` when the node reports its end or stops listing
 * it, or, its node gone or silent, by the take-backs that would have orphaned it. Until then a
 * non-concurrent job stays locked: the aborted work may still be stopping.
 *
 * Each step is a row of `RUN_LIFECYCLE` (`cancel` from claimed, or from started), conditioned
 * on the run as read: a start, a complete or a take-back that lands first makes it read again.
 * Idempotent: a cancelling run is answered as it is, a cancelled one from the history, so a
 * lost answer is safe to ask again. A run that ended otherwise is `409 run_finished`.
 */
const MAX_ATTEMPTS = 12;

export async function cancelRun(deps: StoreDeps, clusterId: string, runId: string): Promise<RunView> {
  const cluster = await requireCluster(deps, clusterId);
  const settings = withDefaults(cluster.settings);
  for (let attempt = 1; ; attempt++) {
    const run = (await deps.table.get({ Key: activeRunKey(clusterId, runId), ConsistentRead: true })) as RunItem | undefined;
    if (!run) return ended(deps, clusterId, runId);
    if (run.state === "cancelling") return toRunView(run);
    const node = (await deps.table.get({ Key: clusterNodeKey(cluster, run.nodeId), ConsistentRead: true })) as NodeItem | undefined;
    const now = deps.clock.now();
    if (run.state === "claimed") {
      const row = rowOf(RUN_LIFECYCLE, "cancel", "claimed", "cancelled");
      const job = await readJob(deps, clusterId, run.jobId);
      if (await tryTransact(deps.table, takeBackWrites(row, { run, node, shards: shardsOf(cluster), job, settings, now, seq: 0 }))) return ended(deps, clusterId, runId);
    } else {
      const row = rowOf(RUN_LIFECYCLE, "cancel", run.state, "cancelling"); // a state with no such row throws
      const write = cancellingWrites(row, { run, node, shards: shardsOf(cluster), settings, now, retentionMs: settings.eventRetentionMs });
      if (await tryTransact(deps.table, write.items)) return toRunView(write.cancelling);
    }
    // The run, its node or its job moved since they were read: read again.
    if (attempt >= MAX_ATTEMPTS) throw new RosterError(503, "busy", `run '${runId}' is changing under concurrent writes; retry`);
    await backoff(attempt, 20, 1000);
  }
}

/** A run no longer in flight: cancelled (the same answer again), ended otherwise (409), or unknown (404). */
async function ended(deps: StoreDeps, clusterId: string, runId: string): Promise<RunView> {
  const done = (await deps.table.get({ Key: runHistoryKey(clusterId, runId), ConsistentRead: true })) as RunItem | undefined;
  if (!done) throw notFound("run_not_found", `run '${runId}' does not exist in cluster '${clusterId}'`);
  if (done.state === "cancelled") return toRunView(done);
  throw conflict("run_finished", `run '${runId}' has already ended (${done.state}): there is nothing to cancel`);
}
