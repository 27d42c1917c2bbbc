import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCluster } from "../../../core/clusters/cluster-item";
import type { RosterEvent } from "../../../core/events/events";
import { DEFAULT_NODE_SHARDS, nodeKey } from "../../../core/store/keys";
import type { Table } from "../../../core/store/table";
import type { FakeClock } from "../../support/fake-clock";
import { FAULT_KINDS, type FaultKind, type Faults, type Predicate, faults, onTable, transactWithEvent, writeOf } from "../../support/faults";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../../support/harness";

/**
 * The primary lease's operations × every fault kind (as test/core/faults.test.ts does for the
 * others), aimed at each one's main write or read: the answer is a 503 with Retry-After, the
 * same request again succeeds with the same effect, one event per change, and the lease is
 * where it should be (on one node item and the cluster item together, or on neither).
 */
let h: Harness;
let clock: FakeClock;
let realTable: Table;
let f: Faults;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
  realTable = h.deps.table;
});

type Node = { nodeId: string; nodeToken: string; epoch: number };
interface Ctx {
  clusterId: string;
  nodes: Node[];
}
interface Req {
  method: string;
  path: string;
  token: string;
  body?: unknown;
}
type Answer = { status: number; body: any; retryAfter: string | null };

let seq = 0;
async function send(req: Req): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${req.token}` };
  if (req.body !== undefined) headers["content-type"] = "application/json";
  const res = await h.app.request(req.path, { method: req.method, headers, ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, retryAfter: res.headers.get("retry-after") };
}

async function base(settings: object = { primaryMode: "any" }): Promise<Ctx> {
  const made = await clusterWithFirstNode(h, `lf${++seq}`, "a", settings);
  const nodes = [made.first, await joinNode(h, made.clusterId, "b", made.joinToken)];
  return { clusterId: made.clusterId, nodes };
}
/** `a` holds the lease (term 1). */
async function held(): Promise<Ctx> {
  const ctx = await base();
  expect((await checkIn(h, ctx.clusterId, ctx.nodes[0]!)).body.role).toBe("primary");
  return ctx;
}
const checkInReq = (ctx: Ctx, i: number, extra: object = {}): Req => ({
  method: "POST",
  path: `/v1/clusters/${ctx.clusterId}/nodes/${ctx.nodes[i]!.nodeId}/check-in`,
  token: ctx.nodes[i]!.nodeToken,
  body: { epoch: ctx.nodes[i]!.epoch, sentAt: new Date(clock.now()).toISOString(), ...extra },
});
const moveReq = (ctx: Ctx, nodeId: string): Req => ({ method: "POST", path: `/v1/clusters/${ctx.clusterId}/primary`, token: h.adminToken, body: { nodeId } });

const events = async (clusterId: string): Promise<RosterEvent[]> =>
  (await h.call("GET", `/v1/clusters/${clusterId}/events?limit=1000`, { token: h.adminToken })).body.results;
const count = async (clusterId: string, type: string) => (await events(clusterId)).filter((e) => e.type === type).length;

/** The lease, as stored: the cluster's holder and term, and which node items carry a term. */
async function lease(ctx: Ctx) {
  const cluster = (await readCluster(h.deps, ctx.clusterId, { consistent: true }))!;
  const terms: Record<string, number> = {};
  for (const n of ctx.nodes) {
    const item = await realTable.get({ Key: nodeKey(ctx.clusterId, n.nodeId, DEFAULT_NODE_SHARDS), ConsistentRead: true });
    if (item?.primaryTerm !== undefined) terms[n.nodeId] = item.primaryTerm;
  }
  return { holder: cluster.primary ? [cluster.primary.nodeId, cluster.primary.term] : null, terms, handoverTo: cluster.handoverTo ?? null };
}

/** One event per change, and the lease on the cluster item and its holder's node item together. */
async function consistent(ctx: Ctx) {
  const seen = new Set<string>();
  for (const e of await events(ctx.clusterId)) {
    const key = JSON.stringify([e.type, e.nodeId, e.detail]);
    expect(seen.has(key), `one event per change: ${key} twice`).toBe(false);
    seen.add(key);
  }
  const l = await lease(ctx);
  expect(l.terms).toEqual(l.holder ? { [l.holder[0] as string]: l.holder[1] } : {});
}

interface Op {
  name: string;
  setup(): Promise<Ctx>;
  request(ctx: Ctx): Req;
  ok: number;
  target: Predicate;
  check(ctx: Ctx, retry: Answer, kind: FaultKind): Promise<void>;
}

const clusterWrite = writeOf("update", (k) => k.sk === "CLUSTER");

const OPS: Op[] = [
  {
    name: "check-in that takes the free lease",
    setup: () => base(),
    request: (ctx) => checkInReq(ctx, 0),
    ok: 200,
    target: transactWithEvent("primary.elected"),
    async check(ctx, retry) {
      // After a lost answer the retry finds the lease on its own item: the same term, no second election.
      expect(retry.body).toMatchObject({ role: "primary", primary: { nodeId: "a", term: 1 } });
      expect(await count(ctx.clusterId, "primary.elected")).toBe(1);
    },
  },
  {
    name: "check-in that hands the lease over",
    setup: async () => {
      const ctx = await held();
      await send(moveReq(ctx, "b"));
      return ctx;
    },
    request: (ctx) => checkInReq(ctx, 0),
    ok: 200,
    target: transactWithEvent("primary.lost"),
    async check(ctx, retry) {
      expect(retry.body).toMatchObject({ role: "standby", primary: { nodeId: "b", term: 2 } });
      expect(await lease(ctx)).toEqual({ holder: ["b", 2], terms: { b: 2 }, handoverTo: null });
      expect(await count(ctx.clusterId, "primary.elected")).toBe(2);
    },
  },
  {
    name: "check-in that releases (primaryMode none)",
    setup: async () => {
      const ctx = await held();
      await h.call("PATCH", `/v1/clusters/${ctx.clusterId}`, { token: h.adminToken, body: { settings: { primaryMode: "none" } } });
      // Step one: the holder still claims its term: told standby, it keeps the lease.
      const told = await h.call("POST", `/v1/clusters/${ctx.clusterId}/nodes/${ctx.nodes[0]!.nodeId}/check-in`, {
        token: ctx.nodes[0]!.nodeToken,
        body: { epoch: ctx.nodes[0]!.epoch, sentAt: new Date(clock.now()).toISOString(), primaryTerm: 1 },
      });
      expect(told.body).toMatchObject({ role: "standby", primary: null });
      expect((await lease(ctx)).holder).not.toBeNull();
      return ctx;
    },
    // Step two: its check-in that claims nothing releases it.
    request: (ctx) => checkInReq(ctx, 0),
    ok: 200,
    target: transactWithEvent("primary.lost"),
    async check(ctx, retry) {
      expect(retry.body).toMatchObject({ role: "standby", primary: null, warnings: [] });
      expect((await lease(ctx)).holder).toBeNull();
      expect(await count(ctx.clusterId, "primary.lost")).toBe(1);
    },
  },
  {
    name: "move a free lease (appoint)",
    setup: () => base(),
    request: (ctx) => moveReq(ctx, "b"),
    ok: 202,
    target: transactWithEvent("primary.elected"),
    async check(ctx, retry) {
      expect(retry.body).toEqual({ primary: { nodeId: "b", term: 1, since: new Date(clock.now()).toISOString() }, handoverTo: null });
      expect(await count(ctx.clusterId, "primary.elected")).toBe(1);
    },
  },
  {
    name: "move a held lease (ask handover)",
    setup: () => held(),
    request: (ctx) => moveReq(ctx, "b"),
    ok: 202,
    target: clusterWrite,
    async check(ctx, retry) {
      expect(retry.body).toMatchObject({ primary: { nodeId: "a", term: 1 }, handoverTo: "b" });
      expect((await lease(ctx)).handoverTo).toBe("b");
    },
  },
  {
    name: "list peers",
    setup: () => held(),
    request: (ctx) => ({ method: "GET", path: `/v1/clusters/${ctx.clusterId}/peers`, token: ctx.nodes[1]!.nodeToken }),
    ok: 200,
    target: onTable("query"),
    async check(_, retry) {
      expect(retry.body.peers.map((p: { nodeId: string; role: string }) => [p.nodeId, p.role])).toEqual([
        ["a", "primary"],
        ["b", "standby"],
      ]);
    },
  },
];

const table: string[] = [];
afterAll(() => {
  if (table.length) console.log(`\nprimary lease operation × fault → behaviour\n${table.join("\n")}`);
});

describe("every primary lease operation × every fault", () => {
  for (const op of OPS) {
    for (const kind of FAULT_KINDS) {
      it(`${op.name} × ${kind}`, async () => {
        const ctx = await op.setup();
        f = faults({ seed: ++seq });
        h.deps.table = f.table(realTable);
        f.aim({ kind, when: op.target });
        let first: Answer;
        try {
          first = await send(op.request(ctx));
        } finally {
          f.clear();
          h.deps.table = realTable;
        }
        expect(f.injected.map((i) => i.kind), "the fault was injected once").toEqual([kind]);
        expect(first.status, JSON.stringify(first.body)).toBe(503);
        expect(first.body.error.code).toBe("unavailable");
        expect(first.retryAfter).toBe("1");
        const retry = await send(op.request(ctx));
        expect(retry.status, JSON.stringify(retry.body)).toBe(op.ok);
        await op.check(ctx, retry, kind);
        await consistent(ctx);
        table.push(`${op.name} × ${kind}: 503 unavailable; retry ${retry.status} same effect`);
      });
    }
  }
});
