import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { startAgent } from "../../agent/agent";
import { claim, fakeRoster } from "./fake-roster";
import { advance } from "./helpers";

/**
 * A long-lived agent keeps a flat heap: thousands of check-ins (and runs) leave nothing behind,
 * and raise no warning (a MaxListenersExceededWarning is what listeners piling up on a
 * long-lived signal would raise). In fake time: 3,000 check-ins at 100 ms take seconds.
 */
// Fake timers, but not useFakeTime()'s spy on Math.random: a spy records every call, and that
// record alone would be a leak of a few hundred bytes per check-in.
beforeEach(() => void vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date", "performance"] }));
afterEach(() => void vi.useRealTimers());

/** global.gc, exposed at run time when the process was not started with --expose-gc. */
function exposedGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

// Iterations, not a time. The heap grows while code is compiled and optimized (a few hundred
// KB over the first couple of thousand check-ins, then more and more slowly: measured over 3,000
// after the warm-up, a flat agent shows 20-30 bytes per check-in, over 6,000 10-17, over 10,000
// 7-12), so the slope is measured after a warm-up, over 6,000.
const WARM_UP = 3000;
const CHECK_INS = 6000; // measured, after the warm-up
const SAMPLE_EVERY = 100; // 61 samples, each after a full GC

/**
 * The bound on the heap's slope, in bytes per check-in. The smallest JS object a leak can keep
 * is an empty array: on 64-bit Node 20 (no pointer compression) 4 words, its map, properties,
 * elements and length, 32 bytes; and something must hold it, at least one more 8-byte slot (an
 * array element, a property, a closure variable). So one object kept per check-in grows the heap
 * by at least 40 bytes per check-in (120 KB over 3,000); measured, ~45-60 (the holding array's
 * spare capacity). A flat agent measures 10-17 here (what is left of the warm-up, and GC noise,
 * through a median of slopes). The bound lies between: 32 bytes per check-in.
 */
const MAX_BYTES_PER_CHECK_IN = 32;

/** The Theil-Sen slope of y over x (the median of the slopes between every two points): a sample taken while something transient was alive does not move it. */
function slope(points: [number, number][]) {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) slopes.push((points[j]![1] - points[i]![1]) / (points[j]![0] - points[i]![0]));
  }
  slopes.sort((a, b) => a - b);
  return slopes[Math.floor(slopes.length / 2)]!;
}

/**
 * Run an agent checking in every 100 ms, a job claimed every 10th check-in, and return the heap's
 * slope in bytes per check-in, with the warnings and the agent's log lines. `keep` is handed each
 * check-in's answer: the test's own deliberate leak, to show the measurement sees one.
 */
async function measure(keep?: (answer: Response) => void) {
  const gc = exposedGc();
  const roster = fakeRoster({ instanceCheckInIntervalMs: 100 }, { keepCalls: false });
  roster.script((call) => {
    // A claim on every 10th check-in: starts, handlers and completes go round too.
    if (call.kind === "check-in" && roster.count("check-in") % 10 === 0) roster.offer(claim(`job~${roster.count("check-in")}`));
    return undefined;
  });
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const answer = await roster.fetch(input, init);
    if (keep && String(input).endsWith("/check-in")) keep(answer);
    return answer;
  }) as typeof globalThis.fetch;
  const warnings: Error[] = [];
  const onWarning = (w: Error) => void warnings.push(w);
  process.on("warning", onWarning);
  const messages = new Map<string, number>();
  const samples: [number, number][] = [];
  try {
    const agent = await startAgent({
      url: "http://roster.test",
      clusterId: "c",
      joinToken: "join",
      nodeId: "n1",
      softwareVersion: "1.0.0",
      handlers: { work: async () => "done" },
      fetch,
      log: (message) => void messages.set(message, (messages.get(message) ?? 0) + 1),
    });
    while (samples.length < 2 || samples.at(-1)![0] - samples[0]![0] < CHECK_INS) {
      await advance(1000);
      const n = roster.count("check-in");
      if (n >= WARM_UP && n >= (samples.at(-1)?.[0] ?? 0) + SAMPLE_EVERY) {
        gc();
        samples.push([n, process.memoryUsage().heapUsed]);
      }
    }
    const stopped = agent.stop(0);
    await advance(5000);
    await stopped;
    await new Promise((r) => setImmediate(r)); // warnings are emitted on a later tick
  } finally {
    process.off("warning", onWarning);
  }
  return { perCheckIn: slope(samples), samples, warnings, messages, roster };
}

it(`an agent checking in every 100 ms keeps a flat heap over ${CHECK_INS} check-ins, and raises no warning`, async () => {
  const { perCheckIn, samples, warnings, messages, roster } = await measure();
  const drift = samples.at(-1)![1] - samples[0]![1];
  const measured = samples.at(-1)![0] - samples[0]![0];
  console.log(`heap: ${perCheckIn.toFixed(1)} bytes per check-in over ${measured} check-ins after ${samples[0]![0]} (${samples.length} samples, first to last ${drift} bytes)`);
  expect(measured).toBeGreaterThanOrEqual(CHECK_INS);
  expect(roster.count("complete")).toBeGreaterThanOrEqual((WARM_UP + CHECK_INS) / 10 - 1);
  expect(perCheckIn).toBeLessThan(MAX_BYTES_PER_CHECK_IN);
  expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
  // Nothing logged but the join, the runs and the leave: no check-in failed, no warning from Roster.
  expect([...messages.keys()].sort()).toEqual(["job finished", "joined", "left the cluster"]);
}, 120_000);

it("the measurement sees a leak of one small object per check-in", async () => {
  const leaked: object[] = [];
  const { perCheckIn } = await measure(() => void leaked.push([]));
  console.log(`with a deliberate leak of one empty array per check-in: ${perCheckIn.toFixed(2)} bytes per check-in (${leaked.length} kept)`);
  expect(perCheckIn).toBeGreaterThan(MAX_BYTES_PER_CHECK_IN);
}, 120_000);
