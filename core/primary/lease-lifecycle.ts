import type { Lifecycle, TransitionRow } from "../common/lifecycle-table";

/**
 * The primary lease of a cluster as one table, like the node and run lifecycles: every change
 * of who holds it, with its events and the checks of its conditional write. `lease-writes.ts`
 * builds each row's transaction from its checks: every item's condition is the row's checks on
 * that item, joined with AND, in the row's order.
 *
 * The lease lives on two items at once, always changed together: the cluster item's `primary`
 * (holder, epoch, term, since) and the holder's node item's `primaryTerm`. A lease is valid
 * exactly while the holder's node item is that epoch, `running`, and carries that term; every
 * node transition that ends `running` checks the lease as read and, when the node held it,
 * writes this table's `lose` row in its own transaction (core/nodes/lifecycle.ts, LOSES_LEASE).
 * So at any instant at most one node item carries a valid term, and terms only grow
 * (`primaryTerm` on the cluster item is the last term ever issued).
 */

/** `free`: nobody holds it; `held`: one node does; `moving`: held, with a move pending (`handoverTo`). */
export const LEASE_STATES = ["free", "held", "moving"] as const;
export type LeaseState = (typeof LEASE_STATES)[number];

export type LeaseTransitionName =
  | "elect"
  | "elect instead of the preferred"
  | "appoint"
  | "ask handover"
  | "hand over"
  | "drop handover"
  | "release"
  | "lose";

/**
 * The items a lease write touches: the cluster item, the node whose token makes the write (the
 * elector or the holder), the node the lease goes to (an admin's or a preferred node's pick),
 * and the preferred node another node is elected instead of.
 */
export type LeaseItem = "cluster" | "node" | "target" | "preferred";

const LEASE_CHECKS = {
  // The cluster item.
  free: { on: "cluster", condition: "attribute_not_exists(#primary)" },
  "last term": { on: "cluster", condition: "primaryTerm = :lastTerm" },
  "mode on": { on: "cluster", condition: "#settings.primaryMode IN (:any, :preferred)" },
  "guard down": { on: "cluster", condition: "attribute_not_exists(disruptedSince)" },
  "free from": { on: "cluster", condition: "(attribute_not_exists(primaryFreeFrom) OR primaryFreeFrom <= :now)" },
  holder: { on: "cluster", condition: "#primary.nodeId = :holder AND #primary.#term = :term" },
  "handover to": { on: "cluster", condition: "handoverTo = :target" },
  // The node that writes with its own token.
  "node token": { on: "node", condition: "tokenHash = :tokenHash AND epoch = :epoch AND #state = :running" },
  holds: { on: "node", condition: "primaryTerm = :term" },
  // The holder's latest check-in is the one that writes: an older one that arrives late (sent
  // before it was told primary, so claiming nothing) must not let go of the lease for it.
  "latest check-in": { on: "node", condition: "lastCheckIn = :heartbeat" },
  // The node the lease goes to.
  "target running": { on: "target", condition: "epoch = :targetEpoch AND #state = :running" },
  // The preferred node, as read (absent: still absent).
  "preferred as read": { on: "preferred", condition: "lastCheckIn = :preferredSeen" },
} as const satisfies Record<string, { on: LeaseItem; condition: string }>;

export type LeaseCheck = keyof typeof LEASE_CHECKS;
export type LeaseRow = TransitionRow<LeaseState, LeaseTransitionName, LeaseCheck>;

/** Which item each check is on. */
export const LEASE_CHECKED_ON = Object.fromEntries(Object.entries(LEASE_CHECKS).map(([name, c]) => [name, c.on])) as Record<LeaseCheck, LeaseItem>;

/** The checks every election makes on the cluster item: free, the term as read, the mode, the guard, the end of the last lease. */
const ELECTION = ["free", "last term", "mode on", "guard down", "free from"] as const;

export const LEASE_LIFECYCLE: Lifecycle<LeaseState, LeaseTransitionName, LeaseCheck> = {
  subject: "primary lease",
  states: LEASE_STATES,
  checks: Object.fromEntries(Object.entries(LEASE_CHECKS).map(([name, c]) => [name, c.condition])) as Record<LeaseCheck, string>,
  transitions: [
    {
      name: "elect",
      from: ["free"],
      to: "held",
      events: ["primary.elected"],
      checks: [...ELECTION, "node token"],
      when: "a running, conformant node's check-in finds the lease free (mode any; mode preferred: the preferred node, or any node when none is named) and takes the next term",
    },
    {
      name: "elect instead of the preferred",
      from: ["free"],
      to: "held",
      events: ["primary.elected"],
      checks: [...ELECTION, "node token", "preferred as read"],
      when: "mode preferred: another node's check-in finds the lease free and the preferred node absent, not running or not conformant, and it has not checked in since",
    },
    {
      name: "appoint",
      from: ["free"],
      to: "held",
      events: ["primary.elected"],
      checks: ["free", "last term", "mode on", "free from", "target running"],
      when: "an admin moves the free lease to a running node (the admin's word: even while the guard holds)",
    },
    {
      name: "ask handover",
      from: ["held", "moving"],
      to: "moving",
      events: [],
      checks: ["holder"],
      when: "an admin moves the lease, or the preferred node's check-in finds another holder: the holder hands it over at its next check-in",
    },
    {
      name: "hand over",
      from: ["moving"],
      to: "held",
      events: ["primary.lost", "primary.elected"],
      checks: ["holder", "handover to", "node token", "holds", "latest check-in", "target running"],
      when: "the holder's latest check-in gives the lease to the node named, which is running, once it no longer claims its term (an earlier answer told it standby): the next term begins as this one ends",
    },
    {
      name: "drop handover",
      from: ["moving"],
      to: "held",
      events: [],
      checks: ["holder", "handover to"],
      when: "the holder's check-in finds the node named not running, or an admin moves the lease to its holder",
    },
    {
      name: "release",
      from: ["held", "moving"],
      to: "free",
      events: ["primary.lost"],
      checks: ["holder", "node token", "holds", "latest check-in"],
      when: "the holder's latest check-in finds primaryMode none and no longer claims its term (an earlier answer told it standby)",
    },
    {
      name: "lose",
      from: ["held", "moving"],
      to: "free",
      events: ["primary.lost"],
      checks: ["holder", "holds"],
      when: "the holder stops running (time out, leave, supersede, go offline, force offline): in that node transition's own transaction, whose `lease as read` is the holds check",
    },
  ],
};
