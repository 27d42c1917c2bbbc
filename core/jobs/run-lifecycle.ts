import { ABSENT, type Lifecycle, SAME, type TransitionRow } from "../common/lifecycle-table";
import { JOB_VERSION } from "./job-item";
import { RUN_STATES, type RunState } from "./run-items";

/**
 * The run lifecycle as one table. Every write that changes a run takes its row from here
 * (`rowOf(RUN_LIFECYCLE, name, from, to)`), and `run-transitions.ts` builds the write from the
 * row: each item's condition is the row's checks on that item, joined with AND, in the row's
 * order. A run is claimed and started in the active partition; a write that ends it deletes it
 * from there and puts it, in its final state, into the history (`run-writes.ts`).
 *
 * The take-backs are named by their cause (`RecoveryReason`), and their `from` (the run as read)
 * tells requeue from orphan. Their node-item checks have two forms: while the node item is
 * still the run's incarnation, `incarnation` and the cause's own check (and the run leaves the
 * node's `assigned` set); once the node item is gone or another incarnation, `incarnation gone`
 * alone, in place of both (nothing is left to leave). A leave and an admin's force-offline
 * take back even while the disruption guard holds: they waive `guard down`.
 *
 * An admin's cancel (`core/jobs/cancel.ts`) ends a claim at once (`cancelled`: its occurrence
 * is not requeued) and marks a started run `cancelling`, which its node learns at its next
 * check-in (the run is on the node item's `revoking` set, answered in `revoked`). A cancelling
 * run ends `cancelled` by the rows that would end a started run: its node's complete (whatever
 * the outcome it reports: it was told to abort), or a take-back (node down, lease lapsed, not
 * held), which ends it `cancelled` rather than `orphaned`.
 */

/**
 * Why Roster takes a run back from its node:
 * - `node-down`: the incarnation is not running (a claim goes back as soon as it is not;
 *   a started run once the incarnation is offline, stopped or replaced);
 * - `lease-lapsed`: no check-in has listed the run for a lease length (`core/jobs/leases.ts`);
 * - `not-held`: the node's own check-in listed what it holds, and this run was not in it;
 * - `drained`: the node is draining (an admin's or its own word): its unstarted claims go back.
 */
export type RecoveryReason = "node-down" | "lease-lapsed" | "not-held" | "drained";

export type RunTransitionName = "claim" | "start" | "renew" | "complete" | "cancel" | RecoveryReason;

/** Which item a check's condition is on. */
export type CheckedItem = "run" | "node" | "cluster" | "job";

const RUN_CHECKS = {
  // The run item.
  absent: { on: "run", condition: "attribute_not_exists(pk)" },
  state: { on: "run", condition: "#state = :state" },
  "claim token": { on: "run", condition: "claimTokenHash = :hash" },
  holder: { on: "run", condition: "nodeId = :node AND epoch = :epoch" },
  // The node item: the writer's own token, for the writes a node makes itself.
  "node token": { on: "node", condition: "tokenHash = :tokenHash AND epoch = :epoch" },
  "node running": { on: "node", condition: "#state = :running" },
  "scheduling on": { on: "node", condition: "schedulingEnabled = :on" },
  "not draining": { on: "node", condition: "attribute_not_exists(drainingSince)" },
  room: { on: "node", condition: "(attribute_not_exists(assigned) OR size(assigned) < :maxHeld)" },
  // The node item, for a take-back: the run's incarnation, and the cause still holding.
  incarnation: { on: "node", condition: "epoch = :epoch" },
  "node not running": { on: "node", condition: "#state <> :running" },
  "node offline or stopped": { on: "node", condition: "#state IN (:offline, :stopped)" },
  "lease lapsed": { on: "node", condition: "(NOT contains(holding, :runId) OR heldAt < :cutoff)" },
  "not listed": { on: "node", condition: "NOT contains(holding, :runId)" },
  "node draining": { on: "node", condition: "attribute_exists(drainingSince)" },
  "incarnation gone": { on: "node", condition: "(attribute_not_exists(pk) OR epoch <> :epoch)" },
  // The cluster item: the disruption guard is down.
  "guard down": { on: "cluster", condition: "attribute_not_exists(disruptedSince)" },
  // The job item (when it is still the job the run was claimed from): the version read.
  "job version": { on: "job", condition: JOB_VERSION },
} as const satisfies Record<string, { on: CheckedItem; condition: string }>;

export type RunCheck = keyof typeof RUN_CHECKS;

/**
 * A node never holds more runs than one check-in can list (`holding` takes at most 100): the
 * `room` a claim checks on the node item.
 */
export const MAX_HELD = 100;

/** Which item each check is on. */
export const CHECKED_ON = Object.fromEntries(Object.entries(RUN_CHECKS).map(([name, c]) => [name, c.on])) as Record<RunCheck, CheckedItem>;

export type RunRow = TransitionRow<RunState, RunTransitionName, RunCheck>;

/** The checks of the writes that the holding node makes with its claim token. */
const HELD = ["state", "claim token", "holder"] as const;
/** The checks of a take-back besides its cause: the run as read, the guard, the job. */
const takeBack = (cause: RunCheck, guarded = true) =>
  ["state", "claim token", "incarnation", cause, "incarnation gone", ...(guarded ? (["guard down"] as const) : []), "job version"] as const;

export const RUN_LIFECYCLE: Lifecycle<RunState, RunTransitionName, RunCheck> = {
  subject: "run",
  states: RUN_STATES,
  checks: Object.fromEntries(Object.entries(RUN_CHECKS).map(([name, c]) => [name, c.condition])) as Record<RunCheck, string>,
  transitions: [
    {
      name: "claim",
      from: [ABSENT],
      to: "claimed",
      events: ["job.claimed"],
      checks: ["job version", "absent", "node token", "node running", "scheduling on", "not draining", "room"],
      when: "a check-in claims a due occurrence for its node incarnation (a late one is recorded as job.misfired just before, in the same write)",
    },
    {
      name: "start",
      from: ["claimed"],
      to: "started",
      events: ["job.started"],
      checks: [...HELD, "node token", "node running", "not draining"],
      when: "the holding node starts the run with its claim token (a node Roster thinks silent checks in first)",
    },
    {
      name: "renew",
      from: ["claimed", "started", "cancelling"],
      to: SAME,
      events: [],
      checks: ["node token"],
      when: "a check-in of the holding node lists the run (holding, or its claim token in renew): the heartbeat writes the listing on the node item, no run write",
    },
    {
      name: "complete",
      from: ["started"],
      to: "succeeded",
      events: ["job.completed"],
      checks: [...HELD, "node token", "job version"],
      when: "the holding node reports success with its claim token; a non-concurrent job is free again",
    },
    {
      name: "complete",
      from: ["started"],
      to: "failed",
      events: ["job.completed"],
      checks: [...HELD, "node token", "job version"],
      when: "the holding node reports failure with its claim token (also an agent that fenced itself); a non-concurrent job is free again",
    },
    {
      name: "complete",
      from: ["cancelling"],
      to: "cancelled",
      events: ["job.cancelled"],
      checks: [...HELD, "node token", "job version"],
      when: "the holding node reports the cancelled run's end (whatever the outcome: it was told to abort); a non-concurrent job is free again",
    },
    {
      name: "cancel",
      from: ["claimed"],
      to: "cancelled",
      events: ["job.cancelled"],
      checks: ["state", "claim token", "incarnation", "incarnation gone", "job version"],
      when: "an admin cancels a claim before it starts: it ends at once, its occurrence is not requeued, its node's next check-in revokes it",
    },
    {
      name: "cancel",
      from: ["started"],
      to: "cancelling",
      events: ["job.cancelling"],
      checks: ["state", "claim token", "incarnation", "incarnation gone"],
      when: "an admin cancels a started run: it joins its node item's revoking set, so the node's next check-in revokes it and the agent aborts it",
    },
    {
      name: "node-down",
      from: ["claimed"],
      to: "requeued",
      events: ["job.requeued"],
      checks: takeBack("node not running"),
      when: "the sweep, a supersede, a leave, a forget or an admin's force-offline finds the claim's incarnation not running or gone",
    },
    {
      name: "node-down",
      from: ["started"],
      to: "orphaned",
      events: ["job.orphaned"],
      checks: takeBack("node offline or stopped"),
      when: "the sweep, a supersede, a leave, a forget or an admin's force-offline finds the run's incarnation offline, stopped or gone",
    },
    {
      name: "lease-lapsed",
      from: ["claimed"],
      to: "requeued",
      events: ["job.requeued"],
      checks: takeBack("lease lapsed"),
      when: "the sweep finds that no check-in has listed the claim for a lease length, its node running or not",
    },
    {
      name: "lease-lapsed",
      from: ["started"],
      to: "orphaned",
      events: ["job.orphaned"],
      checks: takeBack("lease lapsed"),
      when: "the sweep finds that no check-in has listed the started run for a lease length, its node running or not",
    },
    {
      name: "not-held",
      from: ["claimed"],
      to: "requeued",
      events: ["job.requeued"],
      checks: takeBack("not listed", false),
      when: "the node's own check-in lists what it holds and leaves the claim out (its answer was lost), even while the guard holds",
    },
    {
      name: "not-held",
      from: ["started"],
      to: "orphaned",
      events: ["job.orphaned"],
      checks: takeBack("not listed", false),
      when: "the node's own check-in lists what it holds and leaves the started run out (it forgot it), even while the guard holds",
    },
    {
      name: "node-down",
      from: ["cancelling"],
      to: "cancelled",
      events: ["job.cancelled"],
      checks: takeBack("node offline or stopped"),
      when: "as for a started run, the cancelling run's incarnation is offline, stopped or gone: it ends cancelled, not orphaned",
    },
    {
      name: "lease-lapsed",
      from: ["cancelling"],
      to: "cancelled",
      events: ["job.cancelled"],
      checks: takeBack("lease lapsed"),
      when: "the sweep finds that no check-in has listed the cancelling run for a lease length: it ends cancelled",
    },
    {
      name: "not-held",
      from: ["cancelling"],
      to: "cancelled",
      events: ["job.cancelled"],
      checks: takeBack("not listed", false),
      when: "the node's own check-in no longer lists the cancelling run (the agent aborted it): it ends cancelled",
    },
    {
      name: "drained",
      from: ["claimed"],
      to: "requeued",
      events: ["job.requeued"],
      checks: takeBack("node draining", false),
      when: "the node is drained (an admin's or its own word): its unstarted claims go back at once, even while the guard holds; started runs may finish",
    },
  ],
};
