import type { NodeItem } from "../core/nodes/node-item";
import { DEFAULT_SETTINGS } from "../core/clusters/settings";
import { nextChangeAt, planSweep } from "../core/detection/sweep-plan";
import { MAX_TURN_MS, sweepPeriod } from "../core/detection/sweep-turn";
import { percentiles, round } from "./support";

/** A small seeded PRNG (mulberry32), so every run of the benchmark simulates the same worlds. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/**
 * Detection latency in simulated time: `size` nodes check in on the interval (with the agent's
 * ±10% jitter); each check-in starts a sweep when the last turn is over, exactly as the server
 * does; one node stops at a random moment. Latency is from its last check-in to the sweep that
 * marks it recovering. Uses the real `planSweep` and `sweepPeriod`.
 */
export function detectionLatency(seeds = 2000, size = 10) {
  const settings = DEFAULT_SETTINGS;
  const interval = settings.instanceCheckInIntervalMs;
  const latencies: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const random = prng(seed);
    const nodes = Array.from({ length: size }, (_, i) => ({ id: `n${i}`, next: random() * interval, last: 0 }));
    const stopAt = 60_000 + random() * 60_000;
    let leaseUntil = 0;
    let detectedAt: number | undefined;
    for (let now = 0; detectedAt === undefined && now < 400_000; now += 10) {
      for (const node of nodes) {
        if (now < node.next) continue;
        const victim = node.id === "n0";
        node.next = now + interval * (0.9 + random() * 0.2);
        if (victim && now >= stopAt) {
          node.next = Number.POSITIVE_INFINITY;
          continue;
        }
        node.last = now;
        if (now >= leaseUntil) {
          // As runSweep does: take a short turn, sweep, stretch the turn to the next deadline.
          leaseUntil = now + sweepPeriod(settings);
          const items = nodes.map((n) => ({ nodeId: n.id, state: "running", lastCheckIn: n.last, epoch: 1 }) as NodeItem);
          const plan = planSweep({ nodes: items, settings, now });
          if (plan.transitions.some((t) => t.node.nodeId === "n0")) detectedAt = now;
          const next = nextChangeAt({ nodes: items, settings, now });
          if (next !== undefined) leaseUntil = Math.min(Math.max(next, now + 100), now + MAX_TURN_MS);
        }
      }
    }
    latencies.push(detectedAt! - nodes[0]!.last);
  }
  const { p50, p99 } = percentiles(latencies);
  const max = Math.max(...latencies);
  return {
    seeds,
    nodes: size,
    instanceTimeoutMs: settings.instanceTimeoutMs,
    instanceCheckInIntervalMs: interval,
    p50Ms: p50,
    p99Ms: p99,
    maxMs: max,
    maxOverTimeout: round(max / settings.instanceTimeoutMs, 3),
    withinTarget: max <= settings.instanceTimeoutMs + interval,
  };
}
