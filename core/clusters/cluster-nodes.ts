import type { StoreDeps } from "../ports";
import type { NodeItem } from "../nodes/node-item";
import { nodeKey, nodePartitions } from "../store/keys";
import { queryAll } from "../store/table";
import { type ClusterItem, shardsOf } from "./cluster-item";

/**
 * Where a cluster's nodes are, from its shard count: what every path that names a node by id
 * (an admin's route, a sweep, the primary lease) or reads them all goes through, so none of
 * them assumes the default count.
 */
type ClusterShards = Pick<ClusterItem, "clusterId" | "nodeShards">;

/** The key of one of the cluster's nodes, by id. */
export const clusterNodeKey = (cluster: ClusterShards, nodeId: string) => nodeKey(cluster.clusterId, nodeId, shardsOf(cluster));

/** Every node of a cluster: one query per shard (never a scan), in parallel. */
export async function queryNodes(deps: StoreDeps, cluster: ClusterShards): Promise<NodeItem[]> {
  const shards = nodePartitions(cluster.clusterId, shardsOf(cluster)).map((pk) =>
    queryAll(deps.table, { KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": pk } }),
  );
  return (await Promise.all(shards)).flat() as NodeItem[];
}
