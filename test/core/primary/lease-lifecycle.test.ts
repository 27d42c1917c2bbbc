import { beforeAll, describe, expect, it } from "vitest";
import { ABSENT, NotATransition, SAME, rowOf } from "../../../core/common/lifecycle-table";
import { type ClusterItem, readCluster } from "../../../core/clusters/cluster-item";
import { EVENT_TYPES } from "../../../core/events/events";
import type { NodeItem } from "../../../core/nodes/node-item";
import { hashToken } from "../../../core/common/tokens";
import { LEASE_CHECKED_ON, LEASE_LIFECYCLE, LEASE_STATES, type LeaseCheck, type LeaseRow } from "../../../core/primary/lease-lifecycle";
import { appointWrites, electWrites, handOverWrites, handoverRequest, loseWrites, releaseWrites } from "../../../core/primary/lease-writes";
import { DEFAULT_NODE_SHARDS, clusterKey, eventPartition, nodeKey } from "../../../core/store/keys";
import { ConditionFailed, TransactionCanceled, type TransactItem } from "../../../core/store/table";
import { type Harness, harness } from "../../support/harness";

/**
 * The primary lease is one table (core/primary/lease-lifecycle.ts), and its writes are built
 * from it: the table is held to its own vocabulary, then every row is written against DynamoDB
 * Local, once with every check met and once for each check with the stored items set so that
 * exactly that one fails (refused, nothing changed, no event).
 */

describe("the primary lease table", () => {
  const rows = LEASE_LIFECYCLE.transitions;
  it("uses only the checks it defines, and each of them; says each as a condition safe to join with AND", () => {
    const used = new Set(rows.flatMap((r) => r.checks));
    expect([...used].sort()).toEqual(Object.keys(LEASE_LIFECYCLE.checks).sort());
    for (const text of Object.values(LEASE_LIFECYCLE.checks)) if (text.includes(" OR ")) expect(text).toMatch(/^\(.*\)$/);
  });

  it("starts and ends rows in its states; records only known events; names each row once per start", () => {
    const seen = new Set<string>();
    for (const row of rows) {
      for (const from of row.from) {
        expect(LEASE_STATES).toContain(from);
        expect(seen.has(`${row.name} ${from}`)).toBe(false);
        seen.add(`${row.name} ${from}`);
      }
      expect([...LEASE_STATES, SAME]).toContain(row.to);
      for (const event of row.events) expect(EVENT_TYPES).toContain(event);
      expect(row.when.length).toBeGreaterThan(10);
    }
    expect(() => rowOf(LEASE_LIFECYCLE, "elect", "held")).toThrow(NotATransition);
    expect(() => rowOf(LEASE_LIFECYCLE, "hand over", "free")).toThrow(NotATransition);
  });

  it("every way of taking the lease checks that it is free and the term as read, or that its holder gives it", () => {
    for (const row of rows.filter((r) => r.to === "held" && r.from.includes("free"))) {
      expect(row.checks, row.name).toEqual(expect.arrayContaining(["free", "last term", "mode on", "free from"]));
    }
    for (const name of ["elect", "elect instead of the preferred"] as const) expect(rowOf(LEASE_LIFECYCLE, name, "free").checks).toContain("guard down");
    expect(rowOf(LEASE_LIFECYCLE, "hand over", "moving").checks).toEqual(["holder", "handover to", "node token", "holds", "latest check-in", "target running"]);
  });
});

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

const TOKEN = "rnode_the-writer";
const T0 = Date.parse("2026-11-23T09:00:00.000Z");
const NOW = T0 + 1000;
let clusters = 0;

function node(clusterId: string, nodeId: string, extra: Partial<NodeItem> = {}): NodeItem {
  return {
    ...nodeKey(clusterId, nodeId, DEFAULT_NODE_SHARDS),
    clusterId,
    nodeId,
    state: "running",
    epoch: 1,
    tokenHash: hashToken(TOKEN),
    startup: new Date(T0).toISOString(),
    shutdown: "",
    lastCheckIn: T0,
    instanceType: "clustered-additional",
    schedulingEnabled: true,
    softwareVersion: "1",
    clockSkewMs: 0,
    ...extra,
  };
}

/** What a row's write reads: the cluster as read, and the nodes it touches (the writer, the target, the preferred). */
interface World {
  cluster: Partial<ClusterItem>;
  nodes: Record<string, NodeItem>;
}

/** The world each row is written in, with every check met. */
function worldFor(row: LeaseRow, clusterId: string): World {
  const held = row.from.includes("held") || row.from.includes("moving");
  const handingOver = row.from.length === 1 && row.from[0] === "moving";
  return {
    cluster: {
      settings: { primaryMode: row.name === "elect instead of the preferred" ? "preferred" : "any", ...(row.name === "elect instead of the preferred" ? { preferredPrimary: "p" } : {}) } as ClusterItem["settings"],
      primaryTerm: 3,
      primaryFreeFrom: T0,
      ...(held ? { primary: { nodeId: "w", epoch: 1, term: 3, since: T0 } } : {}),
      ...(handingOver ? { handoverTo: "t" } : {}),
    },
    nodes: {
      w: node(clusterId, "w", held ? { primaryTerm: 3, primarySince: T0 } : {}),
      t: node(clusterId, "t", { epoch: 2, tokenHash: hashToken("rnode_other") }),
      p: node(clusterId, "p", { state: "recovering", tokenHash: hashToken("rnode_p") }),
    },
  };
}

/** The row's items, built as its callers build them, from the world as read. */
function writesOf(row: LeaseRow, cluster: ClusterItem, world: World): TransactItem[] | { single: ReturnType<typeof handoverRequest> } {
  const cred = { clusterId: cluster.clusterId, nodeId: "w", epoch: 1, shards: DEFAULT_NODE_SHARDS, token: TOKEN };
  switch (row.name) {
    case "elect":
      return electWrites(row, { cluster, cred, now: NOW }).items;
    case "elect instead of the preferred":
      return electWrites(row, { cluster, cred, now: NOW, preferred: world.nodes.p! }).items;
    case "appoint":
      return appointWrites(row, { cluster, target: world.nodes.t!, now: NOW }).items;
    case "ask handover":
      return { single: handoverRequest(row, { cluster, to: "t" }) };
    case "drop handover":
      return { single: handoverRequest(row, { cluster, to: undefined }) };
    case "hand over":
      return handOverWrites(row, { cluster, cred, target: world.nodes.t!, now: NOW, heartbeat: world.nodes.w!.lastCheckIn }).items;
    case "release":
      return releaseWrites(row, { cluster, cred, now: NOW, heartbeat: world.nodes.w!.lastCheckIn, reason: "disabled" });
    case "lose": {
      const lost = loseWrites(row, { cluster, nodeId: "w", epoch: 1, term: 3, now: NOW, reason: "left", seq: 0 });
      return [lost.cluster, lost.event];
    }
  }
}

/** A way to make exactly one check fail: what it changes in the stored items. */
const BREACHES: { check: LeaseCheck; how: string; breach: (w: World) => void }[] = [
  { check: "free", how: "a holder is stored", breach: (w) => (w.cluster.primary = { nodeId: "x", epoch: 1, term: 3, since: T0 }) },
  { check: "last term", how: "another term was issued since", breach: (w) => (w.cluster.primaryTerm = 4) },
  { check: "mode on", how: "primaryMode is none", breach: (w) => (w.cluster.settings = { ...w.cluster.settings, primaryMode: "none" }) },
  { check: "guard down", how: "the guard holds", breach: (w) => (w.cluster.disruptedSince = T0) },
  { check: "free from", how: "the last lease ended after now", breach: (w) => (w.cluster.primaryFreeFrom = NOW + 1) },
  { check: "holder", how: "another term holds", breach: (w) => (w.cluster.primary = { ...w.cluster.primary!, term: 9 }) },
  { check: "holder", how: "another node holds", breach: (w) => (w.cluster.primary = { ...w.cluster.primary!, nodeId: "x" }) },
  { check: "handover to", how: "the move names another node", breach: (w) => (w.cluster.handoverTo = "x") },
  { check: "node token", how: "another token is stored", breach: (w) => (w.nodes.w!.tokenHash = hashToken("rnode_x")) },
  { check: "node token", how: "the writer is recovering", breach: (w) => (w.nodes.w!.state = "recovering") },
  { check: "holds", how: "the writer's term is another", breach: (w) => (w.nodes.w!.primaryTerm = 9) },
  { check: "latest check-in", how: "a later check-in of the writer landed since", breach: (w) => (w.nodes.w!.lastCheckIn = T0 + 7) },
  { check: "target running", how: "the target stopped", breach: (w) => (w.nodes.t!.state = "stopped") },
  { check: "target running", how: "the target is another incarnation", breach: (w) => (w.nodes.t!.epoch = 3) },
  { check: "preferred as read", how: "the preferred node checked in since", breach: (w) => (w.nodes.p!.lastCheckIn = T0 + 5) },
];

async function write(row: LeaseRow, breach?: (w: World) => void) {
  const clusterId = `ll${++clusters}`;
  expect((await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId } })).status).toBe(201);
  const read = worldFor(row, clusterId);
  const stored: World = structuredClone(read);
  breach?.(stored);
  const store = async (w: World) => {
    const fields = Object.entries(w.cluster);
    await h.deps.table.update({
      Key: clusterKey(clusterId),
      UpdateExpression: `SET ${fields.map(([k]) => `#${k} = :${k}`).join(", ")}`,
      ExpressionAttributeNames: Object.fromEntries(fields.map(([k]) => [`#${k}`, k])),
      ExpressionAttributeValues: Object.fromEntries(fields.map(([k, v]) => [`:${k}`, v])),
    });
    for (const item of Object.values(w.nodes)) await h.deps.table.put({ Item: item });
  };
  await store(read);
  const cluster = (await readCluster(h.deps, clusterId, { consistent: true }))!;
  const writes = writesOf(row, cluster, read);
  await store(stored);
  const before = await snapshot(clusterId);
  let refused = false;
  try {
    if ("single" in writes) await h.deps.table.update(writes.single);
    else await h.deps.table.transact(writes);
  } catch (error) {
    if (!(error instanceof ConditionFailed || error instanceof TransactionCanceled)) throw error;
    refused = true;
  }
  return { refused, before, after: await snapshot(clusterId) };
}

async function snapshot(clusterId: string) {
  const cluster = await readCluster(h.deps, clusterId, { consistent: true });
  const nodes = await Promise.all(["w", "t", "p"].map((id) => h.deps.table.get({ Key: nodeKey(clusterId, id, DEFAULT_NODE_SHARDS), ConsistentRead: true })));
  const events = (await h.deps.table.query({ KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": eventPartition(clusterId) }, ConsistentRead: true })).items;
  return { lease: { primary: cluster?.primary, primaryTerm: cluster?.primaryTerm, handoverTo: cluster?.handoverTo }, nodes, events: events.map((e) => e.type as string) };
}

describe("every lease row, written against DynamoDB Local", () => {
  const rows = LEASE_LIFECYCLE.transitions;
  it.each(rows.map((row) => ({ row, label: row.name })))("$label: with every check met, it is written, leaves its to, records its events", async ({ row }) => {
    const { refused, after } = await write(row);
    expect(refused).toBe(false);
    expect(after.events.sort()).toEqual([...row.events].sort());
    const w = after.nodes.find((n) => n?.nodeId === "w");
    const t = after.nodes.find((n) => n?.nodeId === "t");
    if (row.to === "held") expect(after.lease.primary?.term).toBe(row.name === "drop handover" ? 3 : 4);
    if (row.to === "free") expect(after.lease.primary).toBeUndefined();
    if (row.to === "moving") expect(after.lease.handoverTo).toBe("t");
    if (row.name === "drop handover") expect(after.lease.handoverTo).toBeUndefined();
    // Whoever the cluster names holds the term on its own node item, and nobody else.
    const holder = after.lease.primary?.nodeId;
    if (row.name !== "lose") {
      expect(w?.primaryTerm).toBe(holder === "w" ? after.lease.primary!.term : undefined);
      expect(t?.primaryTerm).toBe(holder === "t" ? after.lease.primary!.term : undefined);
    }
    expect(after.lease.primaryTerm).toBe(["elect", "elect instead of the preferred", "appoint", "hand over"].includes(row.name) ? 4 : 3);
  });

  // `lose`'s node check (holds) is the node lifecycle's `lease as read`, tested with the node rows.
  const cases = rows.flatMap((row) =>
    BREACHES.filter((b) => row.checks.includes(b.check) && !(row.name === "lose" && LEASE_CHECKED_ON[b.check] !== "cluster")).map((b) => ({
      row,
      ...b,
      label: `${row.name}: '${b.check}' fails (${b.how})`,
    })),
  );
  it("covers every check of every row with a way to make it fail", () => {
    for (const row of rows) {
      for (const check of row.checks) {
        if (row.name === "lose" && LEASE_CHECKED_ON[check] !== "cluster") continue;
        expect(cases.some((c) => c.row === row && c.check === check), `${row.name} ${check}`).toBe(true);
      }
    }
  });

  it.each(cases)("$label: refused, nothing changes, no event", async ({ row, breach }) => {
    const { refused, before, after } = await write(row, breach);
    expect(refused).toBe(true);
    expect(after).toEqual(before);
    expect(after.events).toEqual([]);
  });

  it("ABSENT is no state of the lease: a cluster with no holder is free", () => {
    expect(LEASE_STATES).not.toContain(ABSENT);
  });
});
