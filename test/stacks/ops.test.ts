import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TABLE_SCHEMA } from "../../core/store/table-schema";
import { DRAIN_TURN_MS } from "../../core/events/publish";
import { MAX_TURN_MS } from "../../core/detection/sweep-turn";
import { runStacks, type Recorded } from "../../scripts/sst-stand-ins";
import { METRICS, NAMESPACE, emfFields } from "../../functions/http/metrics";

/**
 * The operational pieces of the stack (issue 19, item 4): alarms and where they notify, log
 * retention, the region, the sweeper's timeout against its schedule. sst.config.ts runs against
 * the stand-ins (scripts/sst-stand-ins.ts); outputs print as `<Name.output>`.
 */
async function deploy(stage: string) {
  const run = await runStacks(stage);
  const all = (type: string) => run.resources.filter((r) => r.type === type);
  const one = (type: string, name: string): Recorded => {
    const found = run.resources.find((r) => r.type === type && r.name === name);
    if (!found) throw new Error(`no ${type} ${name} was created`);
    return found;
  };
  return { ...run, all, one };
}

const seconds = (duration: string) => {
  const m = /^(\d+) (second|minute)s?$/.exec(duration);
  if (!m) throw new Error(`not a duration: ${duration}`);
  return Number(m[1]) * (m[2] === "minute" ? 60 : 1);
};
const ratePeriod = (schedule: string) => {
  const m = /^rate\((\d+ (?:second|minute)s?)\)$/.exec(schedule);
  if (!m) throw new Error(`not a rate: ${schedule}`);
  return seconds(m[1]!);
};

beforeEach(() => {
  vi.stubEnv("ROSTER_KMS_KEY_ARN", "");
  vi.stubEnv("ROSTER_AWS_REGION", "");
  vi.stubEnv("ROSTER_ALARM_EMAIL", "");
});
afterEach(() => vi.unstubAllEnvs());

describe("operations", () => {
  it("keeps both functions' logs for a set time: production 3 months, dev a week, others a month", async () => {
    for (const [stage, retention] of [["prod", "3 months"], ["production", "3 months"], ["dev-ann", "1 week"], ["staging", "1 month"]]) {
      const { all } = await deploy(stage!);
      const functions = all("sst.aws.Function");
      expect(functions.map((f) => f.name).sort()).toEqual(["RosterApi", "RosterSweeper"]);
      for (const f of functions) expect(f.args.logging).toEqual({ retention });
    }
  });

  it("ends a scheduled sweep before the next starts, and before the turns it takes expire", async () => {
    const { one } = await deploy("prod");
    const timeout = seconds(one("sst.aws.Function", "RosterSweeper").args.timeout);
    const period = ratePeriod(one("sst.aws.CronV2", "RosterSweepSchedule").args.schedule);
    expect(timeout).toBeLessThan(period);
    expect(timeout * 1000).toBeLessThan(DRAIN_TURN_MS);
    expect(timeout * 1000).toBeLessThanOrEqual(MAX_TURN_MS);
  });

  it("pins the region: us-east-1 unless ROSTER_AWS_REGION says otherwise, never the profile's; the outputs say it", async () => {
    vi.stubEnv("AWS_REGION", "ap-south-1");
    vi.stubEnv("AWS_PROFILE", "elsewhere");
    const { app, outputs } = await deploy("prod");
    expect(app.providers).toEqual({ aws: { region: "us-east-1" } });
    expect(outputs.region).toBe("us-east-1");
    vi.stubEnv("ROSTER_AWS_REGION", "eu-central-1");
    expect((await deploy("prod")).app.providers).toEqual({ aws: { region: "eu-central-1" } });
  });

  it("every alarm notifies the stage's alarm topic when it fires and when it recovers; e-mail only when asked", async () => {
    const { all, outputs } = await deploy("prod");
    const alarms = all("aws.cloudwatch.MetricAlarm");
    expect(alarms.map((a) => a.name).sort()).toEqual([
      "RosterApi5xxRate",
      "RosterSweepFailures",
      "RosterSweeperDuration",
      "RosterSweeperErrors",
      "RosterSweeperThrottles",
      "RosterTableThrottles",
    ]);
    for (const alarm of alarms) {
      expect(alarm.args).toMatchObject({ alarmActions: ["<RosterAlarms.arn>"], okActions: ["<RosterAlarms.arn>"], treatMissingData: "notBreaching" });
      expect(alarm.args.alarmDescription).toMatch(/^Roster prod: /);
      expect(alarm.args.datapointsToAlarm).toBeLessThanOrEqual(alarm.args.evaluationPeriods);
    }
    expect(outputs.alarms).toBe("<RosterAlarms.arn>");
    expect(all("aws.sns.TopicSubscription")).toEqual([]);

    vi.stubEnv("ROSTER_ALARM_EMAIL", "ops@example.com");
    const mailed = await deploy("prod");
    expect(mailed.all("aws.sns.TopicSubscription").map((s) => s.args)).toEqual([{ topic: "<RosterAlarms.arn>", protocol: "email", endpoint: "ops@example.com" }]);
  });

  it("watches the sweeper's errors, throttles and duration, and clusters whose sweep fails", async () => {
    const { one } = await deploy("prod");
    const sweeper = { namespace: "AWS/Lambda", dimensions: { FunctionName: "<RosterSweeper.name>" }, comparisonOperator: "GreaterThanThreshold" };
    expect(one("aws.cloudwatch.MetricAlarm", "RosterSweeperErrors").args).toMatchObject({ ...sweeper, metricName: "Errors", statistic: "Sum", threshold: 0 });
    expect(one("aws.cloudwatch.MetricAlarm", "RosterSweeperThrottles").args).toMatchObject({ ...sweeper, metricName: "Throttles", statistic: "Sum", threshold: 0 });
    const duration = one("aws.cloudwatch.MetricAlarm", "RosterSweeperDuration").args;
    expect(duration).toMatchObject({ ...sweeper, metricName: "Duration", statistic: "Maximum" });
    const timeoutMs = seconds(one("sst.aws.Function", "RosterSweeper").args.timeout) * 1000;
    expect(duration.threshold).toBeGreaterThan(timeoutMs / 2);
    expect(duration.threshold).toBeLessThan(timeoutMs);
    // Roster's own metric, per stage: the function succeeds when one cluster's sweep fails.
    const failures = one("aws.cloudwatch.MetricAlarm", "RosterSweepFailures").args;
    expect(failures).toMatchObject({ metricName: "SweepFailures", statistic: "Sum", threshold: 0 });
    // It is the metric a failed sweep's log line publishes (EMF), with the dimensions the alarm names.
    const emitted = emfFields("prod", "c1", { [failures.metricName]: 1 }, 0) as { _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] } } & Record<string, unknown>;
    const published = emitted._aws.CloudWatchMetrics.filter((d) => d.Metrics.some((m) => m.Name === failures.metricName));
    expect(failures.metricName in METRICS).toBe(true);
    expect(published.some((d) => d.Namespace === failures.namespace && d.Dimensions.some((set) => set.join() === Object.keys(failures.dimensions).join())))
      .toBe(true);
    expect(failures.namespace).toBe(NAMESPACE);
    for (const [name, value] of Object.entries(failures.dimensions)) expect(emitted[name]).toBe(value);
  });

  /** The ids a metric-math expression reads. */
  const idsIn = (expression: string) => [...expression.matchAll(/\b[a-z][A-Za-z0-9_]*\b/g)].map((m) => m[0]);

  it("watches DynamoDB throttling of the table and of every index, reads and writes", async () => {
    const { one } = await deploy("prod");
    const alarm = one("aws.cloudwatch.MetricAlarm", "RosterTableThrottles").args;
    expect(alarm.metricName).toBeUndefined();
    const metrics = alarm.metricQueries.filter((q: any) => q.metric);
    const watched = metrics.map((q: any) => `${q.metric.dimensions.GlobalSecondaryIndexName ?? "table"} ${q.metric.metricName}`).sort();
    const expected = ["table", ...TABLE_SCHEMA.globalIndexes.map((i) => i.name)].flatMap((t) => [`${t} ReadThrottleEvents`, `${t} WriteThrottleEvents`]).sort();
    expect(watched).toEqual(expected);
    for (const q of metrics) expect(q.metric).toMatchObject({ namespace: "AWS/DynamoDB", stat: "Sum", dimensions: { TableName: "<RosterTable.name>" }, period: 300 });
    const [result, ...more] = alarm.metricQueries.filter((q: any) => q.returnData);
    expect(more).toEqual([]);
    expect(idsIn(result.expression).sort()).toEqual(metrics.map((q: any) => q.id).sort());
    expect(alarm).toMatchObject({ comparisonOperator: "GreaterThanThreshold", threshold: 0 });
  });

  it("watches the API's share of 5xx answers at its function URL, once there are requests enough", async () => {
    const { one } = await deploy("prod");
    const alarm = one("aws.cloudwatch.MetricAlarm", "RosterApi5xxRate").args;
    const metrics = Object.fromEntries(alarm.metricQueries.filter((q: any) => q.metric).map((q: any) => [q.id, q.metric]));
    expect(Object.values(metrics).map((m: any) => m.metricName).sort()).toEqual(["Url5xxCount", "UrlRequestCount"]);
    for (const m of Object.values(metrics)) expect(m).toMatchObject({ namespace: "AWS/Lambda", stat: "Sum", dimensions: { FunctionName: "<RosterApi.name>" } });
    const [rate, ...more] = alarm.metricQueries.filter((q: any) => q.returnData);
    expect(more).toEqual([]);
    expect(new Set(idsIn(rate.expression))).toEqual(new Set(Object.keys(metrics)));
    // The expression as CloudWatch would compute it, on a few windows.
    const evaluate = (requests: number, errors: number) =>
      Function(...Object.keys(metrics), "IF", "FILL", `return ${rate.expression};`)(
        ...Object.entries(metrics).map(([, m]: [string, any]) => (m.metricName === "UrlRequestCount" ? requests : errors)),
        (c: boolean, a: number, b: number) => (c ? a : b),
        (v: number | undefined, d: number) => v ?? d,
      );
    const fires = (requests: number, errors: number) => evaluate(requests, errors) > alarm.threshold;
    expect(fires(1000, 49)).toBe(false);
    expect(fires(1000, 60)).toBe(true);
    expect(fires(10, 10)).toBe(false); // too few requests to say
    expect(alarm).toMatchObject({ comparisonOperator: "GreaterThanThreshold", threshold: 5 });
  });
});
