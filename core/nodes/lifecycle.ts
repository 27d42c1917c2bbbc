import { ABSENT, type Lifecycle, SAME, type TransitionRow } from "../common/lifecycle-table";
import { NODE_STATES, type NodeState } from "./node-item";

/**
 * The node lifecycle: every change of a node incarnation's state, one row each. The code that
 * writes one takes its row with `rowOf(NODE_LIFECYCLE, name, from)` and builds the write from
 * it (`node-writes.ts`): the condition is the row's `checks`, joined with AND, as `checks` below
 * spells them; the state written is the row's `to`; the events are the row's `events`, in the
 * same transaction. A change that is not a row here cannot be written.
 */

export type NodeTransitionName =
  | "join"
  | "rejoin"
  | "supersede"
  | "check-in"
  | "recover"
  | "leave"
  | "time out"
  | "go offline"
  | "force offline"
  | "forget";

export type NodeCheck =
  | "token"
  | "epoch"
  | "state"
  | "last check-in"
  | "order"
  | "fresh"
  | "as read"
  | "absent"
  | "guard down"
  | "lease as read";

export type NodeRow = TransitionRow<NodeState, NodeTransitionName, NodeCheck>;

/**
 * The checks made on the cluster item rather than the node item (a ConditionCheck of the
 * cluster item in the same transaction).
 */
export const CLUSTER_CHECKS: readonly NodeCheck[] = ["guard down"];

/**
 * What a row that checks `lease as read` also writes when the node, as read, holds the primary
 * lease: the lease lifecycle's `lose` row (core/primary/lease-lifecycle.ts), in the same
 * transaction: the cluster's lease ends, the node's term goes, `primary.lost` is recorded. So a
 * holder never stops running with its lease left behind, and never without `primary.lost`.
 */
export const LOSES_LEASE = "primary lease: lose, when it holds the lease";

/** Why a holder lost its lease, by the row that ended it (`primary.lost`'s `reason`). */
export const LEASE_LOST_BY: Partial<Record<NodeTransitionName, string>> = {
  supersede: "superseded",
  leave: "left",
  "time out": "timed-out",
  "go offline": "went-offline",
  "force offline": "forced-offline",
};

export const NODE_LIFECYCLE: Lifecycle<NodeState, NodeTransitionName, NodeCheck> = {
  subject: "node incarnation",
  states: NODE_STATES,
  checks: {
    /** The node token presented: its hash is the one stored. */
    token: "tokenHash = :tokenHash",
    /** The incarnation the write is about: the token's epoch, or the epoch read. */
    epoch: "epoch = :epoch",
    /** `:from` stands for the row's `from` states. */
    state: "#state IN (:from)",
    /** Nothing checked in since the sweep read the node. */
    "last check-in": "lastCheckIn = :seenCheckIn",
    /** Only when the check-in sends `seq`: a check-in older than one already written changes nothing. */
    order: "(attribute_not_exists(checkInSeq) OR checkInSeq < :seq)",
    /**
     * The check-in's time is not older than the last one written: a check-in whose write lands
     * after a later one's (its client gave up on it; it has no `seq`) must not move
     * `lastCheckIn` back, or the sweep would time out a node that has just checked in.
     */
    fresh: "lastCheckIn <= :now",
    /** The incarnation a join replaces is still as the join read it. */
    "as read": "epoch = :seenEpoch AND #state = :seenState",
    /** No incarnation of this node id exists yet. */
    absent: "attribute_not_exists(pk)",
    /**
     * On the cluster item: the disruption guard is down and has not moved since it was read
     * (a `stabilizedAt` read as absent is checked as absent).
     */
    "guard down": "attribute_not_exists(disruptedSince) AND stabilizedAt = :stabilizedAt",
    /**
     * The primary lease is as read: the term the node held (then the lease ends with the row,
     * `LOSES_LEASE`), or none (`attribute_not_exists(primaryTerm)`), so an election that lands
     * between the read and the write refuses the write instead of leaving a lease behind.
     */
    "lease as read": "primaryTerm = :leaseTerm",
  },
  transitions: [
    {
      name: "join",
      from: [ABSENT],
      to: "running",
      events: ["node.joined"],
      checks: ["absent"],
      when: "a node id joins for the first time (or again after it was forgotten): its first incarnation",
    },
    {
      name: "rejoin",
      from: ["offline", "stopped"],
      to: "running",
      events: ["node.joined"],
      checks: ["as read"],
      when: "a node that left or went offline joins again: a new incarnation (epoch) replaces the old one",
    },
    {
      name: "supersede",
      from: ["running", "recovering"],
      to: "running",
      events: ["node.superseded", "node.joined"],
      checks: ["as read", "lease as read"],
      when: "a node joins while its last incarnation is live (it restarted): the new one replaces it, whose token gets 409 superseded",
      also: [LOSES_LEASE],
    },
    {
      name: "check-in",
      from: ["running"],
      to: SAME,
      events: [],
      checks: ["token", "epoch", "state", "order", "fresh"],
      when: "the node's heartbeat, every check-in interval, with what it reports and holds",
    },
    {
      name: "recover",
      from: ["recovering"],
      to: "running",
      events: ["node.recovered"],
      checks: ["token", "epoch", "state", "order", "fresh"],
      when: "a recovering node checks in again before it is declared offline",
    },
    {
      name: "leave",
      from: ["running", "recovering"],
      to: "stopped",
      events: ["node.left"],
      checks: ["token", "epoch", "state", "lease as read"],
      when: "the node says it is shutting down",
      also: [LOSES_LEASE],
    },
    {
      name: "time out",
      from: ["running"],
      to: "recovering",
      events: ["node.recovering"],
      checks: ["state", "epoch", "last check-in", "lease as read"],
      when: "the sweep finds no check-in for over instanceTimeoutMs (the primary's holder: also a standby's check-in that asks for that sweep)",
      also: [LOSES_LEASE],
    },
    {
      name: "go offline",
      from: ["recovering"],
      to: "offline",
      events: ["node.offline"],
      checks: ["state", "epoch", "last check-in", "guard down", "lease as read"],
      when: "the sweep finds it recovering for over instanceRecoveryTimeoutMs, while the disruption guard is down",
      also: [LOSES_LEASE],
    },
    {
      name: "force offline",
      from: ["recovering"],
      to: "offline",
      events: ["node.offline"],
      checks: ["state", "epoch", "lease as read"],
      when: "an admin declares a recovering node offline now, even while the guard holds",
      also: [LOSES_LEASE],
    },
    {
      name: "forget",
      from: ["offline", "stopped"],
      to: ABSENT,
      events: ["node.forgotten"],
      checks: ["state", "epoch"],
      when: "an admin removes a node that is gone, once its runs are given back; a tombstone keeps its last epoch",
    },
  ],
};

/**
 * The node lifecycle's `state` check for a write that changes no state but only a live
 * incarnation may take (a drain): running or recovering. Its condition, names and values.
 */
export const LIVE = {
  condition: NODE_LIFECYCLE.checks.state.replace(":from", ":running, :recovering"),
  names: { "#state": "state" },
  values: { ":running": "running", ":recovering": "recovering" },
} as const;
