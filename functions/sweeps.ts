import type { StoreDeps } from "../core/ports";
import { type EventSink, drainOutbox } from "../core/events/publish";
import type { SweepTrigger } from "../core/ports";
import { type SweepResult, runSweep, sweepAll } from "../core/detection/sweep";
import type { Logger } from "./http/log";
import { type MetricValues, nodeMetrics } from "./http/metrics";

/**
 * A sweep's line: logged when it changed something or failed; its metrics (nodes by state, and
 * its duration when `ms` is known) go out either way (a `metrics` entry, which only Lambda writes).
 */
export const logResult = (log: Logger, result: SweepResult | undefined, ms?: number) => {
  if (!result) return;
  const { clusterId } = result;
  if (result.error) return log({ level: "error", msg: "sweep failed", clusterId, error: result.error, metrics: { SweepFailures: 1 } });
  const metrics: MetricValues = { ...(result.nodes ? nodeMetrics(result.nodes) : {}), ...(ms === undefined ? {} : { SweepDuration: ms }) };
  if (result.changed > 0 || result.disruption) {
    log({ level: "info", msg: "sweep", clusterId, changed: result.changed, disruption: result.disruption, metrics });
  } else log({ level: "metrics", msg: "sweep", clusterId, metrics });
};

/** One cluster's sweep, timed, its result logged; a sweep that throws is logged as failed and rethrown. */
export async function timedSweep(deps: StoreDeps, clusterId: string, log: Logger) {
  const started = performance.now();
  try {
    const result = await runSweep(deps, clusterId);
    logResult(log, result, Math.round(performance.now() - started));
    return result;
  } catch (error) {
    const e = error as Error;
    log({ level: "error", msg: "sweep failed", clusterId, error: `${e.name}: ${e.message}`, metrics: { SweepFailures: 1 } });
    throw error;
  }
}

/**
 * Sweeps asked for by check-ins, run beside the requests in this process (a long-lived
 * server): the check-in returns at once, and one sweep per cluster is in flight at most here.
 */
export function backgroundSweeps(deps: StoreDeps, log: Logger): SweepTrigger & { idle(): Promise<void> } {
  const inFlight = new Map<string, Promise<void>>();
  return {
    request(clusterId) {
      if (inFlight.has(clusterId)) return;
      const sweep = timedSweep(deps, clusterId, log)
        .then(() => undefined, () => undefined) // logged by timedSweep
        .finally(() => inFlight.delete(clusterId));
      inFlight.set(clusterId, sweep);
    },
    async idle() {
      await Promise.all(inFlight.values());
    },
  };
}

/** The sweep of every cluster, for a schedule (the Lambda backstop, the local timer), then the outbox. */
export function scheduledSweep(deps: StoreDeps & { sink: EventSink }, log: Logger) {
  return async () => {
    const started = performance.now();
    const results = await sweepAll(deps);
    for (const result of results) logResult(log, result);
    const published = await publishEvents(deps, log);
    const failed = results.filter((r) => r.error).map((r) => r.clusterId);
    log({ level: "metrics", msg: "scheduled sweep", metrics: { ScheduledSweepDuration: Math.round(performance.now() - started) } });
    return { swept: results.length - failed.length, changed: results.reduce((n, r) => n + r.changed, 0), failedClusters: failed, ...published };
  };
}

/** Drain the outbox to the sink; what the sink refuses stays for the next drain. */
export async function publishEvents(deps: StoreDeps & { sink: EventSink }, log: Logger) {
  const drained = await drainOutbox(deps);
  if (drained.failed > 0) log({ level: "warn", msg: "events not accepted by the sink; they stay in the outbox", failed: drained.failed });
  return drained;
}
