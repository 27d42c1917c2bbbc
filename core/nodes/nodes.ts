import { z } from "zod";
import { iso } from "../common/clock";
import { type ClusterItem, requireCluster } from "../clusters/cluster-item";
import { clusterNodeKey, queryNodes } from "../clusters/cluster-nodes";
import { nonconformantReasons } from "./conformance";
import type { Deps } from "../ports";
import { conflict, notFound } from "../common/errors";
import { forgottenNodeKey } from "../store/keys";
import { releaseRunsOf } from "../jobs/run-recovery";
import { INSTANCE_TYPES, type NodeItem, NODE_STATES, isLive } from "./node-item";
import { ConditionFailed, TransactionCanceled } from "../store/table";
import { rowOf } from "../common/lifecycle-table";
import { NODE_LIFECYCLE } from "./lifecycle";
import { nodeTransaction } from "./node-writes";
import { effectiveUrl } from "./node-url";
import { withDefaults } from "../clusters/settings";
import { ROLES, roleOf } from "../primary/lease-views";

export const nodeViewSchema = z
  .object({
    instanceId: z.string(),
    state: z.enum(NODE_STATES),
    startup: z.string(),
    shutdown: z.string(),
    epoch: z.number().int(),
    lastCheckIn: z.string(),
    instanceType: z.enum(INSTANCE_TYPES),
    schedulingEnabled: z.boolean(),
    conformant: z.boolean(),
    nonconformantReasons: z.array(z.string()),
    softwareVersion: z.string(),
    capabilities: z.array(z.string()).meta({ description: "what the node said it can do, at its join or latest check-in (jobs may require some)" }),
    clockSkewMs: z.number().int(),
    recoveringSince: z.string().optional(),
    url: z.string().optional().meta({ description: "how the other nodes reach it: the admin's urlOverride, else the url of its join, else the cluster's intraClusterUrlPattern applied to its endpoint, else the endpoint" }),
    urlOverride: z.string().optional().meta({ description: "the admin's URL for this node, when set" }),
    role: z.enum(ROLES).meta({ description: "`primary` while this incarnation holds the cluster's primary lease" }),
    draining: z.boolean().meta({ description: "drained by an admin or by itself: it claims nothing new; its started runs may finish" }),
    drained: z.boolean().meta({ description: "draining, and nothing of it runs any more: safe to stop" }),
  })
  .meta({ id: "Node" });
export type NodeView = z.infer<typeof nodeViewSchema>;

export const patchNodeSchema = z
  .strictObject({
    schedulingEnabled: z.boolean().optional(),
    urlOverride: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .nullable()
      .optional()
      .meta({ description: "the URL the other nodes use for this node, over what it says itself; null removes it" }),
  })
  .refine((body) => Object.keys(body).length > 0, "name schedulingEnabled, urlOverride or both");
export type PatchNode = z.infer<typeof patchNodeSchema>;

export function toNodeView(node: NodeItem, cluster: ClusterItem): NodeView {
  const reasons = nonconformantReasons(node, cluster);
  return {
    instanceId: node.nodeId,
    state: node.state,
    startup: node.startup,
    shutdown: node.shutdown,
    epoch: node.epoch,
    lastCheckIn: iso(node.lastCheckIn),
    instanceType: node.instanceType,
    schedulingEnabled: node.schedulingEnabled,
    conformant: reasons.length === 0,
    nonconformantReasons: reasons,
    softwareVersion: node.softwareVersion,
    capabilities: node.capabilities ?? [],
    clockSkewMs: node.clockSkewMs,
    ...(node.recoveringSince === undefined ? {} : { recoveringSince: iso(node.recoveringSince) }),
    ...url(node, cluster),
    ...(node.urlOverride === undefined ? {} : { urlOverride: node.urlOverride }),
    role: roleOf(node),
    draining: node.drainingSince !== undefined,
    drained: node.drainingSince !== undefined && (node.assigned?.size ?? 0) === 0,
  };
}

const url = (node: NodeItem, cluster: ClusterItem) => {
  const effective = effectiveUrl(node, withDefaults(cluster.settings));
  return effective === null ? {} : { url: effective };
};

const nodeNotFound = (nodeId: string) => notFound("node_not_found", `node '${nodeId}' does not exist`);

export async function listNodes(deps: Deps, clusterId: string): Promise<NodeView[]> {
  const cluster = await requireCluster(deps, clusterId); // first: it says how many shards to read
  const nodes = await queryNodes(deps, cluster);
  return nodes.map((n) => toNodeView(n, cluster)).sort((a, b) => a.instanceId.localeCompare(b.instanceId));
}

export async function getNode(deps: Deps, clusterId: string, nodeId: string): Promise<NodeView> {
  const cluster = await requireCluster(deps, clusterId); // first: it says which shard holds the node
  const node = await deps.table.get({ Key: clusterNodeKey(cluster, nodeId) });
  if (!node) throw nodeNotFound(nodeId);
  return toNodeView(node as NodeItem, cluster);
}

/** An admin switches clustered jobs off or on for one node, sets or removes its URL override. */
export async function patchNode(deps: Deps, clusterId: string, nodeId: string, patch: PatchNode): Promise<NodeView> {
  const cluster = await requireCluster(deps, clusterId);
  const sets: string[] = [];
  const values: Record<string, unknown> = {};
  if (patch.schedulingEnabled !== undefined) {
    sets.push("schedulingEnabled = :s");
    values[":s"] = patch.schedulingEnabled;
  }
  if (typeof patch.urlOverride === "string") {
    sets.push("urlOverride = :u");
    values[":u"] = patch.urlOverride;
  }
  const update = [sets.length ? `SET ${sets.join(", ")}` : "", patch.urlOverride === null ? "REMOVE urlOverride" : ""].join(" ").trim();
  try {
    const node = await deps.table.update({
      Key: clusterNodeKey(cluster, nodeId),
      UpdateExpression: update,
      ConditionExpression: "attribute_exists(pk)",
      ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
      ReturnValues: "ALL_NEW",
    });
    return toNodeView(node as NodeItem, cluster);
  } catch (error) {
    if (error instanceof ConditionFailed) throw nodeNotFound(nodeId);
    throw error;
  }
}

/** An admin switches clustered jobs off or on for one node (the dashboard's action). */
export const setScheduling = (deps: Deps, clusterId: string, nodeId: string, schedulingEnabled: boolean) =>
  patchNode(deps, clusterId, nodeId, { schedulingEnabled });

/**
 * Forget a node that is `offline` or `stopped`; a live one is refused by the delete's condition.
 * Its runs go back first (the sweep would have, unless the guard held them); while any remain,
 * forgetting is refused, so no run is left with an owner nobody can see. The node leaves a
 * tombstone with its last epoch, so the id joining again starts a higher one.
 */
export async function forgetNode(deps: Deps, clusterId: string, nodeId: string): Promise<void> {
  const cluster = await requireCluster(deps, clusterId);
  const node = (await deps.table.get({ Key: clusterNodeKey(cluster, nodeId), ConsistentRead: true })) as NodeItem | undefined;
  if (!node) throw nodeNotFound(nodeId);
  if (isLive(node.state)) throw nodeActive(nodeId, node.state);
  // A node that is not running can be given no new claim, so once its runs are gone none come back.
  if ((await releaseRunsOf(deps, cluster, nodeId, node.epoch, node)) > 0) {
    throw conflict("node_has_runs", `node '${nodeId}' still holds runs that could not be taken back (is the disruption guard up?): try again later`);
  }
  const write = nodeTransaction(rowOf(NODE_LIFECYCLE, "forget", node.state), {
    cluster,
    nodeId,
    now: deps.clock.now(),
    seen: node,
    returnOld: true,
    details: { "node.forgotten": { epoch: node.epoch } },
  });
  try {
    // The tombstone after the delete (whose refusal is reasons[0]), before the event.
    await deps.table.transact([write.node, ...write.checks, { Put: { Item: { ...forgottenNodeKey(clusterId, nodeId), epoch: node.epoch } } }, ...write.events]);
  } catch (error) {
    if (error instanceof TransactionCanceled && !error.conflicted) {
      const existing = error.reasons[0]?.item;
      if (!existing) throw nodeNotFound(nodeId);
      throw nodeActive(nodeId, existing.state as string); // it joined again meanwhile
    }
    throw error;
  }
}

const nodeActive = (nodeId: string, state: string) =>
  conflict("node_active", `node '${nodeId}' is ${state}: only offline or stopped nodes can be forgotten`);
