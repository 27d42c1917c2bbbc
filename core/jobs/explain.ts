import { z } from "zod";
import { iso } from "../common/clock";
import { countParam } from "../common/count-param";
import { notFound } from "../common/errors";
import { requireCluster, type ClusterItem } from "../clusters/cluster-item";
import { withDefaults } from "../clusters/settings";
import type { Deps, StoreDeps } from "../ports";
import { activeRunKey, activeRunPartition, runHistoryPartition } from "../store/keys";
import { queryNodes } from "../clusters/cluster-nodes";
import { occurrencesOf } from "./explain-history";
import { whyNotClaiming } from "./explain-nodes";
import { type JobItem, dueAt } from "./job-item";
import { readJob } from "./jobs";
import type { RunItem } from "./run-items";

/**
 * "Why didn't it run?" (`GET …/jobs/{jobId}/explain`): the job's next occurrence and why it
 * is or is not running, and its last occurrences with what happened to each. Read from the
 * job item, the job's runs (run ids begin with their job's id, so a job's runs are one range of
 * the active partition and one of the history: no scan), and, only when they explain the next
 * occurrence, its blocking run or the cluster's nodes. No write is added anywhere for it: each
 * run item already says who claimed it, when it started, and (`endedBy`) which rule ended it.
 */

export const MAX_EXPLAINED = 50;
/** The newest finished runs read: enough for `MAX_EXPLAINED` occurrences, each claimed a few times. */
const HISTORY_READ = 200;
/** Nodes listed with their reasons; a larger cluster is summed up past them. */
const MAX_NODES_LISTED = 100;

export const explainQuerySchema = z.strictObject({
  count: countParam(MAX_EXPLAINED, "how many past occurrences to tell"),
});

/** As many skipped occurrences as the job item keeps (`claims.ts`). */
const MAX_SKIPPED_NOTE = 5;

const STEP_KINDS = ["claimed", "started", "succeeded", "failed", "requeued", "orphaned", "cancelling", "cancelled", "misfired", "skipped"] as const;
export const NEXT_STATUSES = ["scheduled", "due", "blocked", "no-eligible-node", "none", "deleted"] as const;

const stepSchema = z.object({
  at: z.string(),
  what: z.enum(STEP_KINDS),
  nodeId: z.string().optional(),
  runId: z.string().optional(),
  why: z.string().optional().meta({ description: "the cause, in words (a take-back's rule, a misfire)" }),
});

export const explanationSchema = z
  .object({
    jobId: z.string(),
    now: z.string(),
    next: z.object({
      at: z.string().optional().meta({ description: "the next occurrence's time (UTC); absent when none is left" }),
      status: z.enum(NEXT_STATUSES).meta({
        description:
          "`scheduled`: not due yet; `due`: due, a node that can claim it will at its next check-in; `blocked`: the job's previous run is live and the job is not concurrent; `no-eligible-node`: due, and no node can claim it (see `nodes`); `none`: no occurrence left (a one-shot that ran); `deleted`: the job was deleted",
      }),
      why: z.string().meta({ description: "the status, in words" }),
      blockedBy: z.object({ runId: z.string(), state: z.string(), nodeId: z.string() }).optional(),
    }),
    nodes: z
      .array(z.object({ nodeId: z.string(), state: z.string(), eligible: z.boolean(), why: z.array(z.string()) }))
      .optional()
      .meta({ description: "when the next occurrence is due: each node, and why it would not claim it (empty `why`: it would)" }),
    nodesNotListed: z.number().int().optional(),
    occurrences: z
      .array(
        z.object({
          scheduledFor: z.string(),
          outcome: z.enum(STEP_KINDS).meta({ description: "the last thing that happened to it" }),
          steps: z.array(stepSchema),
          waited: z.string().optional().meta({ description: "what kept it waiting past its time (a live run of the non-concurrent job)" }),
        }),
      )
      .meta({ description: "the last occurrences, newest first, each with what happened to it (from its runs; a skipped one from the job item)" }),
    history: z.object({
      runs: z.number().int().meta({ description: "how many of the job's runs were read" }),
      complete: z.boolean().meta({ description: "false when older finished runs exist past the ones read" }),
      note: z.string(),
    }),
  })
  .meta({ id: "JobExplanation" });
export type Explanation = z.infer<typeof explanationSchema>;
type Next = Explanation["next"];

/** The job's runs (this incarnation's), in flight and finished, the newest `HISTORY_READ` finished ones. */
async function jobRuns(deps: StoreDeps, job: JobItem): Promise<{ runs: RunItem[]; complete: boolean }> {
  const range = (pk: string) => ({
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :job)",
    ExpressionAttributeValues: { ":pk": pk, ":job": `${job.jobId}~` },
    ConsistentRead: true,
  });
  const [active, history] = await Promise.all([
    deps.table.query(range(activeRunPartition(job.clusterId))),
    deps.table.query({ ...range(runHistoryPartition(job.clusterId)), ScanIndexForward: false, Limit: HISTORY_READ }),
  ]);
  // A job deleted and created again under the same id is another job: its old runs are not its history.
  const runs = [...active.items, ...history.items].filter((run) => run.jobIncarnation === job.incarnation) as RunItem[];
  return { runs, complete: history.lastKey === undefined };
}

const ago = (ms: number) => (ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`);

/** Why the next occurrence is where it is, and the nodes when they are the answer. */
async function nextOf(deps: Deps, cluster: ClusterItem, job: JobItem, now: number): Promise<Pick<Explanation, "next" | "nodes" | "nodesNotListed">> {
  if (job.deleted) return { next: { status: "deleted", why: "the job was deleted: it has no occurrences" } };
  const due = dueAt(job);
  if (due === undefined) return { next: { status: "none", why: "no occurrence is left: its one moment has been claimed" } };
  const at = iso(due);
  const queued = job.queue[0]?.scheduledFor === due ? ` (queued: ${job.queue[0]!.reason === "trigger" ? "triggered" : "requeued from a node that is gone"})` : "";
  if (due > now) return { next: { at, status: "scheduled", why: `not due yet: it is due in ${ago(due - now)}${queued}` } };
  const { misfireThresholdMs } = withDefaults(cluster.settings);
  const late =
    now - due > misfireThresholdMs
      ? `; it is later than misfireThresholdMs (${misfireThresholdMs} ms), so the claim that takes it will misfire (${job.misfirePolicy === "doNothing" ? "misfirePolicy doNothing: skipped" : "misfirePolicy fireAndProceed: it runs once"})`
      : "";
  if (!job.concurrent && job.activeRunId) {
    const run = (await deps.table.get({ Key: activeRunKey(job.clusterId, job.activeRunId), ConsistentRead: true })) as RunItem | undefined;
    const blockedBy = run ? { runId: run.runId, state: run.state, nodeId: run.nodeId } : undefined;
    const what = run ? `run ${run.runId} (${run.state} on node '${run.nodeId}')` : `run ${job.activeRunId}`;
    return {
      next: {
        at,
        status: "blocked",
        why: `due ${ago(now - due)} ago, blocked by ${what}: the job is not concurrent, so it waits until that run ends${late}`,
        ...(blockedBy ? { blockedBy } : {}),
      },
    };
  }
  const nodes = (await queryNodes(deps, cluster)).map((node) => {
    const why = whyNotClaiming(node, job, cluster);
    return { nodeId: node.nodeId, state: node.state, eligible: why.length === 0, why };
  });
  // Those that could claim it first, then the live ones, then the rest.
  const rank = (n: (typeof nodes)[number]) => (n.eligible ? 0 : n.state === "running" || n.state === "recovering" ? 1 : 2);
  nodes.sort((a, b) => rank(a) - rank(b) || a.nodeId.localeCompare(b.nodeId));
  const eligible = nodes.filter((n) => n.eligible).map((n) => `'${n.nodeId}'`);
  const listed = nodes.slice(0, MAX_NODES_LISTED);
  const more = nodes.length - listed.length;
  const next: Next = eligible.length
    ? { at, status: "due", why: `due ${ago(now - due)} ago${queued}: the next check-in of ${eligible.slice(0, 5).join(", ")}${eligible.length > 5 ? ` or ${eligible.length - 5} more` : ""} claims it${late}` }
    : {
        at,
        status: "no-eligible-node",
        why: `due ${ago(now - due)} ago${queued}, and no node can claim it: ${nodes.length === 0 ? "the cluster has no node" : "see each node's reasons"}${late}`,
      };
  return { next, nodes: listed, ...(more > 0 ? { nodesNotListed: more } : {}) };
}

/** The job's explanation: its next occurrence and its last `count` occurrences. */
export async function explainJob(deps: Deps, clusterId: string, jobId: string, count: number): Promise<Explanation> {
  const [cluster, job] = await Promise.all([requireCluster(deps, clusterId), readJob(deps, clusterId, jobId)]);
  if (!job) throw notFound("job_not_found", `job '${jobId}' does not exist`);
  const now = deps.clock.now();
  const [{ runs, complete }, next] = await Promise.all([jobRuns(deps, job), nextOf(deps, cluster, job, now)]);
  const { eventRetentionMs } = withDefaults(cluster.settings);
  return {
    jobId,
    now: iso(now),
    ...next,
    occurrences: occurrencesOf(runs, job, count),
    history: {
      runs: runs.length,
      complete,
      note: `told from the job's runs, kept ${Math.round(eventRetentionMs / 3_600_000)} h after they end (eventRetentionMs), and the last ${MAX_SKIPPED_NOTE} occurrences a misfire skipped`,
    },
  };
}
