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
