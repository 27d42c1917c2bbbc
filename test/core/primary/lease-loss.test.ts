import { describe, expect, it } from "vitest";
import { type ClusterItem, readCluster } from "../../../core/clusters/cluster-item";
import { sweepCluster } from "../../../core/detection/sweep";
import type { NodeItem } from "../../../core/nodes/node-item";
import { DEFAULT_NODE_SHARDS, clusterKey, nodeKey } from "../../../core/store/keys";
import type { TransactItem } from "../../../core/store/table";
import type { FakeClock } from "../../support/fake-clock";
import { faults, transactWithEvent } from "../../support/faults";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../../support/harness";

/**
 * A holder loses its primary lease in the very transaction that ends its running: time out,
 * leave, supersede, and (for a holder left recovering, which the rows make impossible but the
 * rows still cover) go offline and force offline. Each case is checked three ways: it works
 * (node state, lease, term and `primary.lost` all in one TransactWriteItems); when DynamoDB
 * refuses the lease's part (the cluster's lease is not as the transition expects), nothing of
 * the node's change happens either; when the store fails the transaction, node and lease stay
 * as they were.
 */

const T = 10_000;
const R = 10_000;
const I = 2_000;

type Node = Awaited<ReturnType<typeof joinNode>>;

interface Setup {
  h: Harness;
  clock: FakeClock;
  clusterId: string;
  joinToken: string;
  a: Node;
  others: Node[];
  transactions: TransactItem[][];
}

let clusters = 0;

/** Four nodes, mode any; `a` holds the lease (term 1). Every transaction is recorded. */
async function setup(): Promise<Setup> {
  const h = await harness();
  const clock = h.clock as FakeClock;
  const clusterId = `loss${++clusters}`;
  const made = await clusterWithFirstNode(h, clusterId, "a", { instanceTimeoutMs: T, instanceRecoveryTimeoutMs: R, instanceCheckInIntervalMs: I, primaryMode: "any" });
  const others = [];
  for (const id of ["b", "c", "d"]) others.push(await joinNode(h, clusterId, id, made.joinToken));
  const first = await checkIn(h, clusterId, made.first);
  expect(first.body).toMatchObject({ role: "primary", primary: { nodeId: "a", term: 1 } });
  for (const n of others) expect((await checkIn(h, clusterId, n)).body.role).toBe("standby");
  const transactions: TransactItem[][] = [];
  const table = h.deps.table;
  const transact = table.transact.bind(table);
  table.transact = (items) => {
    transactions.push(items);
    return transact(items);
  };
  return { h, clock, clusterId, joinToken: made.joinToken, a: made.first, others, transactions };
}

const nodeOf = async (s: Setup, nodeId = "a") =>
  (await s.h.deps.table.get({ Key: nodeKey(s.clusterId, nodeId, DEFAULT_NODE_SHARDS), ConsistentRead: true })) as NodeItem;
const clusterOf = async (s: Setup) => (await readCluster(s.h.deps, s.clusterId, { consistent: true }))!;
const sweep = async (s: Setup) => sweepCluster(s.h.deps, await clusterOf(s));

/** Leave `a` recovering while it holds the lease: the state no row writes, made by hand. */
async function recoveringHolder(s: Setup) {
  await s.h.deps.table.update({
    Key: nodeKey(s.clusterId, "a", DEFAULT_NODE_SHARDS),
    UpdateExpression: "SET #state = :recovering, recoveringSince = :now",
    ExpressionAttributeNames: { "#state": "state" },
    ExpressionAttributeValues: { ":recovering": "recovering", ":now": s.clock.now() },
  });
}

interface Case {
  name: string;
  /** The node event of the transition's transaction, and the reason `primary.lost` gives. */
  event: string;
  reason: string;
  /** The state `a` was in before, and ends in (the supersede: a new incarnation, running). */
  before: NodeItem["state"];
  after: NodeItem["state"];
  prepare?: (s: Setup) => Promise<void>;
  /** Make the transition; returns whether it was done (an HTTP 2xx, or the sweep's count). */
  run: (s: Setup) => Promise<boolean>;
}

const othersCheckIn = async (s: Setup) => {
  for (const n of s.others) await checkIn(s.h, s.clusterId, n);
};

const CASES: Case[] = [
  {
    name: "time out",
    event: "node.recovering",
    reason: "timed-out",
    before: "running",
    after: "recovering",
    prepare: async (s) => {
      s.clock.advance(T + 1);
      await othersCheckIn(s);
    },
    run: async (s) => (await sweep(s)).changed === 1,
  },
  {
    name: "leave",
    event: "node.left",
    reason: "left",
    before: "running",
    after: "stopped",
    run: async (s) => (await s.h.call("POST", `/v1/clusters/${s.clusterId}/nodes/a/leave`, { token: s.a.nodeToken })).status === 200,
  },
  {
    name: "supersede",
    event: "node.superseded",
    reason: "superseded",
    before: "running",
    after: "running",
    run: async (s) =>
      (await s.h.call("POST", `/v1/clusters/${s.clusterId}/nodes/a/join`, { token: s.joinToken, body: { instanceType: "clustered-additional", softwareVersion: "1.0.0" } })).status === 200,
  },
  {
    name: "go offline",
    event: "node.offline",
    reason: "went-offline",
    before: "recovering",
    after: "offline",
    prepare: async (s) => {
      await recoveringHolder(s);
      s.clock.advance(R + 1);
      await othersCheckIn(s);
    },
    run: async (s) => (await sweep(s)).changed === 1,
  },
  {
    name: "force offline",
    event: "node.offline",
    reason: "forced-offline",
    before: "recovering",
    after: "offline",
    prepare: recoveringHolder,
    run: async (s) => (await s.h.call("POST", `/v1/clusters/${s.clusterId}/nodes/a/offline`, { token: s.h.adminToken })).status === 200,
  },
];

/** What the transaction holds, item by item: its kind, item and what it changes of the lease. */
function shape(items: TransactItem[]) {
  return items.map((item) => {
    const [kind, body] = Object.entries(item)[0] as [string, Record<string, any>];
    const key = body.Key ?? body.Item;
    const what = key.sk === "CLUSTER" ? "cluster" : String(key.pk).endsWith("#E") ? `event ${body.Item.type}` : `node ${key.sk}`;
    return `${kind} ${what}${body.UpdateExpression ? ` | ${body.UpdateExpression}` : ""}`;
  });
}

describe("a holder loses the lease in the transaction that ends its running", () => {
  it.each(CASES)("$name: node state, the lease's end and primary.lost in one transaction; then a standby is elected", async (c) => {
    const s = await setup();
    await c.prepare?.(s);
    expect((await nodeOf(s)).state).toBe(c.before);
    s.transactions.length = 0;
    expect(await c.run(s)).toBe(true);

    const tx = s.transactions.find((items) => shape(items).includes(`Put event ${c.event}`))!;
    expect(tx, `the transaction that records ${c.event}`).toBeDefined();
    const said = shape(tx);
    expect(said).toContain("Update cluster | SET primaryFreeFrom = :now REMOVE #primary, handoverTo");
    expect(said).toContain("Put event primary.lost");
    if (c.name !== "supersede") expect(said.some((line) => /^Update node a \|.*REMOVE.*primaryTerm, primarySince/.test(line))).toBe(true);

    const node = await nodeOf(s);
    expect(node.state).toBe(c.after);
    expect(node.primaryTerm).toBeUndefined();
    const cluster = await clusterOf(s);
    expect(cluster.primary).toBeUndefined();
    expect(cluster.primaryTerm).toBe(1);
    expect(cluster.primaryFreeFrom).toBe(s.clock.now());
    const events = (await s.h.call("GET", `/v1/clusters/${s.clusterId}/events?limit=1000`, { token: s.h.adminToken })).body.results;
    expect(events.filter((e: { type: string }) => e.type === "primary.lost").map((e: { nodeId: string; detail: object }) => [e.nodeId, e.detail])).toEqual([
      ["a", { epoch: 1, term: 1, reason: c.reason }],
    ]);
    // The lease is free: the next standby's check-in takes term 2.
    expect((await checkIn(s.h, s.clusterId, s.others[0]!)).body).toMatchObject({ role: "primary", primary: { nodeId: "b", term: 2 } });
  });

  it.each(CASES)("$name: when the lease's part is refused (the cluster's lease moved), the node does not change either", async (c) => {
    const s = await setup();
    await c.prepare?.(s);
    // The cluster's lease is no longer term 1 of a: its condition in the transaction fails.
    await s.h.deps.table.update({ Key: clusterKey(s.clusterId), UpdateExpression: "SET #primary.#term = :t", ExpressionAttributeNames: { "#primary": "primary", "#term": "term" }, ExpressionAttributeValues: { ":t": 7 } });
    const before = { node: await nodeOf(s), cluster: await clusterOf(s) };
    s.transactions.length = 0;
    expect(await c.run(s)).toBe(false);
    expect(s.transactions.some((items) => shape(items).includes(`Put event ${c.event}`))).toBe(true); // it was tried
    expect(await nodeOf(s)).toEqual(before.node);
    expect(leaseOf(await clusterOf(s))).toEqual(leaseOf(before.cluster));
  });

  it.each(CASES)("$name: when the store fails the transaction, node and lease stay as they were", async (c) => {
    const s = await setup();
    await c.prepare?.(s);
    const before = { node: await nodeOf(s), cluster: await clusterOf(s) };
    const f = faults();
    s.h.deps.table = f.table(s.h.deps.table);
    f.aim({ kind: "server", when: transactWithEvent(c.event), times: 100 });
    const done = await c.run(s).catch(() => false);
    expect(done).toBe(false);
    expect(f.injected.length).toBeGreaterThan(0);
    expect(await nodeOf(s)).toEqual(before.node);
    expect(leaseOf(await clusterOf(s))).toEqual(leaseOf(before.cluster));
    expect(before.node.primaryTerm).toBe(1);
  });
});

const leaseOf = (c: ClusterItem) => ({ primary: c.primary, primaryTerm: c.primaryTerm, handoverTo: c.handoverTo, primaryFreeFrom: c.primaryFreeFrom });
