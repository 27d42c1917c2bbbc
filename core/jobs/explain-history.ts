import { iso } from "../common/clock";
import type { JobItem } from "./job-item";
import type { RunItem } from "./run-items";
import { RUN_LIFECYCLE } from "./run-lifecycle";

/**
 * A job's past occurrences told from its runs (each run item records who claimed it, when it
 * started, how and why it ended) and from the occurrences a misfire skipped (noted on the job
 * item, since no run tells of them): each occurrence with what happened to it, in order. A pure
 * function of those items, so every reason it gives is one a test produces by making it happen.
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
  /** Why, in words, when the step has a cause (a take-back, a misfire, a cancel). */
  why?: string;
}

export interface Occurrence {
  scheduledFor: string;
  /** Where it stands: the last thing that happened to it. */
  outcome: StepKind;
  steps: Step[];
  /** What kept it waiting past its time, when something did (a live run of a non-concurrent job). */
  waited?: string;
}

const MISFIRED_WHY =
  "it was later than misfireThresholdMs when a node could claim it; misfirePolicy fireAndProceed runs the missed occurrences once, now";
const SKIPPED_WHY =
  "it was later than misfireThresholdMs when a node could claim it, and the job's misfirePolicy is doNothing: the missed occurrences were dropped";
const CANCELLING_WHY = "an admin cancelled the started run; its node is told to abort it";

/** The run lifecycle's own words for how a run ended: the `when` of the row that ended it. */
function endWhy(run: RunItem): string | undefined {
  if (run.endedBy === undefined || run.endedBy === "complete") return undefined;
  const row = RUN_LIFECYCLE.transitions.find((r) => r.name === run.endedBy && r.to === run.state);
  return row ? `${row.name}: ${row.when}` : run.endedBy;
}

/** A run's steps, in the order they happened. */
function stepsOf(run: RunItem): Step[] {
  const by = { nodeId: run.nodeId, runId: run.runId };
  const steps: Step[] = [];
  if (run.misfired) steps.push({ at: iso(run.claimedAt), what: "misfired", why: MISFIRED_WHY });
  steps.push({ at: iso(run.claimedAt), what: "claimed", ...by });
  if (run.startedAt !== undefined) steps.push({ at: iso(run.startedAt), what: "started", ...by });
  if (run.cancelledAt !== undefined && run.startedAt !== undefined) steps.push({ at: iso(run.cancelledAt), what: "cancelling", ...by, why: CANCELLING_WHY });
  if (run.finishedAt !== undefined) {
    const why = endWhy(run);
    steps.push({ at: iso(run.finishedAt), what: run.state as StepKind, ...by, ...(why ? { why } : {}) });
  }
  return steps;
}

/**
 * The occurrences `runs` (the job's runs, any order) and the job's skipped occurrences tell of,
 * newest first, at most `count`. A requeued occurrence is claimed again under the same time:
 * its runs are one occurrence, told run after run.
 */
export function occurrencesOf(runs: readonly RunItem[], job: Pick<JobItem, "concurrent" | "skipped">, count: number): Occurrence[] {
  const byTime = new Map<number, RunItem[]>();
  for (const run of [...runs].sort((a, b) => a.claimedAt - b.claimedAt)) byTime.set(run.scheduledFor, [...(byTime.get(run.scheduledFor) ?? []), run]);
  const told: (Occurrence & { at: number })[] = [...byTime.entries()].map(([at, ofIt]) => {
    const steps = ofIt.flatMap(stepsOf);
    return { at, scheduledFor: iso(at), outcome: steps.at(-1)!.what, steps, ...waitedFor(at, ofIt[0]!, runs, job.concurrent) };
  });
  for (const skip of job.skipped ?? []) {
    if (!byTime.has(skip.scheduledFor)) {
      told.push({ at: skip.scheduledFor, scheduledFor: iso(skip.scheduledFor), outcome: "skipped", steps: [{ at: iso(skip.at), what: "skipped", why: SKIPPED_WHY }] });
    }
  }
  return told
    .sort((a, b) => b.at - a.at)
    .slice(0, count)
    .map(({ at: _, ...occurrence }) => occurrence);
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/**
 * A non-concurrent job's occurrence first claimed after its time while another run of the job
 * was live: it waited for that run (the job runs one at a time).
 */
function waitedFor(due: number, first: RunItem, runs: readonly RunItem[], concurrent: boolean): { waited?: string } {
  if (concurrent) return {};
  const blocker = runs.find(
    (run) => run.runId !== first.runId && run.claimedAt <= due && run.finishedAt !== undefined && run.finishedAt > due && run.finishedAt <= first.claimedAt,
  );
  if (!blocker) return {};
  return {
    waited:
      `blocked by run ${blocker.runId} (of the occurrence at ${iso(blocker.scheduledFor)}, on node '${blocker.nodeId}') ` +
      `for ${seconds(blocker.finishedAt! - due)}: the job is not concurrent, so an occurrence waits while its previous run is live`,
  };
}
