import { createHash } from "node:crypto";
import type { Key } from "./table";

/**
 * Where each kind of item lives. A cluster's nodes are spread over its node shards, one
 * partition each: a partition takes about 1,000 writes/s, and each idle check-in is one write.
 * The count is set when the cluster is created, from the nodes it expects (`nodeShardsFor`),
 * and never changes: a node's key is `hash(nodeId) mod count`, and node tokens name the count
 * so a check-in can write its node item before (and beside) reading the cluster item.
 */
export const DEFAULT_NODE_SHARDS = 4;
/** Nodes per shard at a 5 s interval with half of a partition's 1,000 writes/s to spare. */
export const NODES_PER_SHARD = 2_500;
export const MAX_EXPECTED_NODES = 250_000;
/** The most node shards a cluster can have (`nodeShardsFor(MAX_EXPECTED_NODES)`). */
export const MAX_NODE_SHARDS = Math.ceil(MAX_EXPECTED_NODES / NODES_PER_SHARD);

/** The shard count of a cluster created for `expectedNodes` (at least the default 4). */
export const nodeShardsFor = (expectedNodes: number | undefined): number =>
  Math.max(DEFAULT_NODE_SHARDS, Math.ceil((expectedNodes ?? 0) / NODES_PER_SHARD));

/** The directory of clusters, so listing clusters is one query and no scan. */
export const clusterDirectoryKey = (clusterId: string): Key => ({ pk: "CLUSTERS", sk: clusterId });
export const CLUSTER_DIRECTORY_PK = "CLUSTERS";

export const clusterKey = (clusterId: string): Key => ({ pk: `C#${clusterId}`, sk: "CLUSTER" });

export const nodeShard = (nodeId: string, shards: number): number =>
  createHash("sha256").update(nodeId).digest().readUInt32BE(0) % shards;

export const nodePartition = (clusterId: string, shard: number) => `C#${clusterId}#N#${shard}`;

/** Every node partition of a cluster of `shards` shards, to read them all. */
export const nodePartitions = (clusterId: string, shards: number): string[] =>
  Array.from({ length: shards }, (_, shard) => nodePartition(clusterId, shard));

/** A node's item. The shard count has no default: a path assuming 4 would miss a larger cluster's nodes. */
export const nodeKey = (clusterId: string, nodeId: string, shards: number): Key => ({
  pk: nodePartition(clusterId, nodeShard(nodeId, shards)),
  sk: nodeId,
});

export const eventPartition = (clusterId: string) => `C#${clusterId}#E`;

/**
 * Jobs live in their cluster's partition, beside the cluster item, with one "due pointer" per
 * claimable job (a copy of the job under a sort key ordered by its due time). A check-in reads
 * the cluster item and every due pointer with one query: `CLUSTER` sorts just before `DUE#`.
 */
export const jobKey = (clusterId: string, jobId: string): Key => ({ pk: `C#${clusterId}`, sk: `JOB#${jobId}` });
export const JOB_PREFIX = "JOB#";
export const padTime = (ms: number) => String(ms).padStart(15, "0");
export const dueKey = (clusterId: string, dueAt: number, jobId: string): Key => ({
  pk: `C#${clusterId}`,
  sk: `DUE#${padTime(dueAt)}#${jobId}`,
});
/** The highest sort key due at `now`: `~` sorts after every character an id may hold. */
export const dueUpTo = (now: number) => `DUE#${padTime(now)}#~`;

/** Runs that are claimed or started, in one small partition the sweep reads. */
export const activeRunKey = (clusterId: string, runId: string): Key => ({ pk: `C#${clusterId}#ACTIVE`, sk: runId });
export const activeRunPartition = (clusterId: string) => `C#${clusterId}#ACTIVE`;
/** Finished runs (succeeded, failed, requeued, orphaned), expiring by TTL. */
export const runHistoryKey = (clusterId: string, runId: string): Key => ({ pk: `C#${clusterId}#RUNS`, sk: runId });
export const runHistoryPartition = (clusterId: string) => `C#${clusterId}#RUNS`;

/**
 * What is left of a forgotten node: its last epoch, so that the node id joining again starts a
 * higher one and never inherits an old incarnation's runs or tokens.
 */
export const forgottenNodeKey = (clusterId: string, nodeId: string): Key => ({ pk: `C#${clusterId}#FORGOTTEN`, sk: nodeId });
