import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ABSENT, NotATransition, SAME, rowOf } from "../../../core/common/lifecycle-table";
import { EVENT_TYPES } from "../../../core/events/events";
import { RUN_STATES } from "../../../core/jobs/run-items";
import { CHECKED_ON, MAX_HELD, RUN_LIFECYCLE, type RunCheck } from "../../../core/jobs/run-lifecycle";
import { checksOn, conditionOf } from "../../../core/jobs/run-transitions";
import { MAX_HELD as MAX_HELD_OF_HOLDINGS } from "../../../core/jobs/holdings";

/**
 * The run lifecycle is one table (issue 16): these tests hold it to its own vocabulary and to
 * the rows the issue asks for, and check that the code takes its transitions from it. The
 * writes themselves are tried against DynamoDB Local in run-transitions.test.ts.
 */
const rows = RUN_LIFECYCLE.transitions;
const checks = Object.keys(RUN_LIFECYCLE.checks) as RunCheck[];
const TAKE_BACKS = ["node-down", "lease-lapsed", "not-held"] as const;

describe("the run lifecycle table", () => {
  it("starts and ends every row in a run state, absent, or (to) the same", () => {
    expect(RUN_LIFECYCLE.states).toEqual(RUN_STATES);
    for (const row of rows) {
      for (const from of row.from) expect([...RUN_STATES, ABSENT], `${row.name} from`).toContain(from);
      expect([...RUN_STATES, ABSENT, SAME], `${row.name} to`).toContain(row.to);
    }
  });

  it("uses only checks it defines, defines none it does not use, and says on which item each is", () => {
    const used = new Set(rows.flatMap((r) => r.checks));
    for (const check of used) expect(checks, `check '${check}'`).toContain(check);
    expect([...used].sort()).toEqual([...checks].sort());
    expect(Object.keys(CHECKED_ON).sort()).toEqual([...checks].sort());
    for (const check of checks) expect(["run", "node", "cluster", "job"]).toContain(CHECKED_ON[check]);
    for (const text of Object.values(RUN_LIFECYCLE.checks)) {
      expect(text).toMatch(/^(\S.*\S)$/);
      if (text.includes(" OR ")) expect(text).toMatch(/^\(.*\)$/); // safe to join with AND
    }
  });

  it("records only event types Roster knows, and gives every row a one-line when and some check", () => {
    for (const row of rows) {
      for (const event of row.events) expect(EVENT_TYPES, row.name).toContain(event);
      expect(row.when.length, row.name).toBeGreaterThan(10);
      expect(row.when).not.toContain("\n");
      expect(row.checks.length, row.name).toBeGreaterThan(0);
      expect(row.name).not.toMatch(/[:;]/); // the diagram's labels
    }
  });

  it("has one row per name, start and end, so rowOf never has two answers", () => {
    const seen = new Set<string>();
    for (const row of rows) {
      for (const from of row.from) {
        const key = `${row.name} from ${from} to ${row.to}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it("has the rows issue 16 asks for, each with the checks that keep it safe", () => {
    const table = rows.map(({ name, from, to, events, checks }) => ({ name, from, to, events, checks }));
    const held = ["state", "claim token", "holder"];
    const back = (cause: string, guard = true) =>
      ["state", "claim token", "incarnation", cause, "incarnation gone", ...(guard ? ["guard down"] : []), "job version"];
    expect(table).toEqual([
      { name: "claim", from: [ABSENT], to: "claimed", events: ["job.claimed"], checks: ["job version", "absent", "node token", "node running", "scheduling on", "not draining", "room"] },
      { name: "start", from: ["claimed"], to: "started", events: ["job.started"], checks: [...held, "node token", "node running", "not draining"] },
      { name: "renew", from: ["claimed", "started", "cancelling"], to: SAME, events: [], checks: ["node token"] },
      { name: "complete", from: ["started"], to: "succeeded", events: ["job.completed"], checks: [...held, "node token", "job version"] },
      { name: "complete", from: ["started"], to: "failed", events: ["job.completed"], checks: [...held, "node token", "job version"] },
      { name: "complete", from: ["cancelling"], to: "cancelled", events: ["job.cancelled"], checks: [...held, "node token", "job version"] },
      { name: "cancel", from: ["claimed"], to: "cancelled", events: ["job.cancelled"], checks: ["state", "claim token", "incarnation", "incarnation gone", "job version"] },
      { name: "cancel", from: ["started"], to: "cancelling", events: ["job.cancelling"], checks: ["state", "claim token", "incarnation", "incarnation gone"] },
      { name: "node-down", from: ["claimed"], to: "requeued", events: ["job.requeued"], checks: back("node not running") },
      { name: "node-down", from: ["started"], to: "orphaned", events: ["job.orphaned"], checks: back("node offline or stopped") },
      { name: "lease-lapsed", from: ["claimed"], to: "requeued", events: ["job.requeued"], checks: back("lease lapsed") },
      { name: "lease-lapsed", from: ["started"], to: "orphaned", events: ["job.orphaned"], checks: back("lease lapsed") },
      { name: "not-held", from: ["claimed"], to: "requeued", events: ["job.requeued"], checks: back("not listed", false) },
      { name: "not-held", from: ["started"], to: "orphaned", events: ["job.orphaned"], checks: back("not listed", false) },
      { name: "node-down", from: ["cancelling"], to: "cancelled", events: ["job.cancelled"], checks: back("node offline or stopped") },
      { name: "lease-lapsed", from: ["cancelling"], to: "cancelled", events: ["job.cancelled"], checks: back("lease lapsed") },
      { name: "not-held", from: ["cancelling"], to: "cancelled", events: ["job.cancelled"], checks: back("not listed", false) },
      { name: "drained", from: ["claimed"], to: "requeued", events: ["job.requeued"], checks: back("node draining", false) },
    ]);
  });

  it("says each check as the condition the code had written by hand before the table", () => {
    expect(RUN_LIFECYCLE.checks).toEqual({
      absent: "attribute_not_exists(pk)",
      state: "#state = :state",
      "claim token": "claimTokenHash = :hash",
      holder: "nodeId = :node AND epoch = :epoch",
      "node token": "tokenHash = :tokenHash AND epoch = :epoch",
      "node running": "#state = :running",
      "scheduling on": "schedulingEnabled = :on",
      "not draining": "attribute_not_exists(drainingSince)",
      room: "(attribute_not_exists(assigned) OR size(assigned) < :maxHeld)",
      incarnation: "epoch = :epoch",
      "node not running": "#state <> :running",
      "node offline or stopped": "#state IN (:offline, :stopped)",
      "lease lapsed": "(NOT contains(holding, :runId) OR heldAt < :cutoff)",
      "not listed": "NOT contains(holding, :runId)",
      "node draining": "attribute_exists(drainingSince)",
      "incarnation gone": "(attribute_not_exists(pk) OR epoch <> :epoch)",
      "guard down": "attribute_not_exists(disruptedSince)",
      "job version": "version = :version",
    });
    expect(MAX_HELD).toBe(100);
    expect(MAX_HELD_OF_HOLDINGS).toBe(MAX_HELD);
  });

  it("names the take-backs by their cause, requeuing a claim, orphaning a started run and ending a cancelling one cancelled", () => {
    for (const cause of TAKE_BACKS) {
      expect(rowOf(RUN_LIFECYCLE, cause, "claimed")).toMatchObject({ to: "requeued", events: ["job.requeued"] });
      expect(rowOf(RUN_LIFECYCLE, cause, "started")).toMatchObject({ to: "orphaned", events: ["job.orphaned"] });
      expect(rowOf(RUN_LIFECYCLE, cause, "cancelling")).toMatchObject({ to: "cancelled", events: ["job.cancelled"] });
    }
    expect(rowOf(RUN_LIFECYCLE, "complete", "cancelling").to).toBe("cancelled"); // whatever the outcome reported
    expect(() => rowOf(RUN_LIFECYCLE, "cancel", "cancelling")).toThrow(NotATransition); // answered as it is, no write
    expect(() => rowOf(RUN_LIFECYCLE, "cancel", "succeeded")).toThrow(NotATransition);
    expect(rowOf(RUN_LIFECYCLE, "complete", "started", "failed").to).toBe("failed");
    expect(rowOf(RUN_LIFECYCLE, "renew", "started").to).toBe(SAME);
  });

  it("refuses a transition that is not a row: rowOf throws NotATransition", () => {
    expect(() => rowOf(RUN_LIFECYCLE, "start", "started")).toThrow(NotATransition);
    expect(() => rowOf(RUN_LIFECYCLE, "complete", "claimed")).toThrow(NotATransition);
    expect(() => rowOf(RUN_LIFECYCLE, "complete", "started", "orphaned")).toThrow(NotATransition);
    expect(() => rowOf(RUN_LIFECYCLE, "node-down", "started", "requeued")).toThrow(NotATransition); // requeue of a started run
    expect(() => rowOf(RUN_LIFECYCLE, "not-held", "claimed", "orphaned")).toThrow(NotATransition);
    expect(() => rowOf(RUN_LIFECYCLE, "lease-lapsed", "succeeded")).toThrow(NotATransition);
    expect(() => rowOf(RUN_LIFECYCLE, "claim", "claimed")).toThrow(NotATransition);
    expect(() => rowOf(RUN_LIFECYCLE, "renew", "failed")).toThrow(/not a transition of the run lifecycle/);
  });

  it("is where the code takes its run transitions: no run condition is written by hand elsewhere", () => {
    const dir = join(import.meta.dirname, "..", "..", "..", "core", "jobs");
    const read = (file: string) => readFileSync(join(dir, file), "utf8");
    for (const file of ["claim-due.ts", "runs.ts", "run-recovery.ts"]) {
      expect(read(file), file).not.toMatch(/\bConditionExpression\b/);
      expect(read(file), file).toMatch(/rowOf\(RUN_LIFECYCLE, /);
    }
    // The one hand-written condition left in holdings.ts drops an `assigned` entry whose run has ended.
    expect(read("holdings.ts").match(/\bConditionExpression\b/g)).toHaveLength(1);
  });
});

describe("conditionOf: a row's checks on one item, as one condition", () => {
  const start = rowOf(RUN_LIFECYCLE, "start", "claimed");
  const values = { ":state": "claimed", ":hash": "h", ":node": "a", ":epoch": 3, ":tokenHash": "t", ":running": "running", ":to": "started", ":unused": 1 };

  it("joins the checks on the item with AND, in the row's order, and sends only the names and values they use", () => {
    expect(checksOn(start, "run")).toEqual(["state", "claim token", "holder"]);
    expect(conditionOf(checksOn(start, "run"), values, "SET #state = :to")).toEqual({
      ConditionExpression: "#state = :state AND claimTokenHash = :hash AND nodeId = :node AND epoch = :epoch",
      UpdateExpression: "SET #state = :to",
      ExpressionAttributeNames: { "#state": "state" },
      ExpressionAttributeValues: { ":state": "claimed", ":hash": "h", ":node": "a", ":epoch": 3, ":to": "started" },
    });
  });

  it("leaves out names and values when the condition uses none", () => {
    expect(conditionOf(["absent"], values)).toEqual({ ConditionExpression: "attribute_not_exists(pk)" });
    expect(conditionOf(["guard down"], {})).toEqual({ ConditionExpression: "attribute_not_exists(disruptedSince)" });
  });

  it("refuses a write with no check, or a placeholder without a value", () => {
    expect(() => conditionOf([], values)).toThrow(/no check/);
    expect(() => conditionOf(["room"], values)).toThrow(/no value for :maxHeld/);
  });
});
