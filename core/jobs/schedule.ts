import { CronExpressionParser } from "cron-parser";
import { z } from "zod";
import { nextZoned } from "./dst";

const validZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const cronError = (expression: string): string | undefined => {
  try {
    CronExpressionParser.parse(expression);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};

/** One of: a cron expression (with an optional IANA zone), a fixed rate, one moment. */
export const scheduleSchema = z
  .union([
    z.strictObject({
      cron: z.string().min(1).max(256).superRefine((expression, ctx) => {
        const problem = cronError(expression);
        if (problem) ctx.addIssue({ code: "custom", message: `invalid cron expression: ${problem}` });
      }),
      timezone: z
        .string()
        .max(64)
        .refine(validZone, { message: "unknown IANA time zone" })
        .optional(),
    }),
    z.strictObject({ rateMs: z.number().int().min(1000).max(366 * 86_400_000) }),
    z.strictObject({ at: z.iso.datetime({ offset: true }) }),
  ])
  .meta({ id: "Schedule" });
export type Schedule = z.infer<typeof scheduleSchema>;

/**
 * The first occurrence strictly after `after` (ms), or undefined when the schedule has none
 * left. A rate counts from `anchor` (the job's creation), so its occurrences stay on one grid.
 */
export function nextOccurrence(schedule: Schedule, after: number, anchor: number): number | undefined {
  if ("cron" in schedule) {
    // In a named zone, by the rule of `dst.ts` for the days its clocks change; else in UTC
    // (named, so that the host's own zone never leaks in).
    if (schedule.timezone) return nextZoned(schedule.cron, schedule.timezone, after);
    return CronExpressionParser.parse(schedule.cron, { currentDate: new Date(after), tz: "UTC" }).next().getTime();
  }
  if ("rateMs" in schedule) {
    const steps = Math.floor((after - anchor) / schedule.rateMs) + 1;
    return anchor + Math.max(1, steps) * schedule.rateMs;
  }
  const at = Date.parse(schedule.at);
  return at > after ? at : undefined;
}

/** A job's first occurrence: the next one after its creation (a one-shot's own moment, even if past). */
export const firstOccurrence = (schedule: Schedule, createdAt: number) =>
  "at" in schedule ? Date.parse(schedule.at) : nextOccurrence(schedule, createdAt, createdAt);
