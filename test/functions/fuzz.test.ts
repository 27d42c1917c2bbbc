/**
 * Every operation of the served OpenAPI document, fuzzed through the real app on DynamoDB
 * Local: valid requests and requests changed in one way each. No answer is a 5xx; every
 * status is declared for its operation; every error has the error shape; every 2xx body
 * matches its declared schema. Longer: `npm run fuzz`; replay: ROSTER_FUZZ_SEED=<seed>.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { operationsOf, errorValidator } from "../support/fuzz/document";
import { fixtures } from "../support/fuzz/fixtures";
import { build, requests } from "../support/fuzz/mutations";
import { checkAnswer, describeRequest, sender } from "../support/fuzz/answers";
import { recipes, tokenFor } from "../support/fuzz/recipes";
import { harness } from "../support/harness";

const RUNS = Number(process.env.ROSTER_FUZZ_RUNS ?? 60);
const SEED = Number(process.env.ROSTER_FUZZ_SEED ?? 13);
console.log(`fuzz: seed ${SEED}, ${RUNS} runs per operation (replay: ROSTER_FUZZ_SEED=${SEED} ROSTER_FUZZ_RUNS=${RUNS} npx vitest run test/functions/fuzz.test.ts)`);

const h = await harness();
const doc = (await h.call("GET", "/openapi.json")).body;
const operations = operationsOf(doc);
const isError = errorValidator(doc);
const fx = await fixtures(h);
const now = () => h.deps.clock.now();
const send = sender(h.app);

/** A seed per operation, so that adding one leaves the others' sequences alone. */
const seedOf = (key: string) => [...key].reduce((s, ch) => (Math.imul(s, 31) + ch.charCodeAt(0)) | 0, SEED);

describe("the fuzzer covers the document", () => {
  it("has a recipe for every operation of the document, and none for an operation it lacks", () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.map((op) => op.key).filter((key) => !recipes[key])).toEqual([]);
    expect(Object.keys(recipes).filter((key) => !operations.some((op) => op.key === key))).toEqual([]);
  });
});

describe("a valid request to every operation succeeds", () => {
  it.each(operations.map((op) => [op.key, op] as const))("%s", async (_, op) => {
    const recipe = recipes[op.key];
    expect(recipe, `no recipe for ${op.key}`).toBeDefined();
    const parts = recipe!.baseline(fx, now);
    const req = build(op, parts, tokenFor(recipe!, fx), "baseline");
    const res = await send(req);
    checkAnswer(op, req, res, isError);
    if (parts.refused) {
      expect(res.status, `${parts.refused.why}\n  ${describeRequest(req, res)}`).toBe(parts.refused.status);
      return;
    }
    expect(res.status, describeRequest(req, res)).toBeGreaterThanOrEqual(200);
    expect(res.status, describeRequest(req, res)).toBeLessThan(300);
    await recipe!.check?.(parts.body, res, send, fx);
  });
});

describe("no request gets a 5xx or an undeclared answer", () => {
  it.each(operations.map((op) => [op.key, op] as const))("%s", { timeout: 600_000 }, async (_, op) => {
    const recipe = recipes[op.key];
    expect(recipe, `no recipe for ${op.key}`).toBeDefined();
    const seed = seedOf(op.key);
    const arbitrary = requests(op, recipe!, fx, now).map((req) =>
      Object.assign(req, { [fc.toStringMethod]: () => describeRequest(req) }),
    );
    await fc.assert(
      fc.asyncProperty(arbitrary, async (req) => {
        const res = await send(req);
        checkAnswer(op, req, res, isError);
        if (res.status < 300 && req.variant === "valid" && req.body) await recipe!.check?.(JSON.parse(req.body), res, send, fx);
      }),
      { seed, numRuns: RUNS, endOnFailure: true },
    );
  });
});
