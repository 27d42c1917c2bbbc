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

/**
 * Leave: `stopped`, with `shutdown` set, and `node.left` in the same transaction (the `leave`
 * row). Leaving twice is not an error: the second call finds the node stopped and says so.
 */
export async function leave(deps: Deps, cred: NodeCredentials) {
  const cluster = await readCluster(deps, cred.clusterId);
  if (!cluster) throw unauthorized();
  for (let attempt = 1; ; attempt++) {
    const left = await tryLeave(deps, cred, cluster);
    if (left) {
      // Unstarted claims go back at once, started runs are orphaned: even while the disruption
      // guard holds, since the node itself says it is gone.
      await releaseRunsOf(deps, cluster, cred.nodeId, cred.epoch, { epoch: cred.epoch, state: "stopped" }, { ignoreGuard: true });
      return left;
    }
    if (attempt >= MAX_ATTEMPTS) throw busy(cred.nodeId);
  }
}

async function tryLeave(deps: Deps, cred: NodeCredentials, cluster: ClusterItem) {
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
    returnOld: true,
    details: { "node.left": { epoch: cred.epoch } },
  });
  try {
    await deps.table.transact(write.items);
    return { state: "stopped" as const, shutdown: iso(now) };
  } catch (error) {
    if (!(error instanceof TransactionCanceled)) throw error;
    if (error.conflicted) return undefined;
    const stored = error.reasons[0]?.item;
    const why = explainRefusal(stored, cred);
    if (why === "stopped") return { state: "stopped" as const, shutdown: stored!.shutdown as string };
    if (why instanceof RosterError) throw why;
    return undefined; // it was live, yet the write lost: the state moved meanwhile
  }
}
