import { beforeAll, describe, expect, it } from "vitest";
import { readCluster } from "../../../core/clusters/cluster-item";
import type { Deps } from "../../../core/ports";
import { DEFAULT_NODE_SHARDS, nodeKey } from "../../../core/store/keys";
import { queryNodes } from "../../../core/clusters/cluster-nodes";
import { runSweep, sweepAll, sweepCluster } from "../../../core/detection/sweep";
import { takeSweepTurn } from "../../../core/detection/sweep-turn";
import type { Table } from "../../../core/store/table";
import type { FakeClock } from "../../support/fake-clock";
import { type Harness, checkIn, harness, joinNode } from "../../support/harness";

/** The sweep against DynamoDB Local, in simulated time: the clock moves only when a test moves it. */
let h: Harness;
let clock: FakeClock;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
});

let seq = 0;
const SETTINGS = { instanceTimeoutMs: 10_000, instanceRecoveryTimeoutMs: 20_000, instanceCheckInIntervalMs: 2_000 };

async function cluster(nodes: number, settings: object = SETTINGS) {
  const clusterId = `s${++seq}`;
  const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId, settings } });
  const joined = [await joinNode(h, clusterId, "n0", created.body.joinToken, "clustered-first")];
  for (let i = 1; i < nodes; i++) joined.push(await joinNode(h, clusterId, `n${i}`, created.body.joinToken));
  return { clusterId, nodes: joined };
}

const states = async (clusterId: string) =>
  Object.fromEntries((await queryNodes(h.deps, { clusterId })).map((n) => [n.nodeId, n.state]));

const eventTypes = async (clusterId: string) =>
  (
    await h.deps.table.query({
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": `C#${clusterId}#E` },
    })
  ).items
    .filter((e) => !["node.joined", "cluster.initialized"].includes(e.type))
    .map((e) => `${e.type}${e.nodeId ? `:${e.nodeId}` : ""}`);

const sweep = async (clusterId: string, deps: Deps = h.deps) => sweepCluster(deps, (await readCluster(h.deps, clusterId))!);

/** A table whose node queries let a node check in right after the sweep has read it. */
const checkingInAfterRead = (checkInNow: () => Promise<unknown>): Table => ({
  ...h.deps.table,
  async query(input) {
    const page = await h.deps.table.query(input);
    if (String(input.ExpressionAttributeValues?.[":pk"]).includes("#N#")) await checkInNow();
    return page;
  },
});

const WRITES = ["PutItemCommand", "UpdateItemCommand", "DeleteItemCommand", "TransactWriteItemsCommand", "BatchWriteItemCommand"];
const writes = () => WRITES.reduce((n, w) => n + (h.requests.counts[w] ?? 0), 0);

describe("sweep of one cluster", () => {
  it("marks a silent node recovering, keeps when it began, then offline after the recovery timeout", async () => {
    const { clusterId, nodes } = await cluster(2);
    clock.advance(9_000);
    await checkIn(h, clusterId, nodes[0]!);
    clock.advance(1_001); // n1: 10,001 ms without a check-in
    const marked = await sweep(clusterId);
    expect(marked.changed).toBe(1);
    expect(await states(clusterId)).toEqual({ n0: "running", n1: "recovering" });
    const n1 = (await queryNodes(h.deps, { clusterId })).find((n) => n.nodeId === "n1")!;
    expect(n1.recoveringSince).toBe(clock.now());
    const view = await h.call("GET", `/v1/clusters/${clusterId}/nodes/n1`, { token: h.adminToken });
    expect(view.body.recoveringSince).toBe(new Date(clock.now()).toISOString());

    clock.advance(20_000);
    await checkIn(h, clusterId, nodes[0]!);
    await sweep(clusterId);
    expect((await states(clusterId)).n1).toBe("recovering"); // exactly at the recovery timeout
    clock.advance(1);
    await sweep(clusterId);
    expect(await states(clusterId)).toEqual({ n0: "running", n1: "offline" });
    expect(await eventTypes(clusterId)).toEqual(["node.recovering:n1", "node.offline:n1"]);

    const summary = await h.call("GET", `/v1/clusters/${clusterId}`, { token: h.adminToken });
    expect(summary.body.summary).toEqual({ running: 1, recovering: 0, offline: 1, stopped: 0 });
  });

  it("a recovering node that checks in is running again and never goes offline", async () => {
    const { clusterId, nodes } = await cluster(1);
    clock.advance(10_001);
    await sweep(clusterId);
    expect((await states(clusterId)).n0).toBe("recovering");
    clock.advance(1);
    const back = await checkIn(h, clusterId, nodes[0]!);
    expect(back.body.state).toBe("running");
    clock.advance(20_001 - 10_001);
    await sweep(clusterId);
    expect((await states(clusterId)).n0).toBe("running");
    expect(await eventTypes(clusterId)).toEqual(["node.recovering:n0", "node.recovered:n0"]);
  });

  it("a node that checks in between the sweep's read and its write is never marked", async () => {
    const { clusterId, nodes } = await cluster(1);
    clock.advance(10_001);
    const result = await sweep(clusterId, { ...h.deps, table: checkingInAfterRead(() => checkIn(h, clusterId, nodes[0]!)) });
    expect(result.changed).toBe(0);
    expect((await states(clusterId)).n0).toBe("running");
    expect(await eventTypes(clusterId)).toEqual([]);
  });

  it("a node that checks in at the last moment of its recovery never ends up offline", async () => {
    const { clusterId, nodes } = await cluster(1);
    clock.advance(10_001);
    await sweep(clusterId);
    clock.advance(20_001);
    await sweep(clusterId, { ...h.deps, table: checkingInAfterRead(() => checkIn(h, clusterId, nodes[0]!)) });
    expect((await states(clusterId)).n0).toBe("running");
    expect(await eventTypes(clusterId)).toEqual(["node.recovering:n0", "node.recovered:n0"]);
  });

  it("a sweep that finds nothing to change writes nothing", async () => {
    const { clusterId } = await cluster(3);
    clock.advance(5_000);
    h.requests.reset();
    const result = await sweep(clusterId);
    expect(result.changed).toBe(0);
    expect(writes()).toBe(0);
    expect(h.requests.counts.QueryCommand).toBe(5); // one per node shard, one for the runs in flight
  });
});

describe("sweep cost at size", () => {
  it("a no-change sweep of 1,000 nodes is one query per shard, one for runs in flight, and no write", async () => {
    const { clusterId, nodes } = await cluster(1);
    const [template] = await queryNodes(h.deps, { clusterId });
    const ids = Array.from({ length: 999 }, (_, i) => `bulk-${String(i).padStart(4, "0")}`);
    for (let i = 0; i < ids.length; i += 50) {
      await Promise.all(
        ids.slice(i, i + 50).map((id) => h.deps.table.put({ Item: { ...template!, ...nodeKey(clusterId, id, DEFAULT_NODE_SHARDS), nodeId: id } })),
      );
    }
    clock.advance(1000);
    await checkIn(h, clusterId, nodes[0]!);
    const item = (await readCluster(h.deps, clusterId))!;
    h.requests.reset();
    const result = await sweepCluster(h.deps, item);
    expect(result.changed).toBe(0);
    expect(writes()).toBe(0);
    expect(h.requests.counts).toEqual({ QueryCommand: 5 });
    expect((await queryNodes(h.deps, { clusterId })).length).toBe(1000);
  });
});

describe("sweepers racing", () => {
  it("two sweepers over the same cluster produce each transition and each event exactly once", async () => {
    // n0 keeps checking in, so twelve silent nodes out of thirteen stay under the guard's threshold of 1.
    const { clusterId, nodes } = await cluster(13, { ...SETTINGS, disruptionThreshold: 1 });
    clock.advance(10_001);
    await checkIn(h, clusterId, nodes[0]!);
    const [a, b] = await Promise.all([sweep(clusterId), sweep(clusterId)]);
    expect(a.changed + b.changed).toBe(12);
    clock.advance(20_001);
    await checkIn(h, clusterId, nodes[0]!);
    const [c, d] = await Promise.all([sweep(clusterId), sweep(clusterId)]);
    expect(c.changed + d.changed).toBe(12);
    const events = await eventTypes(clusterId);
    expect(events.filter((e) => e.startsWith("node.recovering"))).toHaveLength(12);
    expect(events.filter((e) => e.startsWith("node.offline"))).toHaveLength(12);
    expect(new Set(events).size).toBe(24);
  });

  it("a sweeper killed half-way is finished by the next one", async () => {
    const { clusterId, nodes } = await cluster(11, { ...SETTINGS, disruptionThreshold: 1 });
    clock.advance(10_001);
    await checkIn(h, clusterId, nodes[0]!);
    let transactions = 0;
    const sent: Promise<void>[] = [];
    const dying: Table = {
      ...h.deps.table,
      async transact(items) {
        if (++transactions > 4) throw new Error("killed");
        const write = h.deps.table.transact(items);
        sent.push(write);
        return write;
      },
    };
    await expect(sweep(clusterId, { ...h.deps, table: dying })).rejects.toThrow("killed");
    await Promise.allSettled(sent); // what was on the wire before the kill lands
    const half = Object.values(await states(clusterId)).filter((s) => s === "recovering").length;
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(10);
    const rest = await sweep(clusterId);
    expect(rest.changed).toBe(10 - half);
    const { n0, ...silent } = await states(clusterId);
    expect(n0).toBe("running");
    expect(Object.values(silent).every((s) => s === "recovering")).toBe(true);
    expect((await eventTypes(clusterId)).filter((e) => e.startsWith("node.recovering"))).toHaveLength(10);
  });

  it("only one sweeper at a time gets the cluster's turn; the turn lasts until a node could time out", async () => {
    const { clusterId } = await cluster(1);
    const results = await Promise.all(Array.from({ length: 5 }, () => runSweep(h.deps, clusterId)));
    expect(results.filter((r) => r !== undefined)).toHaveLength(1);
    expect(results.find((r) => r)!.nextChangeAt).toBe(clock.now() + SETTINGS.instanceTimeoutMs + 1);
    clock.advance(SETTINGS.instanceTimeoutMs);
    expect(await runSweep(h.deps, clusterId)).toBeUndefined();
    clock.advance(1);
    expect(await runSweep(h.deps, clusterId)).toBeDefined();
  });

  it("a crashed sweeper's turn expires by itself after the short period", async () => {
    const { clusterId } = await cluster(1);
    clock.advance(60_000 * 5); // whatever turn there was is over
    expect(await takeSweepTurn(h.deps, clusterId)).toBeDefined(); // ...and the sweeper dies here
    expect(await runSweep(h.deps, clusterId)).toBeUndefined();
    clock.advance(SETTINGS.instanceCheckInIntervalMs / 2);
    expect(await runSweep(h.deps, clusterId)).toBeDefined();
  });

  it("a sweep that changes nothing writes only its turn: taken, then stretched to the next deadline", async () => {
    const { clusterId, nodes } = await cluster(3);
    clock.advance(60_000 * 5); // any earlier turn has expired
    for (const n of nodes) await checkIn(h, clusterId, n);
    h.requests.reset();
    expect(await runSweep(h.deps, clusterId)).toEqual({
      clusterId,
      changed: 0,
      nextChangeAt: clock.now() + SETTINGS.instanceTimeoutMs + 1,
      nodes: { running: 3, recovering: 0, offline: 0, stopped: 0 },
    });
    expect(h.requests.counts).toEqual({ GetItemCommand: 1, UpdateItemCommand: 2, QueryCommand: 5 });
  });

  it("sweepAll visits every cluster whose sweep is due", async () => {
    const one = await cluster(1);
    const two = await cluster(1);
    clock.advance(10_001);
    const results = await sweepAll(h.deps);
    const ids = results.map((r) => r.clusterId);
    expect(ids).toEqual(expect.arrayContaining([one.clusterId, two.clusterId]));
    expect((await states(one.clusterId)).n0).toBe("recovering");
    expect((await states(two.clusterId)).n0).toBe("recovering");
  });
});

describe("the disruption guard, stored", () => {
  it("trips, holds off offline, lifts when nodes come back, and gives a fresh window", async () => {
    const { clusterId, nodes } = await cluster(5);
    clock.advance(10_001);
    await checkIn(h, clusterId, nodes[0]!);
    await checkIn(h, clusterId, nodes[1]!);
    // n2..n4 silent: 3 of 5 running (60%) → disrupted
    const tripped = await sweep(clusterId);
    expect(tripped.disruption).toBe("enter");
    expect(await states(clusterId)).toEqual({ n0: "running", n1: "running", n2: "recovering", n3: "recovering", n4: "recovering" });

    clock.advance(100_000);
    for (const n of nodes.slice(0, 2)) await checkIn(h, clusterId, n);
    const held = await sweep(clusterId);
    expect(held.changed).toBe(0);
    expect((await states(clusterId)).n2).toBe("recovering");

    await checkIn(h, clusterId, nodes[2]!); // one comes back: 2 recovering of 5 live
    clock.advance(1);
    const lifted = await sweep(clusterId);
    expect(lifted.disruption).toBe("leave");
    clock.advance(20_000);
    for (const n of nodes.slice(0, 3)) await checkIn(h, clusterId, n);
    await sweep(clusterId);
    expect((await states(clusterId)).n3).toBe("recovering"); // fresh window still open
    clock.advance(1);
    await sweep(clusterId);
    expect(await states(clusterId)).toMatchObject({ n2: "running", n3: "offline", n4: "offline" });
    const events = await eventTypes(clusterId);
    const sorted = (from: number, to: number) => events.slice(from, to).sort();
    expect(events[0]).toBe("cluster.disrupted");
    expect(sorted(1, 4)).toEqual(["node.recovering:n2", "node.recovering:n3", "node.recovering:n4"]);
    expect(events.slice(4, 6)).toEqual(["node.recovered:n2", "cluster.stabilized"]);
    expect(sorted(6, 8)).toEqual(["node.offline:n3", "node.offline:n4"]);
    expect(events).toHaveLength(8);
  });
});
