/**
 * The ports: what `core/` needs from the world, as interfaces the adapters implement (DynamoDB,
 * Secrets Manager, the Lambda sweep trigger, a clock). This file sits below every folder of
 * `core/` and imports only the store's and the clock's types, so nothing here can form a circle.
 */
import type { Clock } from "./common/clock";
import type { Table } from "./store/table";

/**
 * The secret-vault port: where a cluster's keystore bytes live (AWS Secrets Manager in the
 * cloud, files under ROSTER_DATA_DIR locally). Versions are opaque ids chosen by Roster, so a
 * retried write is idempotent and a read names exactly the bytes the cluster item points to.
 */
export interface SecretVault {
  /** Store `bytes` as version `versionId` of the cluster's keystore, and make it the current one. */
  put(clusterId: string, versionId: string, bytes: Uint8Array): Promise<void>;
  /** The bytes of one version. */
  get(clusterId: string, versionId: string): Promise<Uint8Array>;
}

/**
 * Asks for a sweep of a cluster without waiting for the sweep (the check-in's trigger). The
 * promise covers only the hand-over (on Lambda, queuing an asynchronous invocation).
 */
export interface SweepTrigger {
  request(clusterId: string): void | Promise<void>;
}

/**
 * A short memory, per process, of a cluster's check-in read (`core/jobs/read-cache.ts` is
 * the one implementation; `core/jobs/claims.ts` says what it holds).
 */
export interface ClusterReadCache<Read = unknown> {
  get(clusterId: string, withDue: boolean, now: number): Read | undefined;
  set(clusterId: string, withDue: boolean, now: number, read: Read): void;
  forget(clusterId: string): void;
}

/**
 * A short memory, per process, of one read of a cluster (`core/nodes/peers-memo.ts` keeps the
 * node list that the peers route reads).
 */
export interface ReadMemo<Read = unknown> {
  get(clusterId: string, now: number): Read | undefined;
  set(clusterId: string, now: number, read: Read): void;
}

/** The ports every core operation works through. */
export interface Deps {
  table: Table;
  clock: Clock;
  /** Where keystore bytes live. */
  vault: SecretVault;
  /** Where a check-in asks for a sweep of its cluster when one is due; none means no trigger. */
  sweeps?: SweepTrigger;
  /** A short memory of the check-in's read; none means every check-in reads. */
  clusterCache?: ClusterReadCache;
  /** A short memory of a cluster's node list for the peers route; none means every call reads. */
  peersMemo?: ReadMemo;
}

/** What the sweep and the other store-only work need: no vault. */
export type StoreDeps = Pick<Deps, "table" | "clock" | "sweeps">;
