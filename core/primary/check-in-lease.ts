import { iso } from "../common/clock";
import { rowOf } from "../common/lifecycle-table";
import type { ClusterItem } from "../clusters/cluster-item";
import { clusterNodeKey, queryNodes } from "../clusters/cluster-nodes";
import { withDefaults } from "../clusters/settings";
import { type NodeCredentials, ownNodeKey } from "../nodes/credentials";
import { nonconformantReasons } from "../nodes/conformance";
import type { NodeItem } from "../nodes/node-item";
import type { Deps } from "../ports";
import { ConditionFailed, type TransactItem } from "../store/table";
import { NODE_LIFECYCLE } from "../nodes/lifecycle";
import { nodeTransaction } from "../nodes/node-writes";
import { LEASE_LIFECYCLE } from "./lease-lifecycle";
import { planSweep } from "../detection/sweep-plan";
import { type PrimaryView, type Role, primaryOf, toPrimaryView } from "./lease-views";
import { electWrites, handOverWrites, handoverRequest, releaseWrites } from "./lease-writes";
import { tryTransact } from "../store/try-transact";
import { detectionSettings } from "../clusters/detection-timeout";

/**
 * What a check-in does with the primary lease, after its heartbeat. The heartbeat's answer
 * (the node item, ALL_NEW) says authoritatively whether this incarnation holds the lease: the
 * heartbeat is the renewal, so holding costs nothing. Anything more is one transaction, and
 * only when something changes:
 *
 * - the holder releases when primaryMode is none, and hands over when a move is pending (the
 *   node it goes to is read first): a holder that still claims its term (`primaryTerm` in the
 *   body) is first told standby, and the lease moves at its next check-in that claims nothing;
 *   the next holder learns it at its own next check-in, so no two nodes believe at one instant,
 *   even when an answer is lost;
 * - a standby takes a free lease (`elect`) when the mode allows, the guard is down and it is
 *   conformant; in mode preferred another node reads the preferred one first and takes it only
 *   when that one is absent, not running or not conformant (`elect instead of the preferred`);
 * - the preferred node, finding another holder, asks for the lease (`ask handover`), once.
 *
 * A standby that finds a holder in the cluster item it read anyway writes and reads nothing.
 */

export interface LeaseAnswer {
  role: Role;
  primary: PrimaryView | null;
  warnings: string[];
}

export interface CheckInLease {
  cluster: ClusterItem;
  /** This incarnation's node item, as its heartbeat (or recovery) left it: running. */
  node: NodeItem;
  cred: NodeCredentials;
  now: number;
  conformant: boolean;
  /** The term the node believes it holds (`primaryTerm` in the check-in body). */
  claimedTerm?: number;
  /** This check-in asks for a sweep (a deadline has passed): it may time the holder out itself. */
  asksSweep?: boolean;
}

export async function leaseAtCheckIn(deps: Deps, input: CheckInLease): Promise<LeaseAnswer> {
  const answer = await step(deps, input);
  const claimed = input.claimedTerm;
  // A term the node believes it holds and does not (any more): refused where Roster sees it.
  const stale = claimed !== undefined && !(answer.role === "primary" && answer.primary?.term === claimed);
  return { ...answer, warnings: stale ? [`primary term ${claimed} is no longer valid`] : [] };
}

const standby = (primary: PrimaryView | null) => ({ role: "standby" as const, primary });

async function step(deps: Deps, input: CheckInLease): Promise<Omit<LeaseAnswer, "warnings">> {
  const { node, cred, now } = input;
  let { cluster } = input;
  const settings = withDefaults(cluster.settings);
  const me = cred.nodeId;
  // The holder as the cluster item read says, unless that is this node (its own item is the truth).
  const other = cluster.primary?.nodeId === me ? null : primaryOf(cluster);
  const held = node.primaryTerm;

  if (held !== undefined) {
    const since = node.primarySince ?? now;
    const mine = { ...cluster, primary: { nodeId: me, epoch: cred.epoch, term: held, since } };
    const current = cluster.primary?.nodeId === me && cluster.primary.term === held;
    if (settings.primaryMode === "none") {
      // In two steps, as a handover: a holder that still claims its term is told standby first.
      if (input.claimedTerm !== undefined) return standby(null);
      const release = releaseWrites(rowOf(LEASE_LIFECYCLE, "release", "held"), { cluster: mine, cred, now, heartbeat: node.lastCheckIn, reason: "disabled" });
      return (await write(deps, cluster, release)) ? standby(null) : await ownRole(deps, cred, now);
    }
    if (current && cluster.handoverTo !== undefined && cluster.handoverTo !== me) {
      return handOver(deps, { ...cluster, primary: mine.primary }, cred, now, node.lastCheckIn, input.claimedTerm !== undefined);
    }
    // A lease handed over begins at the holder's check-in that gave it: never answer primary before then.
    return since <= now ? { role: "primary", primary: toPrimaryView(mine.primary) } : standby(null);
  }
  if (settings.primaryMode === "none") return standby(other);
  if (cluster.primary && input.asksSweep && input.conformant && cluster.disruptedSince === undefined) {
    cluster = (await timeOutHolder(deps, cluster, now)) ?? cluster;
  }
  if (cluster.primary) {
    const preferred = settings.primaryMode === "preferred" && settings.preferredPrimary === me;
    // It asks only once it has been running for a timeout's length: a preferred node that keeps
    // coming back and going silent would otherwise pull the lease away each time (a flapping holder).
    const runningSince = Math.max(Date.parse(node.startup), node.recoveredAt ?? 0);
    const settled = now - runningSince >= settings.instanceTimeoutMs;
    if (preferred && settled && input.conformant && cluster.handoverTo !== me) {
      deps.clusterCache?.forget(cluster.clusterId);
      try {
        await deps.table.update(handoverRequest(rowOf(LEASE_LIFECYCLE, "ask handover", "held"), { cluster, to: me }));
      } catch (error) {
        if (!(error instanceof ConditionFailed)) throw error; // the holder changed meanwhile: ask again next time
      }
    }
    return standby(other);
  }
  if (cluster.disruptedSince !== undefined || !input.conformant) return standby(null);
  const preferredId = settings.primaryMode === "preferred" ? settings.preferredPrimary : null;
  if (preferredId && preferredId !== me) {
    const preferred = ((await deps.table.get({ Key: clusterNodeKey(cluster, preferredId) })) as NodeItem | undefined) ?? null;
    // A running, conformant preferred node takes the lease itself at its next check-in.
    if (preferred?.state === "running" && nonconformantReasons(preferred, cluster).length === 0) return standby(null);
    const grant = electWrites(rowOf(LEASE_LIFECYCLE, "elect instead of the preferred", "free"), { cluster, cred, now, preferred });
    return (await write(deps, cluster, grant.items)) ? { role: "primary", primary: toPrimaryView(grant.primary) } : standby(null);
  }
  const grant = electWrites(rowOf(LEASE_LIFECYCLE, "elect", "free"), { cluster, cred, now });
  return (await write(deps, cluster, grant.items)) ? { role: "primary", primary: toPrimaryView(grant.primary) } : standby(null);
}

/**
 * The holder hands the lease to the node a move names, if that node runs (read now); else the
 * move is dropped and the holder keeps it. In two steps, so that a lost answer never leaves two
 * nodes believing: a holder that still claims its term (`claims`) is told standby and keeps the
 * lease; the lease moves at its first check-in that no longer claims it (it heard standby, or its
 * fence fell). A client that never says what it believes hands over at once.
 */
async function handOver(deps: Deps, cluster: ClusterItem, cred: NodeCredentials, now: number, heartbeat: number, claims: boolean): Promise<Omit<LeaseAnswer, "warnings">> {
  const to = cluster.handoverTo!;
  const target = (await deps.table.get({ Key: clusterNodeKey(cluster, to), ConsistentRead: true })) as NodeItem | undefined;
  if (target?.state === "running") {
    if (claims) return standby(null);
    const grant = handOverWrites(rowOf(LEASE_LIFECYCLE, "hand over", "moving"), { cluster, cred, target, now, heartbeat });
    if (await write(deps, cluster, grant.items)) return standby(toPrimaryView(grant.primary));
    return ownRole(deps, cred, now);
  }
  deps.clusterCache?.forget(cluster.clusterId);
  try {
    await deps.table.update(handoverRequest(rowOf(LEASE_LIFECYCLE, "drop handover", "moving"), { cluster, to: undefined }));
  } catch (error) {
    if (!(error instanceof ConditionFailed)) throw error;
  }
  // Dropping a move changes nothing of the lease: it holds as its heartbeat said.
  return cluster.primary!.since <= now ? { role: "primary", primary: toPrimaryView(cluster.primary) } : standby(null);
}

/**
 * The check-in that asks for a sweep (a deadline has passed) does the sweep's `time out` of the
 * lease's holder itself when the holder is overdue, by the sweep's own rule and through the same
 * row (conditioned on the holder as read, its lease ended in the same transaction), so that the
 * standby that notices can be elected in the same check-in: with one standby, failover then
 * takes T + I, not T + 2I. It applies the sweep's disruption rule as well (a silent majority
 * trips the guard and nobody is elected), from a read of the cluster's nodes. Costs one read
 * when a sweep is due, and the node queries only when the holder is overdue. The cluster as it is after
 * the write (the lease free), or undefined when the holder is not overdue or the write lost.
 */
async function timeOutHolder(deps: Deps, cluster: ClusterItem, now: number): Promise<ClusterItem | undefined> {
  const held = cluster.primary!;
  const holder = (await deps.table.get({ Key: clusterNodeKey(cluster, held.nodeId) })) as NodeItem | undefined;
  if (!holder || holder.state !== "running" || holder.epoch !== held.epoch) return undefined;
  const settings = detectionSettings(cluster, now);
  if (now - Math.max(holder.lastCheckIn, cluster.stabilizedAt ?? 0) <= settings.instanceTimeoutMs) return undefined;
  // The sweep's disruption rule too: when the sweep would trip the guard, it is the sweep's to
  // do, and nobody is elected (else the order of this check-in and the sweep would decide).
  const others = (await queryNodes(deps, cluster)).filter((n) => n.nodeId !== holder.nodeId);
  const plan = planSweep({ nodes: [...others, holder], settings, now, ...(cluster.stabilizedAt === undefined ? {} : { stabilizedAt: cluster.stabilizedAt }) });
  if (plan.disruption === "enter") return undefined;
  const timeOut = nodeTransaction(rowOf(NODE_LIFECYCLE, "time out", "running"), {
    cluster,
    nodeId: holder.nodeId,
    now,
    seen: holder,
    lease: { term: holder.primaryTerm },
    set: ["recoveringSince = :now"],
    values: { ":now": now },
    details: { "node.recovering": { epoch: holder.epoch, lastCheckIn: iso(holder.lastCheckIn) } },
  });
  if (!(await write(deps, cluster, timeOut.items))) return undefined;
  const { primary: _ended, handoverTo: _moved, ...rest } = cluster;
  return { ...rest, primaryFreeFrom: now };
}

/** After a lease write that lost: what this incarnation's own item says now (one consistent read). */
async function ownRole(deps: Deps, cred: NodeCredentials, now: number): Promise<Omit<LeaseAnswer, "warnings">> {
  const node = (await deps.table.get({ Key: ownNodeKey(cred), ConsistentRead: true })) as NodeItem | undefined;
  const holds = node?.epoch === cred.epoch && node.state === "running" && node.primaryTerm !== undefined && (node.primarySince ?? 0) <= now;
  return holds ? { role: "primary", primary: { nodeId: cred.nodeId, term: node.primaryTerm!, since: iso(node.primarySince!) } } : standby(null);
}

/** A lease transaction that may lose a race: false when it did. The check-in's read memory is dropped either way. */
async function write(deps: Deps, cluster: ClusterItem, items: TransactItem[]) {
  deps.clusterCache?.forget(cluster.clusterId);
  return tryTransact(deps.table, items);
}
