import { randomInt } from "node:crypto";
import { iso } from "../common/clock";
import type { ClusterItem } from "../clusters/cluster-item";
import type { ClusterRead } from "./read-cache";
import type { Deps } from "../ports";
import { type EventInput, recordEvent } from "../events/events";
import { type JobItem, pointerOf, saveJob, toJob } from "./job-item";
import { clusterKey, dueUpTo } from "../store/keys";
import type { NodeCredentials } from "../nodes/credentials";
import { planClaim } from "./claim-plan";
import { ABSENT, rowOf } from "../common/lifecycle-table";
import { RUN_LIFECYCLE } from "./run-lifecycle";
import { claimWrites } from "./run-transitions";
import { withDefaults } from "../clusters/settings";
import type { TransactItem } from "../store/table";
import { tryTransact } from "../store/try-transact";
import { type Offer, meets } from "./requirements";

/**
 * The check-in's one read: the cluster item and, when the node has capacity, the due pointers
 * (`CLUSTER` sorts just before `DUE#`, so one range query returns both, earliest due first).
 */
export async function readClusterAndDue(deps: Deps, clusterId: string, now: number, window: number): Promise<ClusterRead> {
  const remembered = deps.clusterCache?.get(clusterId, window > 0, now) as ClusterRead | undefined;
  if (remembered) return remembered;
  const page = await deps.table.query({
    KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
    ExpressionAttributeValues: { ":pk": clusterKey(clusterId).pk, ":from": "CLUSTER", ":to": window > 0 ? dueUpTo(now) : "CLUSTER" },
    Limit: 1 + window,
  });
  const cluster = page.items.find((item) => item.sk === "CLUSTER") as ClusterItem | undefined;
  const due = page.items.filter((item) => String(item.sk).startsWith("DUE#")).map(toJob);
  if (cluster) deps.clusterCache?.set(clusterId, window > 0, now, { cluster, due });
  return { cluster, due };
}

/**
 * How many due pointers a check-in reads: enough that nodes checking in together spread over
 * different jobs instead of all racing for the earliest few. With nothing due the range holds
 * no pointer, so a larger window costs nothing then.
 */
export const claimWindow = (capacity: number) => (capacity > 0 ? Math.min(100, Math.max(16, capacity * 8)) : 0);

/** How many more pages of due pointers a check-in may read past jobs it cannot run. */
const MAX_EXTRA_PAGES = 3;

/**
 * The due jobs a node may claim: of the `types` it runs (when it names them), and whose
 * `requires` it meets, judged on the node item its own heartbeat wrote this check-in (the
 * version and capabilities it reports now). A job it cannot run is left alone: no transaction
 * is tried on it, so it costs this node nothing and stays due for the nodes that can run it.
 * A claim's transaction is conditioned on the job's version as read (the run lifecycle's
 * `job version` check), so a job whose `requires` changed after this read refuses a claim
 * planned on its old requirements: no node claims a job by requirements it no longer has.
 *
 * Due pointers sort by due time and a job that no node can run stays due, so its pointer only
 * gets earlier than the others. When the window read was full and leaves this node fewer jobs
 * than it wants, it reads on past it (at most a few pages, only then), so such jobs never hide
 * the ones behind them.
 */
export async function runnableDue(
  deps: Deps,
  clusterId: string,
  due: JobItem[],
  args: { node: Offer; types: string[] | undefined; now: number; window: number; wanted: number },
): Promise<JobItem[]> {
  const fits = (job: JobItem) => (!args.types || args.types.includes(job.type)) && meets(job.requires, args.node);
  const runnable = due.filter(fits);
  let page = due;
  for (let extra = 0; extra < MAX_EXTRA_PAGES && runnable.length < args.wanted && page.length >= args.window && page.length > 0; extra++) {
    const read = await deps.table.query({
      KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
      ExpressionAttributeValues: { ":pk": clusterKey(clusterId).pk, ":from": "DUE#", ":to": dueUpTo(args.now) },
      ExclusiveStartKey: pointerOf(page.at(-1)!),
      Limit: args.window,
    });
    page = read.items.map(toJob);
    runnable.push(...page.filter(fits));
  }
  return runnable;
}

export interface Claim {
  jobId: string;
  runId: string;
  claimToken: string;
  fencingToken: number;
  type: string;
  payload: unknown;
  scheduledFor: string;
}

/** Fisher–Yates with a CSPRNG: each node tries the due jobs in its own order, so none is favoured. */
const shuffled = <T>(items: T[]) => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

/**
 * Claim up to `capacity` due occurrences for a node incarnation, from the due pointers its
 * check-in read. Each claim is one transaction: the job written back on the version read
 * (fencing + 1, the occurrence consumed, a non-concurrent job locked), the run, its events,
 * and the node item, which must still be this incarnation, running, with scheduling on (so a
 * leave, a supersede or a scheduling switch cannot race a claim in), and records the run as
 * `assigned` to it. A race lost to another node fails that transaction and costs nothing more.
 * Claims are made one after another: each writes the same node item.
 */
export async function claimDue(
  deps: Deps,
  cluster: ClusterItem,
  cred: NodeCredentials,
  candidates: JobItem[],
  capacity: number,
  now: number,
): Promise<Claim[]> {
  const { misfireThresholdMs, eventRetentionMs } = withDefaults(cluster.settings);
  const claims: Claim[] = [];
  // A lost race costs one failed write; after a couple, stop: the next check-in reads afresh.
  const queue = shuffled(candidates).slice(0, capacity + 2);
  for (const job of queue) {
    if (claims.length >= capacity) break;
    const claim = await claimOne(deps, cred, job, now, misfireThresholdMs, eventRetentionMs);
    if (claim) claims.push(claim);
  }
  return claims;
}

async function claimOne(
  deps: Deps,
  cred: NodeCredentials,
  job: JobItem,
  now: number,
  misfireThresholdMs: number,
  retentionMs: number,
): Promise<Claim | undefined> {
  const plan = planClaim(job, now, misfireThresholdMs);
  if (plan.kind === "nothing") return undefined;
  const missed: EventInput = {
    type: "job.misfired",
    jobId: job.jobId,
    detail: { scheduledFor: iso(plan.scheduledFor), policy: job.misfirePolicy },
  };
  if (plan.kind === "skip") {
    // No run: the job alone moves on past the missed occurrences, and keeps a note of it for explain.
    const skipped = [...(plan.after.skipped ?? []), { scheduledFor: plan.scheduledFor, at: now }].slice(-MAX_SKIPPED);
    await write(deps, [...saveJob(job, { ...plan.after, skipped }), recordEvent(job.clusterId, missed, now, retentionMs)]);
    return undefined;
  }
  const { items, run, claimToken } = claimWrites(rowOf(RUN_LIFECYCLE, "claim", ABSENT), {
    cred,
    job,
    scheduledFor: plan.scheduledFor,
    after: plan.after,
    misfired: plan.misfired,
    now,
    retentionMs,
    before: plan.misfired ? [missed] : [],
  });
  if (!(await write(deps, items))) return undefined;
  return {
    jobId: job.jobId,
    runId: run.runId,
    claimToken,
    fencingToken: run.fencingToken,
    type: job.type,
    payload: job.payload ?? null,
    scheduledFor: iso(plan.scheduledFor),
  };
}

/** How many skipped occurrences a job item remembers (each ~40 bytes of the item every check-in's read carries). */
const MAX_SKIPPED = 5;

/** A transaction that may lose a race: false when it did. */
const write = (deps: Deps, items: TransactItem[]) => tryTransact(deps.table, items);
