import { auditCluster } from "./audit";
import { iso } from "../common/clock";
import { type ClusterItem, listClusterIds, readCluster } from "../clusters/cluster-item";
import type { StoreDeps } from "../ports";
import { queryNodes } from "../clusters/cluster-nodes";
import { type NodeItem, type NodeState } from "../nodes/node-item";
import { type NodeSeen, type Recovery, activeRuns, recoverRun, runsToRecover } from "../jobs/run-recovery";
import { type Transition, nextChangeAt, planSweep } from "./sweep-plan";
import { StoreUnavailable } from "../store/table";
import { rowOf } from "../common/lifecycle-table";
import { NODE_LIFECYCLE } from "../nodes/lifecycle";
import { nodeTransaction } from "../nodes/node-writes";
import { MAX_TURN_MS, MIN_TURN_MS, moveTurn, takeSweepTurn } from "./sweep-turn";
import { changeGuard } from "./guard";
import { tryTransact } from "../store/try-transact";
import { detectionSettings } from "../clusters/detection-timeout";

export interface SweepResult {
  clusterId: string;
  /** Transitions this sweep wrote; a racing writer's wins are not counted. */
  changed: number;
  disruption?: "enter" | "leave";
  /** The earliest moment a sweep could change something again, as this one saw the nodes. */
  nextChangeAt?: number;
  /** Repairs of the invariant audit that runs beside the scheduled sweep (`audit.ts`). */
  repaired?: number;
  /** Set when this cluster's sweep failed (the scheduled sweep goes on with the others). */
  error?: string;
  /** The cluster's nodes by state as this sweep left them (for metrics). */
  nodes?: Record<NodeState, number>;
}

const countStates = (nodes: Iterable<{ state: string }>) => {
  const counts: Record<NodeState, number> = { running: 0, recovering: 0, offline: 0, stopped: 0 };
  for (const node of nodes) counts[node.state as NodeState] += 1;
  return counts;
};

/**
 * A sweep of one cluster, if it is due and no other sweeper has the turn. The sweep knows when
 * the next change can happen at the earliest (a node's timeout); its turn is moved to end
 * exactly then, so check-ins start the next sweep when it can matter: a silent node is seen at
 * the first check-in after its timeout, and a quiet cluster is not swept in between.
 */
export async function runSweep(deps: StoreDeps, clusterId: string): Promise<SweepResult | undefined> {
  const cluster = await takeSweepTurn(deps, clusterId);
  if (!cluster) return undefined;
  const result = await sweepCluster(deps, cluster);
  if (result.nextChangeAt !== undefined) {
    const now = deps.clock.now();
    const until = Math.min(Math.max(result.nextChangeAt, now + MIN_TURN_MS), now + MAX_TURN_MS);
    if (until !== cluster.sweepLeaseUntil) await moveTurn(deps, clusterId, cluster.sweepLeaseUntil!, until);
  }
  return result;
}

/**
 * The scheduled backstop: every cluster whose sweep is due, and the invariant audit of every
 * cluster (`audit.ts`). A cluster whose sweep fails is
 * reported in its result (`error`) and the others are still swept: one bad cluster must not
 * stop detection everywhere.
 */
export async function sweepAll(deps: StoreDeps): Promise<SweepResult[]> {
  const results: SweepResult[] = [];
  for (const clusterId of await listClusterIds(deps)) {
    try {
      const result = await runSweep(deps, clusterId);
      const cluster = await readCluster(deps, clusterId, { consistent: true });
      const audit = cluster ? await auditCluster(deps, cluster) : undefined;
      if (result || audit?.repaired.length) {
        results.push({ ...(result ?? { clusterId, changed: 0 }), ...(audit?.repaired.length ? { repaired: audit.repaired.length } : {}) });
      }
    } catch (error) {
      results.push({ clusterId, changed: 0, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }
  return results;
}

const PARALLEL_WRITES = 8;

/**
 * One sweep: read the cluster's nodes once (a query per shard), plan, and write only what
 * changes. Every write is conditioned on what was read, so a node that checks in between the
 * read and the write keeps its state, and two sweepers never record one change twice.
 */
export async function sweepCluster(deps: StoreDeps, cluster: ClusterItem): Promise<SweepResult> {
  const nodes = await queryNodes(deps, cluster);
  const now = deps.clock.now();
  const settings = detectionSettings(cluster, now); // a lowered timeout counts once nodes may have heard it
  const plan = planSweep({
    nodes,
    settings,
    now,
    ...(cluster.disruptedSince === undefined ? {} : { disruptedSince: cluster.disruptedSince }),
    ...(cluster.stabilizedAt === undefined ? {} : { stabilizedAt: cluster.stabilizedAt }),
  });
  const result: SweepResult = { clusterId: cluster.clusterId, changed: 0, nodes: countStates(nodes) };
  if (plan.disruption) {
    // Another sweeper that changed the guard first has the newer picture: leave it to that one.
    if (!(await changeGuard(deps, cluster, plan, nodes, now))) return result;
    result.disruption = plan.disruption;
  }
  // Each write gets its place in the sweep (`seq`), so the log reads guard first, then the nodes.
  const nodesNow = new Map<string, NodeSeen>(nodes.map((n) => [n.nodeId, n]));
  // With a primary lease in play, a transition can also lose to an election that landed after
  // the read (its `lease as read` check): the node is still overdue, so sweep again soon.
  const leased = cluster.primary !== undefined || settings.primaryMode !== "none";
  let lost = 0;
  let unfinished = await inParallel(
    plan.transitions.map((transition, i) => async () => {
      if (await applyTransition(deps, cluster, transition, now, i + 1)) {
        result.changed += 1;
        nodesNow.set(transition.node.nodeId, { ...transition.node, state: transition.to });
      } else if (leased) lost += 1;
    }),
  );
  unfinished += lost;
  // While the guard holds, keep sweeping at the short period: it lifts as soon as nodes return.
  const guarded = cluster.disruptedSince !== undefined || plan.disruption !== undefined;
  if (!guarded) result.nextChangeAt = nextChangeAt({
    nodes: [...nodesNow.entries()].map(([nodeId, n]) => {
      const read = nodes.find((x) => x.nodeId === nodeId)!;
      return n.state === read.state ? read : { ...read, state: n.state as NodeItem["state"], recoveringSince: now };
    }),
    settings,
    now,
    ...(cluster.stabilizedAt === undefined ? {} : { stabilizedAt: cluster.stabilizedAt }),
  });
  // Work of nodes that are not running, and runs whose lease lapsed, go back, unless the guard
  // holds (nothing destructive then).
  if (cluster.disruptedSince === undefined && plan.disruption !== "enter") {
    const decisions = runsToRecover(await activeRuns(deps, cluster.clusterId), nodesNow, { now, settings });
    const first = plan.transitions.length + 1; // after the node transitions in the log
    // Runs of one node are taken back one after another: each write touches its node item.
    const byNode = new Map<string, (Recovery & { seq: number })[]>();
    decisions.forEach((d, i) => byNode.set(d.run.nodeId, [...(byNode.get(d.run.nodeId) ?? []), { ...d, seq: first + i }]));
    unfinished += await inParallel(
      [...byNode.values()].map((list) => async () => {
        for (const decision of list) {
          if (await recoverRun(deps, cluster, decision, nodesNow.get(decision.run.nodeId), now, decision.seq)) result.changed += 1;
        }
      }),
    );
  }
  if (unfinished > 0) result.nextChangeAt = now; // retry soon: the turn ends at the shortest
  result.nodes = countStates(nodesNow.values());
  return result;
}

/**
 * Run the sweep's writes, a few at a time. A write the store could not take (throttled, timed
 * out, or its answer lost) does not stop the others: it is counted, and the sweep's turn then
 * ends at once so that the next check-in sweeps again (a write that did commit is found done).
 */
async function inParallel(tasks: (() => Promise<void>)[]): Promise<number> {
  const queue = [...tasks];
  let unavailable = 0;
  const worker = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) {
      try {
        await task();
      } catch (error) {
        if (!(error instanceof StoreUnavailable)) throw error;
        unavailable += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_WRITES }, worker));
  return unavailable;
}

/**
 * One node's change as the sweep decided it: the `time out` or `go offline` row, conditioned on
 * the node as read (and, to go offline, on the guard being down as read), with its event at its
 * place in the sweep (`seq`). False when the node or the guard moved meanwhile.
 */
async function applyTransition(deps: StoreDeps, cluster: ClusterItem, transition: Transition, now: number, seq: number) {
  const { node } = transition;
  const row = rowOf(NODE_LIFECYCLE, transition.to === "recovering" ? "time out" : "go offline", node.state);
  const write = nodeTransaction(row, {
    cluster,
    nodeId: node.nodeId,
    now,
    seen: node,
    lease: { term: node.primaryTerm },
    ...(transition.to === "recovering" ? { set: ["recoveringSince = :now"], values: { ":now": now } } : {}),
    details: {
      "node.recovering": { epoch: node.epoch, lastCheckIn: iso(node.lastCheckIn) },
      "node.offline": { epoch: node.epoch, recoveringSince: iso(node.recoveringSince ?? node.lastCheckIn) },
    },
    firstSeq: seq,
  });
  return tryTransact(deps.table, write.items); // false: the node or the guard moved, harmless
}
