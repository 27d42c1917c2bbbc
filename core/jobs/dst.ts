import { CronExpressionParser } from "cron-parser";

/**
 * Cron in a named time zone, and what Roster does when the zone changes its clocks.
 *
 * A cron expression names local wall-clock times ("02:30 every day"). Each one becomes one
 * instant:
 *
 * - a local time that exists once is that instant;
 * - a local time that happens twice (clocks go back) is its first instance: it runs once, and
 *   the repeated stretch runs nothing a second time (an hourly job runs 02:00 once);
 * - a local time that does not exist (clocks go forward) runs at the first instant after the
 *   gap, the moment the clocks jump (03:00 for 02:30 in Paris); all the times of the gap and
 *   a time the schedule names at that moment run there once, together.
 *
 * Local times are handled as "wall-clock milliseconds": the UTC instant whose UTC fields read
 * like the local time. The cron library walks them in UTC, where no clock ever jumps.
 */

const SECOND = 1000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterOf = (zone: string) => {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
};

/** The zone's offset from UTC at instant `t`, in ms (Paris in summer: +7 200 000). */
export function offsetAt(zone: string, t: number): number {
  const second = Math.floor(t / SECOND) * SECOND;
  const parts: Record<string, number> = {};
  for (const part of formatterOf(zone).formatToParts(second)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - second;
}

/** The local wall-clock time of instant `t`, as wall-clock ms. */
export const wallOf = (zone: string, t: number) => t + offsetAt(zone, t);

/** The instant in (lo, hi] where the offset stops being the one at `lo` (to the second). */
function changeBetween(zone: string, lo: number, hi: number): number {
  const before = offsetAt(zone, lo);
  let low = Math.floor(lo / SECOND);
  let high = Math.ceil(hi / SECOND);
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (offsetAt(zone, mid * SECOND) === before) low = mid;
    else high = mid;
  }
  return high * SECOND;
}

export type WallKind = "normal" | "repeated" | "skipped";

export interface Resolved {
  /** The instant the local time runs at. */
  at: number;
  kind: WallKind;
  /** For `repeated`: both instances; for `skipped`: the gap's first instant (`at`). */
  instances?: [number, number];
}

/** The instant a local wall-clock time runs at, by the rule above. */
export function resolveWall(zone: string, wall: number): Resolved {
  const earlier = offsetAt(zone, wall - DAY);
  const later = offsetAt(zone, wall + DAY);
  const found = [...new Set([earlier, later])]
    .map((offset) => wall - offset)
    .filter((t) => wallOf(zone, t) === wall)
    .sort((a, b) => a - b);
  if (found.length > 1) return { at: found[0]!, kind: "repeated", instances: [found[0]!, found[1]!] };
  if (found.length === 1) return { at: found[0]!, kind: "normal" };
  // No instant reads `wall`: the clocks jumped over it, at an instant in (wall − later, wall − earlier].
  return { at: changeBetween(zone, wall - later, wall - earlier), kind: "skipped" };
}

/** The cron's local times strictly after `wall`, walked in UTC (wall-clock ms). */
const localTimes = (cron: string, wall: number) => CronExpressionParser.parse(cron, { currentDate: new Date(wall), tz: "UTC" });

/** How many local times the cron may walk through before it must have found the answer. */
const MAX_STEPS = 100_000;

/**
 * The first instant strictly after `after` at which a cron in `zone` runs, by the rule above.
 * Every local time before `wallOf(after)` runs at or before `after` (the rule keeps the order
 * of local times), so the walk starts there.
 */
export function nextZoned(cron: string, zone: string, after: number): number {
  let times = localTimes(cron, wallOf(zone, after));
  for (let step = 0; step < MAX_STEPS; step++) {
    const wall = times.next().getTime();
    const resolved = resolveWall(zone, wall);
    if (resolved.at > after) return resolved.at;
    if (resolved.kind === "repeated") {
      // `after` is in the second pass of a repeated stretch, whose local times all ran in the
      // first: go on from the end of the stretch (the clocks' jump back, read before it).
      const [first, second] = resolved.instances!;
      const back = changeBetween(zone, first, second);
      times = localTimes(cron, wallOf(zone, back - SECOND) + SECOND - 1);
    }
  }
  throw new Error(`cron '${cron}' in ${zone}: no occurrence found after ${new Date(after).toISOString()}`);
}

const clock = (wall: number) => {
  const hhmmss = new Date(wall).toISOString().slice(11, 19);
  return hhmmss.endsWith(":00") ? hhmmss.slice(0, 5) : hhmmss;
};

/**
 * What a cron occurrence at `at` (one `nextZoned` gave) owes to a change of the clocks, in
 * words, or undefined when it owes nothing.
 */
export function dstNote(cron: string, zone: string, at: number): string | undefined {
  const offsetBefore = offsetAt(zone, at - SECOND);
  const offsetAfter = offsetAt(zone, at);
  if (offsetAfter > offsetBefore) {
    // The clocks jumped forward at `at`: the local times of the gap, if the cron names any, run here.
    const gapStart = at + offsetBefore;
    const gapEnd = at + offsetAfter;
    const first = localTimes(cron, gapStart - 1).next().getTime();
    if (first >= gapEnd) return undefined;
    const last = CronExpressionParser.parse(cron, { currentDate: new Date(gapEnd), tz: "UTC" }).prev().getTime();
    const jump = `clocks go from ${clock(gapStart)} to ${clock(gapEnd)}`;
    return first === last
      ? `shifted: ${clock(first)} does not exist on this day (${jump}); it runs once, at ${clock(gapEnd)}`
      : `shifted: ${clock(first)} to ${clock(last)} do not exist on this day (${jump}); they run once, at ${clock(gapEnd)}`;
  }
  const wall = wallOf(zone, at);
  const resolved = resolveWall(zone, wall);
  if (resolved.kind !== "repeated") return undefined;
  const [first, second] = resolved.instances!;
  const back = changeBetween(zone, first, second);
  const jump = `clocks go back from ${clock(wallOf(zone, back - SECOND) + SECOND)} to ${clock(wallOf(zone, back))}`;
  return `repeated: ${clock(wall)} happens twice on this day (${jump}); it runs once, at the first`;
}

/** `at` as ISO-8601 in the zone, with its offset: 2026-03-29T03:00:00+02:00. */
export function localIso(zone: string, at: number): string {
  const offset = offsetAt(zone, at);
  const wall = new Date(at + offset).toISOString().slice(0, 19);
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  return `${wall}${sign}${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
