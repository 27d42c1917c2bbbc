import type { ClusterSettings } from "../clusters/settings";

/**
 * Run leases. Every claimed or started run is held on a lease that its node's check-ins renew:
 * a check-in that lists the run (`holding`, or its claim token in `renew`) renews it, at no
 * extra request, because the list is written with the heartbeat (`holding` and `heldAt` on the
 * node item). A check-in that lists nothing at all (an older client) leaves both as they were.
 *
 * A lease lasts `instanceTimeoutMs` from the claim or from the last check-in that listed the
 * run, whichever is later, and lapses strictly after that (as nodes time out). Its length is
 * the node timeout because the agent's fence (`core/fence.ts`) is measured against the same
 * number: by the time a lease lapses, the node has stopped the work on its own.
 */
export const leaseMs = (settings: Pick<ClusterSettings, "instanceTimeoutMs">) => settings.instanceTimeoutMs;

/** What a lease depends on: the run as claimed, and its node as last written by a check-in. */
export interface LeaseRun {
  runId: string;
  epoch: number;
  claimedAt: number;
}
export interface LeaseNode {
  epoch: number;
  /** When a check-in last listed what the node holds, and that list. */
  heldAt?: number;
  holding?: string[];
}

/** When the run's lease ends (it lapses once `now` is past this). */
export function leaseEnd(run: LeaseRun, node: LeaseNode | undefined, settings: Pick<ClusterSettings, "instanceTimeoutMs">): number {
  const listed = node !== undefined && node.epoch === run.epoch && (node.holding ?? []).includes(run.runId);
  return Math.max(run.claimedAt, listed ? (node.heldAt ?? 0) : 0) + leaseMs(settings);
}

export const leaseLapsed = (
  run: LeaseRun,
  node: LeaseNode | undefined,
  settings: Pick<ClusterSettings, "instanceTimeoutMs">,
  now: number,
) => now > leaseEnd(run, node, settings);
