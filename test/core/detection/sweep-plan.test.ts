import { describe, expect, it } from "vitest";
import type { NodeItem } from "../../../core/nodes/node-item";
import { DEFAULT_SETTINGS } from "../../../core/clusters/settings";
import { planSweep } from "../../../core/detection/sweep-plan";

const T0 = Date.parse("2026-11-23T10:00:00.000Z");
const settings = { ...DEFAULT_SETTINGS, instanceTimeoutMs: 10_000, instanceRecoveryTimeoutMs: 20_000 };

const node = (nodeId: string, fields: Partial<NodeItem> = {}): NodeItem => ({
  pk: "p",
  sk: nodeId,
  clusterId: "c",
  nodeId,
  state: "running",
  epoch: 1,
  tokenHash: "h",
  startup: "",
  shutdown: "",
  lastCheckIn: T0,
  instanceType: "clustered-additional",
  schedulingEnabled: true,
  softwareVersion: "1",
  clockSkewMs: 0,
  ...fields,
});

const moves = (plan: ReturnType<typeof planSweep>) => plan.transitions.map((t) => `${t.node.nodeId}->${t.to}`);

describe("planSweep: running → recovering", () => {
  it.each([
    [-1, []],
    [0, []],
    [1, ["a->recovering"]],
  ])("at instanceTimeoutMs %+d ms after the last check-in: %j", (offset, expected) => {
    const plan = planSweep({ nodes: [node("a")], settings, now: T0 + settings.instanceTimeoutMs + offset });
    expect(moves(plan)).toEqual(expected);
  });

  it("leaves nodes that checked in recently alone", () => {
    const plan = planSweep({
      nodes: [node("a", { lastCheckIn: T0 + 5000 }), node("b", { lastCheckIn: T0 - 1 })],
      settings,
      now: T0 + 10_000,
    });
    expect(moves(plan)).toEqual(["b->recovering"]);
  });

  it("ignores stopped and offline nodes", () => {
    const plan = planSweep({
      nodes: [node("s", { state: "stopped", lastCheckIn: 0 }), node("o", { state: "offline", lastCheckIn: 0 })],
      settings,
      now: T0 + 1e9,
    });
    expect(plan.transitions).toEqual([]);
  });
});

describe("planSweep: recovering → offline", () => {
  const recovering = (since: number) => node("r", { state: "recovering", lastCheckIn: since - 10_001, recoveringSince: since });

  it.each([
    [-1, []],
    [0, []],
    [1, ["r->offline"]],
  ])("at instanceRecoveryTimeoutMs %+d ms after it began recovering: %j", (offset, expected) => {
    const plan = planSweep({ nodes: [recovering(T0)], settings, now: T0 + settings.instanceRecoveryTimeoutMs + offset });
    expect(moves(plan)).toEqual(expected);
  });

  it("counts the recovery timeout from when recovering began, not from the last check-in", () => {
    const plan = planSweep({ nodes: [recovering(T0)], settings, now: T0 + 15_000 });
    expect(plan.transitions).toEqual([]);
  });
});

describe("planSweep: the disruption guard", () => {
  const fleet = (silent: number, alive: number, now: number) => [
    ...Array.from({ length: silent }, (_, i) => node(`silent-${i}`, { lastCheckIn: now - 60_000 })),
    ...Array.from({ length: alive }, (_, i) => node(`alive-${i}`, { lastCheckIn: now })),
  ];

  it("trips when at least 55% of the running nodes, and at least 3, go silent at once: marks them, nothing else", () => {
    const now = T0 + 100_000;
    const nodes = [...fleet(6, 4, now), node("old", { state: "recovering", recoveringSince: T0, lastCheckIn: T0 - 20_000 })];
    const plan = planSweep({ nodes, settings, now });
    expect(plan.disruption).toBe("enter");
    expect(moves(plan).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `silent-${i}->recovering`).sort());
  });

  it("does not trip below the threshold", () => {
    const now = T0 + 100_000;
    const plan = planSweep({ nodes: fleet(5, 5, now), settings, now });
    expect(plan.disruption).toBeUndefined();
    expect(plan.transitions).toHaveLength(5);
  });

  it("does not trip for fewer than three nodes, even when all are silent", () => {
    const now = T0 + 100_000;
    const plan = planSweep({ nodes: fleet(2, 0, now), settings, now });
    expect(plan.disruption).toBeUndefined();
    expect(plan.transitions).toHaveLength(2);
  });

  it("follows the threshold setting", () => {
    const now = T0 + 100_000;
    const plan = planSweep({ nodes: fleet(5, 5, now), settings: { ...settings, disruptionThreshold: 0.5 }, now });
    expect(plan.disruption).toBe("enter");
  });

  it("while it holds, takes nobody offline however long they have been recovering", () => {
    const now = T0 + 1_000_000;
    const nodes = [
      ...Array.from({ length: 4 }, (_, i) => node(`r${i}`, { state: "recovering", recoveringSince: T0, lastCheckIn: T0 })),
      node("alive", { lastCheckIn: now }),
    ];
    const plan = planSweep({ nodes, settings, now, disruptedSince: T0 });
    expect(plan).toEqual({ transitions: [] });
  });

  it("lifts once the recovering share falls below the threshold, with no transition in that sweep", () => {
    const now = T0 + 1_000_000;
    const nodes = [
      node("r0", { state: "recovering", recoveringSince: T0, lastCheckIn: T0 }),
      ...Array.from({ length: 4 }, (_, i) => node(`back${i}`, { lastCheckIn: now })),
    ];
    expect(planSweep({ nodes, settings, now, disruptedSince: T0 })).toEqual({ transitions: [], disruption: "leave" });
  });

  it("after it lifts, every node gets a fresh window from that moment", () => {
    const stabilizedAt = T0 + 1_000_000;
    const nodes = [
      node("r0", { state: "recovering", recoveringSince: T0, lastCheckIn: T0 }),
      node("quiet", { lastCheckIn: T0 }),
    ];
    const early = planSweep({ nodes, settings, now: stabilizedAt + 10_000, stabilizedAt });
    expect(early.transitions).toEqual([]);
    const later = planSweep({ nodes, settings, now: stabilizedAt + 20_001, stabilizedAt });
    expect(moves(later).sort()).toEqual(["quiet->recovering", "r0->offline"]);
  });
});
