import { describe, expect, it } from "vitest";
import { firstOccurrence, nextOccurrence, scheduleSchema } from "../../../core/jobs/schedule";

const t = (s: string) => Date.parse(s);
const isoOf = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe("schedule arithmetic", () => {
  it("cron in a named zone keeps local time across the spring DST change", () => {
    const schedule = { cron: "0 9 * * *", timezone: "Europe/Berlin" };
    const before = nextOccurrence(schedule, t("2026-03-28T12:00:00Z"), 0);
    const after = nextOccurrence(schedule, before!, 0);
    // 09:00 CET is 08:00Z; after the change on 29 March, 09:00 CEST is 07:00Z.
    expect(isoOf(before)).toBe("2026-03-29T07:00:00.000Z");
    expect(isoOf(nextOccurrence(schedule, t("2026-03-27T12:00:00Z"), 0))).toBe("2026-03-28T08:00:00.000Z");
    expect(isoOf(after)).toBe("2026-03-30T07:00:00.000Z");
  });

  it("cron in a named zone fires once on the autumn DST day, whose 02:30 happens twice", () => {
    const schedule = { cron: "30 2 * * *", timezone: "Europe/Berlin" };
    const fires: string[] = [];
    let at = t("2026-10-24T12:00:00Z");
    for (let i = 0; i < 3; i++) {
      at = nextOccurrence(schedule, at, 0)!;
      fires.push(isoOf(at)!);
    }
    expect(fires).toEqual(["2026-10-25T00:30:00.000Z", "2026-10-26T01:30:00.000Z", "2026-10-27T01:30:00.000Z"]);
  });

  it("cron without a zone is UTC", () => {
    expect(isoOf(nextOccurrence({ cron: "*/5 * * * *" }, t("2026-11-23T10:02:00Z"), 0))).toBe("2026-11-23T10:05:00.000Z");
    expect(isoOf(nextOccurrence({ cron: "*/5 * * * *" }, t("2026-11-23T10:05:00Z"), 0))).toBe("2026-11-23T10:10:00.000Z");
  });

  it("a rate stays on the grid of its anchor", () => {
    const anchor = t("2026-11-23T10:00:00Z");
    expect(nextOccurrence({ rateMs: 2000 }, anchor, anchor)).toBe(anchor + 2000);
    expect(nextOccurrence({ rateMs: 2000 }, anchor + 2000, anchor)).toBe(anchor + 4000);
    expect(nextOccurrence({ rateMs: 2000 }, anchor + 4999, anchor)).toBe(anchor + 6000);
    expect(firstOccurrence({ rateMs: 2000 }, anchor)).toBe(anchor + 2000);
  });

  it("a one-shot fires once, at its moment", () => {
    const schedule = { at: "2026-12-01T00:00:00Z" };
    expect(firstOccurrence(schedule, t("2026-11-23T10:00:00Z"))).toBe(t("2026-12-01T00:00:00Z"));
    expect(nextOccurrence(schedule, t("2026-11-30T00:00:00Z"), 0)).toBe(t("2026-12-01T00:00:00Z"));
    expect(nextOccurrence(schedule, t("2026-12-01T00:00:00Z"), 0)).toBeUndefined();
  });

  it.each([
    [{ cron: "61 * * * *" }, "invalid cron expression"],
    [{ cron: "not cron" }, "invalid cron expression"],
    [{ cron: "* * * * *", timezone: "Mars/Olympus" }, "unknown IANA time zone"],
    [{ rateMs: 10 }, ""],
    [{ at: "tomorrow" }, ""],
    [{ cron: "* * * * *", rateMs: 1000 }, ""],
  ])("refuses %j", (schedule, reason) => {
    const result = scheduleSchema.safeParse(schedule);
    expect(result.success).toBe(false);
    if (reason) expect(JSON.stringify(result.error)).toContain(reason);
  });
});
