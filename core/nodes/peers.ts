import { z } from "zod";
import { type ClusterItem, readCluster } from "../clusters/cluster-item";
import { withDefaults } from "../clusters/settings";
import { RosterError, unauthorized } from "../common/errors";
import { tokenMatches } from "../common/tokens";
import type { Deps, ReadMemo } from "../ports";
import { ROLES, roleOf } from "../primary/lease-views";
import { type NodeCredentials, explainRefusal, ownNodeKey, rejoinRequired } from "./credentials";
import { type NodeItem, isLive } from "./node-item";
import { effectiveUrl } from "./node-url";
import { queryNodes } from "../clusters/cluster-nodes";

export const peerSchema = z
  .object({
    nodeId: z.string(),
    url: z.string().nullable().meta({ description: "how to reach it (see the node's `url`), or null when it gave no way" }),
    state: z.enum(["running", "recovering"]),
    role: z.enum(ROLES),
  })
  .meta({ id: "Peer" });

export const peersSchema = z.object({ peers: z.array(peerSchema) }).meta({ id: "Peers" });
export type Peers = z.infer<typeof peersSchema>;

/**
 * The live nodes of the caller's cluster (running or recovering), itself included, sorted by
 * node id, each with its effective URL (`node-url.ts`), state and role. The caller's node
 * token is checked against its own node item, read consistently (a node that has just joined
 * sees itself): only a live incarnation may list its peers. The others come from one read of
 * the cluster's nodes, which a server reuses for a second (`peers-memo.ts`).
 */
export async function listPeers(deps: Deps, cred: NodeCredentials): Promise<Peers> {
  const [cluster, self] = await Promise.all([
    readCluster(deps, cred.clusterId),
    deps.table.get({ Key: ownNodeKey(cred), ConsistentRead: true }) as Promise<NodeItem | undefined>,
  ]);
  if (!cluster || !self) throw unauthorized();
  if (self.epoch === cred.epoch && tokenMatches(cred.token, self.tokenHash)) {
    if (!isLive(self.state)) throw rejoinRequired(cred.nodeId, self.state);
  } else {
    const why = explainRefusal(self, cred);
    throw why instanceof RosterError ? why : unauthorized();
  }
  // Only now, the token proven: the cluster item's shard count, never the one a token names
  // (a forged token must neither make the server read a million partitions nor leave a
  // partial list in the memo other nodes read).
  const nodes = await nodeList(deps, cluster);
  const settings = withDefaults(cluster.settings);
  // The query may lag a moment behind the consistent read of the caller's own item.
  const latest = [...nodes.filter((n) => n.nodeId !== self.nodeId), self];
  const peers = latest
    .filter((n) => isLive(n.state))
    .map((n) => ({ nodeId: n.nodeId, url: effectiveUrl(n, settings), state: n.state as "running" | "recovering", role: roleOf(n) }))
    .sort((a, b) => (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0));
  return { peers };
}

/** Every node item of the cluster: the memo's, when it holds a recent enough read. */
async function nodeList(deps: Deps, cluster: ClusterItem): Promise<NodeItem[]> {
  const memo = deps.peersMemo as ReadMemo<NodeItem[]> | undefined;
  const now = deps.clock.now();
  const remembered = memo?.get(cluster.clusterId, now);
  if (remembered) return remembered;
  const nodes = await queryNodes(deps, cluster);
  memo?.set(cluster.clusterId, now, nodes);
  return nodes;
}
