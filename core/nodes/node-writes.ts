import { ABSENT, SAME, rowOf } from "../common/lifecycle-table";
import { type ClusterItem, shardsOf } from "../clusters/cluster-item";
import { withDefaults } from "../clusters/settings";
import { EVENT_TYPES, type EventType, recordEvent } from "../events/events";
import { clusterKey, nodeKey } from "../store/keys";
import type { TransactItem, UpdateInput } from "../store/table";
import { hashToken } from "../common/tokens";
import type { NodeCredentials } from "./credentials";
import { LEASE_LIFECYCLE } from "../primary/lease-lifecycle";
import { LOSE_REMOVES, loseWrites } from "../primary/lease-writes";
import { CLUSTER_CHECKS, LEASE_LOST_BY, LOSES_LEASE, NODE_LIFECYCLE, type NodeCheck, type NodeRow } from "./lifecycle";
import type { NodeItem } from "./node-item";

/**
 * The writes of the node lifecycle, built from its rows (`lifecycle.ts`): the condition is the
 * row's checks as the table spells them, joined with AND; the state written is the row's `to`
 * (an Update's `#state = :to`, a Put of the new incarnation, or a Delete); the events are the
 * row's, in the same transaction. The caller gives only what varies: the credentials or the
 * item as read (the values the checks compare with), and what else the write sets or removes.
 */

type Values = Record<string, unknown>;

/** What the row's checks compare with. */
export interface CheckValues {
  /** The node token presented: `token`, and `epoch`. */
  cred?: NodeCredentials;
  /** The node item as read: `as read`, `last check-in`, and `epoch` when no token is presented. */
  seen?: Pick<NodeItem, "epoch" | "state" | "lastCheckIn">;
  /** The check-in's sequence number: `order` (a check-in without one is not ordered). */
  seq?: number;
  /** The check-in's time, as it writes `lastCheckIn`: `fresh`. */
  now?: number;
  /** The cluster item as read: `guard down`. */
  guard?: Pick<ClusterItem, "stabilizedAt">;
  /**
   * The primary lease as read: `lease as read`. `term` is the term the node held (the row then
   * ends the lease in the same transaction), or undefined when it held none.
   */
  lease?: { term: number | undefined };
}

export interface NodeWriteInput extends CheckValues {
  clusterId: string;
  nodeId: string;
  /** The cluster's node shard count (where the node item lives). */
  shards: number;
  /** More of the node item to SET or REMOVE beside the state (with their values). */
  set?: readonly string[];
  remove?: readonly string[];
  values?: Values;
  /** A new incarnation (join, rejoin, supersede): the node item, written whole by a Put. */
  item?: NodeItem;
  /** Return the stored item when the condition fails (to explain the refusal without a read). */
  returnOld?: boolean;
}

export interface NodeTransactionInput extends Omit<NodeWriteInput, "clusterId" | "shards" | "guard"> {
  /** As read: its id, its event retention, and its guard (`guard down`). */
  cluster: ClusterItem;
  now: number;
  /** Each of the row's events' detail, by type. */
  details: Partial<Record<EventType, Record<string, unknown>>>;
  /** The `seq` of the row's first event (its place among the events of the same decision). */
  firstSeq?: number;
}

export interface NodeTransaction {
  /** The node item's write. */
  node: TransactItem;
  /** ConditionChecks of the cluster item, for the row's checks made there. */
  checks: TransactItem[];
  /** The row's events, recorded. */
  events: TransactItem[];
  /** All of it, in that order: the transaction. */
  items: TransactItem[];
}

const needs = (row: NodeRow, check: NodeCheck, what: string): never => {
  throw new Error(`the '${row.name}' write checks '${check}': it needs ${what}`);
};

/**
 * A check's expression, exactly as the table spells it, and its values. A value read as absent
 * (`undefined`) turns `attr = :value` into `attribute_not_exists(attr)`.
 */
function bind(row: NodeRow, check: NodeCheck, input: CheckValues): { expression: string; values: Values } | undefined {
  const text = NODE_LIFECYCLE.checks[check];
  switch (check) {
    case "token":
      return { expression: text, values: { ":tokenHash": hashToken((input.cred ?? needs(row, check, "the node token")).token) } };
    case "epoch":
      return { expression: text, values: { ":epoch": input.cred?.epoch ?? (input.seen ?? needs(row, check, "the token or the item read")).epoch } };
    case "state": {
      const states = row.from.filter((s) => s !== ABSENT);
      if (states.length === 0) needs(row, check, "a state to start from");
      return {
        expression: text.replace(":from", states.map((s) => `:${s}`).join(", ")),
        values: Object.fromEntries(states.map((s) => [`:${s}`, s])),
      };
    }
    case "last check-in":
      return { expression: text, values: { ":seenCheckIn": (input.seen ?? needs(row, check, "the item read")).lastCheckIn } };
    case "order":
      return input.seq === undefined ? undefined : { expression: text, values: { ":seq": input.seq } };
    case "fresh":
      return { expression: text, values: { ":now": input.now ?? needs(row, check, "the check-in's time") } };
    case "as read": {
      const seen = input.seen ?? needs(row, check, "the item read");
      return { expression: text, values: { ":seenEpoch": seen.epoch, ":seenState": seen.state } };
    }
    case "absent":
      return { expression: text, values: {} };
    case "guard down":
      return asRead(text, { ":stabilizedAt": (input.guard ?? needs(row, check, "the cluster read")).stabilizedAt });
    case "lease as read":
      return asRead(text, { ":leaseTerm": (input.lease ?? needs(row, check, "the primary lease as read")).term });
  }
}

function asRead(expression: string, values: Values) {
  const present: Values = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) {
      present[name] = value;
      continue;
    }
    const equals = new RegExp(`(\\w+) = ${name}\\b`);
    if (!equals.test(expression)) throw new Error(`'${expression}' cannot check ${name} as absent`);
    expression = expression.replace(equals, "attribute_not_exists($1)");
  }
  return { expression, values: present };
}

/** Values from two sources; one name may appear in both only with one value. */
function merge(into: Values, from: Values) {
  for (const [name, value] of Object.entries(from)) {
    if (name in into && into[name] !== value) throw new Error(`two values for ${name}`);
    into[name] = value;
  }
  return into;
}

/** The row's checks on one item, joined with AND. */
function condition(row: NodeRow, input: CheckValues, onCluster: boolean) {
  const bound = row.checks
    .filter((check) => CLUSTER_CHECKS.includes(check) === onCluster)
    .map((check) => bind(row, check, input))
    .filter((b) => b !== undefined);
  return {
    expression: bound.map((b) => b.expression).join(" AND "),
    values: bound.reduce<Values>((all, b) => merge(all, b.values), {}),
  };
}

/** `ExpressionAttributeNames` and `ExpressionAttributeValues`, only as far as the expressions use them. */
function attributes(expressions: string[], values: Values) {
  const used = expressions.some((e) => e.includes("#state"));
  return {
    ...(used ? { ExpressionAttributeNames: { "#state": "state" } } : {}),
    ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
  };
}

/** The node item's write for the row: a Put, an Update or a Delete, conditioned on the row's checks. */
function nodeItemWrite(row: NodeRow, input: NodeWriteInput): TransactItem {
  const { expression, values } = condition(row, input, false);
  if (!expression) throw new Error(`the '${row.name}' write would check nothing`);
  const Key = nodeKey(input.clusterId, input.nodeId, input.shards);
  const onFailure = input.returnOld ? { ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const } : {};
  if (row.to === ABSENT) {
    if (input.item || input.set?.length || input.remove?.length) throw new Error(`the '${row.name}' write deletes the node item`);
    return { Delete: { Key, ConditionExpression: expression, ...attributes([expression], values), ...onFailure } };
  }
  if (input.item) {
    if (row.to === SAME || input.set?.length || input.remove?.length) throw new Error(`the '${row.name}' write is no new incarnation`);
    if (input.item.pk !== Key.pk || input.item.sk !== Key.sk) throw new Error(`the '${row.name}' write is of another node`);
    const Item = { ...input.item, state: row.to };
    return { Put: { Item, ConditionExpression: expression, ...attributes([expression], values), ...onFailure } };
  }
  const sets = [...(row.to === SAME ? [] : [`#state = :${row.to}`]), ...(input.set ?? [])];
  if (sets.length === 0) throw new Error(`the '${row.name}' write changes nothing`);
  const update = `SET ${sets.join(", ")}${input.remove?.length ? ` REMOVE ${input.remove.join(", ")}` : ""}`;
  merge(values, row.to === SAME ? {} : { [`:${row.to}`]: row.to });
  merge(values, input.values ?? {});
  return {
    Update: { Key, UpdateExpression: update, ConditionExpression: expression, ...attributes([update, expression], values), ...onFailure },
  };
}

/**
 * A row that is a single UpdateItem: no event, nothing checked beyond the node item (the
 * check-in's heartbeat, so an idle check-in stays one write).
 */
export function nodeUpdate(row: NodeRow, input: NodeWriteInput): UpdateInput {
  if (row.events.length > 0 || row.checks.some((c) => CLUSTER_CHECKS.includes(c))) {
    throw new Error(`the '${row.name}' write records events or checks the cluster: it is a transaction`);
  }
  const write = nodeItemWrite(row, input);
  if (!("Update" in write)) throw new Error(`the '${row.name}' write is not an update`);
  return write.Update;
}

/**
 * A row as the items of one transaction: the node item's write, the cluster item's (its
 * checks; or, when the node held the primary lease, the lease's end with those checks), the
 * events (the row's, then `primary.lost` when the lease ends).
 */
export function nodeTransaction(row: NodeRow, input: NodeTransactionInput): NodeTransaction {
  const { cluster, now, details, firstSeq = 0, ...rest } = input;
  const clusterId = cluster.clusterId;
  const checksLease = row.checks.includes("lease as read");
  if (checksLease !== (row.also ?? []).includes(LOSES_LEASE)) throw new Error(`the '${row.name}' row checks the lease only if it ends it`);
  const held = checksLease ? rest.lease?.term : undefined;
  const losing = held !== undefined && !rest.item;
  const node = nodeItemWrite(row, { ...rest, now, clusterId, shards: shardsOf(cluster), ...(losing ? { remove: [...(rest.remove ?? []), ...LOSE_REMOVES] } : {}) });
  const onCluster = condition(row, { guard: cluster }, true);
  const retentionMs = withDefaults(cluster.settings).eventRetentionMs;
  const events = row.events.map((type, i) => {
    if (!(EVENT_TYPES as readonly string[]).includes(type)) throw new Error(`'${type}' is not an event type`);
    const detail = details[type as EventType];
    if (!detail) throw new Error(`the '${row.name}' write records ${type}: it needs its detail`);
    return recordEvent(clusterId, { type: type as EventType, nodeId: input.nodeId, detail }, now, retentionMs, firstSeq + i);
  });
  if (held !== undefined) {
    const epoch = rest.cred?.epoch ?? rest.seen?.epoch ?? needs(row, "lease as read", "the incarnation that held the lease");
    const lost = loseWrites(rowOf(LEASE_LIFECYCLE, "lose", "held"), {
      cluster,
      nodeId: input.nodeId,
      epoch,
      term: held,
      now,
      reason: LEASE_LOST_BY[row.name] ?? row.name,
      seq: firstSeq + row.events.length,
      ...(onCluster.expression ? { clusterChecks: onCluster } : {}),
    });
    return { node, checks: [lost.cluster], events: [...events, lost.event], items: [node, lost.cluster, ...events, lost.event] };
  }
  const checks: TransactItem[] = onCluster.expression
    ? [
        {
          ConditionCheck: {
            Key: clusterKey(clusterId),
            ConditionExpression: onCluster.expression,
            ...attributes([onCluster.expression], onCluster.values),
          },
        },
      ]
    : [];
  return { node, checks, events, items: [node, ...checks, ...events] };
}
