import type { ClusterItem } from "../clusters/cluster-item";
import type { StoreDeps } from "../ports";
import { type EventInput, recordEvent } from "../events/events";
import { type JobItem, pointerOf, saveJob, toJob } from "../jobs/job-item";
import { activeRunKey, clusterKey, jobKey } from "../store/keys";
import { activeRuns } from "../jobs/run-recovery";
import { withDefaults } from "../clusters/settings";
import { TransactionCanceled, type TransactItem, queryAll } from "../store/table";

/**
 * The invariant audit, run beside the scheduled sweep. The conditions of the writes keep these
 * true; the audit is the second line, for what a bug, a manual edit or a restore from backup
 * could leave behind. It checks what it can see in two queries (the cluster's partition, with
 * its jobs and due pointers, and the runs in flight), repairs each finding with a conditional
 * write that holds only if the state is still as read, and records an `audit.repaired` event
 * for each repair:
 *
 * - a job with something due and nothing blocking it has its due pointer (else it would never
 *   be claimed again);
 * - a due pointer belongs to a job as it is now (else nodes would claim from a stale copy);
 * - a non-concurrent job's `activeRunId` names a run in flight (else the job is blocked forever).
 *
 * Runs in flight without a live owner need no audit: their lease lapses and the sweep takes
 * them back (`core/jobs/run-recovery.ts`).
 */
export interface AuditResult {
  clusterId: string;
  repaired: { what: string; jobId: string }[];
}

export async function auditCluster(deps: StoreDeps, cluster: ClusterItem): Promise<AuditResult> {
  const clusterId = cluster.clusterId;
  const [items, runs] = await Promise.all([
    queryAll(deps.table, {
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": clusterKey(clusterId).pk },
      ConsistentRead: true,
    }),
    activeRuns(deps, clusterId),
  ]);
  const jobs = new Map(items.filter((i) => String(i.sk).startsWith("JOB#")).map((i) => [toJob(i).jobId, toJob(i)]));
  const pointers = items.filter((i) => String(i.sk).startsWith("DUE#"));
  const inFlight = new Set(runs.map((r) => r.runId));
  const result: AuditResult = { clusterId, repaired: [] };
  const repair = async (what: string, jobId: string, writes: TransactItem[]) => {
    const event: EventInput = { type: "audit.repaired", jobId, detail: { what } };
    try {
      await deps.table.transact([...writes, recordEvent(clusterId, event, deps.clock.now(), withDefaults(cluster.settings).eventRetentionMs)]);
      result.repaired.push({ what, jobId });
    } catch (error) {
      if (!(error instanceof TransactionCanceled)) throw error; // it changed meanwhile: not ours to fix now
    }
  };
  const versionHeld = (job: JobItem): TransactItem => ({
    ConditionCheck: { Key: jobKey(clusterId, job.jobId), ConditionExpression: "version = :v", ExpressionAttributeValues: { ":v": job.version } },
  });

  for (const job of jobs.values()) {
    if (!job.deleted && !job.concurrent && job.activeRunId && !inFlight.has(job.activeRunId)) {
      const { activeRunId, ...released } = job;
      await repair(`job blocked by run '${activeRunId}', which is not in flight: released`, job.jobId, [
        ...saveJob(job, released as JobItem),
        { ConditionCheck: { Key: activeRunKey(clusterId, activeRunId), ConditionExpression: "attribute_not_exists(pk)" } },
      ]);
      continue; // saving it put its pointer back too
    }
    const expected = job.deleted ? undefined : pointerOf(job);
    if (expected && !pointers.some((p) => p.sk === expected.sk)) {
      await repair("due pointer missing: restored", job.jobId, [versionHeld(job), { Put: { Item: { ...expected, ...job } } }]);
    }
  }
  for (const pointer of pointers) {
    const job = jobs.get(toJob(pointer).jobId);
    const expected = job && !job.deleted ? pointerOf(job) : undefined;
    if (expected?.sk === pointer.sk) {
      if (job!.version === pointer.version) continue;
      await repair("stale due pointer: refreshed", job!.jobId, [versionHeld(job!), { Put: { Item: { ...expected, ...job } } }]);
      continue;
    }
    await repair("stale due pointer: removed", toJob(pointer).jobId, [
      ...(job ? [versionHeld(job)] : [{ ConditionCheck: { Key: jobKey(clusterId, toJob(pointer).jobId), ConditionExpression: "attribute_not_exists(pk)" } }]),
      { Delete: { Key: { pk: pointer.pk, sk: pointer.sk }, ConditionExpression: "version = :v", ExpressionAttributeValues: { ":v": pointer.version } } },
    ]);
  }
  return result;
}
