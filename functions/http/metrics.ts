/**
 * Roster's metrics, as CloudWatch embedded metric format (EMF): fields added to a JSON log line
 * that CloudWatch Logs turns into metrics, with no API call and no extra line. `core/` never
 * sees this: functions/ takes the numbers from what core answers (a check-in's claims, a
 * sweep's result) and hands them to the logger with the entry it writes anyway.
 *
 * Namespace `Roster`; dimensions `stage` and `clusterId` (both few: a stage has a handful of
 * clusters). Never a node id, a run id or anything a node chooses freely: each distinct value
 * is a metric billed by the month.
 */
export const NAMESPACE = "Roster";

type Unit = "Count" | "Milliseconds";

/**
 * Every metric Roster emits. `stageTotal`: also published per stage alone (a second dimension
 * set), for what adds up across clusters and what an alarm watches; node counts do not add up
 * across sweeps, so they stay per cluster.
 */
export const METRICS = {
  /** Check-ins answered 200 (added up per process over a few seconds: `requestCounts`). */
  CheckIns: { unit: "Count", stageTotal: true },
  /** Runs handed to nodes in check-in answers. */
  Claims: { unit: "Count", stageTotal: true },
  /** Nodes by state, as a sweep of the cluster left them. */
  NodesRunning: { unit: "Count", stageTotal: false },
  NodesRecovering: { unit: "Count", stageTotal: false },
  NodesOffline: { unit: "Count", stageTotal: false },
  NodesStopped: { unit: "Count", stageTotal: false },
  /** One cluster's sweep asked for by a check-in (the sweeper's `{clusterId}` invocation, or a local background sweep). */
  SweepDuration: { unit: "Milliseconds", stageTotal: true },
  /** The scheduled sweep of every cluster, the outbox drain included: what must stay below the sweeper's timeout. */
  ScheduledSweepDuration: { unit: "Milliseconds", stageTotal: false },
  /** Clusters whose sweep failed (the scheduled sweep goes on with the others, so the function itself does not fail). */
  SweepFailures: { unit: "Count", stageTotal: true },
} as const satisfies Record<string, { unit: Unit; stageTotal: boolean }>;

export type MetricName = keyof typeof METRICS;
export type MetricValues = Partial<Record<MetricName, number>>;

const STATE_METRIC = { running: "NodesRunning", recovering: "NodesRecovering", offline: "NodesOffline", stopped: "NodesStopped" } as const;

/** A sweep's node counts by state as metric values. */
export const nodeMetrics = (nodes: Partial<Record<keyof typeof STATE_METRIC, number>>): MetricValues => {
  const values: MetricValues = {};
  for (const [state, name] of Object.entries(STATE_METRIC)) values[name] = nodes[state as keyof typeof STATE_METRIC] ?? 0;
  return values;
};

/**
 * The EMF fields for `metrics` of one cluster (or of the stage, without `clusterId`): the `_aws`
 * metadata (Timestamp in epoch milliseconds, one directive per dimension shape) and the target
 * members (the dimension values and each metric's value) at the root of the line.
 */
export function emfFields(stage: string, clusterId: string | undefined, metrics: MetricValues, timestamp: number): Record<string, unknown> {
  const names = (Object.keys(metrics) as MetricName[]).filter((name) => name in METRICS && Number.isFinite(metrics[name]));
  if (names.length === 0) return {};
  const definitions = (list: MetricName[]) => list.map((name) => ({ Name: name, Unit: METRICS[name].unit }));
  const directives =
    clusterId === undefined
      ? [{ Namespace: NAMESPACE, Dimensions: [["stage"]], Metrics: definitions(names) }]
      : [
          { stageTotal: true, sets: [["stage", "clusterId"], ["stage"]] },
          { stageTotal: false, sets: [["stage", "clusterId"]] },
        ]
          .map(({ stageTotal, sets }) => ({ Namespace: NAMESPACE, Dimensions: sets, Metrics: definitions(names.filter((n) => METRICS[n].stageTotal === stageTotal)) }))
          .filter((directive) => directive.Metrics.length > 0);
  return {
    _aws: { Timestamp: timestamp, CloudWatchMetrics: directives },
    stage,
    ...(clusterId === undefined ? {} : { clusterId }),
    ...Object.fromEntries(names.map((name) => [name, metrics[name]])),
  };
}

/**
 * The stage the function runs in: ROSTER_STAGE, else the `stage` of `SST_RESOURCE_App` (which
 * SST's Function sets on every function it deploys), else "unknown".
 */
export function stageOf(env: Record<string, string | undefined>): string {
  if (env.ROSTER_STAGE) return env.ROSTER_STAGE;
  try {
    const stage = (JSON.parse(env.SST_RESOURCE_App ?? "{}") as { stage?: unknown }).stage;
    if (typeof stage === "string" && stage !== "") return stage;
  } catch {
    // not JSON: say unknown below
  }
  return "unknown";
}

/** Counts a route hands to its request's middleware (the request object is the key, so nothing outlives the request). */
const pending = new WeakMap<Request, { clusterId: string; metrics: MetricValues }>();

export const noteMetrics = (request: Request, clusterId: string, metrics: MetricValues) => void pending.set(request, { clusterId, metrics });

export const takeMetrics = (request: Request) => pending.get(request);

/** How long a process adds up its request counts before it writes them. */
export const COUNT_WINDOW_MS = 10_000;

/**
 * Request counts (check-ins, claims), added up per cluster in this process and written as one
 * line per cluster once `windowMs` has passed since the first count, at the next request: a
 * line per check-in would add ~265 bytes of logs to every check-in (about $0.07 per node a month
 * at 5 s intervals). What a Lambda instance counted in its last window before it is retired is
 * lost; the sums are otherwise exact, stamped at most one window (or one idle gap) late.
 */
export function requestCounts(now: () => number, windowMs = COUNT_WINDOW_MS) {
  const counts = new Map<string, MetricValues>();
  let since: number | undefined;
  return {
    add(clusterId: string, metrics: MetricValues) {
      const sums = counts.get(clusterId) ?? {};
      for (const [name, value] of Object.entries(metrics) as [MetricName, number][]) sums[name] = (sums[name] ?? 0) + value;
      counts.set(clusterId, sums);
      since ??= now();
    },
    /** The sums to write now, one entry per cluster, once the window is over (and then a new window). */
    due(): { clusterId: string; metrics: MetricValues; windowMs: number }[] {
      if (since === undefined || now() - since < windowMs) return [];
      const window = now() - since;
      const entries = [...counts].map(([clusterId, metrics]) => ({ clusterId, metrics, windowMs: window }));
      counts.clear();
      since = undefined;
      return entries;
    },
  };
}
