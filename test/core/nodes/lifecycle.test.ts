import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ABSENT, NotATransition, SAME, rowOf, stateAfter } from "../../../core/common/lifecycle-table";
import { type ClusterItem, readCluster } from "../../../core/clusters/cluster-item";
import { EVENT_TYPES, type EventType } from "../../../core/events/events";
import { CLUSTER_CHECKS, NODE_LIFECYCLE, type NodeCheck, type NodeRow } from "../../../core/nodes/lifecycle";
import { NODE_STATES, type NodeItem, type NodeState } from "../../../core/nodes/node-item";
import { nodeTransaction, nodeUpdate } from "../../../core/nodes/node-writes";
import { hashToken } from "../../../core/common/tokens";
import { DEFAULT_NODE_SHARDS, clusterKey, eventPartition, nodeKey } from "../../../core/store/keys";
import { ConditionFailed, TransactionCanceled } from "../../../core/store/table";
import { type Harness, harness } from "../../support/harness";

/**
 * The node lifecycle is one table, and the writes are built from it: these tests hold the table
 * to its own vocabulary, then write every row against DynamoDB Local, once with every check
 * satisfied and once for each check with the stored items set so that exactly that one fails.
 */

describe("the node lifecycle table", () => {
  const rows = NODE_LIFECYCLE.transitions;
  const checks = Object.keys(NODE_LIFECYCLE.checks);

  it("starts and ends every row in a state of its own, absent, or (to) the same", () => {
    for (const row of rows) {
      for (const from of row.from) expect([...NODE_STATES, ABSENT], `${row.name} from`).toContain(from);
      expect([...NODE_STATES, ABSENT, SAME], `${row.name} to`).toContain(row.to);
    }
    expect(NODE_LIFECYCLE.states).toEqual(NODE_STATES);
  });

  it("uses only checks it defines, defines none it does not use, and says each as a condition", () => {
    const used = new Set(rows.flatMap((r) => r.checks));
    for (const check of used) expect(checks, `check '${check}'`).toContain(check);
    expect([...used].sort()).toEqual([...checks].sort());
    for (const check of CLUSTER_CHECKS) expect(checks).toContain(check);
    for (const text of Object.values(NODE_LIFECYCLE.checks)) {
      expect(text).toMatch(/^(\S.*\S)$/);
      if (text.includes(" OR ")) expect(text).toMatch(/^\(.*\)$/); // safe to join with AND
    }
  });

  it("records only event types Roster knows, and gives every row a one-line when and some check", () => {
    for (const row of rows) {
      for (const event of row.events) expect(EVENT_TYPES, `${row.name}`).toContain(event);
      expect(row.when.length, row.name).toBeGreaterThan(10);
      expect(row.when).not.toContain("\n");
      expect(row.checks.length, row.name).toBeGreaterThan(0);
    }
  });

  it("names each transition once per start, so rowOf never has two answers", () => {
    const seen = new Set<string>();
    for (const row of rows) {
      for (const from of row.from) {
        const key = `${row.name} from ${from}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it("has the rows issue 16 asks for, each with the checks that keep it safe", () => {
    const table = NODE_LIFECYCLE.transitions.map(({ name, from, to, events, checks }) => ({ name, from, to, events, checks }));
    expect(table).toEqual([
      { name: "join", from: [ABSENT], to: "running", events: ["node.joined"], checks: ["absent"] },
      { name: "rejoin", from: ["offline", "stopped"], to: "running", events: ["node.joined"], checks: ["as read"] },
      { name: "supersede", from: ["running", "recovering"], to: "running", events: ["node.superseded", "node.joined"], checks: ["as read", "lease as read"] },
      { name: "check-in", from: ["running"], to: SAME, events: [], checks: ["token", "epoch", "state", "order", "fresh"] },
      { name: "recover", from: ["recovering"], to: "running", events: ["node.recovered"], checks: ["token", "epoch", "state", "order", "fresh"] },
      { name: "leave", from: ["running", "recovering"], to: "stopped", events: ["node.left"], checks: ["token", "epoch", "state", "lease as read"] },
      { name: "time out", from: ["running"], to: "recovering", events: ["node.recovering"], checks: ["state", "epoch", "last check-in", "lease as read"] },
      { name: "go offline", from: ["recovering"], to: "offline", events: ["node.offline"], checks: ["state", "epoch", "last check-in", "guard down", "lease as read"] },
      { name: "force offline", from: ["recovering"], to: "offline", events: ["node.offline"], checks: ["state", "epoch", "lease as read"] },
      { name: "forget", from: ["offline", "stopped"], to: ABSENT, events: ["node.forgotten"], checks: ["state", "epoch"] },
    ]);
    expect(CLUSTER_CHECKS).toEqual(["guard down"]);
    // Issue 17: the rows that end a node's running (or its incarnation) check its primary lease, and end it when held.
    expect(NODE_LIFECYCLE.transitions.filter((r) => r.also?.length).map((r) => r.name)).toEqual(["supersede", "leave", "time out", "go offline", "force offline"]);
  });

  it("refuses a transition that is not a row: rowOf throws NotATransition", () => {
    expect(() => rowOf(NODE_LIFECYCLE, "recover", "offline")).toThrow(NotATransition);
    expect(() => rowOf(NODE_LIFECYCLE, "check-in", "recovering")).toThrow(NotATransition);
    expect(() => rowOf(NODE_LIFECYCLE, "forget", "running")).toThrow(NotATransition);
    expect(() => rowOf(NODE_LIFECYCLE, "go offline", "running")).toThrow(NotATransition);
    expect(() => rowOf(NODE_LIFECYCLE, "join", "stopped")).toThrow(NotATransition);
    expect(() => rowOf(NODE_LIFECYCLE, "leave", "stopped")).toThrow(/not a transition of the node incarnation lifecycle/);
  });

  it("is the only place core/nodes and core/detection write a node's state", () => {
    const dir = join(import.meta.dirname, "..", "..", "..", "core");
    const writers = ["nodes", "detection"]
      .flatMap((folder) => readdirSync(join(dir, folder)).filter((f) => f.endsWith(".ts")).map((f) => `${folder}/${f}`))
      .filter((file) => !["nodes/lifecycle.ts", "nodes/node-writes.ts"].includes(file))
      .filter((file) => /#state|state = :|ConditionExpression: "[^"]*state/.test(readFileSync(join(dir, file), "utf8")));
    expect(writers).toEqual([]);
  });
});

/** Every row against DynamoDB Local. */
let h: Harness;
beforeAll(async () => {
  h = await harness();
});

const TOKEN = "rnode_the-token-of-this-incarnation";
const T0 = Date.parse("2026-11-23T09:00:00.000Z");
/** When the check-ins these tests write happen (after the stored one, at T0). */
const CHECK_IN_AT = T0 + 100;
let clusters = 0;

/** A way to make exactly one check fail: what it does to the stored node item, or to the cluster item. */
interface Breach {
  check: NodeCheck;
  how: string;
  node?: (stored: NodeItem | undefined, row: NodeRow) => NodeItem | undefined;
  cluster?: { read?: Partial<ClusterItem>; stored: Partial<ClusterItem> };
}

const otherState = (row: NodeRow) => NODE_STATES.find((s) => !row.from.includes(s))!;
const BREACHES: Breach[] = [
  { check: "token", how: "another token's hash is stored", node: (n) => ({ ...n!, tokenHash: hashToken("rnode_another") }) },
  { check: "epoch", how: "a later epoch is stored", node: (n) => ({ ...n!, epoch: n!.epoch + 1 }) },
  { check: "epoch", how: "an earlier epoch is stored", node: (n) => ({ ...n!, epoch: n!.epoch - 1 }) },
  { check: "state", how: "a state the row does not start from", node: (n, row) => ({ ...n!, state: otherState(row) }) },
  { check: "last check-in", how: "a check-in came after the read", node: (n) => ({ ...n!, lastCheckIn: n!.lastCheckIn + 1 }) },
  { check: "order", how: "a later check-in's seq is stored", node: (n) => ({ ...n!, checkInSeq: 7 }) as NodeItem },
  { check: "order", how: "this very seq is stored", node: (n) => ({ ...n!, checkInSeq: 6 }) as NodeItem },
  { check: "fresh", how: "a later check-in's time is stored", node: (n) => ({ ...n!, lastCheckIn: CHECK_IN_AT + 1 }) },
  { check: "as read", how: "the epoch moved since the read", node: (n) => ({ ...n!, epoch: n!.epoch + 1 }) },
  { check: "as read", how: "the state moved since the read", node: (n) => ({ ...n!, state: NODE_STATES.find((s) => s !== n!.state)! }) },
  { check: "absent", how: "an incarnation exists", node: () => storedNode("stopped") },
  { check: "guard down", how: "the guard holds", cluster: { stored: { disruptedSince: T0 } } },
  { check: "guard down", how: "the guard lifted since the read", cluster: { stored: { stabilizedAt: T0 } } },
  { check: "guard down", how: "the guard moved since the read", cluster: { read: { stabilizedAt: T0 }, stored: { stabilizedAt: T0 + 5 } } },
  // Issue 17: read holding no lease, the node was elected since (an election between the read and the write).
  { check: "lease as read", how: "the node holds the primary lease since the read", node: (n) => ({ ...n!, primaryTerm: 4 }) as NodeItem },
];

function storedNode(state: NodeState, clusterId = "x", nodeId = "n"): NodeItem {
  return {
    ...nodeKey(clusterId, nodeId, DEFAULT_NODE_SHARDS),
    clusterId,
    nodeId,
    state,
    epoch: 3,
    tokenHash: hashToken(TOKEN),
    startup: new Date(T0).toISOString(),
    shutdown: "",
    lastCheckIn: T0,
    ...(state === "recovering" ? { recoveringSince: T0 + 10 } : {}),
    instanceType: "clustered-additional",
    schedulingEnabled: true,
    softwareVersion: "1.0.0",
    clockSkewMs: 0,
    checkInSeq: 5,
  } as NodeItem;
}

const DETAILS: Partial<Record<EventType, Record<string, unknown>>> = Object.fromEntries(EVENT_TYPES.map((type) => [type, { epoch: 3, case: type }]));

/**
 * Write `row` from `from` as its callers do, after `breach` (if any) changed what is stored
 * since the read. Returns whether the store refused it, and what is stored afterwards.
 */
async function write(row: NodeRow, from: NodeState | typeof ABSENT, breach?: Breach, input: { seq?: number } = { seq: 6 }) {
  const clusterId = `lc${++clusters}`;
  const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId } });
  expect(created.status).toBe(201);
  const nodeId = "n";
  const read = from === ABSENT ? undefined : storedNode(from, clusterId, nodeId);
  const stored = breach?.node ? breach.node(read ? { ...read } : undefined, row) : read;
  if (stored) await h.deps.table.put({ Item: { ...stored, ...nodeKey(clusterId, nodeId, DEFAULT_NODE_SHARDS), clusterId, nodeId } });
  if (breach?.cluster?.read) await setCluster(clusterId, breach.cluster.read);
  const cluster = (await readCluster(h.deps, clusterId, { consistent: true }))!;
  if (breach?.cluster) await setCluster(clusterId, breach.cluster.stored);

  const cred = { clusterId, nodeId, epoch: 3, shards: DEFAULT_NODE_SHARDS, token: TOKEN };
  const incarnation = { ...storedNode("running", clusterId, nodeId), epoch: 4, tokenHash: hashToken("rnode_next") };
  const common = {
    nodeId,
    ...(row.checks.includes("token") ? { cred } : {}),
    ...(read ? { seen: read } : {}),
    ...input,
    ...(row.to === SAME ? { set: ["lastCheckIn = :now"], values: { ":now": CHECK_IN_AT } } : {}),
    ...(row.checks.includes("fresh") ? { now: CHECK_IN_AT } : {}),
    ...(row.checks.includes("as read") || row.checks.includes("absent") ? { item: incarnation } : {}),
    ...(row.checks.includes("lease as read") ? { lease: { term: undefined } } : {}), // read holding no lease
  };
  let refused = false;
  try {
    if (row.events.length === 0) {
      await h.deps.table.update(nodeUpdate(row, { ...common, clusterId, shards: DEFAULT_NODE_SHARDS }));
    } else {
      await h.deps.table.transact(nodeTransaction(row, { ...common, cluster, now: row.checks.includes("fresh") ? CHECK_IN_AT : h.deps.clock.now(), details: DETAILS }).items);
    }
  } catch (error) {
    if (!(error instanceof ConditionFailed || error instanceof TransactionCanceled)) throw error;
    if (error instanceof TransactionCanceled) expect(error.reasons.some((r) => r.code === "ConditionalCheckFailed")).toBe(true);
    refused = true;
  }
  const after = (await h.deps.table.get({ Key: nodeKey(clusterId, nodeId, DEFAULT_NODE_SHARDS), ConsistentRead: true })) as NodeItem | undefined;
  const events = (
    await h.deps.table.query({ KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": eventPartition(clusterId) }, ConsistentRead: true })
  ).items.map((e) => e.type as string);
  return { refused, stored, after, events };
}

const setCluster = (clusterId: string, fields: Partial<ClusterItem>) =>
  h.deps.table.update({
    Key: clusterKey(clusterId),
    UpdateExpression: `SET ${Object.keys(fields).map((k) => `${k} = :${k}`).join(", ")}`,
    ExpressionAttributeValues: Object.fromEntries(Object.entries(fields).map(([k, v]) => [`:${k}`, v])),
  });

const cases = NODE_LIFECYCLE.transitions.flatMap((row) => row.from.map((from) => ({ row, from, label: `${row.name} from ${from}` })));

describe("every row, written against DynamoDB Local", () => {
  it.each(cases)("$label: with every check satisfied, it is written and leaves the row's to, with the row's events", async ({ row, from }) => {
    const { refused, after, events } = await write(row, from);
    expect(refused).toBe(false);
    const to = stateAfter(row, from);
    if (to === ABSENT) expect(after).toBeUndefined();
    else expect(after?.state).toBe(to);
    if (row.checks.includes("as read") || row.checks.includes("absent")) expect(after?.epoch).toBe(4); // the new incarnation
    expect(events).toEqual(row.events);
  });

  const refusals = cases.flatMap((c) =>
    BREACHES.filter((b) => c.row.checks.includes(b.check)).map((breach) => ({ ...c, breach, label: `${c.label}: '${breach.check}' fails (${breach.how})` })),
  );
  it("covers every check of every row with a way to make it fail", () => {
    for (const { row, from } of cases) for (const check of row.checks) expect(refusals.some((r) => r.row === row && r.from === from && r.breach.check === check), `${row.name} ${check}`).toBe(true);
  });

  it.each(refusals)("$label: refused, nothing changes, no event", async ({ row, from, breach }) => {
    const { refused, stored, after, events } = await write(row, from, breach);
    expect(refused).toBe(true);
    expect(after).toEqual(stored === undefined ? undefined : expect.objectContaining({ state: stored.state, epoch: stored.epoch, lastCheckIn: stored.lastCheckIn }));
    expect(events).toEqual([]);
  });

  it("orders only check-ins that send a seq (older agents send none)", async () => {
    const row = rowOf(NODE_LIFECYCLE, "check-in", "running");
    const ahead = BREACHES.find((b) => b.check === "order")!;
    expect((await write(row, "running", ahead, {})).refused).toBe(false);
    expect((await write(row, "running", ahead)).refused).toBe(true);
  });

  it("can fail: with a check's condition spelled wrong, the refusal it should cause is not there", async () => {
    const checks = NODE_LIFECYCLE.checks as Record<NodeCheck, string>;
    const original = checks["last check-in"];
    checks["last check-in"] = "lastCheckIn >= :seenCheckIn"; // would let a node time out after it checked in
    try {
      const breach = BREACHES.find((b) => b.check === "last check-in")!;
      expect((await write(rowOf(NODE_LIFECYCLE, "time out", "running"), "running", breach)).refused).toBe(false);
    } finally {
      checks["last check-in"] = original;
    }
    const breach = BREACHES.find((b) => b.check === "last check-in")!;
    expect((await write(rowOf(NODE_LIFECYCLE, "time out", "running"), "running", breach)).refused).toBe(true);
  });
});
