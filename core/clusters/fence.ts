import type { ClusterSettings } from "./settings";

/**
 * The fence rule, shared by Roster and the agent.
 *
 * Roster judges a node by its own clock: a run's lease, and the node itself, lapse
 * `instanceTimeoutMs` after the last check-in that Roster *received*. The agent counts on its
 * monotonic clock from when it *sent* its last successful check-in, which is earlier, and
 * aborts its work `fenceMarginMs` before the timeout. So a node's work is always stopped before
 * Roster can hand it to another node, whatever the network or the node's wall clock does.
 */

/** How much randomness an agent adds to its check-in interval (±10 %), so a fleet does not beat in step. */
export const CHECK_IN_JITTER = 0.1;

/** Time kept in hand between the agent's fence and Roster's timeout: timers firing late, killing the work. */
export const fenceMarginMs = (s: Pick<ClusterSettings, "instanceTimeoutMs">) => Math.max(250, Math.round(s.instanceTimeoutMs * 0.1));

/** The agent fences when its last successful check-in was sent longer ago than this. */
export const fenceAfterMs = (s: Pick<ClusterSettings, "instanceTimeoutMs">) => s.instanceTimeoutMs - fenceMarginMs(s);

/** Every agent request gives up after this long: shorter than the interval, so a hung call never stalls the loop. */
export const requestTimeoutMs = (s: Pick<ClusterSettings, "instanceCheckInIntervalMs">) =>
  Math.min(10_000, Math.floor(s.instanceCheckInIntervalMs / 2));

/**
 * Settings under which a node that gets every check-in through on time never fences:
 * the longest gap between two check-ins (interval + jitter + the request's timeout) must fit
 * before the fence. Returns why not, or undefined when the settings are safe.
 */
export function unsafeFence(s: Pick<ClusterSettings, "instanceTimeoutMs" | "instanceCheckInIntervalMs">): string | undefined {
  const gap = Math.ceil(s.instanceCheckInIntervalMs * (1 + CHECK_IN_JITTER)) + requestTimeoutMs(s);
  const fence = fenceAfterMs(s);
  if (gap <= fence) return undefined;
  return (
    `instanceCheckInIntervalMs ${s.instanceCheckInIntervalMs} is too long for instanceTimeoutMs ${s.instanceTimeoutMs}: ` +
    `a node checking in on time would fence itself (interval × 1.1 + interval / 2 = ${gap} ms > timeout − margin = ${fence} ms)`
  );
}
