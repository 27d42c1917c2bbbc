import { iso } from "../common/clock";
import { requireCluster } from "../clusters/cluster-item";
import { clusterNodeKey } from "../clusters/cluster-nodes";
import type { Deps } from "../ports";
import { conflict, notFound } from "../common/errors";
import { recordEvent } from "../events/events";
import { clusterKey } from "../store/keys";
import type { NodeItem } from "../nodes/node-item";
import { releaseRunsOf } from "../jobs/run-recovery";
import { withDefaults } from "../clusters/settings";
import { TransactionCanceled } from "../store/table";
import { rowOf } from "../common/lifecycle-table";
import { NODE_LIFECYCLE } from "../nodes/lifecycle";
import { nodeTransaction } from "../nodes/node-writes";

/**
 * An admin's word where Roster's caution would wait: the disruption guard holds everything
 * while most nodes are silent, which is right when Roster lost them and wrong when they are
 * really gone. These are the exits, each recorded as an event.
 */

/**
 * Declare a recovering node offline now, and give its work back even while the guard holds
 * (for a node already offline, only the latter: a retry gets the first call's answer).
 * Only a recovering node: it has had no check-in for over `instanceTimeoutMs`, so its agent
 * has fenced itself and nothing it held can still be running.
 */
export async function forceOffline(deps: Deps, clusterId: string, nodeId: string) {
  const cluster = await requireCluster(deps, clusterId, { consistent: true });
  const node = (await deps.table.get({ Key: clusterNodeKey(cluster, nodeId), ConsistentRead: true })) as NodeItem | undefined;
  if (!node) throw notFound("node_not_found", `node '${nodeId}' does not exist`);
  if (node.state === "offline") {
    // Already offline (a retry after a lost answer, or the sweep did it): give its work back as the first call would.
    const left = await releaseRunsOf(deps, cluster, nodeId, node.epoch, node, { ignoreGuard: true });
    return { nodeId, state: "offline" as const, runsLeft: left };
  }
  if (node.state !== "recovering") {
    throw conflict("node_not_recovering", `node '${nodeId}' is ${node.state}: only a recovering node can be declared offline`);
  }
  // The guard is not checked: this is the admin's word over it.
  const write = nodeTransaction(rowOf(NODE_LIFECYCLE, "force offline", node.state), {
    cluster,
    nodeId,
    now: deps.clock.now(),
    seen: node,
    lease: { term: node.primaryTerm },
    details: { "node.offline": { epoch: node.epoch, recoveringSince: iso(node.recoveringSince ?? node.lastCheckIn), forced: true } },
  });
  try {
    await deps.table.transact(write.items);
  } catch (error) {
    if (error instanceof TransactionCanceled) throw conflict("node_changed", `node '${nodeId}' changed meanwhile (it may have checked in): look again`);
    throw error;
  }
  const left = await releaseRunsOf(deps, cluster, nodeId, node.epoch, { ...node, state: "offline" }, { ignoreGuard: true });
  return { nodeId, state: "offline" as const, runsLeft: left };
}

/**
 * Lift the disruption guard by hand. As when it lifts by itself, every node's clock restarts
 * now (`stabilizedAt`), so no node is declared offline at this instant; recovering nodes that
 * stay silent go offline one recovery timeout later (or at once with `forceOffline`).
 */
export async function liftGuard(deps: Deps, clusterId: string) {
  const cluster = await requireCluster(deps, clusterId, { consistent: true });
  if (cluster.disruptedSince === undefined) throw conflict("not_disrupted", `cluster '${clusterId}' is not disrupted`);
  const now = deps.clock.now();
  try {
    await deps.table.transact([
      {
        Update: {
          Key: clusterKey(clusterId),
          UpdateExpression: "SET stabilizedAt = :now REMOVE disruptedSince",
          ConditionExpression: "disruptedSince = :since",
          ExpressionAttributeValues: { ":now": now, ":since": cluster.disruptedSince },
        },
      },
      recordEvent(
        clusterId,
        { type: "cluster.stabilized", detail: { disruptedSince: iso(cluster.disruptedSince), manual: true } },
        now,
        withDefaults(cluster.settings).eventRetentionMs,
      ),
    ]);
  } catch (error) {
    if (error instanceof TransactionCanceled) throw conflict("not_disrupted", `cluster '${clusterId}' guard changed meanwhile`);
    throw error;
  }
  return { clusterId, disrupted: false as const, stabilizedAt: iso(now) };
}
