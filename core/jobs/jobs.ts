import { randomBytes } from "node:crypto";
import { z } from "zod";
import { iso } from "../common/clock";
import { backoff } from "../common/backoff";
import { type ClusterItem, readCluster, requireCluster } from "../clusters/cluster-item";
import type { Deps, StoreDeps } from "../ports";
import { RosterError, conflict, notFound } from "../common/errors";
import { idSchema } from "../common/ids";
import { storablePayload } from "../common/payload";
import { JOB_PREFIX, activeRunPartition, clusterKey, jobKey } from "../store/keys";
import { firstOccurrence, scheduleSchema } from "./schedule";
import { TransactionCanceled, type TransactItem, queryAll } from "../store/table";
import { type JobItem, MISFIRE_POLICIES, deleteJobWrites, dueAt, insertOccurrence, readJob, saveJob, toJob } from "./job-item";
import { liveNodes, requirementsSchema, unclaimableReason } from "./requirements";

// The job item and its pure helpers live in job-item.ts; kept here for the callers that knew them as part of jobs.
export { type JobItem, type QueuedOccurrence, MISFIRE_POLICIES, dueAt, pointerOf, readJob, saveJob, toJob } from "./job-item";

const MAX_PAYLOAD_BYTES = 8 * 1024;

export const createJobSchema = z.strictObject({
  jobId: idSchema,
  type: idSchema.meta({ description: "what kind of work: agents pick a handler by it" }),
  payload: z
    .unknown()
    .optional()
    .refine((p) => p === undefined || JSON.stringify(p).length <= MAX_PAYLOAD_BYTES, `payload is over ${MAX_PAYLOAD_BYTES} bytes of JSON`)
    .superRefine(storablePayload),
  schedule: scheduleSchema,
  concurrent: z.boolean().optional(),
  misfirePolicy: z.enum(MISFIRE_POLICIES).optional(),
  requires: requirementsSchema.optional(),
});

export const jobViewSchema = z
  .object({
    jobId: z.string(),
    type: z.string(),
    payload: z.unknown(),
    schedule: scheduleSchema,
    concurrent: z.boolean(),
    misfirePolicy: z.enum(MISFIRE_POLICIES),
    nextFireAt: z.string().nullable().meta({ description: "the next occurrence (schedule or queue), or null" }),
    queued: z.number().int().meta({ description: "extra occurrences waiting (triggered or requeued)" }),
    currentRun: z
      .object({ runId: z.string(), state: z.string(), nodeId: z.string(), fencingToken: z.number() })
      .nullable(),
    lastRun: z.object({ runId: z.string(), outcome: z.string(), finishedAt: z.string() }).optional(),
    requires: requirementsSchema.optional(),
    unclaimable: z
      .string()
      .optional()
      .meta({
        description:
          "present when no node that takes jobs now (running, conformant, scheduling on, not draining) meets `requires`: why, e.g. `no running node has softwareVersion matching >=2.0.0`. The job stays due and is claimed once such a node checks in",
      }),
  })
  .meta({ id: "Job" });
export type JobView = z.infer<typeof jobViewSchema>;

function toView(job: JobItem, active: Record<string, any>[]): JobView {
  const next = dueAt(job);
  const current = active.at(-1);
  return {
    jobId: job.jobId,
    type: job.type,
    payload: job.payload ?? null,
    schedule: job.schedule,
    concurrent: job.concurrent,
    misfirePolicy: job.misfirePolicy,
    nextFireAt: next === undefined ? null : iso(next),
    queued: job.queue.length,
    currentRun: current
      ? { runId: current.runId, state: current.state, nodeId: current.nodeId, fencingToken: current.fencingToken }
      : null,
    ...(job.lastRun ? { lastRun: { ...job.lastRun, finishedAt: iso(job.lastRun.finishedAt) } } : {}),
    ...(job.requires ? { requires: job.requires } : {}),
  };
}

/**
 * The views, each flagged `unclaimable` when no node that takes jobs meets its requirements:
 * the nodes are read (one query per shard) only when a job has requirements, and only here, in
 * the admin's views, never in a check-in.
 */
async function flagged(deps: StoreDeps, cluster: ClusterItem | undefined, clusterId: string, jobs: [JobItem, JobView][]): Promise<JobView[]> {
  if (!jobs.some(([job]) => job.requires)) return jobs.map(([, view]) => view);
  const read = cluster ?? (await readCluster(deps, clusterId));
  if (!read) return jobs.map(([, view]) => view);
  const nodes = await liveNodes(deps, read); // after the cluster: it says how many shards to read
  return jobs.map(([job, view]) => {
    const reason = unclaimableReason(job.requires, nodes, read);
    return reason ? { ...view, unclaimable: reason } : view;
  });
}

const jobNotFound = (jobId: string) => notFound("job_not_found", `job '${jobId}' does not exist`);

export async function createJob(deps: Deps, clusterId: string, input: z.infer<typeof createJobSchema>): Promise<JobView> {
  const now = deps.clock.now();
  // A job once deleted under this id left a tombstone: the new job takes its place and goes
  // on from its fencing token, so fencing tokens of a job id never repeat.
  const tombstone = await readJob(deps, clusterId, input.jobId);
  if (tombstone && !tombstone.deleted) throw conflict("job_exists", `job '${input.jobId}' already exists`);
  const job: JobItem = {
    clusterId,
    jobId: input.jobId,
    type: input.type,
    payload: input.payload ?? null,
    schedule: input.schedule,
    concurrent: input.concurrent ?? false,
    misfirePolicy: input.misfirePolicy ?? "fireAndProceed",
    ...(input.requires ? { requires: input.requires } : {}),
    createdAt: now,
    queue: [],
    fencing: tombstone?.fencing ?? 0,
    version: tombstone?.version ?? 0,
    incarnation: randomBytes(8).toString("hex"),
  };
  const first = firstOccurrence(input.schedule, now);
  if (first !== undefined) job.nextFireAt = first;
  try {
    await deps.table.transact([
      { ConditionCheck: { Key: clusterKey(clusterId), ConditionExpression: "attribute_exists(pk)" } },
      ...saveJob(tombstone, job),
    ]);
  } catch (error) {
    if (!(error instanceof TransactionCanceled)) throw error;
    if (error.reasons[0]?.code === "ConditionalCheckFailed") await requireCluster(deps, clusterId);
    throw conflict("job_exists", `job '${input.jobId}' already exists`);
  }
  const [view] = await flagged(deps, undefined, clusterId, [[job, toView({ ...job, version: job.version + 1 }, [])]]);
  return view!;
}

/** The job item as stored, tombstone included (see `JobItem.deleted`). */

/** The job, unless it was deleted. */
const readLiveJob = async (deps: StoreDeps, clusterId: string, jobId: string) => {
  const job = await readJob(deps, clusterId, jobId);
  return job?.deleted ? undefined : job;
};

const activeRunsOf = async (deps: Deps, clusterId: string, jobId: string) =>
  (
    await deps.table.query({
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :job)",
      ExpressionAttributeValues: { ":pk": activeRunPartition(clusterId), ":job": `${jobId}~` },
    })
  ).items;

export async function getJob(deps: Deps, clusterId: string, jobId: string): Promise<JobView> {
  const [job, active] = await Promise.all([readLiveJob(deps, clusterId, jobId), activeRunsOf(deps, clusterId, jobId)]);
  if (!job) {
    await requireCluster(deps, clusterId);
    throw jobNotFound(jobId);
  }
  const [view] = await flagged(deps, undefined, clusterId, [[job, toView(job, active)]]);
  return view!;
}

export async function listJobs(deps: Deps, clusterId: string): Promise<JobView[]> {
  const cluster = await requireCluster(deps, clusterId);
  const items = await queryAll(deps.table, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": clusterKey(clusterId).pk, ":prefix": JOB_PREFIX },
  });
  const jobs = items.map(toJob).filter((job) => !job.deleted);
  return flagged(deps, cluster, clusterId, jobs.map((job) => [job, toView(job, [])]));
}

const MAX_ATTEMPTS = 10;

/** Change a job by reading it and writing it back on its version; retried when another writer won. */
export async function changeJob(
  deps: Deps,
  clusterId: string,
  jobId: string,
  change: (job: JobItem) => TransactItem[],
): Promise<JobItem> {
  for (let attempt = 1; ; attempt++) {
    const job = await readLiveJob(deps, clusterId, jobId);
    if (!job) {
      await requireCluster(deps, clusterId);
      throw jobNotFound(jobId);
    }
    try {
      await deps.table.transact(change(job));
      return job;
    } catch (error) {
      if (!(error instanceof TransactionCanceled) || attempt >= MAX_ATTEMPTS) {
        throw error instanceof TransactionCanceled
          ? new RosterError(503, "busy", `job '${jobId}' is changing under concurrent writes; retry`)
          : error;
      }
      await backoff(attempt);
    }
  }
}

/** Queue one extra occurrence now. */
export async function triggerJob(deps: Deps, clusterId: string, jobId: string, idempotencyKey?: string): Promise<JobView> {
  const now = deps.clock.now();
  let answer: JobItem | undefined;
  await changeJob(deps, clusterId, jobId, (job) => {
    // A retry of a trigger whose answer was lost names the same key: the job as it is, no second occurrence.
    if (idempotencyKey !== undefined && (job.recentTriggers ?? []).includes(idempotencyKey)) {
      answer = job;
      return [{ ConditionCheck: { Key: jobKey(clusterId, jobId), ConditionExpression: "version = :v", ExpressionAttributeValues: { ":v": job.version } } }];
    }
    const after: JobItem = {
      ...job,
      queue: insertOccurrence(job.queue, { scheduledFor: now, reason: "trigger" }),
      ...(idempotencyKey === undefined ? {} : { recentTriggers: [...(job.recentTriggers ?? []), idempotencyKey].slice(-RECENT_TRIGGERS) }),
    };
    answer = { ...after, version: after.version + 1 };
    return saveJob(job, after);
  });
  return toView(answer!, await activeRunsOf(deps, clusterId, jobId));
}

/** How many trigger keys a job remembers, so a retried trigger is recognised. */
const RECENT_TRIGGERS = 20;

/** Delete a job. Runs in flight finish into the history; nothing new is claimed. */
export async function deleteJob(deps: Deps, clusterId: string, jobId: string): Promise<void> {
  await changeJob(deps, clusterId, jobId, deleteJobWrites);
}
