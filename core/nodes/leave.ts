import { iso } from "../common/clock";
import { type ClusterItem, readCluster } from "../clusters/cluster-item";
import type { Deps } from "../ports";
import { RosterError, unauthorized } from "../common/errors";
import { TransactionCanceled } from "../store/table";
import { releaseRunsOf } from "../jobs/run-recovery";
import { type NodeCredentials, explainRefusal } from "./credentials";
import { rowOf } from "../common/lifecycle-table";
import { NODE_LIFECYCLE } from "./lifecycle";
import { nodeTransaction } from "./node-writes";
import { MAX_ATTEMPTS, busy } from "./attempts";
import { type NodeItem, isLive } from "./node-item";
import { tokenMatches } from "../common/tokens";

/**
 * Leave: `stopped`, with `shutdown` set, and `node.left` in the same transaction (the `leave`
 * row). Leaving twice is not an error: the second call finds the node stopped and says so.
 */
export async function leave(deps: Deps, cred: NodeCredentials) {
  const cluster = await readCluster(deps, cred.clusterId);
  if (!cluster) throw unauthorized();
  // The lease as the cluster read says (the node is not read): if the node item says
  // otherwise, the write is refused and the next attempt takes the term from its refusal.
  let leaseTerm = heldBy(cluster, cred);
  for (let attempt = 1; ; attempt++) {
    const left = await tryLeave(deps, cred, cluster, leaseTerm);
    if ("leaseTerm" in left) {
      leaseTerm = left.leaseTerm;
    } else {
      // Unstarted claims go back at once, started runs are orphaned: even while the disruption
      // guard holds, since the node itself says it is gone.
      await releaseRunsOf(deps, cluster, cred.nodeId, cred.epoch, { epoch: cred.epoch, state: "stopped" }, { ignoreGuard: true });
      return left;
    }
    if (attempt >= MAX_ATTEMPTS) throw busy(cred.nodeId);
  }
}

/** The term this incarnation holds, as the cluster item read says. */
const heldBy = (cluster: ClusterItem, cred: NodeCredentials) =>
  cluster.primary?.nodeId === cred.nodeId && cluster.primary.epoch === cred.epoch ? cluster.primary.term : undefined;

async function tryLeave(
  deps: Deps,
  cred: NodeCredentials,
  cluster: ClusterItem,
  leaseTerm: number | undefined,
): Promise<{ state: "stopped"; shutdown: string } | { leaseTerm: number | undefined }> {
  const now = deps.clock.now();
  // The node does not read its state first: the write accepts any state the row leaves from.
  const row = rowOf(NODE_LIFECYCLE, "leave", "running");
  const write = nodeTransaction(row, {
    cluster,
    nodeId: cred.nodeId,
    now,
    cred,
    set: ["shutdown = :shutdown"],
    remove: ["recoveringSince"],
    values: { ":shutdown": iso(now) },
    lease: { term: leaseTerm },
    returnOld: true,
    details: { "node.left": { epoch: cred.epoch } },
  });
  try {
    await deps.table.transact(write.items);
    return { state: "stopped" as const, shutdown: iso(now) };
  } catch (error) {
    if (!(error instanceof TransactionCanceled)) throw error;
    const refusal = error.reasons[0];
    // Another writer was in the way, or the node item was fine and the cluster's lease was not as read: try again.
    if (error.conflicted || refusal?.code !== "ConditionalCheckFailed") return { leaseTerm };
    const stored = refusal.item as NodeItem | undefined;
    // Live and this very incarnation: the lease was not as the cluster read said; its own item says.
    if (stored?.epoch === cred.epoch && tokenMatches(cred.token, stored.tokenHash) && isLive(stored.state)) return { leaseTerm: stored.primaryTerm };
    const why = explainRefusal(stored, cred);
    if (why === "stopped") return { state: "stopped" as const, shutdown: stored!.shutdown };
    if (why instanceof RosterError) throw why;
    return { leaseTerm: stored?.primaryTerm }; // the state moved meanwhile
  }
}
