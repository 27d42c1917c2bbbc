import type { RosterEvent } from "../events/events";
import { RUN_LIFECYCLE } from "./run-lifecycle";

/**
 * A job's past occurrences told from its events (the `byJob` index): each occurrence with
 * what happened to it, in order. A pure function of the events, so every reason it gives is
 * one a test can produce by making the event happen.
 */

export type StepKind =
  | "claimed"
  | "started"
  | "succeeded"
  | "failed"
  | "requeued"
  | "orphaned"
  | "cancelling"
  | "cancelled"
  | "misfired"
  | "skipped";

export interface Step {
  at: string;
  what: StepKind;
  nodeId?: string;
  runId?: string;
  /** Why, in words, when the step has a cause (a take-back, a misfire, a wait). */
  why?: string;
}

export interface Occurrence {
  scheduledFor: string;
  /** Where it stands: the last thing that happened to it. */
  outcome: StepKind;
  steps: Step[];
  /** What kept it waiting past its time, when something did (a running run of a non-concurrent job). */
  waited?: string;
}

interface RunSeen {
  scheduledFor: string;
  nodeId?: string;
  claimedAt: number;
  endedAt?: number;
}

const ENDS: ReadonlySet<StepKind> = new Set(["succeeded", "failed", "orphaned", "cancelled", "requeued"]);

/** The run lifecycle's own words for a take-back: the `when` of its row. */
function takeBackWhy(reason: unknown, to: string): string | undefined {
  const row = RUN_LIFECYCLE.transitions.find((r) => r.name === reason && r.to === to);
  return row ? `${String(reason)}: ${row.when}` : typeof reason === "string" ? reason : undefined;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** One step from one event, and the occurrence it belongs to (a run's later events name only the run). */
function stepOf(event: RosterEvent, runs: Map<string, RunSeen>): { scheduledFor: string; step: Step } | undefined {
  const d = event.detail as Record<string, unknown>;
  const runId = typeof d.runId === "string" ? d.runId : undefined;
  const scheduledFor = typeof d.scheduledFor === "string" ? d.scheduledFor : runId ? runs.get(runId)?.scheduledFor : undefined;
  if (scheduledFor === undefined) return undefined;
  const base = { at: event.time, ...(event.nodeId ? { nodeId: event.nodeId } : {}), ...(runId ? { runId } : {}) };
  switch (event.type) {
    case "job.claimed":
      return { scheduledFor, step: { ...base, what: "claimed" } };
    case "job.started":
      return { scheduledFor, step: { ...base, what: "started" } };
    case "job.completed":
      return { scheduledFor, step: { ...base, what: d.outcome === "succeeded" ? "succeeded" : d.outcome === "cancelled" ? "cancelled" : "failed" } };
    case "job.cancelling":
      return { scheduledFor, step: { ...base, what: "cancelling", why: "an admin cancelled the started run; its node is told to abort it" } };
    case "job.requeued":
    case "job.orphaned":
    case "job.cancelled": {
      const what = event.type.slice(4) as StepKind;
      const why = takeBackWhy(d.reason, what);
      return { scheduledFor, step: { ...base, what, ...(why ? { why } : {}) } };
    }
    case "job.misfired":
      return d.policy === "doNothing"
        ? { scheduledFor, step: { at: event.time, what: "skipped", why: "it was later than misfireThresholdMs when a node could claim it, and the job's misfirePolicy is doNothing: the missed occurrences were dropped" } }
        : { scheduledFor, step: { at: event.time, what: "misfired", why: "it was later than misfireThresholdMs when a node could claim it; misfirePolicy fireAndProceed runs the missed occurrences once, now" } };
  }
  return undefined;
}

/** Within one write's moment, the order a run's steps can only happen in. */
const STEP_RANK: Record<StepKind, number> = {
  misfired: 0,
  skipped: 0,
  claimed: 1,
  started: 2,
  cancelling: 3,
  succeeded: 4,
  failed: 4,
  requeued: 4,
  orphaned: 4,
  cancelled: 4,
};

/**
 * The occurrences the events tell of, newest first, at most `count`. `events` are the job's
 * events oldest first; `concurrent` says whether the job's runs may overlap.
 */
export function occurrencesOf(events: readonly RosterEvent[], concurrent: boolean, count: number): Occurrence[] {
  const runs = new Map<string, RunSeen>();
  for (const event of events) {
    const d = event.detail as Record<string, unknown>;
    if (event.type === "job.claimed" && typeof d.runId === "string" && typeof d.scheduledFor === "string") {
      runs.set(d.runId, { scheduledFor: d.scheduledFor, claimedAt: Date.parse(event.time), ...(event.nodeId ? { nodeId: event.nodeId } : {}) });
    }
  }
  const byTime = new Map<string, Occurrence>();
  for (const event of events) {
    const told = stepOf(event, runs);
    if (!told) continue;
    const { scheduledFor, step } = told;
    const run = step.runId ? runs.get(step.runId) : undefined;
    if (run && ENDS.has(step.what)) run.endedAt = Date.parse(step.at);
    const occurrence = byTime.get(scheduledFor) ?? { scheduledFor, outcome: step.what, steps: [] };
    occurrence.steps.push(step);
    byTime.set(scheduledFor, occurrence);
  }
  const all = [...byTime.values()].sort((a, b) => Date.parse(b.scheduledFor) - Date.parse(a.scheduledFor)).slice(0, count);
  for (const occurrence of all) {
    inOrder(occurrence, runs);
    if (!concurrent) noteWait(occurrence, runs);
  }
  return all;
}

/**
 * Events written in the same millisecond carry no order between writes, so the steps are put
 * in the only order they can have happened in: by time, then run by run (a later claim of the
 * same occurrence needs the earlier run to have ended), then by the run's lifecycle.
 */
function inOrder(occurrence: Occurrence, runs: Map<string, RunSeen>) {
  const runRank = (step: Step) => {
    const run = step.runId ? runs.get(step.runId) : undefined;
    return run ? [run.claimedAt, run.endedAt ?? Number.MAX_SAFE_INTEGER] : [-1, -1];
  };
  occurrence.steps.sort((a, b) => {
    const [ca, ea] = runRank(a);
    const [cb, eb] = runRank(b);
    return Date.parse(a.at) - Date.parse(b.at) || (a.runId === b.runId ? 0 : ca! - cb! || ea! - eb!) || STEP_RANK[a.what] - STEP_RANK[b.what];
  });
  occurrence.outcome = occurrence.steps.at(-1)!.what;
}

/**
 * A non-concurrent job's occurrence claimed after its time while another run of the job was
 * live: it waited for that run (the job runs one at a time).
 */
function noteWait(occurrence: Occurrence, runs: Map<string, RunSeen>) {
  const due = Date.parse(occurrence.scheduledFor);
  const claim = occurrence.steps.find((step) => step.what === "claimed");
  if (!claim) return;
  const claimedAt = Date.parse(claim.at);
  const blocker = [...runs.entries()].find(
    ([runId, run]) => runId !== claim.runId && run.claimedAt <= due && run.endedAt !== undefined && run.endedAt > due && run.endedAt <= claimedAt,
  );
  if (!blocker) return;
  const [runId, run] = blocker;
  occurrence.waited =
    `blocked by run ${runId} (of the occurrence at ${run.scheduledFor}${run.nodeId ? `, on node '${run.nodeId}'` : ""}) ` +
    `for ${seconds(run.endedAt! - due)}: the job is not concurrent, so an occurrence waits while its previous run is live`;
}
