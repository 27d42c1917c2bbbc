import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { emfLogger, jsonLogger } from "../../functions/http/log";
import { METRICS, NAMESPACE, emfFields, requestCounts, stageOf } from "../../functions/http/metrics";
import { scheduledSweep, timedSweep } from "../../functions/sweeps";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, checkIn, harness, joinNode } from "../support/harness";

/**
 * The embedded metric format as CloudWatch's specification states it: the line is one JSON
 * object; `_aws` holds `Timestamp` (epoch milliseconds) and `CloudWatchMetrics`, directives of
 * `Namespace`, `Dimensions` (sets of at most 30 keys) and `Metrics` (at most 100 `{Name, Unit}`);
 * every dimension key is a string member of the root, every metric a number (or at most 100
 * numbers) there. Answers the line's metrics as `{name: {value, unit, dimensions}}`.
 */
const UNITS = new Set(["Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent", "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second", "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second", "None"]);
function parseEmf(line: string) {
  const root = JSON.parse(line) as Record<string, any>;
  expect(typeof root).toBe("object");
  const aws = root._aws;
  expect(Number.isInteger(aws.Timestamp)).toBe(true);
  expect(Math.abs(aws.Timestamp - Date.now())).toBeLessThan(60_000); // milliseconds, not seconds
  expect(Array.isArray(aws.CloudWatchMetrics)).toBe(true);
  const found: Record<string, { value: unknown; unit: string; dimensions: Record<string, string>[] }> = {};
  for (const directive of aws.CloudWatchMetrics) {
    expect(Object.keys(directive).sort()).toEqual(["Dimensions", "Metrics", "Namespace"]);
    expect(directive.Namespace).toBe(NAMESPACE);
    expect(directive.Metrics.length).toBeGreaterThan(0);
    expect(directive.Metrics.length).toBeLessThanOrEqual(100);
    for (const set of directive.Dimensions) {
      expect(set.length).toBeLessThanOrEqual(30);
      for (const key of set) expect(typeof root[key], `dimension ${key}`).toBe("string");
    }
    for (const metric of directive.Metrics) {
      expect(UNITS.has(metric.Unit)).toBe(true);
      const value = root[metric.Name];
      expect(typeof value === "number" || (Array.isArray(value) && value.length <= 100 && value.every((v) => typeof v === "number"))).toBe(true);
      found[metric.Name] = {
        value,
        unit: metric.Unit,
        dimensions: [...(found[metric.Name]?.dimensions ?? []), ...directive.Dimensions.map((set: string[]) => Object.fromEntries(set.map((k) => [k, root[k]])))],
      };
    }
  }
  return found;
}

describe("embedded metric format", () => {
  it("a cluster's counters: per cluster and per stage; node counts per cluster only", () => {
    const fields = emfFields("prod", "shop", { CheckIns: 1, Claims: 2, NodesRunning: 3 }, Date.now());
    const metrics = parseEmf(JSON.stringify({ level: "info", ...fields }));
    expect(metrics).toEqual({
      CheckIns: { value: 1, unit: "Count", dimensions: [{ stage: "prod", clusterId: "shop" }, { stage: "prod" }] },
      Claims: { value: 2, unit: "Count", dimensions: [{ stage: "prod", clusterId: "shop" }, { stage: "prod" }] },
      NodesRunning: { value: 3, unit: "Count", dimensions: [{ stage: "prod", clusterId: "shop" }] },
    });
  });

  it("a stage's metric has the stage alone; nothing but known metrics with a value; no metrics, no fields", () => {
    const metrics = parseEmf(JSON.stringify(emfFields("dev", undefined, { ScheduledSweepDuration: 42, ["nodeId" as never]: 1, SweepFailures: Number.NaN }, Date.now())));
    expect(metrics).toEqual({ ScheduledSweepDuration: { value: 42, unit: "Milliseconds", dimensions: [{ stage: "dev" }] } });
    expect(emfFields("dev", "c", {}, Date.now())).toEqual({});
  });

  it("no dimension is ever a node's: the only dimension keys are stage and clusterId", () => {
    const all = Object.fromEntries(Object.keys(METRICS).map((name) => [name, 1]));
    const root = emfFields("s", "c", all, Date.now()) as { _aws: { CloudWatchMetrics: { Dimensions: string[][] }[] } };
    expect(new Set(root._aws.CloudWatchMetrics.flatMap((d) => d.Dimensions.flat()))).toEqual(new Set(["stage", "clusterId"]));
  });

  it("the stage: ROSTER_STAGE, else SST's SST_RESOURCE_App, else unknown", () => {
    expect(stageOf({ ROSTER_STAGE: "blue", SST_RESOURCE_App: '{"name":"roster","stage":"prod"}' })).toBe("blue");
    expect(stageOf({ SST_RESOURCE_App: '{"name":"roster","stage":"prod"}' })).toBe("prod");
    expect(stageOf({ SST_RESOURCE_App: "not json" })).toBe("unknown");
    expect(stageOf({})).toBe("unknown");
  });
});

describe("request counts", () => {
  it("adds up per cluster and hands the sums out once the window is over, then starts again", () => {
    let now = 0;
    const counts = requestCounts(() => now, 10_000);
    expect(counts.due()).toEqual([]);
    counts.add("a", { CheckIns: 1, Claims: 2 });
    now = 4_000;
    counts.add("b", { CheckIns: 1, Claims: 0 });
    counts.add("a", { CheckIns: 1, Claims: 0 });
    now = 9_999;
    expect(counts.due()).toEqual([]);
    now = 10_000;
    expect(counts.due()).toEqual([
      { clusterId: "a", metrics: { CheckIns: 2, Claims: 2 }, windowMs: 10_000 },
      { clusterId: "b", metrics: { CheckIns: 1, Claims: 0 }, windowMs: 10_000 },
    ]);
    expect(counts.due()).toEqual([]);
    now = 50_000;
    counts.add("a", { CheckIns: 1 });
    now = 59_000;
    expect(counts.due()).toEqual([]); // the window runs from the first count
  });
});

describe("the local logger", () => {
  afterEach(() => vi.restoreAllMocks());

  it("drops metrics, and writes nothing for an entry that exists only for them", () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation(((chunk: unknown) => void written.push(String(chunk))) as never);
    jsonLogger({ level: "info", msg: "sweep", clusterId: "c", changed: 1, metrics: { NodesRunning: 2 } });
    jsonLogger({ level: "metrics", msg: "sweep", clusterId: "c", metrics: { NodesRunning: 2 } });
    vi.restoreAllMocks();
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0]!)).toMatchObject({ level: "info", msg: "sweep", clusterId: "c", changed: 1 });
    expect(written[0]).not.toContain("NodesRunning");
  });
});

describe("metrics of real requests and sweeps (the app harness, the Lambda logger)", () => {
  const lines: string[] = [];
  const log = emfLogger("test", (line) => void lines.push(line));
  let h: Harness;

  const withMetric = (name: string) => lines.filter((line) => JSON.parse(line)._aws?.CloudWatchMetrics.some((d: { Metrics: { Name: string }[] }) => d.Metrics.some((m) => m.Name === name)));

  it("a join with a keystore, check-ins with a claim, a sweep: the right metrics, and no token or keystore byte in any line", async () => {
    lines.length = 0;
    h = await harness({ log });
    const clock = h.clock as FakeClock;
    const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "shop" } });
    const joinToken: string = created.body.joinToken;
    const keystore = randomBytes(1024);
    const first = await joinNode(h, "shop", "first", joinToken, "clustered-first", { keystore: { format: "jks", data: keystore.toString("base64") } });
    const second = await joinNode(h, "shop", "second", joinToken);
    await h.app.request("/v1/clusters/shop/keystore", { headers: { authorization: `Bearer ${second.nodeToken}` } });
    await h.call("POST", "/v1/clusters/shop/jobs", { token: h.adminToken, body: { jobId: "j", type: "t", schedule: { rateMs: 1000 } } });
    clock.advance(1000);
    expect((await checkIn(h, "shop", first, { capacity: 1 })).body.claims).toHaveLength(1);
    expect((await checkIn(h, "shop", second, { capacity: 1 })).body.claims).toHaveLength(0);

    // Check-ins are added up per process and written once a window (10 s) has passed, at the next request.
    expect(withMetric("CheckIns")).toHaveLength(0);
    expect(lines.filter((l) => JSON.parse(l).path?.endsWith("/check-in") && !("_aws" in JSON.parse(l)))).toHaveLength(2);
    clock.advance(9_000);
    await h.call("GET", "/health");
    expect(withMetric("CheckIns")).toHaveLength(0);
    clock.advance(1_000);
    await h.call("GET", "/health");
    const [counted, ...more] = withMetric("CheckIns");
    expect(more).toHaveLength(0);
    expect(JSON.parse(counted!)).toMatchObject({ level: "metrics", msg: "request counts", clusterId: "shop", windowMs: 10_000 });
    const counts = parseEmf(counted!);
    expect(counts.CheckIns).toEqual({ value: 2, unit: "Count", dimensions: [{ stage: "test", clusterId: "shop" }, { stage: "test" }] });
    expect(counts.Claims).toEqual({ value: 1, unit: "Count", dimensions: [{ stage: "test", clusterId: "shop" }, { stage: "test" }] });
    clock.advance(60_000);
    await h.call("GET", "/health");
    expect(withMetric("CheckIns")).toHaveLength(1); // a new window starts with the next count, not before

    // `second` goes silent past the timeout; the scheduled sweep finds it recovering.
    clock.advance(31_000);
    await checkIn(h, "shop", first);
    const published: unknown[] = [];
    await scheduledSweep({ ...h.deps, sink: { publish: async (events) => (published.push(...events), { failed: [] }) } }, log)();
    const [sweep] = withMetric("NodesRunning").map(parseEmf);
    expect(sweep).toMatchObject({ NodesRunning: { value: 1 }, NodesRecovering: { value: 1 }, NodesOffline: { value: 0 }, NodesStopped: { value: 0 } });
    expect(sweep!.NodesRunning!.dimensions).toEqual([{ stage: "test", clusterId: "shop" }]);
    const [pass] = withMetric("ScheduledSweepDuration").map(parseEmf);
    expect(pass!.ScheduledSweepDuration).toMatchObject({ unit: "Milliseconds", dimensions: [{ stage: "test" }] });
    expect(pass!.ScheduledSweepDuration!.value).toBeGreaterThanOrEqual(0);

    // A sweep asked for by a check-in is timed; one that throws counts as a failure.
    clock.advance(61_000);
    await timedSweep(h.deps, "shop", log);
    expect(parseEmf(withMetric("SweepDuration").at(-1)!).SweepDuration).toMatchObject({ unit: "Milliseconds", dimensions: [{ stage: "test", clusterId: "shop" }, { stage: "test" }] });
    const broken = { ...h.deps, table: { ...h.deps.table, get: async () => Promise.reject(new Error("ThrottlingException")) } };
    await expect(timedSweep(broken, "shop", log)).rejects.toThrow("ThrottlingException");
    expect(parseEmf(withMetric("SweepFailures").at(-1)!).SweepFailures).toMatchObject({ value: 1, unit: "Count" });

    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const text = lines.join("\n");
    const secrets = [keystore.toString("base64"), keystore.toString("hex"), h.adminToken, joinToken, first.nodeToken.split(".")[1]!, second.nodeToken.split(".")[1]!];
    for (const secret of secrets) {
      for (let i = 0; i + 12 <= secret.length; i += 4) expect(text.includes(secret.slice(i, i + 12)), "a log line holds part of a secret").toBe(false);
    }
  });
});
