import { describe, expect, it } from "vitest";
import type { NodeItem } from "../../../core/nodes/node-item";
import { DEFAULT_SETTINGS } from "../../../core/clusters/settings";
import { MAX_TURN_MS, sweepPeriod } from "../../../core/detection/sweep-turn";
import { nextChangeAt, planSweep } from "../../../core/detection/sweep-plan";

/** mulberry32: a small seeded PRNG, so every run simulates the same worlds. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/**
 * A cluster in simulated time, driven the way the server drives it: nodes check in on the
 * interval with the agent's ±10 % jitter, each check-in starts a sweep when the last turn is
 * over, a sweep's turn ends at the next deadline (or the short period while the guard holds),
 * and the scheduled backstop sweeps every minute. At a random moment a share of the nodes is
 * lost at once (a partition). Uses the real `planSweep`, `nextChangeAt` and `sweepPeriod`.
 * Returns whether the disruption guard tripped, and how many nodes went offline.
 */
function partition(seed: number, size: number, lostShare: number) {
  const random = prng(seed);
  const settings = DEFAULT_SETTINGS;
  const interval = settings.instanceCheckInIntervalMs;
  const nodes = Array.from({ length: size }, (_, i) => ({
    nodeId: `n${i}`,
    state: "running" as NodeItem["state"],
    lastCheckIn: 0,
    recoveringSince: undefined as number | undefined,
    next: random() * interval,
    lost: false,
  }));
  const lostAt = 30_000 + random() * interval;
  const lost = new Set(
    nodes
      .map((n) => ({ n, key: random() }))
      .sort((a, b) => a.key - b.key)
      .slice(0, Math.round(size * lostShare))
      .map(({ n }) => n.nodeId),
  );
  let disruptedSince: number | undefined;
  let stabilizedAt: number | undefined;
  let turnUntil = 0;
  let tripped = false;
  const items = () => nodes.map((n) => ({ ...n, epoch: 1 }) as unknown as NodeItem);

  const sweep = (now: number) => {
    turnUntil = now + sweepPeriod(settings);
    const plan = planSweep({
      nodes: items(),
      settings,
      now,
      ...(disruptedSince === undefined ? {} : { disruptedSince }),
      ...(stabilizedAt === undefined ? {} : { stabilizedAt }),
    });
    if (plan.disruption === "enter") [disruptedSince, tripped] = [now, true];
    if (plan.disruption === "leave") [disruptedSince, stabilizedAt] = [undefined, now];
    for (const t of plan.transitions) {
      const node = nodes.find((n) => n.nodeId === t.node.nodeId)!;
      node.state = t.to;
      if (t.to === "recovering") node.recoveringSince = now;
    }
    if (disruptedSince === undefined) {
      const next = nextChangeAt({ nodes: items(), settings, now, ...(stabilizedAt === undefined ? {} : { stabilizedAt }) });
      if (next !== undefined) turnUntil = Math.min(Math.max(next, now + 100), now + MAX_TURN_MS);
    }
  };

  const end = lostAt + 4 * (settings.instanceTimeoutMs + settings.instanceRecoveryTimeoutMs);
  let backstop = 60_000;
  for (;;) {
    const talking = nodes.filter((n) => !(n.lost && n.next >= lostAt) && n.state !== "offline");
    const node = talking.reduce((a, b) => (b.next < a.next ? b : a), talking[0]!);
    const now = Math.min(node?.next ?? Number.POSITIVE_INFINITY, backstop);
    if (now > end) break;
    if (now === backstop) {
      backstop += 60_000;
      if (now >= turnUntil) sweep(now);
      continue;
    }
    if (lost.has(node.nodeId) && now >= lostAt) {
      node.lost = true; // this node's check-ins no longer arrive
      continue;
    }
    node.lastCheckIn = now;
    if (node.state === "recovering") [node.state, node.recoveringSince] = ["running", undefined];
    node.next = now + interval * (0.9 + random() * 0.2);
    if (now >= turnUntil) sweep(now);
  }
  return { tripped, offline: nodes.filter((n) => n.state === "offline").length };
}

describe("the disruption guard in a simulated partition (threshold 0.55)", () => {
  const SEEDS = 100;
  for (const size of [10, 20, 50]) {
    it(`${size} nodes: losing 60 % at once trips the guard in every run, and nothing goes offline`, () => {
      const runs = Array.from({ length: SEEDS }, (_, i) => partition(i + 1, size, 0.6));
      expect(runs.filter((r) => !r.tripped).length).toBe(0);
      expect(runs.filter((r) => r.offline > 0).length).toBe(0);
    });

    it(`${size} nodes: losing 30 % at once never trips it, and the lost nodes go offline`, () => {
      const runs = Array.from({ length: SEEDS }, (_, i) => partition(i + 1, size, 0.3));
      expect(runs.filter((r) => r.tripped).length).toBe(0);
      expect(runs.every((r) => r.offline === Math.round(size * 0.3))).toBe(true);
    });
  }
});
