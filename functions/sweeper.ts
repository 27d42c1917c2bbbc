/**
 * The sweeper function. Invoked by the schedule (an EventBridge Scheduler event: every
 * cluster whose sweep is due, the backstop when no node is talking) or asynchronously by a
 * check-in that found its cluster's sweep due (`{clusterId}`: that cluster only).
 */
import { sweeperDeps } from "./aws/deps";
import { emfLogger } from "./http/log";
import { stageOf } from "./http/metrics";
import { publishEvents, scheduledSweep, timedSweep } from "./sweeps";

const deps = sweeperDeps();
const log = emfLogger(stageOf(process.env));
const sweepEverything = scheduledSweep(deps, log);

export const handler = async (event: unknown) => {
  const clusterId = (event as { clusterId?: unknown } | null)?.clusterId;
  if (typeof clusterId === "string") {
    const result = await timedSweep(deps, clusterId, log);
    const published = await publishEvents(deps, log);
    return { swept: result ? 1 : 0, changed: result?.changed ?? 0, ...published };
  }
  return sweepEverything();
};
