import { createHash } from "node:crypto";
import type { Key } from "./table";

/**
 * Where each kind of item lives. Nodes are spread over NODE_SHARDS partitions per cluster:
 * one partition takes about 1,000 writes/s, and 10,000 nodes checking in every 5 s write
 * 2,000/s. Four shards give twice that headroom; a sweep reads them with four queries.
 */
export const NODE_SHARDS = 4;

/** The directory of clusters, so listing clusters is one query and no scan. */
export const clusterDirectoryKey = (clusterId: string): Key => ({ pk: "CLUSTERS", sk: clusterId });
export const CLUSTER_DIRECTORY_PK = "CLUSTERS";

export const clusterKey = (clusterId: string): Key => ({ pk: `C#${clusterId}`, sk: "CLUSTER" });

export const nodeShard = (nodeId: string): number =>
  createHash("sha256").update(nodeId).digest().readUInt32BE(0) % NODE_SHARDS;

export const nodePartition = (clusterId: string, shard: number) => `C#${clusterId}#N#${shard}`;

export const nodeKey = (clusterId: string, nodeId: string): Key => ({
  pk: nodePartition(clusterId, nodeShard(nodeId)),
  sk: nodeId,
});

export const eventPartition = (clusterId: string) => `C#${clusterId}#E`;
