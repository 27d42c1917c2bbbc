import { z } from "zod";
import { requireCluster } from "../clusters/cluster-item";
import { withDefaults } from "../clusters/settings";
import { conflict, notFound } from "../common/errors";
import { idSchema } from "../common/ids";
import { rowOf } from "../common/lifecycle-table";
import { MAX_ATTEMPTS, busy } from "../nodes/attempts";
import type { NodeItem } from "../nodes/node-item";
import type { Deps } from "../ports";
import { clusterNodeKey } from "../clusters/cluster-nodes";
import { ConditionFailed, TransactionCanceled } from "../store/table";
import { LEASE_LIFECYCLE } from "./lease-lifecycle";
import { primaryOf, primaryViewSchema, toPrimaryView } from "./lease-views";
import { appointWrites, handoverRequest } from "./lease-writes";

export const moveBodySchema = z.strictObject({ nodeId: idSchema.meta({ description: "the running node that is to hold the lease" }) });

export const moveAnswerSchema = z
  .object({
    primary: primaryViewSchema.nullable().meta({ description: "the holder now (the node named, when the lease was free)" }),
    handoverTo: z.string().nullable().meta({ description: "the node the holder hands the lease to at its next check-in; null when nothing is pending" }),
  })
  .meta({ id: "PrimaryMove" });
export type MoveAnswer = z.infer<typeof moveAnswerSchema>;

/**
 * An admin moves the primary lease to a running node. A free lease is given at once
 * (`appoint`); a held one is handed over by its holder's check-in (`ask handover`, then `hand
 * over` once the holder no longer claims its term), so the two never hold valid leases at one
 * instant; moving it to its holder drops a pending move.
 * In mode preferred, a running preferred node asks for the lease back at its next check-in.
 */
export async function movePrimary(deps: Deps, clusterId: string, nodeId: string): Promise<MoveAnswer> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const cluster = await requireCluster(deps, clusterId, { consistent: true });
    const target = (await deps.table.get({ Key: clusterNodeKey(cluster, nodeId), ConsistentRead: true })) as NodeItem | undefined;
    if (withDefaults(cluster.settings).primaryMode === "none") {
      throw conflict("primary_disabled", `cluster '${clusterId}' has primaryMode none: set it to any or preferred first`);
    }
    if (!target) throw notFound("node_not_found", `node '${nodeId}' does not exist`);
    if (target.state !== "running") throw conflict("node_not_running", `node '${nodeId}' is ${target.state}: only a running node can hold the lease`);
    const now = deps.clock.now();
    try {
      if (!cluster.primary) {
        const grant = appointWrites(rowOf(LEASE_LIFECYCLE, "appoint", "free"), { cluster, target, now });
        await deps.table.transact(grant.items);
        return { primary: toPrimaryView(grant.primary), handoverTo: null };
      }
      if (cluster.primary.nodeId === nodeId) {
        if (cluster.handoverTo !== undefined) {
          await deps.table.update(handoverRequest(rowOf(LEASE_LIFECYCLE, "drop handover", "moving"), { cluster, to: undefined }));
        }
        return { primary: primaryOf(cluster), handoverTo: null };
      }
      await deps.table.update(handoverRequest(rowOf(LEASE_LIFECYCLE, "ask handover", "held"), { cluster, to: nodeId }));
      return { primary: primaryOf(cluster), handoverTo: nodeId };
    } catch (error) {
      if (!(error instanceof ConditionFailed || error instanceof TransactionCanceled)) throw error;
      // The lease changed hands meanwhile: look again.
    } finally {
      deps.clusterCache?.forget(clusterId);
    }
  }
  throw busy(nodeId);
}
