import { type ClusterItem, requireCluster } from "../clusters/cluster-item";
import { clusterNodeKey } from "../clusters/cluster-nodes";
import { withDefaults } from "../clusters/settings";
import { conflict, notFound, RosterError, unauthorized } from "../common/errors";
import { recordEvent } from "../events/events";
import { activeRuns, recoverRun } from "../jobs/run-recovery";
import type { Deps, StoreDeps } from "../ports";
import { TransactionCanceled, type TransactItem } from "../store/table";
import { tryTransact } from "../store/try-transact";
import { tokenMatches } from "../common/tokens";
import { type NodeCredentials, explainRefusal, ownIncarnation, rejoinRequired } from "./credentials";
import { LIVE } from "./lifecycle";
import { type NodeItem, isLive } from "./node-item";
import { type NodeView, toNodeView } from "./nodes";

/**
 * Drain (issue 18): a node about to be updated finishes its running work and takes nothing new.
 * Draining is a mark on the incarnation's node item (`drainingSince`), set by an admin or by the
 * node itself. While it is there, the claim row's `not draining` check refuses every new claim
 * and the start row's refuses starting an unstarted claim; the claims it holds go back to the
 * queue (the `drained` take-back), at once here and again at each of its check-ins (so a drain
 * interrupted between its two steps is finished by the next check-in). Started runs may finish.
 * The node is `drained` once it holds nothing (`node.drained` is recorded then). A new
 * incarnation (the node restarted, upgraded) starts undrained.
 */

/** Who asks: an admin (any live node of the cluster), or the node itself with its own token. */
export type Drainer = { admin: true } | { cred: NodeCredentials };

const nodeNotFound = (nodeId: string) => notFound("node_not_found", `node '${nodeId}' does not exist`);
const notLive = (nodeId: string, state: string) =>
  conflict("node_not_live", `node '${nodeId}' is ${state}: only a running or recovering node can be drained`);

export async function drainNode(deps: Deps, clusterId: string, nodeId: string, by: Drainer): Promise<NodeView> {
  const cluster = await requireCluster(deps, clusterId);
  for (let attempt = 1; ; attempt++) {
    const seen = (await deps.table.get({ Key: clusterNodeKey(cluster, nodeId), ConsistentRead: true })) as NodeItem | undefined;
    if (!seen) throw "cred" in by ? unauthorized() : nodeNotFound(nodeId);
    const now = deps.clock.now();
    const own = "cred" in by ? ownIncarnation(by.cred) : undefined;
    const mark: TransactItem = {
      Update: {
        Key: clusterNodeKey(cluster, nodeId),
        UpdateExpression: "SET drainingSince = :now",
        // The incarnation read (its event names it), live, not draining yet; the node's own token when it asks.
        ConditionExpression: ["epoch = :seenEpoch", LIVE.condition, "attribute_not_exists(drainingSince)", ...(own ? [own.condition] : [])].join(" AND "),
        ExpressionAttributeNames: { ...LIVE.names },
        ExpressionAttributeValues: { ":now": now, ":seenEpoch": seen.epoch, ...LIVE.values, ...own?.values },
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      },
    };
    const event = recordEvent(clusterId, { type: "node.draining", nodeId, detail: { epoch: seen.epoch, by: "cred" in by ? "node" : "admin" } }, now, retention(cluster));
    try {
      await deps.table.transact([mark, event]);
    } catch (error) {
      if (!(error instanceof TransactionCanceled) || error.conflicted) throw error;
      const stored = error.reasons[0]?.item as NodeItem | undefined;
      // Another incarnation joined between the read and the write: read it and try again.
      if (stored && stored.epoch !== seen.epoch && !("cred" in by) && attempt < 3) continue;
      refusedMark(stored, nodeId, by); // throws, unless it was draining already: then go on
    }
    const node = (await deps.table.get({ Key: clusterNodeKey(cluster, nodeId), ConsistentRead: true })) as NodeItem | undefined;
    if (!node) throw nodeNotFound(nodeId);
    return toNodeView(await settleDrain(deps, cluster, node), cluster);
  }
}

/** Why marking was refused: an error to throw, or the node item when it was draining already. */
function refusedMark(stored: NodeItem | undefined, nodeId: string, by: Drainer): void {
  if ("cred" in by) refusedNode(stored, nodeId, by.cred);
  if (!stored) throw nodeNotFound(nodeId);
  if (!isLive(stored.state)) throw notLive(nodeId, stored.state);
}

/**
 * A node's own request that a write refused: it goes on only when the token is this very
 * incarnation's (compared in constant time) and the incarnation is live; anything else is
 * refused as a check-in would be, before the node's view is read out (a token that only names
 * the node and its epoch learns nothing of it).
 */
function refusedNode(stored: NodeItem | undefined, nodeId: string, cred: NodeCredentials): void {
  const own = stored !== undefined && stored.epoch === cred.epoch && tokenMatches(cred.token, stored.tokenHash);
  if (own && isLive(stored.state)) return;
  const why = explainRefusal(stored, cred);
  if (why === "stopped") throw rejoinRequired(nodeId, "stopped");
  throw why instanceof RosterError ? why : unauthorized();
}

/** Undrain: the mark goes (an admin or the node itself); idempotent. */
export async function undrainNode(deps: Deps, clusterId: string, nodeId: string, by: Drainer): Promise<NodeView> {
  const cluster = await requireCluster(deps, clusterId);
  const now = deps.clock.now();
  const own = "cred" in by ? ownIncarnation(by.cred) : undefined;
  const seen = (await deps.table.get({ Key: clusterNodeKey(cluster, nodeId), ConsistentRead: true })) as NodeItem | undefined;
  if (!seen) throw "cred" in by ? unauthorized() : nodeNotFound(nodeId);
  const unmark: TransactItem = {
    Update: {
      Key: clusterNodeKey(cluster, nodeId),
      UpdateExpression: "REMOVE drainingSince, drainedAt",
      // The node's own token works only while its incarnation is live (as for drain): a dead one's token changes nothing.
      ConditionExpression: ["attribute_exists(drainingSince)", "epoch = :seenEpoch", ...(own ? [own.condition, LIVE.condition] : [])].join(" AND "),
      ...(own ? { ExpressionAttributeNames: { ...LIVE.names } } : {}),
      ExpressionAttributeValues: { ":seenEpoch": seen.epoch, ...own?.values, ...(own ? LIVE.values : {}) },
      ReturnValuesOnConditionCheckFailure: "ALL_OLD",
    },
  };
  const event = recordEvent(clusterId, { type: "node.undrained", nodeId, detail: { epoch: seen.epoch } }, now, retention(cluster));
  try {
    await deps.table.transact([unmark, event]);
  } catch (error) {
    if (!(error instanceof TransactionCanceled) || error.conflicted) throw error;
    const stored = error.reasons[0]?.item as NodeItem | undefined;
    if ("cred" in by) refusedNode(stored, nodeId, by.cred);
    if (!stored) throw nodeNotFound(nodeId);
    // Not draining (or another incarnation meanwhile): nothing to reverse.
  }
  const node = (await deps.table.get({ Key: clusterNodeKey(cluster, nodeId), ConsistentRead: true })) as NodeItem | undefined;
  if (!node) throw nodeNotFound(nodeId);
  return toNodeView(node, cluster);
}

/**
 * What a draining node is owed: its unstarted claims back to the queue (each a `drained`
 * take-back, conditioned on the node still draining and the claim still unstarted), and
 * `node.drained` recorded once it holds nothing. Called by the drain and by each check-in of a
 * draining node; costs nothing for a node that is not draining. Returns the node item as it is
 * after (read again only when something was written).
 */
export async function settleDrain(deps: StoreDeps, cluster: ClusterItem, node: NodeItem): Promise<NodeItem> {
  if (node.drainingSince === undefined || node.drainedAt !== undefined) return node;
  const now = deps.clock.now();
  let wrote = false;
  // A take-back can lose to another write of its job (a trigger moves the job's version): read
  // again and retry, a few passes; what still remains, the node's next check-in hands back.
  for (let pass = 0; pass < DRAIN_PASSES && (node.assigned?.size ?? 0) > 0; pass++) {
    const claims = (await activeRuns(deps, cluster.clusterId)).filter((r) => r.nodeId === node.nodeId && r.epoch === node.epoch && r.state === "claimed");
    if (claims.length === 0) break;
    // One at a time: each write touches the same node item.
    for (const run of claims) {
      wrote = (await recoverRun(deps, cluster, { run, how: "requeue", why: "drained" }, node, now, 0, { ignoreGuard: true })) || wrote;
    }
  }
  if (wrote) node = ((await deps.table.get({ Key: clusterNodeKey(cluster, node.nodeId), ConsistentRead: true })) as NodeItem | undefined) ?? node;
  if ((node.assigned?.size ?? 0) > 0 || node.drainingSince === undefined) return node;
  const drained: TransactItem = {
    Update: {
      Key: clusterNodeKey(cluster, node.nodeId),
      UpdateExpression: "SET drainedAt = :now",
      // Nothing held, still this incarnation, still draining, not noted yet.
      ConditionExpression: "epoch = :epoch AND attribute_exists(drainingSince) AND attribute_not_exists(drainedAt) AND attribute_not_exists(assigned)",
      ExpressionAttributeValues: { ":epoch": node.epoch, ":now": now },
    },
  };
  const event = recordEvent(cluster.clusterId, { type: "node.drained", nodeId: node.nodeId, detail: { epoch: node.epoch, drainingSince: new Date(node.drainingSince).toISOString() } }, now, retention(cluster));
  return (await tryTransact(deps.table, [drained, event])) ? { ...node, drainedAt: now } : node;
}

/** How many times a drain reads the node's claims and hands them back before it answers. */
const DRAIN_PASSES = 5;

const retention = (cluster: ClusterItem) => withDefaults(cluster.settings).eventRetentionMs;
