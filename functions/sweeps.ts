import type { StoreDeps } from "../core/ports";
import { type EventSink, drainOutbox } from "../core/events/publish";
import type { SweepTrigger } from "../core/ports";
import { type SweepResult, runSweep, sweepAll } from "../core/detection/sweep";
import type { Logger } from "./http/log";

export const logResult = (log: Logger, result: SweepResult | undefined) => {
  if (result?.error) log({ level: "error", msg: "sweep failed", clusterId: result.clusterId, error: result.error });
  else if (result && (result.changed > 0 || result.disruption)) {
    log({ level: "info", msg: "sweep", clusterId: result.clusterId, changed: result.changed, disruption: result.disruption });
  }
};

/**
 * Sweeps asked for by check-ins, run beside the requests in this process (a long-lived
 * server): the check-in returns at once, and one sweep per cluster is in flight at most here.
 */
export function backgroundSweeps(deps: StoreDeps, log: Logger): SweepTrigger & { idle(): Promise<void> } {
  const inFlight = new Map<string, Promise<void>>();
  return {
    request(clusterId) {
      if (inFlight.has(clusterId)) return;
      const sweep = runSweep(deps, clusterId)
        .then((result) => logResult(log, result))
        .catch((error: Error) => log({ level: "error", msg: "sweep failed", clusterId, error: `${error.name}: ${error.message}` }))
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
    const results = await sweepAll(deps);
    for (const result of results) logResult(log, result);
    const published = await publishEvents(deps, log);
    const failed = results.filter((r) => r.error).map((r) => r.clusterId);
    return { swept: results.length - failed.length, changed: results.reduce((n, r) => n + r.changed, 0), failedClusters: failed, ...published };
  };
}

/** Drain the outbox to the sink; what the sink refuses stays for the next drain. */
export async function publishEvents(deps: StoreDeps & { sink: EventSink }, log: Logger) {
  const drained = await drainOutbox(deps);
  if (drained.failed > 0) log({ level: "warn", msg: "events not accepted by the sink; they stay in the outbox", failed: drained.failed });
  return drained;
}
