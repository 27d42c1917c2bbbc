import type { RosterEvent } from "../core/events/events";
import { sleep } from "./client";

type EventPage = { results: RosterEvent[]; next?: string };

export interface FollowOptions {
  /** Keep polling for new events; without it, read the log once to its end. */
  follow?: boolean;
  /** How far behind the newest event each poll reads again, for events that commit late. */
  overlapMs?: number;
  pollMs?: number;
  signal?: AbortSignal;
}

/**
 * The id `ms` before an event id: event ids begin with their ISO time (core/events.ts), and the
 * log is read with `after` as an exclusive lower bound, so a bare time is a valid cursor.
 */
export function cursorBehind(eventId: string, ms: number): string {
  const time = Date.parse(eventId.slice(0, eventId.indexOf("_")));
  return Number.isNaN(time) ? eventId : new Date(time - ms).toISOString();
}

/**
 * Print a cluster's event log, oldest first, and with `follow` keep printing new events.
 * An event's id is its time, but the transaction that writes it can commit after an event with
 * a later id was read: so each poll reads again from `overlapMs` behind the newest id seen, and
 * skips the ids it printed already. Only ids inside that window are remembered.
 */
export async function followEvents(
  events: (after: string | undefined) => Promise<EventPage>,
  print: (event: RosterEvent) => void,
  options: FollowOptions = {},
): Promise<void> {
  const overlapMs = options.overlapMs ?? 10_000;
  const printed = new Set<string>();
  let newest: string | undefined;
  let cursor: string | undefined;
  for (;;) {
    let after = cursor;
    do {
      const page = await events(after);
      for (const event of page.results) {
        if (!printed.has(event.eventId)) print(event);
        if (options.follow) printed.add(event.eventId);
        if (newest === undefined || event.eventId > newest) newest = event.eventId;
      }
      after = page.next;
    } while (after);
    if (!options.follow) return;
    if (newest !== undefined) cursor = cursorBehind(newest, overlapMs);
    for (const id of printed) if (cursor !== undefined && id <= cursor) printed.delete(id); // never read again
    await sleep(options.pollMs ?? 1000, options.signal);
    if (options.signal?.aborted) return;
  }
}
