import fc from "fast-check";
import { CronExpressionParser } from "cron-parser";
import { describe, expect, it } from "vitest";
import { dstNote, localIso, nextZoned, offsetAt, resolveWall } from "../../../core/jobs/dst";
import type { JobItem } from "../../../core/jobs/job-item";
import { planClaim } from "../../../core/jobs/claim-plan";
import { nextOccurrence } from "../../../core/jobs/schedule";

/**
 * The days the clocks change in 2026:
 * - Europe/Paris: 29 March 02:00 CET → 03:00 CEST (01:00Z); 25 October 03:00 CEST → 02:00 CET (01:00Z);
 * - America/New_York: 8 March 02:00 EST → 03:00 EDT (07:00Z); 1 November 02:00 EDT → 01:00 EST (06:00Z).
 */
const t = (s: string) => Date.parse(s);
const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");

/** The schedule's occurrences after `from`, up to `until`, as the claim path sees them one by one. */
function occurrences(cron: string, timezone: string, from: string, until: string): string[] {
  const out: string[] = [];
  for (let at = nextOccurrence({ cron, timezone }, t(from), 0)!; at <= t(until); at = nextOccurrence({ cron, timezone }, at, 0)!) {
    out.push(iso(at));
  }
  return out;
}

describe("Europe/Paris, spring forward (29 March 2026, 02:00 → 03:00)", () => {
  it("a daily 02:30, which does not exist that day, runs once at 03:00 CEST (01:00Z)", () => {
    expect(occurrences("30 2 * * *", "Europe/Paris", "2026-03-27T12:00:00Z", "2026-03-31T12:00:00Z")).toEqual([
      "2026-03-28T01:30:00Z", // 02:30 CET
      "2026-03-29T01:00:00Z", // 03:00 CEST: 02:30 shifted to the end of the gap
      "2026-03-30T00:30:00Z", // 02:30 CEST
      "2026-03-31T00:30:00Z",
    ]);
  });

  it("a daily 02:00 also runs at 03:00 CEST; a daily 03:00 runs there too, once", () => {
    expect(occurrences("0 2 * * *", "Europe/Paris", "2026-03-28T12:00:00Z", "2026-03-30T12:00:00Z")).toEqual(["2026-03-29T01:00:00Z", "2026-03-30T00:00:00Z"]);
    expect(occurrences("0 3 * * *", "Europe/Paris", "2026-03-28T12:00:00Z", "2026-03-30T12:00:00Z")).toEqual(["2026-03-29T01:00:00Z", "2026-03-30T01:00:00Z"]);
    expect(occurrences("0 2-3 * * *", "Europe/Paris", "2026-03-28T12:00:00Z", "2026-03-30T12:00:00Z")).toEqual([
      "2026-03-29T01:00:00Z", // 02:00 (shifted) and 03:00 together, once
      "2026-03-30T00:00:00Z",
      "2026-03-30T01:00:00Z",
    ]);
  });

  it("02:30 and 03:30 stay two runs: 02:30 at 03:00, 03:30 at 03:30", () => {
    expect(occurrences("30 2,3 * * *", "Europe/Paris", "2026-03-28T12:00:00Z", "2026-03-29T12:00:00Z")).toEqual(["2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z"]);
  });

  it("hourly: 01:00 CET, then 03:00 CEST once for the missing 02:00, then 04:00", () => {
    expect(occurrences("0 * * * *", "Europe/Paris", "2026-03-28T23:30:00Z", "2026-03-29T02:00:00Z")).toEqual([
      "2026-03-29T00:00:00Z",
      "2026-03-29T01:00:00Z",
      "2026-03-29T02:00:00Z",
    ]);
  });

  it("every 15 minutes: the four quarters of the missing hour collapse into the 03:00 run", () => {
    expect(occurrences("*/15 * * * *", "Europe/Paris", "2026-03-29T00:20:00Z", "2026-03-29T01:30:00Z")).toEqual([
      "2026-03-29T00:30:00Z", // 01:30 CET
      "2026-03-29T00:45:00Z", // 01:45 CET
      "2026-03-29T01:00:00Z", // 03:00 CEST
      "2026-03-29T01:15:00Z",
      "2026-03-29T01:30:00Z",
    ]);
  });
});

describe("Europe/Paris, fall back (25 October 2026, 03:00 → 02:00)", () => {
  it("a daily 02:30, which happens twice, runs once: at the first, 02:30 CEST (00:30Z)", () => {
    expect(occurrences("30 2 * * *", "Europe/Paris", "2026-10-23T12:00:00Z", "2026-10-27T12:00:00Z")).toEqual([
      "2026-10-24T00:30:00Z",
      "2026-10-25T00:30:00Z",
      "2026-10-26T01:30:00Z",
      "2026-10-27T01:30:00Z",
    ]);
  });

  it("hourly: 02:00 runs once (CEST); the repeated hour runs nothing; then 03:00 CET", () => {
    expect(occurrences("0 * * * *", "Europe/Paris", "2026-10-24T22:30:00Z", "2026-10-25T03:00:00Z")).toEqual([
      "2026-10-24T23:00:00Z", // 01:00 CEST
      "2026-10-25T00:00:00Z", // 02:00 CEST
      "2026-10-25T02:00:00Z", // 03:00 CET (02:00 CET, the repeat, does not run)
      "2026-10-25T03:00:00Z",
    ]);
  });

  it("every 15 minutes: the quarters of the repeated hour run once, in its first pass", () => {
    expect(occurrences("*/15 * * * *", "Europe/Paris", "2026-10-24T23:50:00Z", "2026-10-25T02:15:00Z")).toEqual([
      "2026-10-25T00:00:00Z",
      "2026-10-25T00:15:00Z",
      "2026-10-25T00:30:00Z",
      "2026-10-25T00:45:00Z",
      "2026-10-25T02:00:00Z",
      "2026-10-25T02:15:00Z",
    ]);
  });

  it("from inside the second pass (a claim after a misfire resumes from now), the next run is after the repeat", () => {
    const inSecondPass = t("2026-10-25T01:10:00Z"); // 02:10 CET, the second time
    expect(iso(nextOccurrence({ cron: "0 * * * *", timezone: "Europe/Paris" }, inSecondPass, 0)!)).toBe("2026-10-25T02:00:00Z");
    expect(iso(nextOccurrence({ cron: "*/15 * * * *", timezone: "Europe/Paris" }, inSecondPass, 0)!)).toBe("2026-10-25T02:00:00Z");
    expect(iso(nextOccurrence({ cron: "30 2 * * *", timezone: "Europe/Paris" }, inSecondPass, 0)!)).toBe("2026-10-26T01:30:00Z");
    expect(iso(nextOccurrence({ cron: "* * * * * *", timezone: "Europe/Paris" }, inSecondPass, 0)!)).toBe("2026-10-25T02:00:00Z");
  });
});

describe("America/New_York, spring forward (8 March 2026, 02:00 → 03:00)", () => {
  it("a daily 02:30 runs once at 03:00 EDT (07:00Z)", () => {
    expect(occurrences("30 2 * * *", "America/New_York", "2026-03-06T12:00:00Z", "2026-03-09T12:00:00Z")).toEqual([
      "2026-03-07T07:30:00Z",
      "2026-03-08T07:00:00Z",
      "2026-03-09T06:30:00Z",
    ]);
  });

  it("hourly and every 15 minutes: the missing hour runs once, at 03:00 EDT", () => {
    expect(occurrences("0 * * * *", "America/New_York", "2026-03-08T05:30:00Z", "2026-03-08T08:00:00Z")).toEqual([
      "2026-03-08T06:00:00Z",
      "2026-03-08T07:00:00Z",
      "2026-03-08T08:00:00Z",
    ]);
    expect(occurrences("*/15 * * * *", "America/New_York", "2026-03-08T06:40:00Z", "2026-03-08T07:15:00Z")).toEqual([
      "2026-03-08T06:45:00Z",
      "2026-03-08T07:00:00Z",
      "2026-03-08T07:15:00Z",
    ]);
  });
});

describe("America/New_York, fall back (1 November 2026, 02:00 → 01:00)", () => {
  it("a daily 01:30, which happens twice, runs once: at the first, 01:30 EDT (05:30Z)", () => {
    expect(occurrences("30 1 * * *", "America/New_York", "2026-10-30T12:00:00Z", "2026-11-02T12:00:00Z")).toEqual([
      "2026-10-31T05:30:00Z",
      "2026-11-01T05:30:00Z",
      "2026-11-02T06:30:00Z",
    ]);
  });

  it("a daily 02:30 happens once that day, in EST", () => {
    expect(occurrences("30 2 * * *", "America/New_York", "2026-10-31T12:00:00Z", "2026-11-02T12:00:00Z")).toEqual(["2026-11-01T07:30:00Z", "2026-11-02T07:30:00Z"]);
  });

  it("hourly: 01:00 runs once (EDT), then 02:00 EST; every 15 minutes likewise", () => {
    expect(occurrences("0 * * * *", "America/New_York", "2026-11-01T03:30:00Z", "2026-11-01T08:00:00Z")).toEqual([
      "2026-11-01T04:00:00Z", // 00:00 EDT
      "2026-11-01T05:00:00Z", // 01:00 EDT
      "2026-11-01T07:00:00Z", // 02:00 EST (01:00 EST, the repeat, does not run)
      "2026-11-01T08:00:00Z",
    ]);
    expect(occurrences("*/15 * * * *", "America/New_York", "2026-11-01T05:40:00Z", "2026-11-01T07:15:00Z")).toEqual([
      "2026-11-01T05:45:00Z",
      "2026-11-01T07:00:00Z",
      "2026-11-01T07:15:00Z",
    ]);
    expect(iso(nextOccurrence({ cron: "0 * * * *", timezone: "America/New_York" }, t("2026-11-01T06:20:00Z"), 0)!)).toBe("2026-11-01T07:00:00Z");
  });
});

describe("the claim path applies the same rule", () => {
  const job = (cron: string, timezone: string, nextFireAt: string): JobItem => ({
    clusterId: "c",
    jobId: "j",
    type: "t",
    payload: null,
    schedule: { cron, timezone },
    concurrent: false,
    misfirePolicy: "fireAndProceed",
    createdAt: 0,
    nextFireAt: t(nextFireAt),
    queue: [],
    fencing: 0,
    version: 1,
  });
  const nextAfterClaim = (j: JobItem, now: string) => {
    const plan = planClaim(j, t(now), 60_000);
    if (plan.kind !== "claim") throw new Error(plan.kind);
    return iso(plan.after.nextFireAt!);
  };

  it("claiming the 02:00 CEST run of an hourly Paris job moves it to 03:00 CET, not to the repeat", () => {
    expect(nextAfterClaim(job("0 * * * *", "Europe/Paris", "2026-10-25T00:00:00Z"), "2026-10-25T00:00:01Z")).toBe("2026-10-25T02:00:00Z");
  });

  it("claiming the day before spring forward moves a daily 02:30 to 03:00 CEST", () => {
    expect(nextAfterClaim(job("30 2 * * *", "Europe/Paris", "2026-03-28T01:30:00Z"), "2026-03-28T01:30:00Z")).toBe("2026-03-29T01:00:00Z");
    expect(nextAfterClaim(job("30 2 * * *", "America/New_York", "2026-03-07T07:30:00Z"), "2026-03-07T07:30:02Z")).toBe("2026-03-08T07:00:00Z");
  });

  it("a misfire collapsed in the repeated hour resumes after it", () => {
    expect(nextAfterClaim(job("*/15 * * * *", "Europe/Paris", "2026-10-24T23:00:00Z"), "2026-10-25T01:20:00Z")).toBe("2026-10-25T02:00:00Z");
  });
});

describe("zone arithmetic", () => {
  it("offsets, local times that exist once, twice, or not at all", () => {
    expect(offsetAt("Europe/Paris", t("2026-03-29T00:59:59Z"))).toBe(3_600_000);
    expect(offsetAt("Europe/Paris", t("2026-03-29T01:00:00Z"))).toBe(7_200_000);
    expect(offsetAt("America/New_York", t("2026-11-01T06:00:00Z"))).toBe(-5 * 3_600_000);
    expect(resolveWall("Europe/Paris", t("2026-03-29T02:30:00Z"))).toEqual({ at: t("2026-03-29T01:00:00Z"), kind: "skipped" });
    expect(resolveWall("Europe/Paris", t("2026-10-25T02:30:00Z"))).toEqual({
      at: t("2026-10-25T00:30:00Z"),
      kind: "repeated",
      instances: [t("2026-10-25T00:30:00Z"), t("2026-10-25T01:30:00Z")],
    });
    expect(resolveWall("America/New_York", t("2026-07-01T12:00:00Z"))).toEqual({ at: t("2026-07-01T16:00:00Z"), kind: "normal" });
  });

  it("local ISO strings carry the offset of the moment", () => {
    expect(localIso("Europe/Paris", t("2026-03-29T01:00:00Z"))).toBe("2026-03-29T03:00:00+02:00");
    expect(localIso("Europe/Paris", t("2026-10-25T01:30:00Z"))).toBe("2026-10-25T02:30:00+01:00");
    expect(localIso("America/New_York", t("2026-11-01T05:30:00Z"))).toBe("2026-11-01T01:30:00-04:00");
    expect(localIso("UTC", t("2026-11-23T10:00:00Z"))).toBe("2026-11-23T10:00:00+00:00");
    expect(localIso("Asia/Kolkata", t("2026-11-23T10:00:00Z"))).toBe("2026-11-23T15:30:00+05:30");
  });

  it("notes say what a change of the clocks did to an occurrence", () => {
    expect(dstNote("30 2 * * *", "Europe/Paris", t("2026-03-29T01:00:00Z"))).toBe(
      "shifted: 02:30 does not exist on this day (clocks go from 02:00 to 03:00); it runs once, at 03:00",
    );
    expect(dstNote("*/15 * * * *", "America/New_York", t("2026-03-08T07:00:00Z"))).toBe(
      "shifted: 02:00 to 02:45 do not exist on this day (clocks go from 02:00 to 03:00); they run once, at 03:00",
    );
    expect(dstNote("0 3 * * *", "Europe/Paris", t("2026-03-29T01:00:00Z"))).toBeUndefined();
    expect(dstNote("30 2 * * *", "Europe/Paris", t("2026-10-25T00:30:00Z"))).toBe(
      "repeated: 02:30 happens twice on this day (clocks go back from 03:00 to 02:00); it runs once, at the first",
    );
    expect(dstNote("30 1 * * *", "America/New_York", t("2026-11-01T05:30:00Z"))).toBe(
      "repeated: 01:30 happens twice on this day (clocks go back from 02:00 to 01:00); it runs once, at the first",
    );
    expect(dstNote("30 2 * * *", "Europe/Paris", t("2026-10-26T01:30:00Z"))).toBeUndefined();
  });
});

describe("away from a change of the clocks, nothing changes", () => {
  const zones = ["Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Asia/Tokyo", "UTC", "America/Sao_Paulo"];
  const crons = ["*/5 * * * *", "0 3 * * *", "30 2 * * 1-5", "15 */6 * * *", "0 0 1 * *", "0 12 * * 0", "*/10 9-17 * * *", "0 0 29 2 *"];
  const STILL = 2 * 86_400_000;

  it("a zoned cron lands where the library lands when the offset holds for two days around", () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.constantFrom(...crons), fc.integer({ min: t("2024-01-01T00:00:00Z"), max: t("2030-01-01T00:00:00Z") }), (zone, cron, after) => {
        const library = CronExpressionParser.parse(cron, { currentDate: new Date(after), tz: zone }).next().getTime();
        const offsets = [after - STILL, after, library, library + STILL].map((at) => offsetAt(zone, at));
        fc.pre(offsets.every((o) => o === offsets[0]));
        expect(nextZoned(cron, zone, after)).toBe(library);
      }),
      { numRuns: 400 },
    );
  });

  it("a cron without a zone is UTC whatever the host's zone", () => {
    const host = process.env.TZ;
    try {
      process.env.TZ = "Asia/Tokyo";
      expect(iso(nextOccurrence({ cron: "0 9 * * *" }, t("2026-06-01T00:00:00Z"), 0)!)).toBe("2026-06-01T09:00:00Z");
      expect(iso(nextOccurrence({ cron: "0 9 * * *", timezone: "UTC" }, t("2026-06-01T00:00:00Z"), 0)!)).toBe("2026-06-01T09:00:00Z");
    } finally {
      if (host === undefined) delete process.env.TZ;
      else process.env.TZ = host;
    }
  });

  it("a cron without a zone and one in UTC agree", () => {
    fc.assert(
      fc.property(fc.constantFrom(...crons), fc.integer({ min: t("2024-01-01T00:00:00Z"), max: t("2030-01-01T00:00:00Z") }), (cron, after) => {
        expect(nextOccurrence({ cron, timezone: "UTC" }, after, 0)).toBe(nextOccurrence({ cron }, after, 0));
      }),
      { numRuns: 300 },
    );
  });
});
