import { type JobItem, dueAt } from "./job-item";
import { nextOccurrence } from "./schedule";

export type ClaimPlan =
  | { kind: "nothing" }
  /** Run the occurrence at `scheduledFor`; `after` is the job with it consumed. */
  | { kind: "claim"; scheduledFor: number; after: JobItem; misfired: boolean }
  /** A misfire under `doNothing`: the missed occurrences are dropped, nothing runs. */
  | { kind: "skip"; scheduledFor: number; after: JobItem };

/**
 * What claiming a job at `now` means, as a pure function of the job as read:
 *
 * - the earliest occurrence (queued or scheduled) that is due is the one to run;
 * - within `misfireThresholdMs` of its time it is simply claimed, and a schedule that fell
 *   behind catches up one occurrence per claim;
 * - later than that it misfired: every missed occurrence collapses into one, which runs
 *   now (`fireAndProceed`) or is skipped (`doNothing`), and the schedule resumes after now.
 */
export function planClaim(job: JobItem, now: number, misfireThresholdMs: number): ClaimPlan {
  const due = dueAt(job);
  if (due === undefined || due > now || (!job.concurrent && job.activeRunId)) return { kind: "nothing" };

  const late = (t: number) => now - t > misfireThresholdMs;
  if (!late(due)) {
    const fromQueue = job.queue[0] !== undefined && job.queue[0].scheduledFor === due;
    const after: JobItem = fromQueue
      ? { ...job, queue: job.queue.slice(1) }
      : withNextFire(job, nextOccurrence(job.schedule, due, job.createdAt));
    return { kind: "claim", scheduledFor: due, after, misfired: false };
  }

  const queue = job.queue.filter((o) => !late(o.scheduledFor));
  const collapsed =
    job.nextFireAt !== undefined && late(job.nextFireAt)
      ? withNextFire({ ...job, queue }, nextOccurrence(job.schedule, now, job.createdAt))
      : { ...job, queue };
  return job.misfirePolicy === "fireAndProceed"
    ? { kind: "claim", scheduledFor: due, after: collapsed, misfired: true }
    : { kind: "skip", scheduledFor: due, after: collapsed };
}

function withNextFire(job: JobItem, next: number | undefined): JobItem {
  const { nextFireAt: _, ...rest } = job;
  return next === undefined ? rest : { ...rest, nextFireAt: next };
}

/**
 * The occurrences one claim of a concurrent job may take at once, up to `max`: its plan, then
 * again on what that leaves, while each is due and on time. A concurrent job that fell behind
 * (a backlog, a burst of triggers) is then caught up by one write of its item instead of one
 * per occurrence, each a check-in apart. A non-concurrent job, a misfire or a skip is one plan.
 */
export function planClaims(job: JobItem, now: number, misfireThresholdMs: number, max: number): ClaimPlan[] {
  const plans = [planClaim(job, now, misfireThresholdMs)];
  for (;;) {
    const last = plans.at(-1)!;
    if (last.kind !== "claim" || last.misfired || !job.concurrent || plans.length >= max) return plans;
    const next = planClaim(last.after, now, misfireThresholdMs);
    if (next.kind !== "claim" || next.misfired) return plans;
    plans.push(next);
  }
}
