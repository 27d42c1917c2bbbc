import { iso } from "../common/clock";
import { ABSENT } from "../common/lifecycle-table";
import { hashToken } from "../common/tokens";
import type { ClusterSettings } from "../clusters/settings";
import { type EventInput, type EventType, recordEvent } from "../events/events";
import { type NodeCredentials, ownNodeKey } from "../nodes/credentials";
import { activeRunKey, clusterKey, nodeKey } from "../store/keys";
import type { TransactItem } from "../store/table";
import { type JobItem, insertOccurrence } from "./job-item";
import { type LeaseNode, leaseMs } from "./leases";
import { CHECKED_ON, type CheckedItem, MAX_HELD, RUN_LIFECYCLE, type RunCheck, type RunRow } from "./run-lifecycle";
import { type RunItem, type RunState, jobOfRun } from "./run-items";
import { releaseJob, sameJob, toHistory } from "./run-writes";

/**
 * The writes of the run lifecycle, built from a row of `RUN_LIFECYCLE`: the run item's write,
 * the node item's, the cluster's guard, the job's and the events, as one transaction. Every
 * condition is the row's checks on that item (`conditionOf`), so a check the row does not
 * name is not made, and a write that is not a row cannot be built. The items keep their
 * order: the run first, then the node (callers explain refusals by index).
 */

type Values = Record<string, unknown>;

interface Condition {
  ConditionExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Values;
}

/**
 * The condition of `checks` on one item: their conditions joined with AND, with the attribute
 * names and values the condition (and the update expression) use, taken from `values`. Every
 * write of the lifecycle is conditioned: no check is an error.
 */
export function conditionOf(checks: readonly RunCheck[], values: Values): Condition;
export function conditionOf(checks: readonly RunCheck[], values: Values, update: string): Condition & { UpdateExpression: string };
export function conditionOf(checks: readonly RunCheck[], values: Values, update?: string): Condition & { UpdateExpression?: string } {
  if (checks.length === 0) throw new Error(`run lifecycle: a write with no check${update ? ` (${update})` : ""}`);
  const condition = checks.map((check) => RUN_LIFECYCLE.checks[check]).join(" AND ");
  const said = `${condition} ${update ?? ""}`;
  const names = Object.fromEntries([...new Set(said.match(/#\w+/g))].map((name) => [name, name.slice(1)]));
  const used = Object.fromEntries(
    [...new Set(said.match(/:\w+/g))].map((name) => {
      if (!(name in values)) throw new Error(`run lifecycle: no value for ${name} in '${said.trim()}'`);
      return [name, values[name]];
    }),
  );
  return {
    ConditionExpression: condition,
    ...(update ? { UpdateExpression: update } : {}),
    ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
    ...(Object.keys(used).length ? { ExpressionAttributeValues: used } : {}),
  };
}

/** The row's checks on one item, in the row's order. */
export const checksOn = (row: RunRow, item: CheckedItem) => row.checks.filter((check) => CHECKED_ON[check] === item);

/** The one state a row of a single `from` starts from (what its `state` check compares with). */
export function fromOf(row: RunRow): RunState | typeof ABSENT {
  if (row.from.length !== 1) throw new Error(`run lifecycle: '${row.name}' starts from ${row.from.join(" or ")}: say which`);
  return row.from[0]!;
}

/** The state a row leaves the run in (every row that writes the run names one). */
export function toOf(row: RunRow): RunState {
  if (!RUN_LIFECYCLE.states.includes(row.to as RunState)) throw new Error(`run lifecycle: '${row.name}' writes no run state`);
  return row.to as RunState;
}

/** What the events of the run lifecycle say, from the run and the row that writes them. */
function eventOf(type: string, row: RunRow, run: Pick<RunItem, "runId" | "clusterId" | "jobId" | "nodeId" | "epoch"> & Partial<RunItem>): EventInput {
  const about = { type: type as EventType, jobId: run.jobId, nodeId: run.nodeId };
  switch (type) {
    case "job.claimed":
      return { ...about, detail: { runId: run.runId, fencingToken: run.fencingToken, scheduledFor: iso(run.scheduledFor!), epoch: run.epoch } };
    case "job.started":
      return { ...about, detail: { runId: run.runId } };
    case "job.completed":
      return { ...about, detail: { runId: run.runId, outcome: row.to } };
    case "job.cancelling":
      return { ...about, detail: { runId: run.runId, epoch: run.epoch } };
    case "job.requeued":
    case "job.orphaned":
    case "job.cancelled":
      return { ...about, detail: { runId: run.runId, epoch: run.epoch, scheduledFor: iso(run.scheduledFor!), reason: row.name } };
  }
  throw new Error(`run lifecycle: no event '${type}'`);
}

/** The row's events (after any that precede them in the same write), numbered from `seq`. */
export const eventsOf = (row: RunRow, run: Parameters<typeof eventOf>[2], at: { now: number; retentionMs: number; seq?: number }, before: EventInput[] = []) =>
  [...before, ...row.events.map((type) => eventOf(type, row, run))].map((event, i) =>
    recordEvent(run.clusterId, event, at.now, at.retentionMs, (at.seq ?? 0) + i),
  );

/** The job written back on the version read, when the row checks it (and the job is still the run's). */
const jobWrites = (row: RunRow, job: JobItem | undefined, run: RunItem, change?: (job: JobItem) => JobItem) =>
  row.checks.includes("job version") ? releaseJob(job, run, change) : [];

/** The values of the checks a node makes with its own token on the run it holds. */
export const heldValues = (row: RunRow, cred: NodeCredentials, runId: string, claimToken: string | undefined): Values => ({
  ":state": fromOf(row),
  ...(claimToken === undefined ? {} : { ":hash": hashToken(claimToken) }),
  ":node": cred.nodeId,
  ":epoch": cred.epoch,
  ":tokenHash": hashToken(cred.token),
  ":running": "running",
  ":on": true,
  ":maxHeld": MAX_HELD,
  ":run": new Set([runId]),
});

const ALL_OLD = { ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const };

/** A run that ends leaves its node's `assigned` set, and, cancelling, its `revoking` set too. */
const leaveNode = (row: RunRow) => (row.from.includes("cancelling") ? "DELETE assigned :run, revoking :run" : "DELETE assigned :run");

/** A start by the holding node: the run moves on in place; the node item is only checked. */
export function startWrites(row: RunRow, input: { cred: NodeCredentials; runId: string; claimToken: string; now: number; retentionMs: number }) {
  const { cred, runId } = input;
  const values = { ...heldValues(row, cred, runId, input.claimToken), ":to": toOf(row), ":now": input.now };
  const items: TransactItem[] = [
    { Update: { Key: activeRunKey(cred.clusterId, runId), ...conditionOf(checksOn(row, "run"), values, "SET #state = :to, startedAt = :now"), ...ALL_OLD } },
    { ConditionCheck: { Key: ownNodeKey(cred), ...conditionOf(checksOn(row, "node"), values), ...ALL_OLD } },
    ...eventsOf(row, { runId, clusterId: cred.clusterId, jobId: jobOfRun(runId), nodeId: cred.nodeId, epoch: cred.epoch }, input),
  ];
  return items;
}

/**
 * A run ends: out of the active partition (conditioned on the run), the node item's write,
 * the cluster's guard when the row checks it, the run into the history in its final state, the
 * job released, and the events.
 */
function endWrites(
  row: RunRow,
  input: {
    run: RunItem;
    runValues: Values;
    /** The holder's own writes return the stored run when refused, to explain the refusal. */
    explain?: boolean;
    node: TransactItem;
    waived?: RunCheck[];
    job: JobItem | undefined;
    change?: (job: JobItem) => JobItem;
    ended: Partial<RunItem>;
    now: number;
    retentionMs: number;
    seq?: number;
  },
) {
  const { run, job } = input;
  const ours = sameJob(job, run) ? job : undefined;
  const ended: RunItem = { ...run, state: toOf(row), finishedAt: input.now, endedBy: row.name, ...(ours ? { finishVersion: ours.version + 1 } : {}), ...input.ended };
  const guard = checksOn(row, "cluster").filter((check) => !input.waived?.includes(check));
  const items: TransactItem[] = [
    { Delete: { Key: activeRunKey(run.clusterId, run.runId), ...conditionOf(checksOn(row, "run"), input.runValues), ...(input.explain ? ALL_OLD : {}) } },
    input.node,
    ...(guard.length ? [{ ConditionCheck: { Key: clusterKey(run.clusterId), ...conditionOf(guard, {}) } }] : []),
    toHistory(ended, input.retentionMs),
    ...jobWrites(row, job, run, input.change),
    ...eventsOf(row, run, input),
  ];
  return { items, ended };
}

/** A complete by the holding node, with its claim token: the run leaves the node's `assigned` set. */
export function completeWrites(
  row: RunRow,
  input: { cred: NodeCredentials; run: RunItem; claimToken: string; job: JobItem | undefined; message?: string; now: number; retentionMs: number },
) {
  const { cred, run, now } = input;
  const values = heldValues(row, cred, run.runId, input.claimToken);
  const outcome = toOf(row);
  const { items, ended } = endWrites(row, {
    ...input,
    runValues: values,
    explain: true,
    node: { Update: { Key: ownNodeKey(cred), ...conditionOf(checksOn(row, "node"), values, leaveNode(row)), ...ALL_OLD } },
    change: (j) => ({ ...j, lastRun: { runId: run.runId, outcome, finishedAt: now } }),
    ended: input.message === undefined ? {} : { message: input.message },
  });
  return { items, finished: ended };
}

/**
 * A take-back by Roster, conditioned on the run as read and on its cause still holding on the
 * node item: while the node item is the run's incarnation, the run leaves its `assigned` set;
 * once it is not, the node item is only checked (`incarnation gone`). A requeued claim's
 * occurrence goes back to its job's queue.
 */
export function takeBackWrites(
  row: RunRow,
  input: { run: RunItem; node: LeaseNode | undefined; shards: number; job: JobItem | undefined; settings: TakeBackSettings; now: number; seq: number; ignoreGuard?: boolean },
) {
  const { run, now } = input;
  const values = takeBackValues(run, now, input.settings);
  const requeue = toOf(row) === "requeued";
  return endWrites(row, {
    ...input,
    runValues: values,
    node: nodeWrite(row, run, input, values, leaveNode(row)),
    waived: input.ignoreGuard ? ["guard down"] : [],
    change: (j) => (requeue ? { ...j, queue: insertOccurrence(j.queue, { scheduledFor: run.scheduledFor, reason: "requeue" }) } : j),
    ended: row.name === "cancel" ? { cancelledAt: now } : {},
    retentionMs: input.settings.eventRetentionMs,
  }).items;
}

/**
 * An admin's cancel of a started run: the run turns `cancelling` in place, and joins its node
 * item's `revoking` set while that is the run's incarnation (the node's next check-in revokes
 * it); once it is not, the node item is only checked (the take-backs end the run).
 */
export function cancellingWrites(
  row: RunRow,
  input: { run: RunItem; node: LeaseNode | undefined; shards: number; settings: Pick<ClusterSettings, "instanceTimeoutMs">; now: number; retentionMs: number },
) {
  const { run, now } = input;
  const values = { ...takeBackValues(run, now, input.settings), ":to": toOf(row), ":now": now };
  const items: TransactItem[] = [
    { Update: { Key: activeRunKey(run.clusterId, run.runId), ...conditionOf(checksOn(row, "run"), values, "SET #state = :to, cancelledAt = :now") } },
    nodeWrite(row, run, input, values, "ADD revoking :run"),
    ...eventsOf(row, run, input),
  ];
  return { items, cancelling: { ...run, state: toOf(row), cancelledAt: now } };
}

/**
 * The node item's part in a write Roster makes on a run as read (from the row's `from`): an
 * update while the node item is the run's incarnation, else a check of `incarnation gone` alone.
 */
function nodeWrite(row: RunRow, run: RunItem, { node, shards }: { node: LeaseNode | undefined; shards: number }, values: Values, update: string): TransactItem {
  if (fromOf(row) !== run.state) throw new Error(`run lifecycle: '${row.name}' from ${fromOf(row)} given a run ${run.state}`);
  const live = node !== undefined && node.epoch === run.epoch;
  const checks = checksOn(row, "node").filter((check) => (check === "incarnation gone") !== live);
  if (checks.length === 0) throw new Error(`run lifecycle: '${row.name}' has no check for a node item that is ${live ? "" : "not "}the run's incarnation`);
  const Key = nodeKey(run.clusterId, run.nodeId, shards);
  return live ? { Update: { Key, ...conditionOf(checks, values, update) } } : { ConditionCheck: { Key, ...conditionOf(checks, values) } };
}

type TakeBackSettings = Pick<ClusterSettings, "instanceTimeoutMs" | "eventRetentionMs">;

/** The values of the checks Roster makes on a run as read, and on its node item. */
const takeBackValues = (run: RunItem, now: number, settings: Pick<ClusterSettings, "instanceTimeoutMs">): Values => ({
  ...{ ":state": run.state, ":hash": run.claimTokenHash, ":epoch": run.epoch, ":runId": run.runId, ":run": new Set([run.runId]) },
  ...{ ":running": "running", ":offline": "offline", ":stopped": "stopped", ":cutoff": now - leaseMs(settings) },
});
