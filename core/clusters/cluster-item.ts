import { z } from "zod";
import type { StoreDeps } from "../ports";
import { notFound } from "../common/errors";
import { CLUSTER_DIRECTORY_PK, DEFAULT_NODE_SHARDS, clusterKey } from "../store/keys";
import { queryAll } from "../store/table";
import type { ClusterSettings } from "./settings";

export const keystoreRefSchema = z
  .object({ version: z.number().int(), fingerprint: z.string() })
  .meta({ id: "KeystoreRef" });
export type KeystoreRef = z.infer<typeof keystoreRefSchema>;

/** The public face of a cluster's keystore version: its number and fingerprint (never the bytes). */
export const keystoreRef = (cluster: ClusterItem): KeystoreRef | null =>
  cluster.keystore ? { version: cluster.keystore.version, fingerprint: cluster.keystore.fingerprint } : null;

/** What the cluster item keeps about a keystore version: never the bytes. */
export interface KeystoreRecord {
  version: number;
  fingerprint: string;
  format: string;
  /** The vault's id of this version (Secrets Manager's VersionId). */
  vaultVersionId: string;
}

/** What the cluster item holds. Settings are stored whole, so a change of defaults never moves a live cluster. */
export interface ClusterItem {
  clusterId: string;
  settings: Partial<ClusterSettings>;
  joinTokenHash: string;
  createdAt: string;
  /** How many node shards the cluster has, fixed at its creation (absent: the default 4). */
  nodeShards?: number;
  /** Set once, by the conditional write of the first node's join. */
  initializedAt?: string;
  initializedBy?: string;
  /** What the first node reported: the yardstick of conformance. */
  reference?: { softwareVersion: string; configFingerprint?: string };
  keystore?: KeystoreRecord;
  /** The version before the current one, kept readable while a rotation settles. */
  previousKeystore?: KeystoreRecord;
  /** Disruption guard: set while the guard holds (ms), and when it last lifted (ms). */
  disruptedSince?: number;
  stabilizedAt?: number;
  /** The last lowering of `instanceTimeoutMs`: the value before and when (`detection-timeout.ts`). */
  timeoutLowered?: { fromMs: number; at: number };
  /** The current sweep's turn runs until this time (ms); the next sweep is due after it. */
  sweepLeaseUntil?: number;
  /** The primary lease (core/primary/): its holder while one holds it; `since` in ms. */
  primary?: PrimaryRecord;
  /** The last term ever issued: terms strictly increase and are never reused. */
  primaryTerm?: number;
  /** A pending move of the lease: the holder's next check-in hands it to this node. */
  handoverTo?: string;
  /** When the last lease ended (ms): no new lease starts before it. */
  primaryFreeFrom?: number;
}

/** The cluster's node shard count. */
export const shardsOf = (cluster: Pick<ClusterItem, "nodeShards">): number => cluster.nodeShards ?? DEFAULT_NODE_SHARDS;

/** Who holds a cluster's primary lease: one incarnation of one node, for one term. */
export interface PrimaryRecord {
  nodeId: string;
  epoch: number;
  term: number;
  since: number;
}

/** The ids of every cluster, from the cluster directory. */
export const listClusterIds = async (deps: StoreDeps) =>
  (
    await queryAll(deps.table, {
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": CLUSTER_DIRECTORY_PK },
    })
  ).map((entry) => entry.sk as string);

export const clusterNotFound = (clusterId: string) =>
  notFound("cluster_not_found", `cluster '${clusterId}' does not exist`);

/**
 * The cluster item, or undefined. Eventually consistent unless asked: a settings change may lag
 * by a moment, which is fine for most reads; a read that decides a write asks for `consistent`.
 */
export const readCluster = async (deps: StoreDeps, clusterId: string, options: { consistent?: boolean } = {}) =>
  (await deps.table.get({ Key: clusterKey(clusterId), ...(options.consistent ? { ConsistentRead: true } : {}) })) as ClusterItem | undefined;

export const requireCluster = async (deps: StoreDeps, clusterId: string, options: { consistent?: boolean } = {}) => {
  const item = await readCluster(deps, clusterId, options);
  if (!item) throw clusterNotFound(clusterId);
  return item;
};
