import type { ClusterItem } from "../clusters/cluster-item";
import type { JobItem } from "./job-item";
import type { ClusterReadCache } from "../ports";

/** How long the servers (local and Lambda) remember a cluster read: a fifth of the shortest interval. */
export const CLUSTER_READ_TTL_MS = 200;

export interface ClusterRead {
  cluster: ClusterItem | undefined;
  due: JobItem[];
}

/**
 * A short memory, per process (per Lambda instance), of the check-in's one read: the cluster
 * item and its due job pointers. Within `ttlMs` an idle check-in is then a single write. The
 * price is staleness of at most `ttlMs`: a settings change, a new keystore version or a newly
 * due job reaches a node that much later. Check-ins that try to claim, or that ask for a
 * sweep, drop the entry, so the next one reads afresh.
 */
export function clusterReadCache(ttlMs: number, maxClusters = 1000): ClusterReadCache<ClusterRead> {
  const entries = new Map<string, { at: number; withDue: boolean; read: ClusterRead }>();
  return {
    get(clusterId: string, withDue: boolean, now: number): ClusterRead | undefined {
      const entry = entries.get(clusterId);
      if (!entry || now - entry.at >= ttlMs || (withDue && !entry.withDue)) return undefined;
      return entry.read;
    },
    set(clusterId: string, withDue: boolean, now: number, read: ClusterRead) {
      entries.delete(clusterId);
      entries.set(clusterId, { at: now, withDue, read });
      if (entries.size > maxClusters) entries.delete(entries.keys().next().value!);
    },
    forget(clusterId: string) {
      entries.delete(clusterId);
    },
  };
}
