import type { ClusterItem } from "../clusters/cluster-item";
import type { StoreDeps } from "../ports";
import { activeRunKey } from "../store/keys";
import { type NodeCredentials, ownNodeKey } from "../nodes/credentials";
import type { NodeItem } from "../nodes/node-item";
import { type NodeSeen, recoverRun } from "./run-recovery";
import { type RunItem, runOfClaimToken } from "./run-items";
import { ConditionFailed, TransactionCanceled } from "../store/table";
import { hashToken } from "../common/tokens";

/**
 * What a check-in says the node holds, and how Roster reconciles it with what it has assigned
 * to the node (the node item's `assigned` set, written by claims, emptied as runs end). The
 * list is written with the heartbeat (`holding`), which is what renews the runs' leases.
 */
/** A node never holds more runs than one check-in can list (defined with the claim's `room` check). */
export { MAX_HELD } from "./run-lifecycle";

export interface Listing {
  /** Every run id the check-in names, from `holding` and from the claim tokens of `renew`. */
  runIds: string[];
  /** The node sent `holding`: its complete list, so what it leaves out is not held. */
  complete: boolean;
  /** Each listed run id with the entries that named it, to answer `revoked` in the node's terms. */
  named: Map<string, string[]>;
}

export function listingOf(body: { holding?: string[]; renew?: string[] }): Listing {
  const named = new Map<string, string[]>();
  const add = (runId: string | undefined, entry: string) => named.set(runId ?? entry, [...(named.get(runId ?? entry) ?? []), entry]);
  for (const runId of body.holding ?? []) add(runId, runId);
  for (const token of body.renew ?? []) add(runOfClaimToken(token), token);
  return { runIds: [...named.keys()], complete: body.holding !== undefined, named };
}

/**
 * The heartbeat's part: a listing replaces the last one, with its time (`heldAt`), which is
 * what renews the leases. A check-in that lists nothing at all (neither `holding` nor `renew`)
 * leaves the last listing in place: older clients do not renew, but do not cut leases short.
 */
export const holdingUpdate = (listing: Listing): { set?: string; remove?: string; values: Record<string, unknown> } => {
  if (listing.runIds.length > 0) return { set: "holding = :holding, heldAt = :now", values: { ":holding": listing.runIds } };
  // An idle node's item stays as small as before leases: an empty listing is no attribute at all.
  return listing.complete ? { remove: "holding, heldAt", values: {} } : { values: {} };
};

/**
 * Compare the listing with the node as the heartbeat left it. Revoked: listed runs that are no
 * longer this node's, or that an admin cancelled (the node item's `revoking` set, written by
 * the cancel; answered as the node named them). Forgotten: runs assigned to it before this
 * check-in that a complete listing leaves out (a cancelled run the agent aborted, among them).
 */
export function reconcile(node: Pick<NodeItem, "assigned"> & { revoking?: ReadonlySet<string> }, listing: Listing) {
  const assigned = new Set(node.assigned ?? []);
  const revoking = node.revoking ?? new Set<string>();
  const listed = new Set(listing.runIds);
  const revoke = (runId: string) => !assigned.has(runId) || revoking.has(runId);
  const revoked = listing.runIds.filter(revoke).flatMap((runId) => listing.named.get(runId) ?? []);
  const forgotten = listing.complete ? [...assigned].filter((runId) => !listed.has(runId)) : [];
  return { revoked, forgotten };
}

/**
 * Take back the runs a node's complete listing left out: an unstarted claim is requeued (its
 * answer was lost, or the node dropped it), a started run the node forgot is orphaned. Each is
 * conditioned on the node's latest listing still leaving it out. An `assigned` entry whose run
 * has already ended is dropped from the set. One at a time: each writes the node item.
 */
export async function takeBack(deps: StoreDeps, cluster: ClusterItem, cred: NodeCredentials, node: NodeSeen, forgotten: string[], now: number) {
  for (const runId of forgotten) {
    const run = (await deps.table.get({ Key: activeRunKey(cred.clusterId, runId), ConsistentRead: true })) as RunItem | undefined;
    if (run && run.nodeId === cred.nodeId && run.epoch === cred.epoch) {
      const how = run.state === "claimed" ? "requeue" : "orphan"; // a cancelling run ends cancelled
      // The node itself says it does not hold the run: its row (not-held) does not check the guard.
      await recoverRun(deps, cluster, { run, how, why: "not-held" }, node, now);
    } else {
      await forgetAssignment(deps, cred, runId);
    }
  }
}

async function forgetAssignment(deps: StoreDeps, cred: NodeCredentials, runId: string) {
  try {
    await deps.table.update({
      Key: ownNodeKey(cred),
      UpdateExpression: "DELETE assigned :run",
      ConditionExpression: "tokenHash = :tokenHash AND epoch = :epoch",
      ExpressionAttributeValues: { ":run": new Set([runId]), ":tokenHash": hashToken(cred.token), ":epoch": cred.epoch },
    });
  } catch (error) {
    if (!(error instanceof ConditionFailed) && !(error instanceof TransactionCanceled)) throw error;
  }
}
