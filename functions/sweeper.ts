/**
 * The sweeper function. Invoked by the schedule (an EventBridge Scheduler event: every
 * cluster whose sweep is due, the backstop when no node is talking) or asynchronously by a
 * check-in that found its cluster's sweep due (`{clusterId}`: that cluster only).
 */
import { runSweep } from "../core/detection/sweep";
import { sweeperDeps } from "./aws/deps";
import { jsonLogger } from "./http/log";
import { logResult, publishEvents, scheduledSweep } from "./sweeps";

const deps = sweeperDeps();
const sweepEverything = scheduledSweep(deps, jsonLogger);

export const handler = async (event: unknown) => {
  const clusterId = (event as { clusterId?: unknown } | null)?.clusterId;
  if (typeof clusterId === "string") {
    const result = await runSweep(deps, clusterId);
    logResult(jsonLogger, result);
    const published = await publishEvents(deps, jsonLogger);
    return { swept: result ? 1 : 0, changed: result?.changed ?? 0, ...published };
  }
  return sweepEverything();
};
