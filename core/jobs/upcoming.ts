import { z } from "zod";
import { iso } from "../common/clock";
import { countParam } from "../common/count-param";
import { notFound } from "../common/errors";
import { requireCluster } from "../clusters/cluster-item";
import type { Deps } from "../ports";
import { dstNote, localIso } from "./dst";
import type { JobItem } from "./job-item";
import { readJob } from "./jobs";
import { nextOccurrence } from "./schedule";

/** A job's next occurrences, as its schedule and queue stand: what `GET …/jobs/{jobId}/upcoming` answers. */

export const MAX_UPCOMING = 100;

export const upcomingQuerySchema = z.strictObject({
  count: countParam(MAX_UPCOMING, "how many occurrences to list"),
});

export const upcomingViewSchema = z
  .object({
    jobId: z.string(),
    timezone: z.string().meta({ description: "the zone of the job's cron schedule, or `UTC`", example: "Europe/Paris" }),
    occurrences: z.array(
      z.object({
        at: z.string().meta({ description: "when it runs, UTC", example: "2026-03-29T01:00:00.000Z" }),
        local: z.string().meta({ description: "the same moment in the job's zone, with its offset", example: "2026-03-29T03:00:00+02:00" }),
        note: z
          .string()
          .optional()
          .meta({
            description:
              "why this occurrence is special, in words; each part starts with a word: `shifted:` (its local time does not exist that day), `repeated:` (its local time happens twice that day; it runs at the first), `queued:` (triggered, or requeued from a node that is gone), `due:` (its time has come; no node has claimed it yet), `waits:` (the job's current run must finish first)",
            example: "shifted: 02:30 does not exist on this day (clocks go from 02:00 to 03:00); it runs once, at 03:00",
          }),
      }),
    ),
  })
  .meta({ id: "Upcoming" });
export type UpcomingView = z.infer<typeof upcomingViewSchema>;

interface Entry {
  at: number;
  notes: string[];
}

/**
 * The job's next `count` occurrences at `now`, as a pure function of the job item: its
 * queued occurrences, and its schedule from the stored next occurrence on (one that is due
 * but not yet claimed comes first). After it, the schedule goes on from the later of it and
 * `now`: occurrences between a pending one and `now` are not listed (a claim catches them up
 * one by one within `misfireThresholdMs`, or collapses them into one as a misfire).
 */
export function upcomingOf(job: JobItem, now: number, count: number): UpcomingView {
  const schedule = job.schedule;
  const zone = "cron" in schedule && schedule.timezone ? schedule.timezone : "UTC";
  const entries: Entry[] = job.queue.map((queued) => ({
    at: queued.scheduledFor,
    notes: [queued.reason === "trigger" ? "queued: triggered" : "queued: requeued from a node that is gone"],
  }));
  for (let next = job.nextFireAt, listed = 0; next !== undefined && listed < count; listed++) {
    const shift = "cron" in schedule && schedule.timezone ? dstNote(schedule.cron, schedule.timezone, next) : undefined;
    entries.push({ at: next, notes: [...(next <= now ? ["due: not yet claimed by a node"] : []), ...(shift ? [shift] : [])] });
    next = nextOccurrence(schedule, Math.max(next, now), job.createdAt);
  }
  // Queued first at equal times, as a claim takes them.
  const listed = entries.sort((a, b) => a.at - b.at).slice(0, count);
  if (!job.concurrent && job.activeRunId && listed[0]) listed[0].notes.unshift("waits: the job's current run must finish first");
  return {
    jobId: job.jobId,
    timezone: zone,
    occurrences: listed.map(({ at, notes }) => ({ at: iso(at), local: localIso(zone, at), ...(notes.length ? { note: notes.join("; ") } : {}) })),
  };
}

/** The job's next occurrences; reads the job item and nothing else (the cluster only when the job is missing). */
export async function listUpcoming(deps: Deps, clusterId: string, jobId: string, count: number): Promise<UpcomingView> {
  const job = await readJob(deps, clusterId, jobId);
  if (!job) {
    await requireCluster(deps, clusterId);
    throw notFound("job_not_found", `job '${jobId}' does not exist`);
  }
  if (job.deleted) throw notFound("job_not_found", `job '${jobId}' was deleted: it has no occurrences`);
  return upcomingOf(job, deps.clock.now(), count);
}
