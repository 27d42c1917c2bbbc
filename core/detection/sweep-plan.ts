import type { NodeItem } from "../nodes/node-item";
import type { ClusterSettings } from "../clusters/settings";

/** The disruption guard trips only when at least this many live nodes are not running. */
export const DISRUPTION_MIN_NODES = 3;

export type Transition =
  | { node: NodeItem; to: "recovering" }
  | { node: NodeItem; to: "offline" };

export interface SweepPlan {
  transitions: Transition[];
  /** The guard's change this sweep, if any. */
  disruption?: "enter" | "leave";
}

export interface SweepInput {
  nodes: NodeItem[];
  settings: ClusterSettings;
  now: number;
  /** From the cluster item: when the guard tripped (while it holds) and when it last lifted. */
  disruptedSince?: number;
  stabilizedAt?: number;
}

/**
 * What one sweep should change, as a pure function of what it read and the time:
 *
 * - running → recovering when the last check-in is more than `instanceTimeoutMs` old;
 * - recovering → offline when it has been recovering more than `instanceRecoveryTimeoutMs`;
 * - the disruption guard (after Kubernetes' node lifecycle controller): when at least
 *   `disruptionThreshold` of the live nodes, and at least three, would be not running after
 *   this sweep (recovering, or going silent now), Roster more likely lost them than they all
 *   died. They are marked recovering but
 *   nothing goes offline until the share of recovering nodes falls below the threshold again.
 *   When the guard lifts, every node's clock restarts (`stabilizedAt`), so they are not all
 *   declared offline at that moment.
 *
 * Times are compared strictly: a node exactly `instanceTimeoutMs` after its check-in is
 * still running.
 */
export function planSweep(input: SweepInput): SweepPlan {
  const { nodes, settings, now } = input;
  const windowStart = input.stabilizedAt ?? 0;
  const silentFor = (n: NodeItem) => now - Math.max(n.lastCheckIn, windowStart);
  const recoveringFor = (n: NodeItem) => now - Math.max(n.recoveringSince ?? n.lastCheckIn, windowStart);

  const running = nodes.filter((n) => n.state === "running");
  const recovering = nodes.filter((n) => n.state === "recovering");
  const goingSilent = running.filter((n) => silentFor(n) > settings.instanceTimeoutMs);
  const toRecovering: Transition[] = goingSilent.map((node) => ({ node, to: "recovering" }));
  const toOffline: Transition[] = recovering
    .filter((n) => recoveringFor(n) > settings.instanceRecoveryTimeoutMs)
    .map((node) => ({ node, to: "offline" }));

  const massive = (count: number, of: number) =>
    count >= DISRUPTION_MIN_NODES && count >= settings.disruptionThreshold * of;

  if (input.disruptedSince !== undefined) {
    const recoveringAfter = recovering.length + goingSilent.length;
    const liveAfter = running.length + recovering.length;
    if (massive(recoveringAfter, liveAfter)) return { transitions: toRecovering };
    return { transitions: [], disruption: "leave" }; // every window restarts now
  }
  // Entry counts every live node that is not running, not only those going silent in this
  // sweep: check-ins start a sweep at each node's deadline, so a partition that silences most
  // nodes within one interval is seen a few nodes at a time.
  const notRunningAfter = recovering.length + goingSilent.length;
  if (goingSilent.length > 0 && massive(notRunningAfter, running.length + recovering.length)) {
    return { transitions: toRecovering, disruption: "enter" };
  }
  return { transitions: [...toRecovering, ...toOffline] };
}

/**
 * When the next sweep could change something: the earliest moment a running node times out
 * or a recovering one goes offline, given what this sweep saw (and the guard's fresh window).
 * Until then a sweep would find nothing to do. Undefined when no such moment lies ahead.
 */
export function nextChangeAt(input: SweepInput & { nodes: Pick<NodeItem, "state" | "lastCheckIn" | "recoveringSince">[] }): number | undefined {
  const { settings, now } = input;
  const windowStart = input.stabilizedAt ?? 0;
  let next = Number.POSITIVE_INFINITY;
  for (const n of input.nodes) {
    const at =
      n.state === "running"
        ? Math.max(n.lastCheckIn, windowStart) + settings.instanceTimeoutMs + 1
        : n.state === "recovering"
          ? Math.max(n.recoveringSince ?? n.lastCheckIn, windowStart) + settings.instanceRecoveryTimeoutMs + 1
          : Number.POSITIVE_INFINITY;
    if (at > now && at < next) next = at;
  }
  return Number.isFinite(next) ? next : undefined;
}
