import type { Schedule } from "./schedule";
import type { Requirements } from "./requirements";
import { dueKey, jobKey } from "../store/keys";
import type { TransactItem } from "../store/table";
import type { StoreDeps } from "../ports";

/**
 * The job item and the pure helpers that write it: what the job functions (`jobs.ts`), claims
 * and the run lifecycle's builders (`run-transitions.ts`) share, with no request of their own.
 */
export const MISFIRE_POLICIES = ["fireAndProceed", "doNothing"] as const;

/** An occurrence waiting outside the schedule: queued by `trigger`, or requeued from a dead node. */
export interface QueuedOccurrence {
  scheduledFor: number;
  reason: "trigger" | "requeue";
}

/** The job item. Every change replaces it whole, conditioned on `version`. */
export interface JobItem {
  clusterId: string;
  jobId: string;
  type: string;
  payload: unknown;
  schedule: Schedule;
  concurrent: boolean;
  misfirePolicy: (typeof MISFIRE_POLICIES)[number];
  /** What a node must run and have to claim it (`requirements.ts`); absent: any node. */
  requires?: Requirements;
  createdAt: number;
  /** The next occurrence of the schedule; absent once a one-shot has fired. */
  nextFireAt?: number;
  /** Extra occurrences, oldest first. */
  queue: QueuedOccurrence[];
  /** Strictly increases with every claim: the fencing token of the latest claim. */
  fencing: number;
  version: number;
  /** A non-concurrent job's live run (claimed or started); while set, nothing is claimable. */
  activeRunId?: string;
  lastRun?: { runId: string; outcome: string; finishedAt: number };
  /**
   * Names this incarnation of the job id: a job deleted and created again is another job, and
   * a run of the old one never finishes into the new one (absent on jobs created before it).
   */
  incarnation?: string;
  /** The latest occurrences a misfire skipped under `doNothing` (no run tells of them), newest last. */
  skipped?: { scheduledFor: number; at: number }[];
  /** The idempotency keys of the latest triggers (see `triggerJob`). */
  recentTriggers?: string[];
  /**
   * A deleted job leaves this tombstone (no schedule to run, listed nowhere), so that a job
   * created again under the same id continues its fencing tokens instead of reusing them.
   */
  deleted?: true;
}

/** When the job next has something to run, or undefined. */
export const dueAt = (job: JobItem): number | undefined => {
  const times = [job.queue[0]?.scheduledFor, job.nextFireAt].filter((t): t is number => t !== undefined);
  return times.length ? Math.min(...times) : undefined;
};

/** A job has a due pointer while something is due and nothing blocks it. */
export const pointerOf = (job: JobItem) => {
  const at = dueAt(job);
  if (at === undefined || (!job.concurrent && job.activeRunId)) return undefined;
  return dueKey(job.clusterId, at, job.jobId);
};

const stripKeys = ({ pk, sk, ...job }: Record<string, unknown>) => job as unknown as JobItem;
export const toJob = (item: Record<string, unknown>) => stripKeys(item);

/** The condition of every job write: the job is still at the version read (the run lifecycle's "job version"). */
export const JOB_VERSION = "version = :version";

/**
 * The writes that turn `before` into `after`: the job item, conditioned on the version read
 * (so of two writers that read the same job, one loses), and its due pointer moved to match.
 */
export function saveJob(before: JobItem | undefined, after: JobItem): TransactItem[] {
  const version = (before?.version ?? 0) + 1;
  const next = { ...after, version };
  const items: TransactItem[] = [
    {
      Put: {
        Item: { ...jobKey(after.clusterId, after.jobId), ...next },
        ...(before
          ? { ConditionExpression: JOB_VERSION, ExpressionAttributeValues: { ":version": before.version } }
          : { ConditionExpression: "attribute_not_exists(pk)" }),
      },
    },
  ];
  const oldPointer = before && pointerOf(before);
  const newPointer = pointerOf(next);
  if (oldPointer && oldPointer.sk !== newPointer?.sk) items.push({ Delete: { Key: oldPointer } });
  if (newPointer) items.push({ Put: { Item: { ...newPointer, ...next } } });
  return items;
}

/** The writes that delete a job: its tombstone, keeping the fencing token, replaces it; its pointer goes. */
export const deleteJobWrites = (job: JobItem): TransactItem[] => {
  const { nextFireAt: _, activeRunId: __, lastRun: ___, ...kept } = job;
  return saveJob(job, { ...kept, queue: [], deleted: true });
};

export const insertOccurrence = (queue: QueuedOccurrence[], occurrence: QueuedOccurrence) =>
  [...queue, occurrence].sort((a, b) => a.scheduledFor - b.scheduledFor);

/** The job as stored now (a consistent read), or undefined. */
export async function readJob(deps: StoreDeps, clusterId: string, jobId: string) {
  const item = await deps.table.get({ Key: jobKey(clusterId, jobId), ConsistentRead: true });
  return item ? toJob(item) : undefined;
}
