import { z } from "zod";
import { iso } from "../common/clock";
import type { Deps } from "../ports";
import { type ClusterItem, clusterNotFound, keystoreRef, keystoreRefSchema, listClusterIds, requireCluster, shardsOf } from "./cluster-item";
import { RosterError, conflict, invalidRequest } from "../common/errors";
import { loweredRecord } from "./detection-timeout";
import { unsafeFence } from "./fence";
import { idSchema } from "../common/ids";
import { DEFAULT_NODE_SHARDS, MAX_EXPECTED_NODES, NODES_PER_SHARD, clusterDirectoryKey, clusterKey, nodeShardsFor } from "../store/keys";
import { queryNodes } from "./cluster-nodes";
import { type NodeState } from "../nodes/node-item";
import {
  type ClusterSettings,
  clusterSettingsSchema,
  settingsPatchSchema,
  initialSettings,
  withDefaults,
} from "./settings";
import { ConditionFailed, type Item, TransactionCanceled } from "../store/table";
import { hashToken, newJoinToken } from "../common/tokens";
import { primaryOf, primaryViewSchema } from "../primary/lease-views";

export const createClusterSchema = z.strictObject({
  clusterId: idSchema,
  settings: settingsPatchSchema.optional(),
  expectedNodes: z
    .number()
    .int()
    .min(1)
    .max(MAX_EXPECTED_NODES)
    .optional()
    .meta({
      description:
        `how many nodes the cluster is expected to hold at most. It sets the cluster's node shards (${NODES_PER_SHARD.toLocaleString("en")} nodes each, at least ${DEFAULT_NODE_SHARDS}), ` +
        "fixed for the cluster's life: each shard takes about 1,000 check-ins a second. Absent: 4 shards (10,000 nodes at a 5 s interval with half the room to spare)",
    }),
});

export const patchClusterSchema = z.strictObject({
  settings: settingsPatchSchema.refine((s) => Object.keys(s).length > 0, "name at least one setting"),
});

const summarySchema = z.object({
  running: z.number().int(),
  recovering: z.number().int(),
  offline: z.number().int(),
  stopped: z.number().int(),
});

export const clusterViewSchema = z
  .object({
    clusterId: z.string(),
    settings: clusterSettingsSchema,
    initialized: z.boolean(),
    keystore: keystoreRefSchema.nullable(),
    primary: primaryViewSchema.nullable().meta({ description: "who holds the primary lease now, or null (primaryMode none, or no node holds it)" }),
    handoverTo: z.string().optional().meta({ description: "a pending move of the lease: its holder hands it to this node at its next check-in" }),
    nodeShards: z.number().int().meta({ description: "how many partitions hold the cluster's nodes, fixed at its creation from expectedNodes" }),
    summary: summarySchema.optional().meta({ description: "node counts by state (single-cluster reads only)" }),
  })
  .meta({ id: "Cluster" });
export type ClusterView = z.infer<typeof clusterViewSchema>;

const toView = (item: Item): ClusterView => ({
  clusterId: item.clusterId,
  settings: withDefaults(item.settings),
  initialized: item.initializedAt !== undefined,
  keystore: keystoreRef(item as ClusterItem),
  primary: primaryOf(item as ClusterItem),
  nodeShards: shardsOf(item as ClusterItem),
  ...(item.handoverTo === undefined ? {} : { handoverTo: item.handoverTo as string }),
});

export async function createCluster(deps: Deps, input: z.infer<typeof createClusterSchema>) {
  const { clusterId } = input;
  const settings = initialSettings(input.settings);
  refuseUnsafeFence(settings);
  const joinToken = newJoinToken(clusterId);
  const item: ClusterItem = {
    clusterId,
    settings,
    joinTokenHash: hashToken(joinToken),
    createdAt: iso(deps.clock.now()),
    nodeShards: nodeShardsFor(input.expectedNodes),
  };
  try {
    await deps.table.transact([
      { Put: { Item: { ...clusterKey(clusterId), ...item }, ConditionExpression: "attribute_not_exists(pk)" } },
      { Put: { Item: { ...clusterDirectoryKey(clusterId) }, ConditionExpression: "attribute_not_exists(pk)" } },
    ]);
  } catch (error) {
    if (error instanceof TransactionCanceled && !error.conflicted) {
      throw conflict("cluster_exists", `cluster '${clusterId}' already exists`);
    }
    throw error;
  }
  return { clusterId, settings, nodeShards: item.nodeShards!, joinToken };
}

export async function listClusters(deps: Deps): Promise<ClusterView[]> {
  const ids = await listClusterIds(deps);
  const items = await deps.table.batchGet(ids.map(clusterKey));
  return items.map(toView).sort((a, b) => a.clusterId.localeCompare(b.clusterId));
}

export async function getCluster(deps: Deps, clusterId: string): Promise<ClusterView> {
  const item = await requireCluster(deps, clusterId); // first: it says how many shards to read
  const nodes = await queryNodes(deps, item);
  const summary: Record<NodeState, number> = { running: 0, recovering: 0, offline: 0, stopped: 0 };
  for (const node of nodes) summary[node.state as NodeState] += 1;
  return { ...toView(item), summary };
}

export async function patchCluster(
  deps: Deps,
  clusterId: string,
  input: z.infer<typeof patchClusterSchema>,
): Promise<ClusterView> {
  const entries = Object.entries(input.settings);
  if (entries.length === 0) throw invalidRequest("name at least one setting");
  const names: Record<string, string> = { "#settings": "settings" };
  const values: Record<string, unknown> = {};
  const conditions = ["attribute_exists(pk)"];
  let lowering: ClusterItem["timeoutLowered"];
  if (FENCE_SETTINGS.some((key) => key in input.settings)) {
    // The fence depends on two settings together: check them as they will be, and write only
    // if the other one is still what was checked (two PATCHes cannot combine into an unsafe pair).
    const stored = await requireCluster(deps, clusterId, { consistent: true });
    refuseUnsafeFence(withDefaults({ ...stored.settings, ...(input.settings as Partial<ClusterSettings>) }));
    FENCE_SETTINGS.forEach((key, i) => {
      names[`#f${i}`] = key;
      const value = stored.settings[key];
      if (value === undefined) conditions.push(`attribute_not_exists(#settings.#f${i})`);
      else {
        values[`:f${i}`] = value;
        conditions.push(`#settings.#f${i} = :f${i}`);
      }
    });
    // Nodes fence by the timeout they last heard: a lower one is enforced only once they all may have heard it.
    const next = (input.settings as Partial<ClusterSettings>).instanceTimeoutMs;
    const lowered = next === undefined ? undefined : loweredRecord(stored, next, deps.clock.now());
    if (lowered) lowering = lowered;
  }
  const sets: string[] = lowering ? ["timeoutLowered = :lowered"] : [];
  if (lowering) values[":lowered"] = lowering;
  const removes: string[] = [];
  entries.forEach(([key, value], i) => {
    names[`#s${i}`] = key;
    if (value === null) return removes.push(`#settings.#s${i}`);
    values[`:s${i}`] = value;
    sets.push(`#settings.#s${i} = :s${i}`);
  });
  try {
    const updated = await deps.table.update({
      Key: clusterKey(clusterId),
      UpdateExpression: [sets.length ? `SET ${sets.join(", ")}` : "", removes.length ? `REMOVE ${removes.join(", ")}` : ""].join(" ").trim(),
      ConditionExpression: conditions.join(" AND "),
      ExpressionAttributeNames: names,
      ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
      ReturnValues: "ALL_NEW",
    });
    return toView(updated!);
  } catch (error) {
    if (error instanceof ConditionFailed) {
      if (conditions.length > 1) throw new RosterError(503, "busy", `cluster '${clusterId}' settings changed meanwhile; retry`);
      throw clusterNotFound(clusterId);
    }
    throw error;
  }
}

const FENCE_SETTINGS = ["instanceTimeoutMs", "instanceCheckInIntervalMs"] as const;

/** Settings under which a node on time would fence itself are refused (`core/fence.ts`). */
function refuseUnsafeFence(settings: ClusterSettings) {
  const why = unsafeFence(settings);
  if (why) throw invalidRequest(why, [{ path: "settings.instanceCheckInIntervalMs", message: why }]);
}

/** A new join token; the old one stops working with this write. */
export async function rotateJoinToken(deps: Deps, clusterId: string) {
  const joinToken = newJoinToken(clusterId);
  try {
    await deps.table.update({
      Key: clusterKey(clusterId),
      UpdateExpression: "SET joinTokenHash = :h",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":h": hashToken(joinToken) },
    });
  } catch (error) {
    if (error instanceof ConditionFailed) throw clusterNotFound(clusterId);
    throw error;
  }
  return { joinToken };
}
