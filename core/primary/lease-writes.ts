import type { ClusterItem, PrimaryRecord } from "../clusters/cluster-item";
import { clusterNodeKey } from "../clusters/cluster-nodes";
import { withDefaults } from "../clusters/settings";
import { hashToken } from "../common/tokens";
import { type EventInput, recordEvent } from "../events/events";
import type { NodeCredentials } from "../nodes/credentials";
import type { NodeItem } from "../nodes/node-item";
import { clusterKey } from "../store/keys";
import type { TransactItem, UpdateInput } from "../store/table";
import { LEASE_CHECKED_ON, LEASE_LIFECYCLE, type LeaseItem, type LeaseRow } from "./lease-lifecycle";

/**
 * The writes of the primary lease, built from a row of `LEASE_LIFECYCLE`: each item's
 * condition is the row's checks on that item (`leaseCondition`), so a check the row does not
 * name is not made and a write that is not a row cannot be built. A transaction's items come
 * in a fixed order: the cluster item first, then the node making the write, then the node the
 * lease goes to, then the preferred node, then the events.
 */

type Values = Record<string, unknown>;

/** The values that may be read as absent: a cluster's last term, the preferred node's last check-in. */
const AS_READ = [":lastTerm", ":preferredSeen"];

interface Condition {
  ConditionExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Values;
}

/**
 * The row's checks on one item, joined with AND, with the names and values they (and the
 * update) use. A value read as absent (`undefined`) turns `attr = :value` into
 * `attribute_not_exists(attr)`: the term of a cluster that never had a lease, a preferred node
 * that does not exist.
 */
export function leaseCondition(row: LeaseRow, on: LeaseItem, values: Values, update?: string, extra?: { expression: string; values: Values }): Condition {
  const checks = row.checks.filter((check) => LEASE_CHECKED_ON[check] === on);
  if (checks.length === 0 && !extra) throw new Error(`primary lease: '${row.name}' checks nothing on the ${on} item`);
  let expression = [...(extra?.expression ? [extra.expression] : []), ...checks.map((check) => LEASE_LIFECYCLE.checks[check])].join(" AND ");
  const all = { ...values, ...extra?.values };
  for (const name of AS_READ) {
    if (all[name] !== undefined || !new RegExp(`${name}\\b`).test(expression)) continue;
    const equals = new RegExp(`(\\w+) = ${name}\\b`);
    if (!equals.test(expression)) throw new Error(`primary lease: '${expression}' cannot check ${name} as absent`);
    expression = expression.replace(equals, "attribute_not_exists($1)");
  }
  const said = `${expression} ${update ?? ""}`;
  const names = Object.fromEntries([...new Set(said.match(/#\w+/g))].map((name) => [name, name.slice(1)]));
  const used = Object.fromEntries(
    [...new Set(said.match(/:\w+/g))].map((name) => {
      if (all[name] === undefined) throw new Error(`primary lease: no value for ${name} in '${said.trim()}'`);
      return [name, all[name]];
    }),
  );
  return {
    ConditionExpression: expression,
    ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
    ...(Object.keys(used).length ? { ExpressionAttributeValues: used } : {}),
  };
}

const update = (row: LeaseRow, on: LeaseItem, Key: { pk: string; sk: string }, UpdateExpression: string, values: Values): TransactItem => ({
  Update: { Key, UpdateExpression, ...leaseCondition(row, on, values, UpdateExpression) },
});

const event = (cluster: ClusterItem, now: number, seq: number, input: EventInput) =>
  recordEvent(cluster.clusterId, input, now, withDefaults(cluster.settings).eventRetentionMs, seq);

/** The values of the checks on the cluster item, as read. */
const clusterValues = (cluster: ClusterItem, now: number): Values => ({
  ":lastTerm": cluster.primaryTerm,
  ":any": "any",
  ":preferred": "preferred",
  ":now": now,
  ...(cluster.primary ? { ":holder": cluster.primary.nodeId, ":term": cluster.primary.term } : {}),
  ...(cluster.handoverTo === undefined ? {} : { ":target": cluster.handoverTo }),
});

const ownValues = (cred: NodeCredentials): Values => ({ ":tokenHash": hashToken(cred.token), ":epoch": cred.epoch, ":running": "running" });

/** The grant: the cluster's `primary` and last term, and the new holder's node item. */
const GRANT_CLUSTER = "SET #primary = :primary, primaryTerm = :nextTerm";
const GRANT_NODE = "SET primaryTerm = :nextTerm, primarySince = :now";
const END_NODE = "REMOVE primaryTerm, primarySince";
const END_CLUSTER = "SET primaryFreeFrom = :now REMOVE #primary, handoverTo";

export interface Grant {
  items: TransactItem[];
  primary: PrimaryRecord;
}

/**
 * `elect` or `elect instead of the preferred`: the node of `cred` takes the free lease with the
 * next term. `preferred` is the preferred node as read (null when it does not exist).
 */
export function electWrites(row: LeaseRow, input: { cluster: ClusterItem; cred: NodeCredentials; now: number; preferred?: NodeItem | null }): Grant {
  const { cluster, cred, now } = input;
  const term = (cluster.primaryTerm ?? 0) + 1;
  const primary: PrimaryRecord = { nodeId: cred.nodeId, epoch: cred.epoch, term, since: now };
  const values = { ...clusterValues(cluster, now), ...ownValues(cred), ":primary": primary, ":nextTerm": term };
  const items: TransactItem[] = [
    update(row, "cluster", clusterKey(cluster.clusterId), GRANT_CLUSTER, values),
    update(row, "node", clusterNodeKey(cluster, cred.nodeId), GRANT_NODE, values),
  ];
  if (row.checks.includes("preferred as read")) {
    const preferredId = withDefaults(cluster.settings).preferredPrimary;
    if (!preferredId || input.preferred === undefined) throw new Error(`primary lease: '${row.name}' needs the preferred node as read`);
    const seen = { ":preferredSeen": input.preferred?.lastCheckIn };
    items.push({ ConditionCheck: { Key: clusterNodeKey(cluster, preferredId), ...leaseCondition(row, "preferred", seen) } });
  }
  items.push(event(cluster, now, 0, { type: "primary.elected", nodeId: cred.nodeId, detail: { epoch: cred.epoch, term, by: "election" } }));
  return { items, primary };
}

/** `appoint`: an admin gives the free lease to `target`, a running node as read. */
export function appointWrites(row: LeaseRow, input: { cluster: ClusterItem; target: NodeItem; now: number }): Grant {
  const { cluster, target, now } = input;
  const term = (cluster.primaryTerm ?? 0) + 1;
  const primary: PrimaryRecord = { nodeId: target.nodeId, epoch: target.epoch, term, since: now };
  const values = { ...clusterValues(cluster, now), ":primary": primary, ":nextTerm": term, ":targetEpoch": target.epoch, ":running": "running" };
  return {
    primary,
    items: [
      update(row, "cluster", clusterKey(cluster.clusterId), GRANT_CLUSTER, values),
      update(row, "target", clusterNodeKey(cluster, target.nodeId), GRANT_NODE, values),
      event(cluster, now, 0, { type: "primary.elected", nodeId: target.nodeId, detail: { epoch: target.epoch, term, by: "admin" } }),
    ],
  };
}

/** `ask handover` and `drop handover`: one write of the cluster item, conditioned on the holder as read. */
export function handoverRequest(row: LeaseRow, input: { cluster: ClusterItem; to: string | undefined }): UpdateInput {
  const { cluster, to } = input;
  const expression = to === undefined ? "REMOVE handoverTo" : "SET handoverTo = :next";
  const values = { ...clusterValues(cluster, 0), ...(to === undefined ? {} : { ":next": to }) };
  return { Key: clusterKey(cluster.clusterId), UpdateExpression: expression, ...leaseCondition(row, "cluster", values, expression) };
}

/**
 * `hand over`: the holder (`cred`, whose node item as read is `holder`) gives the lease to
 * `target` (a running node as read): one transaction ends its term and begins the next.
 */
export function handOverWrites(row: LeaseRow, input: { cluster: ClusterItem; cred: NodeCredentials; target: NodeItem; now: number; heartbeat: number }): Grant {
  const { cluster, cred, target, now } = input;
  const held = cluster.primary;
  if (!held) throw new Error("primary lease: nothing to hand over");
  const term = held.term + 1;
  const primary: PrimaryRecord = { nodeId: target.nodeId, epoch: target.epoch, term, since: now };
  const values = {
    ...clusterValues(cluster, now),
    ...ownValues(cred),
    ":primary": primary,
    ":nextTerm": term,
    ":targetEpoch": target.epoch,
    ":heartbeat": input.heartbeat,
  };
  return {
    primary,
    items: [
      update(row, "cluster", clusterKey(cluster.clusterId), `${GRANT_CLUSTER} REMOVE handoverTo`, values),
      update(row, "node", clusterNodeKey(cluster, cred.nodeId), END_NODE, values),
      update(row, "target", clusterNodeKey(cluster, target.nodeId), GRANT_NODE, values),
      event(cluster, now, 0, { type: "primary.lost", nodeId: cred.nodeId, detail: { epoch: cred.epoch, term: held.term, reason: "handover", to: target.nodeId } }),
      event(cluster, now, 1, {
        type: "primary.elected",
        nodeId: target.nodeId,
        detail: { epoch: target.epoch, term, by: "handover", previous: { nodeId: held.nodeId, term: held.term } },
      }),
    ],
  };
}

/** `release`: the holder's own latest check-in ends its lease (primaryMode none), once it claims it no more. */
export function releaseWrites(row: LeaseRow, input: { cluster: ClusterItem; cred: NodeCredentials; now: number; heartbeat: number; reason: string }): TransactItem[] {
  const { cluster, cred, now } = input;
  const held = cluster.primary;
  if (!held) throw new Error("primary lease: nothing to release");
  const values = { ...clusterValues(cluster, now), ...ownValues(cred), ":heartbeat": input.heartbeat };
  return [
    update(row, "cluster", clusterKey(cluster.clusterId), END_CLUSTER, values),
    update(row, "node", clusterNodeKey(cluster, cred.nodeId), END_NODE, values),
    event(cluster, now, 0, { type: "primary.lost", nodeId: cred.nodeId, detail: { epoch: cred.epoch, term: held.term, reason: input.reason } }),
  ];
}

/**
 * `lose`, as a node transition writes it beside its own: the cluster's lease ends (its
 * condition is the holder check, after the transition's own checks of the cluster item, e.g.
 * the guard), and `primary.lost` at `seq`. The node's side is the transition's write: its
 * `lease as read` check is this row's `holds`, and it removes the term.
 */
export function loseWrites(
  row: LeaseRow,
  input: {
    cluster: ClusterItem;
    nodeId: string;
    epoch: number;
    term: number;
    now: number;
    reason: string;
    seq: number;
    clusterChecks?: { expression: string; values: Values };
  },
): { cluster: TransactItem; event: TransactItem } {
  const { cluster, now } = input;
  const values = { ":holder": input.nodeId, ":term": input.term, ":now": now };
  const checks = { ...row, checks: row.checks.filter((check) => LEASE_CHECKED_ON[check] === "cluster") };
  return {
    cluster: { Update: { Key: clusterKey(cluster.clusterId), UpdateExpression: END_CLUSTER, ...leaseCondition(checks, "cluster", values, END_CLUSTER, input.clusterChecks) } },
    event: event(cluster, now, input.seq, { type: "primary.lost", nodeId: input.nodeId, detail: { epoch: input.epoch, term: input.term, reason: input.reason } }),
  };
}

/** The node item's side of `lose`: what the transition removes beside its own change. */
export const LOSE_REMOVES = ["primaryTerm", "primarySince"] as const;
