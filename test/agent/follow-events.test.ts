import { describe, expect, it } from "vitest";
import { cursorBehind, followEvents } from "../../agent/follow-events";
import type { RosterEvent } from "../../core/events/events";

const event = (time: string, tail = "a"): RosterEvent => ({
  eventId: `${time}_00000_${tail}`,
  time,
  type: "node.joined",
  clusterId: "c",
  detail: {},
});

/** A log whose pages honour `after` (exclusive) and `limit`, as Roster's does; events can be added late. */
function fakeLog(limit = 2, beforeRead: (n: number) => void = () => {}) {
  const events: RosterEvent[] = [];
  const asked: (string | undefined)[] = [];
  const read = async (after: string | undefined) => {
    beforeRead(asked.length + 1);
    asked.push(after);
    const newer = events.filter((e) => after === undefined || e.eventId > after).sort((a, b) => (a.eventId < b.eventId ? -1 : 1));
    const results = newer.slice(0, limit);
    return { results, ...(newer.length > limit ? { next: results.at(-1)!.eventId } : {}) };
  };
  return { events, asked, read };
}

describe("roster events --follow", () => {
  it("prints an event that committed after a later one was read, once; and nothing twice", async () => {
    const stop = new AbortController();
    const log = fakeLog(2, (n) => {
      // Requests 1-2 are the first read (two pages). Before the third, an event commits late: its
      // id is earlier than the newest one printed, but within the overlap.
      if (n === 3) log.events.push(event("2026-01-01T00:00:07.000Z", "late"));
      if (n === 6) stop.abort();
    });
    log.events.push(event("2026-01-01T00:00:01.000Z"), event("2026-01-01T00:00:05.000Z"), event("2026-01-01T00:00:09.000Z"));
    const printed: string[] = [];
    await followEvents(log.read, (e) => printed.push(e.eventId), { follow: true, pollMs: 1, signal: stop.signal });
    expect(printed).toEqual([
      "2026-01-01T00:00:01.000Z_00000_a",
      "2026-01-01T00:00:05.000Z_00000_a",
      "2026-01-01T00:00:09.000Z_00000_a",
      "2026-01-01T00:00:07.000Z_00000_late",
    ]);
    // Polls after the first read again from 10 s behind the newest id, not from it.
    expect(log.asked).toContain(cursorBehind("2026-01-01T00:00:09.000Z_00000_a", 10_000));
    expect(log.asked).not.toContain("2026-01-01T00:00:09.000Z_00000_a");
  });

  it("without --follow reads the log once to its end, page by page", async () => {
    const log = fakeLog(2);
    for (let s = 1; s <= 5; s++) log.events.push(event(`2026-01-01T00:00:0${s}.000Z`));
    const printed: string[] = [];
    await followEvents(log.read, (e) => printed.push(e.time));
    expect(printed).toHaveLength(5);
    expect(log.asked).toHaveLength(3);
  });

  it("the cursor is a time, earlier than every id of its instant and later", () => {
    expect(cursorBehind("2026-01-01T00:00:10.000Z_00003_ab", 10_000)).toBe("2026-01-01T00:00:00.000Z");
    expect("2026-01-01T00:00:00.000Z_00000_00" > cursorBehind("2026-01-01T00:00:10.000Z_00000_00", 10_000)).toBe(true);
    expect(cursorBehind("not-a-time", 10_000)).toBe("not-a-time");
  });
});
