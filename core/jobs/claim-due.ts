import { randomInt } from "node:crypto";
import { iso } from "../common/clock";
import type { ClusterItem } from "../clusters/cluster-item";
import type { Deps } from "../ports";
import { type EventInput, recordEvent } from "../events/events";
import { type JobItem, saveJob } from "./job-item";
import type { NodeCredentials } from "../nodes/credentials";
import { planClaims } from "./claim-plan";
import { ABSENT, rowOf } from "../common/lifecycle-table";
import { RUN_LIFECYCLE } from "./run-lifecycle";
import { type ClaimInput, claimWrites } from "./claim-writes";
import { withDefaults } from "../clusters/settings";
import { TransactionCanceled } from "../store/table";
import { tryTransact } from "../store/try-transact";

/*
 * Claiming the due jobs a check-in found: planning occurrences (cron-parser and luxon, through
 * claim-plan.ts and schedule.ts) and the claim transactions. The check-in imports this module
 * only when it has something to claim, so an idle check-in, and a cold start's first one,
 * never load the scheduling libraries (issue 20: cold start).
 */

export interface Claim {
  jobId: string;
  runId: string;
  claimToken: string;
  fencingToken: number;
  type: string;
  payload: unknown;
  scheduledFor: string;
}

/**
 * One copy of each job, the highest version: the pointers of one check-in's reads can name a
 * job twice (a claim moved its pointer between two pages; a stale pointer the audit has not yet
 * repaired), and one transaction may not write an item twice. Only the newest copy can win.
 */
function newestOfEach(jobs: JobItem[]): JobItem[] {
  const newest = new Map<string, JobItem>();
  for (const job of jobs) if ((newest.get(job.jobId)?.version ?? -1) < job.version) newest.set(job.jobId, job);
  return jobs.filter((job) => newest.get(job.jobId) === job);
}

/**
 * The order a node tries the due jobs in: the pointers as read (earliest due first), cut into
 * blocks of one transaction's size, the blocks in a random order of the node's own. Nodes
 * checking in together read the same pointers, so two of them either pick the same block
 * (one wins it whole; the other loses one write and stops until its next check-in) or share
 * no job at all; random single picks would make most batches share a job with another batch.
 */
function inBlocks(candidates: JobItem[], size: number): JobItem[] {
  const blocks: JobItem[][] = [];
  for (let i = 0; i < candidates.length; i += size) blocks.push(candidates.slice(i, i + size));
  return shuffled(blocks).flat();
}

/**
 * How many jobs a block holds: one write's worth of occurrences. Most due jobs have one
 * occurrence due, so a block is as many jobs as the node wants in one write; when the earliest
 * job has several (a backlog of a concurrent job), each job fills more of a write, and smaller
 * blocks let more nodes claim at once without wanting the same jobs.
 */
function blockSize(candidates: JobItem[], capacity: number, now: number, misfireThresholdMs: number): number {
  const perWrite = Math.min(capacity, MAX_CLAIMS_PER_WRITE);
  const first = candidates[0] ? planClaims(candidates[0], now, misfireThresholdMs, perWrite).filter((plan) => plan.kind === "claim").length : 0;
  return Math.max(1, Math.ceil(perWrite / Math.max(1, first)));
}

/** Fisher–Yates with a CSPRNG: each node has its own order, so no block is favoured. */
const shuffled = <T>(items: T[]) => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

/** The most occurrences one transaction claims: each takes up to 6 of DynamoDB's 100 items. */
export const MAX_CLAIMS_PER_WRITE = 10;

/** How many misfired `doNothing` jobs one check-in moves past (one write each). */
const MAX_SKIPS_PER_CHECK_IN = 10;

/** About how many bytes one claim transaction may write (DynamoDB takes up to 4 MB). */
const MAX_WRITE_BYTES = 2_000_000;

/**
 * Claim up to `capacity` due occurrences for a node incarnation, from the due pointers its
 * check-in read, in as few transactions as it can: one claims up to MAX_CLAIMS_PER_WRITE
 * occurrences (the jobs written back on the version read, fencing + 1, the occurrences
 * consumed, a non-concurrent job locked; the runs; their events) and writes the node item
 * once, which must still be this incarnation, running, with scheduling on, not draining and
 * with room (so a leave, a supersede or a scheduling switch cannot race a claim in), and
 * records the runs as `assigned` to it.
 *
 * A transaction is all or nothing. When other nodes took some of its jobs first, DynamoDB
 * names them (the cancellation reasons): the node tries the rest once more, alone, and then
 * stops (the next check-in reads afresh). So a node racing others loses at most two writes
 * per check-in, mostly one; a node with nothing due tries none.
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
  const untried = inBlocks(newestOfEach(candidates), blockSize(candidates, capacity, now, misfireThresholdMs));
  const skips = { left: MAX_SKIPS_PER_CHECK_IN };
  let retry: ClaimInput[] | undefined;
  while (claims.length < capacity) {
    const wanted = Math.min(capacity - claims.length, MAX_CLAIMS_PER_WRITE);
    const batch = retry ?? (await nextBatch(deps, untried, wanted, skips, now, misfireThresholdMs, eventRetentionMs));
    if (batch.length === 0) break;
    const outcome = await claimAll(deps, cred, batch, now, eventRetentionMs);
    if (outcome.kind === "node refused") break;
    if (outcome.kind === "claimed") {
      claims.push(...outcome.claims);
      retry = undefined;
    } else if (retry) break; // lost twice: others are racing for these jobs
    else retry = batch.filter((_, i) => !outcome.lost.has(i)); // still free a moment ago
  }
  return claims;
}

/**
 * The next `wanted` occurrences to claim from `untried` (taken off it). A job whose missed
 * occurrences are skipped (misfire `doNothing`) is written on its own, here: no run, the job
 * moves on past them and keeps a note of it for explain. A check-in writes at most
 * `skips.left` of those (the next check-ins do the rest), so its own work stays bounded.
 */
async function nextBatch(
  deps: Deps,
  untried: JobItem[],
  wanted: number,
  skips: { left: number },
  now: number,
  misfireThresholdMs: number,
  retentionMs: number,
) {
  const batch: ClaimInput[] = [];
  let bytes = 0;
  while (batch.length < wanted && untried.length > 0) {
    // A claim writes its job twice (the item and its pointer) and the payload a third time (the
    // run): keep a transaction well under DynamoDB's 4 MB, whatever the jobs' queues hold.
    const size = 3 * JSON.stringify(untried[0]).length;
    if (batch.length > 0 && bytes + size > MAX_WRITE_BYTES) break;
    const job = untried.shift()!;
    // A concurrent job's due occurrences, as many as the batch and the byte budget take.
    const fits = Math.max(1, Math.floor((MAX_WRITE_BYTES - bytes) / size));
    const plans = planClaims(job, now, misfireThresholdMs, Math.min(wanted - batch.length, fits));
    const plan = plans[0]!;
    if (plan.kind === "nothing") continue;
    const missed: EventInput = {
      type: "job.misfired",
      jobId: job.jobId,
      detail: { scheduledFor: iso(plan.scheduledFor), policy: job.misfirePolicy },
    };
    if (plan.kind === "skip") {
      if (skips.left <= 0) continue;
      skips.left--;
      const skipped = [...(plan.after.skipped ?? []), { scheduledFor: plan.scheduledFor, at: now }].slice(-MAX_SKIPPED);
      await tryTransact(deps.table, [...saveJob(job, { ...plan.after, skipped }), recordEvent(job.clusterId, missed, now, retentionMs)]);
      continue;
    }
    for (const each of plans) {
      if (each.kind !== "claim") break;
      batch.push({ job, scheduledFor: each.scheduledFor, after: each.after, misfired: each.misfired, before: each.misfired ? [missed] : [] });
      bytes += size;
    }
  }
  return batch;
}

type Outcome =
  | { kind: "claimed"; claims: Claim[] }
  /** Another write moved these claims' items first (indexes into the batch). */
  | { kind: "lost"; lost: Set<number> }
  /** The node item refused: this incarnation may not claim now (left, superseded, draining, …). */
  | { kind: "node refused" };

async function claimAll(deps: Deps, cred: NodeCredentials, batch: ClaimInput[], now: number, retentionMs: number): Promise<Outcome> {
  const { items, runs, parts } = claimWrites(rowOf(RUN_LIFECYCLE, "claim", ABSENT), { cred, claims: batch, now, retentionMs });
  try {
    await deps.table.transact(items);
  } catch (error) {
    if (!(error instanceof TransactionCanceled)) throw error;
    const refused = (index: number) => (error.reasons[index]?.code ?? "None") !== "None";
    if (refused(items.length - 1)) return { kind: "node refused" };
    // A job's occurrences go together: a retry without one of them would write the job past it,
    // and that occurrence would never run. So one refused item of any of them loses them all.
    const lostJobs = new Set(parts.flatMap((indexes, i) => (indexes.some(refused) ? [batch[i]!.job.jobId] : [])));
    const lost = new Set(batch.flatMap((claim, i) => (lostJobs.has(claim.job.jobId) ? [i] : [])));
    // No reason named (a store that gives none): count them all as lost, the next check-in reads afresh.
    return { kind: "lost", lost: lost.size > 0 ? lost : new Set(batch.keys()) };
  }
  return {
    kind: "claimed",
    claims: batch.map(({ job, scheduledFor }, i) => ({
      jobId: job.jobId,
      runId: runs[i]!.run.runId,
      claimToken: runs[i]!.claimToken,
      fencingToken: runs[i]!.run.fencingToken,
      type: job.type,
      payload: job.payload ?? null,
      scheduledFor: iso(scheduledFor),
    })),
  };
}

/** How many skipped occurrences a job item remembers (each ~40 bytes of the item every check-in's read carries). */
const MAX_SKIPPED = 5;

