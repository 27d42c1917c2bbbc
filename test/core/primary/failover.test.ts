import { describe, expect, it } from "vitest";
import { readCluster } from "../../../core/clusters/cluster-item";
import { sweepCluster } from "../../../core/detection/sweep";
import type { FakeClock } from "../../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../../support/harness";

/**
 * Failover in simulated time, at the boundaries: the holder's last check-in at L; at L + T the
 * sweep still leaves it running and no standby can take the lease; at L + T + 1 the sweep marks
 * it recovering with `primary.lost`, and the next standby check-in elects, within T + I of L.
 * And the disruption guard: when most nodes go silent at once, nobody is elected until it lifts.
 */

const T = 10_000;
const R = 10_000;
const I = 2_000;

type Node = Awaited<ReturnType<typeof joinNode>>;

async function cluster(h: Harness, clusterId: string, count: number) {
  const made = await clusterWithFirstNode(h, clusterId, "a", { instanceTimeoutMs: T, instanceRecoveryTimeoutMs: R, instanceCheckInIntervalMs: I, primaryMode: "any" });
  const nodes: Node[] = [made.first];
  for (let i = 1; i < count; i++) nodes.push(await joinNode(h, clusterId, String.fromCharCode(97 + i), made.joinToken));
  return nodes;
}

const sweep = async (h: Harness, clusterId: string) => sweepCluster(h.deps, (await readCluster(h.deps, clusterId, { consistent: true }))!);
const eventsOf = async (h: Harness, clusterId: string) =>
  (await h.call("GET", `/v1/clusters/${clusterId}/events?limit=1000`, { token: h.adminToken })).body.results as { type: string; nodeId?: string; time: string; detail: any }[];

describe("failover at the boundaries", () => {
  it("at L + T the holder is still running and nobody takes the lease; at L + T + 1 it is lost and the next standby check-in elects", async () => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    const [a, b, c, d] = await cluster(h, "fo", 4);
    const L = clock.now();
    expect((await checkIn(h, "fo", a!)).body).toMatchObject({ role: "primary", primary: { nodeId: "a", term: 1 } });
    // The standbys keep checking in every I; a says nothing more.
    for (let t = 0; t < T; t += I) {
      for (const n of [b, c, d]) expect((await checkIn(h, "fo", n!)).body).toMatchObject({ role: "standby", primary: { nodeId: "a", term: 1 } });
      clock.advance(I);
    }
    expect(clock.now()).toBe(L + T);
    const atDeadline = await sweep(h, "fo");
    expect(atDeadline.changed).toBe(0); // exactly T after its check-in: still running
    for (const n of [b, c, d]) expect((await checkIn(h, "fo", n!)).body).toMatchObject({ role: "standby", primary: { nodeId: "a", term: 1 } });
    expect((await eventsOf(h, "fo")).filter((e) => e.type === "primary.lost")).toEqual([]);

    clock.advance(1); // L + T + 1
    const after = await sweep(h, "fo");
    expect(after.changed).toBe(1);
    const lost = (await eventsOf(h, "fo")).filter((e) => e.type === "primary.lost");
    expect(lost.map((e) => [e.nodeId, e.detail, e.time])).toEqual([["a", { epoch: 1, term: 1, reason: "timed-out" }, new Date(L + T + 1).toISOString()]]);
    const elected = await checkIn(h, "fo", b!);
    expect(elected.body).toMatchObject({ role: "primary", primary: { nodeId: "b", term: 2 } });
    expect(Date.parse(elected.body.serverTime) - L).toBeLessThanOrEqual(T + I);
    // The others learn it; the old holder, back, is a standby that sees the new one.
    expect((await checkIn(h, "fo", c!)).body).toMatchObject({ role: "standby", primary: { nodeId: "b", term: 2 } });
    expect((await checkIn(h, "fo", a!, { primaryTerm: 1 })).body).toMatchObject({
      role: "standby",
      primary: { nodeId: "b", term: 2 },
      warnings: ["primary term 1 is no longer valid"],
    });
  });

  it("one standby (a cold-standby pair): its check-in that asks for the sweep times the holder out itself and is elected at once, within T + I", async () => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    const requested: string[] = [];
    h.deps.sweeps = { request: (clusterId) => void requested.push(clusterId) }; // the sweep itself never runs here
    const [a, b] = await cluster(h, "pair", 2);
    const L = clock.now();
    expect((await checkIn(h, "pair", a!)).body.role).toBe("primary");
    // b checks in every I, at an offset; at L + T it still sees a; its first check-in after L + T takes over.
    clock.advance(700);
    for (let t = 700; t <= T; t += I) {
      expect((await checkIn(h, "pair", b!)).body).toMatchObject({ role: "standby", primary: { nodeId: "a", term: 1 } });
      clock.advance(I);
    }
    expect(clock.now()).toBeGreaterThan(L + T);
    expect(clock.now()).toBeLessThanOrEqual(L + T + I);
    h.requests.reset();
    const took = await checkIn(h, "pair", b!);
    expect(took.body).toMatchObject({ role: "primary", primary: { nodeId: "b", term: 2 } });
    // One read of the holder, the cluster's nodes (4 queries: the sweep's disruption rule), its
    // time out (with the lease's end), the election: only because a sweep was due and the holder overdue.
    expect(h.requests.counts).toEqual({ UpdateItemCommand: 1, QueryCommand: 5, GetItemCommand: 1, TransactWriteItemsCommand: 2 });
    expect(requested).toContain("pair");
    const evs = (await eventsOf(h, "pair")).filter((e) => ["node.recovering", "primary.lost", "primary.elected"].includes(e.type));
    expect(evs.map((e) => [e.type, e.nodeId, e.detail.reason ?? e.detail.term ?? e.detail.epoch])).toEqual(
      expect.arrayContaining([
        ["node.recovering", "a", 1],
        ["primary.lost", "a", "timed-out"],
        ["primary.elected", "b", 2],
      ]),
    );
    // The sweep, when it runs, finds it done.
    expect((await sweep(h, "pair")).changed).toBe(0);
  });

  it("a standby's check-in that asks for the sweep before the holder's deadline leaves it alone", async () => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    h.deps.sweeps = { request: () => {} };
    const [a, b] = await cluster(h, "pair2", 2);
    await checkIn(h, "pair2", a!);
    clock.advance(T);
    expect((await checkIn(h, "pair2", b!)).body).toMatchObject({ role: "standby", primary: { nodeId: "a", term: 1 } });
    expect((await checkIn(h, "pair2", a!)).body).toMatchObject({ role: "primary", primary: { nodeId: "a", term: 1 } });
  });

  it("the holder that keeps checking in keeps its term, even across many intervals", async () => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    const [a, b] = await cluster(h, "keep", 2);
    for (let i = 0; i < 20; i++) {
      const [ra, rb] = [await checkIn(h, "keep", a!, { primaryTerm: 1 }), await checkIn(h, "keep", b!)];
      expect(ra.body).toMatchObject({ role: "primary", primary: { nodeId: "a", term: 1 }, warnings: [] });
      expect(rb.body.role).toBe("standby");
      await sweep(h, "keep");
      clock.advance(I);
    }
    expect((await eventsOf(h, "keep")).filter((e) => e.type.startsWith("primary.")).map((e) => e.type)).toEqual(["primary.elected"]);
  });
});

describe("the disruption guard holds the lease where it is", () => {
  it("all nodes silent at once: the guard trips, the holder's lease is lost at its time out, and nobody is elected until the guard lifts", async () => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    const nodes = await cluster(h, "dis", 5);
    const [a, b, c, d] = nodes;
    expect((await checkIn(h, "dis", a!)).body.role).toBe("primary");
    for (const n of nodes.slice(1)) await checkIn(h, "dis", n);
    clock.advance(T + 1); // everybody silent
    const tripped = await sweep(h, "dis");
    expect(tripped.disruption).toBe("enter");
    expect((await readCluster(h.deps, "dis", { consistent: true }))!.primary).toBeUndefined();

    // They come back one by one; while the guard holds, their check-ins elect nobody.
    for (const n of [b, c]) {
      clock.advance(100);
      expect((await checkIn(h, "dis", n!)).body).toMatchObject({ role: "standby", primary: null });
    }
    expect((await sweep(h, "dis")).disruption).toBeUndefined(); // 3 of 5 still recovering: it holds
    for (const n of [b, c, a]) expect((await checkIn(h, "dis", n!)).body).toMatchObject({ role: "standby", primary: null });
    clock.advance(100);
    expect((await checkIn(h, "dis", d!)).body).toMatchObject({ role: "standby", primary: null });
    const lifted = await sweep(h, "dis"); // 1 of 5 still recovering now: it lifts
    expect(lifted.disruption).toBe("leave");
    const elected = await checkIn(h, "dis", c!);
    expect(elected.body).toMatchObject({ role: "primary", primary: { nodeId: "c", term: 2 } });

    const order = (await eventsOf(h, "dis")).filter((e) => ["cluster.disrupted", "cluster.stabilized", "primary.elected", "primary.lost"].includes(e.type));
    const at = (type: string, term?: number) => Date.parse(order.find((e) => e.type === type && (term === undefined || e.detail.term === term))!.time);
    expect(order.filter((e) => e.type === "primary.elected").map((e) => e.detail.term)).toEqual([1, 2]);
    expect(at("primary.elected", 2)).toBeGreaterThanOrEqual(at("cluster.stabilized"));
    expect(at("cluster.disrupted")).toBeLessThan(at("cluster.stabilized"));
  });

  it("most nodes silent while the holder checks in: the guard trips, and the holder keeps its lease", async () => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    const nodes = await cluster(h, "dis2", 5);
    expect((await checkIn(h, "dis2", nodes[0]!)).body.role).toBe("primary");
    clock.advance(T + 1);
    expect((await checkIn(h, "dis2", nodes[0]!)).body.role).toBe("primary");
    expect((await sweep(h, "dis2")).disruption).toBe("enter");
    expect((await checkIn(h, "dis2", nodes[0]!)).body).toMatchObject({ role: "primary", primary: { nodeId: "a", term: 1 } });
    expect((await checkIn(h, "dis2", nodes[1]!)).body).toMatchObject({ role: "standby", primary: { nodeId: "a", term: 1 } });
  });
});
