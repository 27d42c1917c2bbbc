import type { EventInput } from "../events/events";
import { type NodeCredentials, ownNodeKey } from "../nodes/credentials";
import { activeRunKey } from "../store/keys";
import type { TransactItem } from "../store/table";
import { hashToken } from "../common/tokens";
import { ABSENT } from "../common/lifecycle-table";
import { type JobItem, saveJob } from "./job-item";
import { MAX_HELD, type RunRow } from "./run-lifecycle";
import { type RunItem, newClaimToken, newRunId } from "./run-items";
import { checksOn, conditionOf, eventsOf, fromOf, heldValues, toOf } from "./run-transitions";

/** One occurrence a check-in claims: the job as read, and what `planClaim` made of it. */
export interface ClaimInput {
  job: JobItem;
  scheduledFor: number;
  after: JobItem;
  misfired: boolean;
  /** Events that precede the claim in the same write (a job.misfired). */
  before?: EventInput[];
}

/**
 * Claims, as one transaction: for each job the job written back on its version read (its
 * occurrences consumed, fencing + 1 per occurrence, a non-concurrent job locked), and for each
 * occurrence the run put into the active partition and its events (`before` first: a
 * job.misfired); then the node item, once, adding every run to `assigned`. Its `room` leaves
 * space for all of them (`:maxHeld` lowered by the others). Several occurrences of one
 * concurrent job (`planClaims`) come in order, each `after` consuming one more: the job is
 * written once, as the last leaves it. `parts[i]` are the indexes of claim i's items (its job's
 * write included), to tell which claims a refusal hit; the node item is last.
 */
export function claimWrites(row: RunRow, input: { cred: NodeCredentials; claims: ClaimInput[]; now: number; retentionMs: number }) {
  const { cred, now } = input;
  if (fromOf(row) !== ABSENT) throw new Error(`run lifecycle: '${row.name}' does not create a run`);
  const items: TransactItem[] = [];
  const parts: number[][] = [];
  // Per job: how many occurrences it gives, and the job as the last of them leaves it.
  const perJob = new Map<string, { count: number; last: ClaimInput; writes?: number[]; taken: number }>();
  for (const claim of input.claims) {
    const seen = perJob.get(claim.job.jobId);
    if (seen && seen.last.job !== claim.job) throw new Error(`claims of job '${claim.job.jobId}' read at two versions`);
    perJob.set(claim.job.jobId, { count: (seen?.count ?? 0) + 1, last: claim, taken: 0 });
  }
  const runs = input.claims.map((claim, i) => {
    const { job } = claim;
    const group = perJob.get(job.jobId)!;
    const runId = newRunId(job.jobId, now);
    const claimToken = newClaimToken(runId);
    const fencingToken = job.fencing + ++group.taken;
    const run: RunItem = {
      runId,
      clusterId: job.clusterId,
      jobId: job.jobId,
      type: job.type,
      payload: job.payload,
      state: toOf(row),
      nodeId: cred.nodeId,
      epoch: cred.epoch,
      claimTokenHash: hashToken(claimToken),
      fencingToken,
      scheduledFor: claim.scheduledFor,
      claimedAt: now,
      claimVersion: job.version + 1,
      ...(job.incarnation === undefined ? {} : { jobIncarnation: job.incarnation }),
      ...(claim.misfired ? { misfired: true } : {}),
    };
    if (!group.writes) {
      const after: JobItem = { ...group.last.after, fencing: job.fencing + group.count, ...(job.concurrent ? {} : { activeRunId: runId }) };
      const writes = row.checks.includes("job version") ? saveJob(job, after) : [];
      group.writes = writes.map((_, k) => items.length + k);
      items.push(...writes);
    }
    const values = heldValues(row, cred, runId, undefined);
    const own: TransactItem[] = [
      { Put: { Item: { ...activeRunKey(job.clusterId, runId), ...run }, ...conditionOf(checksOn(row, "run"), values) } },
      ...eventsOf(row, run, { now, retentionMs: input.retentionMs, seq: i * 2 }, claim.before),
    ];
    parts.push([...group.writes, ...own.map((_, k) => items.length + k)]);
    items.push(...own);
    return { run, claimToken };
  });
  const values = {
    ...heldValues(row, cred, runs[0]?.run.runId ?? "", undefined),
    ":run": new Set(runs.map(({ run }) => run.runId)),
    ":maxHeld": MAX_HELD - runs.length + 1,
  };
  items.push({ Update: { Key: ownNodeKey(cred), ...conditionOf(checksOn(row, "node"), values, "ADD assigned :run") } });
  return { items, runs, parts };
}
