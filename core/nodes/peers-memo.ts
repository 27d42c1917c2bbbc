import type { ReadMemo } from "../ports";
import type { NodeItem } from "./node-item";

/**
 * How long a server (a Lambda instance) reuses one read of a cluster's node items for the peers
 * route. Every node of a cluster asks for its peers (the agent every few check-ins), and each
 * read costs every node item of the cluster: with the memo an instance reads a cluster's nodes
 * at most once a second, however many nodes ask. A peer list is that much older at most; the
 * caller's own item is always read afresh.
 */
export const PEERS_MEMO_TTL_MS = 1000;

export function peersMemo(ttlMs = PEERS_MEMO_TTL_MS, maxClusters = 1000): ReadMemo<NodeItem[]> {
  const entries = new Map<string, { at: number; nodes: NodeItem[] }>();
  return {
    get(clusterId, now) {
      const entry = entries.get(clusterId);
      return entry && now - entry.at < ttlMs && now >= entry.at ? entry.nodes : undefined;
    },
    set(clusterId, now, nodes) {
      entries.delete(clusterId);
      entries.set(clusterId, { at: now, nodes });
      if (entries.size > maxClusters) entries.delete(entries.keys().next().value!);
    },
  };
}
