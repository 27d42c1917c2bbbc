import { type JobItem, saveJob } from "./job-item";
import { runHistoryKey } from "../store/keys";
import type { RunItem } from "./run-items";
import type { TransactItem } from "../store/table";

/** The Put that moves a finished run to the history, expiring with the cluster's retention. */
export const toHistory = (run: RunItem, retentionMs: number): TransactItem => ({
  Put: {
    Item: {
      ...run,
      ...runHistoryKey(run.clusterId, run.runId),
      expiresAt: Math.ceil((run.finishedAt! + retentionMs) / 1000),
    },
  },
});

/**
 * Is this job item the job the run was claimed from? A deleted job leaves a tombstone, and a
 * job re-created under the same id is a new incarnation: neither gets the old run's outcome or
 * its requeued occurrence.
 */
export const sameJob = (job: JobItem | undefined, run: Pick<RunItem, "jobIncarnation">): job is JobItem =>
  job !== undefined && !job.deleted && job.incarnation === run.jobIncarnation;

/** The job written back with this run no longer holding it (when it did), plus any other change. */
export function releaseJob(
  job: JobItem | undefined,
  run: Pick<RunItem, "runId" | "jobIncarnation">,
  change: (job: JobItem) => JobItem = (j) => j,
): TransactItem[] {
  if (!sameJob(job, run)) return []; // deleted or re-created meanwhile: the run still finishes into the history
  const { activeRunId, ...rest } = job;
  const released = activeRunId === run.runId ? (rest as JobItem) : job;
  return saveJob(job, change(released));
}
