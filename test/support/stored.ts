import type { JobItem } from "../../core/jobs/job-item";
import type { RunItem } from "../../core/jobs/run-items";
import { DEFAULT_NODE_SHARDS, jobKey, nodeKey, runHistoryPartition } from "../../core/store/keys";
import { type Item, type Table, type TransactItem, queryAll } from "../../core/store/table";

/**
 * What a test's table holds, read straight from it (consistent reads, the default 4 node
 * shards), past any hook a test put on the app's table: `table` gives the unhooked one.
 */
export function storedReads(table: () => Table) {
  const nodeItem = async (clusterId: string, nodeId: string) =>
    (await table().get({ Key: nodeKey(clusterId, nodeId, DEFAULT_NODE_SHARDS), ConsistentRead: true })) as Item | undefined;
  return {
    nodeItem,
    /** The runs the node item records as its incarnation's. */
    assignedOf: async (clusterId: string, nodeId: string) => [...(((await nodeItem(clusterId, nodeId))?.assigned as Set<string> | undefined) ?? [])],
    jobItem: async (clusterId: string, jobId: string) => (await table().get({ Key: jobKey(clusterId, jobId), ConsistentRead: true })) as JobItem | undefined,
    historyRuns: async (clusterId: string) =>
      (await queryAll(table(), { KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": runHistoryPartition(clusterId) }, ConsistentRead: true })) as RunItem[],
  };
}

/** A transaction that claims: it records `job.claimed`. */
export const isClaimWrite = (items: TransactItem[]) => items.some((item) => "Put" in item && item.Put.Item?.outboxPk && item.Put.Item.type === "job.claimed");

/** The runs a claim transaction puts, with their places in it. */
export const runPutsOf = (items: TransactItem[]) =>
  items.flatMap((item, index) => ("Put" in item && String(item.Put.Item?.pk).endsWith("#ACTIVE") ? [{ index, run: item.Put.Item as unknown as RunItem }] : []));
