/**
 * Model-based test (issue 15): random sequences of joins, check-ins (capacity, listing what the
 * node holds or not), claims, starts, completes, lost answers, repeats, clock advances, sweeps,
 * leaves, rejoins, forgets, job deletes and re-creates, run against the real core on DynamoDB
 * Local in simulated time, and compared after every step with the reference model in
 * test/support/model/model.ts: every answer, the stored nodes, runs in flight, jobs, the guard,
 * and the events each step recorded. Every sequence ends with a drain (time passes, nodes stop
 * listing): nothing may be left in flight.
 *
 * Seeded and bounded here (40 sequences, under a minute of a CI run's time); longer:
 * ROSTER_MODEL_RUNS=2000; replay: ROSTER_MODEL_SEED=<seed>
 * (the seed printed for the failing lane) with ROSTER_MODEL_LANES=1.
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

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

describe("the reference model and the real core agree", () => {
  it(`on ${RUNS} random sequences of ${MIN_STEPS}+ steps`, { timeout: 3_600_000 }, async () => {
    const perLane = Math.ceil(RUNS / LANES);
    console.log(
      `model: seed ${SEED}, ${RUNS} sequences of ${MIN_STEPS}-${MAX_STEPS} steps in ${LANES} lanes (seeds ${SEED}..${SEED + LANES - 1}); ` +
        `replay a lane: ROSTER_MODEL_SEED=<its seed> ROSTER_MODEL_LANES=1 ROSTER_MODEL_RUNS=${perLane} npx vitest run test/core/model.test.ts`,
    );
    let sequences = 0;
    let steps = 0;
    const started = Date.now();
    const lanes = Array.from({ length: LANES }, async (_, lane) => {
      const seed = SEED + lane;
      let counter = 0;
      const result = await fc.check(
        fc.asyncProperty(new Sequences(), async (list) => {
          const done = await runSequence(h, `m${seed}-${++counter}`, list);
          sequences += 1;
          steps += done.steps;
        }),
        { seed, numRuns: perLane, endOnFailure: false, maxSkipsPerRun: 0 },
      );
      return { seed, result };
    });
    const results = await Promise.all(lanes);
    console.log(`model: ${sequences} sequence runs (shrinking included), ${steps} steps, ${((Date.now() - started) / 1000).toFixed(1)} s`);
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
  });
});
