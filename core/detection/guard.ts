import { iso } from "../common/clock";
import type { ClusterItem } from "../clusters/cluster-item";
import type { StoreDeps } from "../ports";
import { type EventInput, recordEvent } from "../events/events";
import { clusterKey } from "../store/keys";
import type { NodeItem } from "../nodes/node-item";
import { withDefaults } from "../clusters/settings";
import type { TransactItem } from "../store/table";
import type { SweepPlan } from "./sweep-plan";
import { tryTransact } from "../store/try-transact";

/**
 * Trip or lift the disruption guard, with its event, conditioned on the guard as read. While it
 * holds, no node goes offline: the node lifecycle's `go offline` row checks `guard down`.
 */
export async function changeGuard(deps: StoreDeps, cluster: ClusterItem, plan: SweepPlan, nodes: NodeItem[], now: number) {
  const entering = plan.disruption === "enter";
  const update: TransactItem = entering
    ? {
        Update: {
          Key: clusterKey(cluster.clusterId),
          UpdateExpression: "SET disruptedSince = :now",
          ConditionExpression: "attribute_not_exists(disruptedSince)",
          ExpressionAttributeValues: { ":now": now },
        },
      }
    : {
        Update: {
          Key: clusterKey(cluster.clusterId),
          UpdateExpression: "SET stabilizedAt = :now REMOVE disruptedSince",
          ConditionExpression: "disruptedSince = :since",
          ExpressionAttributeValues: { ":now": now, ":since": cluster.disruptedSince },
        },
      };
  const running = nodes.filter((n) => n.state === "running").length;
  const event: EventInput = entering
    ? { type: "cluster.disrupted", detail: { silent: plan.transitions.length, running } }
    : { type: "cluster.stabilized", detail: { disruptedSince: iso(cluster.disruptedSince!) } };
  return tryTransact(deps.table, [update, recordEvent(cluster.clusterId, event, now, withDefaults(cluster.settings).eventRetentionMs)]);
}
