import type { Clock } from "../../core/common/clock";

/** A clock that moves only when told to. */
export function fakeClock(start = Date.parse("2026-11-23T10:00:00.000Z")) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
    set(ms: number) {
      now = ms;
    },
  } satisfies Clock & Record<string, unknown>;
}
export type FakeClock = ReturnType<typeof fakeClock>;
