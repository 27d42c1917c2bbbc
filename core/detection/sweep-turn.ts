import { type ClusterItem, readCluster } from "../clusters/cluster-item";
import type { StoreDeps } from "../ports";
import { clusterKey } from "../store/keys";
import { type ClusterSettings, withDefaults } from "../clusters/settings";
import { ConditionFailed } from "../store/table";

/**
 * The sweep's turn: a lease on the cluster item (`sweepLeaseUntil`), so one sweeper runs at a
 * time, and so check-ins know from the cluster item they read anyway when a sweep is due.
 */

/**
 * The shortest turn: a sweep's turn lasts at least this long, so check-ins never start sweeps
 * faster than twice per check-in interval, even while something is overdue (the guard holds).
 */
export const sweepPeriod = (settings: ClusterSettings) => Math.max(250, Math.floor(settings.instanceCheckInIntervalMs / 2));
/** The longest turn: the scheduled backstop runs every minute, so no turn outlasts it. */
export const MAX_TURN_MS = 60_000;
/** The turn ends at the next deadline, never sooner than this: check-ins cannot start a storm of sweeps. */
export const MIN_TURN_MS = 100;

/** Due when the last sweep's turn is over; decided from the cluster item the check-in reads anyway. */
export const sweepDue = (cluster: ClusterItem, now: number) => now >= (cluster.sweepLeaseUntil ?? 0);

/**
 * Take this cluster's sweep turn: one conditional write of the cluster item, so one sweeper
 * runs at a time. The turn expires by itself after one sweep period (a crashed sweeper
 * holds nothing), which also makes the next sweep due. Returns the cluster as it is now
 * (consistent, from the write), or undefined when another sweeper has the turn.
 */
export async function takeSweepTurn(deps: StoreDeps, clusterId: string): Promise<ClusterItem | undefined> {
  const cluster = await readCluster(deps, clusterId);
  if (!cluster) return undefined;
  const now = deps.clock.now();
  if (!sweepDue(cluster, now)) return undefined;
  try {
    return (await deps.table.update({
      Key: clusterKey(clusterId),
      UpdateExpression: "SET sweepLeaseUntil = :until",
      ConditionExpression: "attribute_exists(pk) AND (attribute_not_exists(sweepLeaseUntil) OR sweepLeaseUntil <= :now)",
      ExpressionAttributeValues: { ":until": now + sweepPeriod(withDefaults(cluster.settings)), ":now": now },
      ReturnValues: "ALL_NEW",
    })) as ClusterItem;
  } catch (error) {
    if (error instanceof ConditionFailed) return undefined;
    throw error;
  }
}

/** Move the end of the turn this sweeper took (`taken`) to `until`; another sweeper that moved on wins. */
export async function moveTurn(deps: StoreDeps, clusterId: string, taken: number, until: number) {
  try {
    await deps.table.update({
      Key: clusterKey(clusterId),
      UpdateExpression: "SET sweepLeaseUntil = :until",
      ConditionExpression: "sweepLeaseUntil = :taken",
      ExpressionAttributeValues: { ":until": until, ":taken": taken },
    });
  } catch (error) {
    if (!(error instanceof ConditionFailed)) throw error; // another sweeper has moved on
  }
}
