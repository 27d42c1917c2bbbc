import { TABLE_SCHEMA } from "../core/store/table-schema";
import { SWEEPER_TIMEOUT, SWEEPER_TIMEOUT_SECONDS } from "./ops";

/**
 * The stage's CloudWatch alarms, all notifying one SNS topic (`RosterAlarms`, an output of the
 * stage) when they fire and when they recover; with an e-mail address, the topic mails it (the
 * address must confirm the subscription first). Thresholds are in ALARMS, which the README
 * lists.
 */
export const ALARMS = {
  /** The sweeper failed as a whole (a cluster's own failure is `SweepFailures`) in 3 of 5 minutes. */
  sweeperErrors: { metric: "AWS/Lambda Errors", period: 60, evaluationPeriods: 5, datapointsToAlarm: 3, threshold: 0 },
  /** Lambda refused to run the sweeper (concurrency) in a 5-minute window. */
  sweeperThrottles: { metric: "AWS/Lambda Throttles", period: 300, evaluationPeriods: 1, datapointsToAlarm: 1, threshold: 0 },
  /** A cluster's sweep failed (Roster's metric, per stage) in 3 of 5 minutes: its nodes are not timed out. */
  sweepFailures: { metric: "Roster SweepFailures", period: 60, evaluationPeriods: 5, datapointsToAlarm: 3, threshold: 0 },
  /** A sweep ran longer than 80 % of the sweeper's timeout (milliseconds) in a 5-minute window. */
  sweeperDuration: { metric: "AWS/Lambda Duration (maximum)", period: 300, evaluationPeriods: 1, datapointsToAlarm: 1, threshold: 0.8 * SWEEPER_TIMEOUT_SECONDS * 1000 },
  /** DynamoDB throttled reads or writes of the table or an index, in a 5-minute window. */
  tableThrottles: { metric: "AWS/DynamoDB Read/WriteThrottleEvents", period: 300, evaluationPeriods: 1, datapointsToAlarm: 1, threshold: 0 },
  /** More than 5 % of the API's requests answered 5xx over 5 minutes (at least 20 requests). */
  api5xxRate: { metric: "AWS/Lambda Url5xxCount / UrlRequestCount", period: 300, evaluationPeriods: 1, datapointsToAlarm: 1, threshold: 5, minRequests: 20 },
} as const;

/** The namespace of Roster's own metrics (functions/http/metrics.ts), with a `stage` dimension. */
export const ROSTER_METRICS = "Roster";

export function createAlarms(args: { api: sst.aws.Function; sweeper: sst.aws.Function; table: sst.aws.Dynamo; email?: string }) {
  const { api, sweeper, table, email } = args;
  const topic = new aws.sns.Topic("RosterAlarms", {});
  if (email) new aws.sns.TopicSubscription("RosterAlarmsEmail", { topic: topic.arn, protocol: "email", endpoint: email });
  const notify = { alarmActions: [topic.arn], okActions: [topic.arn], treatMissingData: "notBreaching" };
  /** When and how the alarm fires; `period` belongs to the metric when it is an expression's. */
  const window = (a: { evaluationPeriods: number; datapointsToAlarm: number; threshold: number }) => ({
    evaluationPeriods: a.evaluationPeriods,
    datapointsToAlarm: a.datapointsToAlarm,
    threshold: a.threshold,
    comparisonOperator: "GreaterThanThreshold",
  });
  const lambdaSum = (metricName: string, fn: sst.aws.Function, a: { period: number; evaluationPeriods: number; datapointsToAlarm: number; threshold: number }) => ({
    namespace: "AWS/Lambda",
    metricName,
    dimensions: { FunctionName: fn.name },
    statistic: "Sum",
    period: a.period,
    ...window(a),
  });

  new aws.cloudwatch.MetricAlarm("RosterSweeperErrors", {
    alarmDescription: `Roster ${$app.stage}: the sweeper failed (see its log group); nodes are not timed out while it fails`,
    ...lambdaSum("Errors", sweeper, ALARMS.sweeperErrors),
    ...notify,
  });
  new aws.cloudwatch.MetricAlarm("RosterSweeperThrottles", {
    alarmDescription: `Roster ${$app.stage}: Lambda throttled the sweeper (account or function concurrency)`,
    ...lambdaSum("Throttles", sweeper, ALARMS.sweeperThrottles),
    ...notify,
  });

  // A cluster whose sweep fails is logged and the sweep goes on with the others: the function
  // succeeds, so only Roster's own metric (embedded in that log line, functions/http/metrics.ts) says so.
  new aws.cloudwatch.MetricAlarm("RosterSweepFailures", {
    alarmDescription: `Roster ${$app.stage}: a cluster's sweep keeps failing (its nodes are not timed out; search the sweeper's log for "sweep failed")`,
    namespace: ROSTER_METRICS,
    metricName: "SweepFailures",
    dimensions: { stage: $app.stage },
    statistic: "Sum",
    period: ALARMS.sweepFailures.period,
    ...window(ALARMS.sweepFailures),
    ...notify,
  });
  new aws.cloudwatch.MetricAlarm("RosterSweeperDuration", {
    alarmDescription: `Roster ${$app.stage}: a sweep took more than ${ALARMS.sweeperDuration.threshold / 1000} s of its ${SWEEPER_TIMEOUT} timeout`,
    namespace: "AWS/Lambda",
    metricName: "Duration",
    dimensions: { FunctionName: sweeper.name },
    statistic: "Maximum",
    period: ALARMS.sweeperDuration.period,
    ...window(ALARMS.sweeperDuration),
    ...notify,
  });

  // Reads and writes of the table and of each index (an index's throttled writes throttle the table's).
  const throttles = [undefined, ...TABLE_SCHEMA.globalIndexes.map((index) => index.name)].flatMap((index, i) =>
    ["ReadThrottleEvents", "WriteThrottleEvents"].map((metricName, j) => ({
      id: `t${i}${j}`,
      returnData: false,
      metric: {
        namespace: "AWS/DynamoDB",
        metricName,
        dimensions: { TableName: table.name, ...(index ? { GlobalSecondaryIndexName: index } : {}) },
        stat: "Sum",
        period: ALARMS.tableThrottles.period,
      },
    })),
  );
  new aws.cloudwatch.MetricAlarm("RosterTableThrottles", {
    alarmDescription: `Roster ${$app.stage}: DynamoDB throttled the table or an index (after the SDK's retries requests fail with 503 store_unavailable)`,
    metricQueries: [...throttles, { id: "throttled", expression: `SUM([${throttles.map((t) => t.id).join(",")}])`, label: "throttle events", returnData: true }],
    ...window(ALARMS.tableThrottles),
    ...notify,
  });

  const url = (id: string, metricName: string) => ({
    id,
    returnData: false,
    metric: { namespace: "AWS/Lambda", metricName, dimensions: { FunctionName: api.name }, stat: "Sum", period: ALARMS.api5xxRate.period },
  });
  new aws.cloudwatch.MetricAlarm("RosterApi5xxRate", {
    alarmDescription: `Roster ${$app.stage}: more than ${ALARMS.api5xxRate.threshold} % of the API's requests answered 5xx`,
    metricQueries: [
      url("requests", "UrlRequestCount"),
      url("errors", "Url5xxCount"),
      {
        id: "rate",
        expression: `IF(requests >= ${ALARMS.api5xxRate.minRequests}, 100 * FILL(errors, 0) / requests, 0)`,
        label: "5xx %",
        returnData: true,
      },
    ],
    ...window(ALARMS.api5xxRate),
    ...notify,
  });
  return topic;
}
