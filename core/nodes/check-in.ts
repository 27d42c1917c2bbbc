import { iso } from "../common/clock";
import type { ClusterItem } from "../clusters/cluster-item";
import { keystoreRef } from "../keystore/keystore";
import { nonconformantReasons } from "./conformance";
import type { Deps, SweepTrigger } from "../ports";
import { RosterError, conflict, invalidRequest, unauthorized } from "../common/errors";
import type { NodeItem } from "./node-item";
import { withDefaults } from "../clusters/settings";
import { ConditionFailed, type Item, TransactionCanceled } from "../store/table";
import { claimWindow, readClusterAndDue, runnableDue } from "../jobs/claims";
import { settleDrain } from "./drain";
import { type Listing, MAX_HELD, holdingUpdate, listingOf, reconcile, takeBack } from "../jobs/holdings";
import { sweepDue } from "../detection/sweep-turn";
import { type NodeCredentials, explainRefusal, ownNodeKey, rejoinRequired } from "./credentials";
import { tokenMatches } from "../common/tokens";
import { rowOf } from "../common/lifecycle-table";
import { NODE_LIFECYCLE } from "./lifecycle";
import { nodeTransaction, nodeUpdate } from "./node-writes";
import type { CheckInBody, CheckInResponse } from "./schemas";
import { MAX_ATTEMPTS, busy } from "./attempts";
import { leaseAtCheckIn } from "../primary/check-in-lease";

/**
 * What a check-in reports about the node, written with the heartbeat: also what it holds, which
 * renews their leases, and its sequence number, which orders check-ins: one that arrives after a
 * later one must not write an older listing over a newer one (the row's `order` check).
 */
function reported(body: CheckInBody, listing: Listing, now: number) {
  const holding = holdingUpdate(listing);
  // What the node takes (capacity, types) is kept for explaining why a job waits (core/jobs/explain.ts).
  const set = ["lastCheckIn = :now", "clockSkewMs = :skew", "askedCapacity = :capacity", ...(holding.set ? [holding.set] : [])];
  const remove = [...(holding.remove ? [holding.remove] : []), ...(body.types === undefined ? ["jobTypes"] : [])];
  const values: Record<string, unknown> = { ":now": now, ":skew": Date.parse(body.sentAt) - now, ":capacity": body.capacity ?? 0, ...holding.values };
  if (body.types !== undefined) {
    set.push("jobTypes = :types");
    values[":types"] = body.types;
  }
  if (body.seq !== undefined) {
    set.push("checkInSeq = :seq");
    values[":seq"] = body.seq;
  }
  for (const field of ["softwareVersion", "configFingerprint", "keystoreFingerprint", "capabilities"] as const) {
    if (body[field] !== undefined) {
      set.push(`${field} = :${field}`);
      values[`:${field}`] = body[field];
    }
  }
  return { set, remove, values, now, ...(body.seq === undefined ? {} : { seq: body.seq }) };
}
type Reported = ReturnType<typeof reported>;

/**
 * A check-in of this very incarnation that a later one has overtaken: by `seq`, or, for a
 * running node, by time (`fresh`: a later check-in's write landed first).
 */
const overtaken = (stored: Item | undefined, cred: NodeCredentials, body: CheckInBody, now: number) => {
  if (stored?.epoch !== cred.epoch || !tokenMatches(cred.token, stored.tokenHash as string)) return false;
  const bySeq = body.seq !== undefined && typeof stored.checkInSeq === "number" && stored.checkInSeq >= body.seq;
  const byTime = stored.state === "running" && typeof stored.lastCheckIn === "number" && stored.lastCheckIn > now;
  return bySeq || byTime;
};

const outOfOrder = (body: CheckInBody) =>
  conflict(
    "check_in_out_of_order",
    `check-in${body.seq === undefined ? "" : ` ${body.seq}`} arrived after a later one of this incarnation: it changed nothing`,
  );

/**
 * Check-in: the heartbeat is one UpdateItem whose condition is the whole access rule (this
 * token, this epoch, state running: the `check-in` row); the cluster item is read beside it,
 * in parallel, for the settings in the response. So an idle check-in costs one write and one
 * read, and a refused one explains itself from the item the refusal returns.
 *
 * The token's hash is matched by DynamoDB's condition: that compares SHA-256 digests of
 * 256-bit secrets, which leaks nothing a caller could steer; refusals are explained with the
 * constant-time comparison of `tokenMatches`.
 */
export async function checkIn(deps: Deps, cred: NodeCredentials, body: CheckInBody): Promise<CheckInResponse> {
  if (body.epoch !== cred.epoch) {
    throw invalidRequest("epoch does not match the node token", [{ path: "epoch", message: "must be the epoch of the node token" }]);
  }
  const capacity = body.capacity ?? 0;
  const listing = listingOf(body);
  const row = rowOf(NODE_LIFECYCLE, "check-in", "running");
  for (let attempt = 1; ; attempt++) {
    const now = deps.clock.now();
    const report = reported(body, listing, now);
    const [read, heartbeat] = await Promise.all([
      readClusterAndDue(deps, cred.clusterId, now, claimWindow(capacity)),
      deps.table
        .update({
          ...nodeUpdate(row, { clusterId: cred.clusterId, nodeId: cred.nodeId, shards: cred.shards, cred, ...report, returnOld: true }),
          ReturnValues: "ALL_NEW",
        })
        .then(
          (node) => node as NodeItem,
          (error) => {
            if (!(error instanceof ConditionFailed)) return Promise.reject(error);
            return overtaken(error.item, cred, body, now) ? outOfOrder(body) : explainRefusal(error.item, cred);
          },
        ),
    ]);
    const { cluster } = read;
    if (heartbeat instanceof RosterError) throw heartbeat;
    if (!cluster) throw unauthorized();
    if (heartbeat === "stopped") throw rejoinRequired(cred.nodeId, "stopped");
    // The trigger is decided from the cluster item read above, so it costs the check-in no
    // request; the sweep itself runs beside the request, never in it.
    const asksSweep = deps.sweeps !== undefined && sweepDue(cluster, now);
    if (asksSweep) {
      deps.clusterCache?.forget(cred.clusterId); // the sweep moves the turn: read it afresh next time
      await requestSweep(deps.sweeps!, cred.clusterId);
    }
    let node = heartbeat === "recovering" ? await recover(deps, cred, cluster, report, now) : heartbeat;
    if (!node) {
      if (attempt < MAX_ATTEMPTS) continue;
      throw busy(cred.nodeId);
    }
    // A draining node's claims go back (again: a drain cut short between its steps is finished here).
    if (node.drainingSince !== undefined) node = await settleDrain(deps, cluster, node);
    // Leases: what the node listed and no longer has is revoked; what it has and left out goes back.
    const { revoked, forgotten } = reconcile(node, listing);
    if (forgotten.length) await takeBack(deps, cluster, cred, node, forgotten, now);
    const warnings = nonconformantReasons(node, cluster);
    const held = Math.max(node.assigned?.size ?? 0, listing.runIds.length);
    const room = Math.min(capacity, MAX_HELD - held);
    const eligible = room > 0 && node.schedulingEnabled && node.drainingSince === undefined && warnings.length === 0;
    const runnable = eligible ? await runnableDue(deps, cred.clusterId, read.due, { node, types: body.types, now, window: claimWindow(capacity), wanted: room }) : [];
    const claiming = eligible && runnable.length > 0;
    if (claiming) deps.clusterCache?.forget(cred.clusterId); // claims move the due pointers
    // Loaded on the first check-in that has something to claim (it brings the scheduling libraries).
    const claims = claiming ? await (await import("../jobs/claim-due")).claimDue(deps, cluster, cred, runnable, room, now) : [];
    // The primary lease: nothing more to pay unless it changes hands (core/primary/).
    const lease = await leaseAtCheckIn(deps, {
      cluster,
      node,
      cred,
      now,
      conformant: warnings.length === 0,
      asksSweep,
      ...(body.primaryTerm === undefined ? {} : { claimedTerm: body.primaryTerm }),
    });
    return {
      state: "running",
      serverTime: iso(now),
      role: lease.role,
      primary: lease.primary,
      settings: withDefaults(cluster.settings),
      keystore: keystoreRef(cluster),
      conformant: warnings.length === 0,
      claims,
      revoked,
      warnings: [...warnings, ...lease.warnings],
    };
  }
}

/**
 * A recovering node checked in: back to running (the `recover` row), with what the check-in
 * reports and its `node.recovered` event in the same transaction. Returns undefined when the
 * state moved under it (the caller tries again).
 */
async function recover(deps: Deps, cred: NodeCredentials, cluster: ClusterItem, report: Reported, now: number): Promise<NodeItem | undefined> {
  const row = rowOf(NODE_LIFECYCLE, "recover", "recovering");
  const write = nodeTransaction(row, {
    cluster,
    nodeId: cred.nodeId,
    cred,
    ...report, // its `now` is the check-in's: the events' time and the `fresh` check
    set: [...report.set, "recoveredAt = :now"], // when it last became running (a preferred primary's hold-down)
    remove: [...report.remove, "recoveringSince"],
    details: { "node.recovered": { epoch: cred.epoch } },
  });
  try {
    await deps.table.transact(write.items);
  } catch (error) {
    if (error instanceof TransactionCanceled) return undefined;
    throw error;
  }
  const node = (await deps.table.get({ Key: ownNodeKey(cred), ConsistentRead: true })) as NodeItem | undefined;
  // A join may have replaced this incarnation since: never hand the old one the new one's item.
  return node && node.epoch === cred.epoch && tokenMatches(cred.token, node.tokenHash) ? node : undefined;
}

/** A trigger that fails costs a sweep, never the check-in: the schedule is the backstop. */
async function requestSweep(sweeps: SweepTrigger, clusterId: string) {
  try {
    await sweeps.request(clusterId);
  } catch {
    // deliberately quiet: the next due check-in or the scheduled sweep asks again
  }
}
