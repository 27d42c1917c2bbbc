/**
 * Model-based test (issues 15 and 18): random sequences of joins, check-ins (capacity, listing
 * what the node holds or not), claims, starts, completes, lost answers, repeats, clock advances,
 * sweeps, leaves, rejoins, forgets, job deletes and re-creates, drains and undrains (by an admin
 * or the node's own token), and an admin's cancels (of claims, started, cancelling, finished and
 * unknown runs), run against the real core on DynamoDB Local in simulated time, and compared
 * after every step with the reference model in test/support/model/model.ts: every answer, the
 * stored nodes (draining, drained, revoking), runs in flight, jobs, the guard, and the events
 * each step recorded. Every sequence ends by settling (time passes, nodes stop listing):
 * nothing may be left in flight.
 *
 * Seeded and bounded here (40 sequences and the directed ones, about a minute of a CI run's time); longer:
 * ROSTER_MODEL_RUNS=2000; replay: ROSTER_MODEL_SEED=<seed> (the seed printed for the failing
 * lane) with ROSTER_MODEL_LANES=1; ROSTER_MODEL_TRACE=1 prints every sequence's steps.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { type Step, describeStep, profile, runSequence, stepArb } from "../support/model/commands";
import { type Harness, harness } from "../support/harness";

const RUNS = Number(process.env.ROSTER_MODEL_RUNS ?? 40);
const SEED = Number(process.env.ROSTER_MODEL_SEED ?? 15);
/** Sequences run in this many concurrent lanes (each its own clock and clusters); lane i uses seed SEED + i. */
const LANES = Number(process.env.ROSTER_MODEL_LANES ?? 4);
const MIN_STEPS = 50;
const MAX_STEPS = 56;

/**
 * Sequences are generated with at least MIN_STEPS steps, and shrunk as any array (down to the
 * few steps a failure needs).
 */
class Sequences extends fc.Arbitrary<Step[]> {
  private readonly generated = fc.array(stepArb, { minLength: MIN_STEPS, maxLength: MAX_STEPS });
  private readonly shrinker = fc.array(stepArb, { maxLength: MAX_STEPS });
  generate(mrng: fc.Random, biasFactor: number | undefined) {
    return new fc.Value(this.generated.generate(mrng, biasFactor).value_, undefined);
  }
  canShrinkWithoutContext(value: unknown): value is Step[] {
    return this.shrinker.canShrinkWithoutContext(value);
  }
  shrink(value: Step[], context: unknown) {
    return this.shrinker.shrink(value, context);
  }
}

/**
 * Directed sequences: the rows random sequences reach only now and then (a cancelling run ended
 * by each of complete, not-held, node-down and lease-lapsed; a drain that hands back a claim
 * while a started run finishes, then drained at a check-in, undrained by the node itself),
 * checked by the same model. Each check-in has exactly one job due, so claims are deterministic.
 */
const ci = (n: number, more: Partial<Extract<Step, { k: "checkIn" }>> = {}): Step => ({ k: "checkIn", n, capacity: 1, listing: "known", types: "all", lost: false, via: "current", ...more });
const start = (n: number): Step => ({ k: "start", n, pick: 0, lost: false, repeat: false, via: "current" });
const complete = (n: number, repeat = false): Step => ({ k: "complete", n, pick: 0, outcome: "succeeded", lost: false, repeat, via: "current" });
const cancelStarted: Step = { k: "cancel", which: "started", pick: 0 };
const DIRECTED: Record<string, Step[]> = {
  "cancel: a claim, again, an unknown run; cancelling runs ended by not-held, node-down, lease-lapsed and complete": [
    { k: "trigger", j: 0 }, ci(0), { k: "cancel", which: "live", pick: 0 }, { k: "cancel", which: "any", pick: 0 }, // claim: cancelled, then as it is
    { k: "trigger", j: 0 }, ci(0), start(0), cancelStarted, ci(0, { capacity: 0 }), ci(0, { capacity: 0 }), // revoked, then not held
    { k: "trigger", j: 0 }, ci(1), start(1), cancelStarted, { k: "leave", n: 1, lost: false, via: "current" }, // node-down
    { k: "trigger", j: 0 }, ci(2), start(2), cancelStarted, { k: "advance", ms: 10_001 }, // lease lapsed
    ci(0, { capacity: 0, listing: "omit" }), ci(2, { capacity: 0, listing: "omit" }), { k: "sweep" },
    { k: "trigger", j: 1 }, ci(0), start(0), cancelStarted, complete(0, true), { k: "cancel", which: "unknown", pick: 0 }, // complete, repeated
  ],
  "drain: a claim handed back and taken by another node, a started run finishes, drained at a check-in, undrained by the node itself": [
    { k: "trigger", j: 0 }, ci(0), start(0), { k: "trigger", j: 1 }, ci(0),
    { k: "drain", n: 0, by: "self", via: "current", busy: false }, ci(0), ci(1), complete(0), ci(0),
    { k: "cancel", which: "any", pick: 0 }, // the run that succeeded: 409
    { k: "undrain", n: 0, by: "self", via: "current", busy: false }, { k: "trigger", j: 2 }, ci(0),
  ],
};

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

// The two run side by side (the directed sequences cost little beside the random lanes).
describe.concurrent("the reference model and the real core agree", () => {
  it("on directed sequences of the rows random ones seldom reach", { timeout: 300_000 }, async () => {
    const reached = new Set<string>();
    await Promise.all(
      Object.entries(DIRECTED).map(async ([name, steps], i) => {
        const done = await runSequence(h, `directed${i}`, steps);
        for (const k of done.reached.keys()) reached.add(k);
        if (process.env.ROSTER_MODEL_TRACE) console.log(`model: ${name}\n${done.trace.join("\n")}`);
      }),
    );
    // They reached what they are for (the model agreeing is checked at every step).
    expect([...reached]).toEqual(
      expect.arrayContaining([
        ...["cancel", "not-held", "node-down", "lease-lapsed", "complete"].map((why) => `job.cancelled ${why}`),
        "cancel cancelled -> 200 cancelled",
        "cancel unknown -> 404 run_not_found",
        "cancel succeeded -> 409 run_finished",
        "job.requeued drained",
        "node.drained",
        "node.undrained",
      ]),
    );
  });

  it(`on ${RUNS} random sequences of ${MIN_STEPS}+ steps`, { timeout: 3_600_000 }, async () => {
    const perLane = Math.ceil(RUNS / LANES);
    console.log(
      `model: seed ${SEED}, ${RUNS} sequences of ${MIN_STEPS}-${MAX_STEPS} steps in ${LANES} lanes (seeds ${SEED}..${SEED + LANES - 1}); ` +
        `replay a lane: ROSTER_MODEL_SEED=<its seed> ROSTER_MODEL_LANES=1 ROSTER_MODEL_RUNS=${perLane} npx vitest run test/core/model.test.ts`,
    );
    let sequences = 0;
    let steps = 0;
    const coverage = new Map<string, number>();
    const started = Date.now();
    const lanes = Array.from({ length: LANES }, async (_, lane) => {
      const seed = SEED + lane;
      let counter = 0;
      const result = await fc.check(
        fc.asyncProperty(new Sequences(), async (list) => {
          const done = await runSequence(h, `m${seed}-${++counter}`, list);
          if (process.env.ROSTER_MODEL_TRACE) console.log(`model: sequence m${seed}-${counter}\n${done.trace.join("\n")}`);
          sequences += 1;
          steps += done.steps;
          for (const [k, n] of done.reached) coverage.set(k, (coverage.get(k) ?? 0) + n);
        }),
        { seed, numRuns: perLane, endOnFailure: false, maxSkipsPerRun: 0 },
      );
      return { seed, result };
    });
    const results = await Promise.all(lanes);
    console.log(`model: ${sequences} sequence runs (shrinking included), ${steps} steps, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`model: reached\n  ${[...coverage].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k}: ${n}`).join("\n  ")}`);
    if (process.env.ROSTER_MODEL_PROFILE) for (const [k, [n, op, cmp]] of profile) console.log(`${k}: ${n} steps, op ${(op / n).toFixed(1)} ms, compare ${(cmp / n).toFixed(1)} ms`);
    const failed = results.filter((r) => r.result.failed);
    for (const { seed, result } of failed) {
      const shrunk = result.counterexample?.[0] ?? [];
      console.error(
        [
          `model: lane seed ${seed} failed after ${result.numRuns} sequences, shrunk ${result.numShrinks} times`,
          `replay: ROSTER_MODEL_SEED=${seed} ROSTER_MODEL_LANES=1 ROSTER_MODEL_RUNS=${perLane} npx vitest run test/core/model.test.ts`,
          "shrunk sequence:",
          ...shrunk.map((s, i) => `  ${String(i + 1).padStart(3)}. ${describeStep(s)}`),
          "what happened:",
          String((result.errorInstance as Error | undefined)?.message ?? result.errorInstance),
        ].join("\n"),
      );
    }
    expect(failed.map((f) => `seed ${f.seed}: ${(f.result.errorInstance as Error | undefined)?.message.split("\n")[0]}`)).toEqual([]);
    expect(sequences).toBeGreaterThanOrEqual(RUNS);
    // The default run must reach what drain and cancel are about (a generator that stopped
    // reaching them would pass without testing them).
    if (RUNS >= 40) {
      const reached = (what: string) => coverage.get(what) ?? 0;
      expect({
        "a drain hands back a claim": reached("job.requeued drained") > 0,
        "a node is drained": reached("node.drained") > 0,
        "an undrain of a draining node": reached("node.undrained") > 0,
        "a cancel of a claim": reached("job.cancelled cancel") > 0,
        "a cancel of a started run": reached("job.cancelling") > 0,
        "a cancelling run ends": [...coverage.keys()].some((k) => /^(\[settle\] )?job\.cancelled (complete|not-held|node-down|lease-lapsed)$/.test(k)),
        "a cancel of a finished run": [...coverage.keys()].some((k) => k.endsWith("-> 409 run_finished")),
      }).toEqual({
        "a drain hands back a claim": true,
        "a node is drained": true,
        "an undrain of a draining node": true,
        "a cancel of a claim": true,
        "a cancel of a started run": true,
        "a cancelling run ends": true,
        "a cancel of a finished run": true,
      });
    }
  });
});
