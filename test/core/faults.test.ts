import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCluster } from "../../core/clusters/cluster-item";
import type { RosterEvent } from "../../core/events/events";
import { DEFAULT_NODE_SHARDS, activeRunPartition, nodeKey } from "../../core/store/keys";
import { drainOutbox } from "../../core/events/publish";
import { runSweep, sweepCluster } from "../../core/detection/sweep";
import { StoreUnavailable, type Table } from "../../core/store/table";
import type { SecretVault } from "../../core/ports";
import type { FakeClock } from "../support/fake-clock";
import {
  FAULT_KINDS,
  type FaultKind,
  type Faults,
  type Predicate,
  faults,
  onSink,
  onTable,
  onVault,
  transactTouching,
  transactWithEvent,
  writeOf,
} from "../support/faults";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/**
 * Issue 15, part 1: every operation of `core/` the HTTP API exposes, the sweep and the outbox
 * drain, each × every fault kind aimed at its main write (the lost answer at the write that
 * matters). In every cell: the answer is a 503 (never a 500 or a wrong 4xx), nothing
 * acknowledged is lost, the same request sent again succeeds with the same effect or gets a
 * clear answer, and the stored state is consistent (no run held by nobody, one event per change).
 * Defects this table found that belong in files of other developers are in faults-found.test.ts.
 */
let h: Harness;
let clock: FakeClock;
let realTable: Table;
let realVault: SecretVault;
let f: Faults;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
  realTable = h.deps.table;
  realVault = h.deps.vault;
});

const T = 10_000;
const SETTINGS = { instanceTimeoutMs: T, instanceRecoveryTimeoutMs: 10_000, instanceCheckInIntervalMs: 2_000 };
type Node = { nodeId: string; nodeToken: string; epoch: number };
type Claim = { runId: string; claimToken: string; scheduledFor: string };
interface Ctx {
  clusterId: string;
  joinToken: string;
  nodes: Node[];
  claim?: Claim;
}
interface Req {
  method: string;
  path: string;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}
type Answer = { status: number; body: any; retryAfter: string | null };

let seq = 0;
const fresh = () => `f${++seq}`;
const admin = () => h.adminToken;

/** The request through the real app, with its Retry-After header. */
async function send(req: Req): Promise<Answer> {
  const headers: Record<string, string> = { ...req.headers };
  if (req.token) headers.authorization = `Bearer ${req.token}`;
  if (req.body !== undefined) headers["content-type"] = "application/json";
  const res = await h.app.request(req.path, { method: req.method, headers, ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, retryAfter: res.headers.get("retry-after") };
}

// Setups, all through the real app with no fault.
async function base(nodes = 1): Promise<Ctx> {
  const ctx = await clusterWithFirstNode(h, fresh(), "a", SETTINGS);
  const all: Node[] = [ctx.first];
  for (let i = 1; i < nodes; i++) all.push(await joinNode(h, ctx.clusterId, String.fromCharCode(97 + i), ctx.joinToken));
  return { clusterId: ctx.clusterId, joinToken: ctx.joinToken, nodes: all };
}
const addJob = (clusterId: string, jobId = "j", rateMs = 60_000) =>
  h.call("POST", `/v1/clusters/${clusterId}/jobs`, { token: admin(), body: { jobId, type: "t", schedule: { rateMs } } });
async function withDueJob(nodes = 1) {
  const ctx = await base(nodes);
  await addJob(ctx.clusterId);
  clock.advance(60_000);
  return ctx;
}
async function claimed(nodes = 1) {
  const ctx = await withDueJob(nodes);
  for (const n of ctx.nodes.slice(1)) await checkIn(h, ctx.clusterId, n, { holding: [] }); // all alive now
  const answer = await checkIn(h, ctx.clusterId, ctx.nodes[0]!, { capacity: 1, holding: [] });
  return { ...ctx, claim: answer.body.claims[0] as Claim };
}
const runPath = (ctx: Ctx) => `/v1/clusters/${ctx.clusterId}/runs/${encodeURIComponent(ctx.claim!.runId)}`;
async function started() {
  const ctx = await claimed();
  await h.call("POST", `${runPath(ctx)}/start`, { token: ctx.nodes[0]!.nodeToken, body: { claimToken: ctx.claim!.claimToken } });
  return ctx;
}
/** Nodes b.. silent past the timeout while a checks in, then a sweep: they are recovering. */
async function silent(nodes: number) {
  const ctx = await base(nodes);
  clock.advance(T + 1);
  await checkIn(h, ctx.clusterId, ctx.nodes[0]!, { holding: [] });
  await sweepCluster(h.deps, (await readCluster(h.deps, ctx.clusterId))!);
  return ctx;
}

// Reads of the stored state.
const query = async (pk: string) =>
  (await realTable.query({ KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": pk }, ConsistentRead: true })).items;
const events = async (clusterId: string): Promise<RosterEvent[]> =>
  (await h.call("GET", `/v1/clusters/${clusterId}/events?limit=1000`, { token: admin() })).body.results;
const count = async (clusterId: string, type: string) => (await events(clusterId)).filter((e) => e.type === type).length;
const node = async (clusterId: string, nodeId: string) => realTable.get({ Key: nodeKey(clusterId, nodeId, DEFAULT_NODE_SHARDS), ConsistentRead: true });

/** What must hold after every cell: one event per change, and no run held by nobody. */
async function consistent(clusterId: string) {
  const seen = new Set<string>();
  for (const e of await events(clusterId)) {
    const key = JSON.stringify([e.type, e.nodeId, e.jobId, e.detail]);
    expect(seen.has(key), `one event per change: ${key} twice`).toBe(false);
    seen.add(key);
  }
  for (const run of await query(activeRunPartition(clusterId))) {
    const owner = await node(clusterId, run.nodeId);
    expect(owner?.epoch, `run ${run.runId}: its incarnation exists`).toBe(run.epoch);
    expect([...(owner!.assigned ?? [])], `run ${run.runId}: assigned to its node`).toContain(run.runId);
  }
}

interface Op {
  name: string;
  setup(): Promise<Ctx>;
  request(ctx: Ctx): Req;
  ok: number;
  /** The operation's main write (throttle, timeout, 500). */
  target: Predicate;
  /** The write that matters, for the lost answer (defaults to `target`). */
  lost?: Predicate;
  /** The retry's status after a lost answer, when it is a clear refusal rather than the same success. */
  afterLost?: { status: number; code: string; why: string };
  /** The error code of the 503 (default `unavailable`). */
  code?: string;
  check(ctx: Ctx, retry: Answer, kind: FaultKind): Promise<void>;
}

const nodeWrite = (nodeId: string) => writeOf("update", (k) => k.sk === nodeId && k.pk.includes("#N#"));
const clusterWrite = writeOf("update", (k) => k.sk === "CLUSTER");
const jobWrite = transactTouching((k) => k.sk.startsWith("JOB#"));
const keystoreBody = { format: "raw", data: Buffer.from("second keystore").toString("base64") };

const OPS: Op[] = [
  {
    name: "create cluster",
    setup: async () => ({ clusterId: fresh(), joinToken: "", nodes: [] }),
    request: (ctx) => ({ method: "POST", path: "/v1/clusters", token: admin(), body: { clusterId: ctx.clusterId, settings: SETTINGS } }),
    ok: 201,
    target: onTable("transact"),
    afterLost: { status: 409, code: "cluster_exists", why: "the cluster exists; its join token was in the lost answer: rotate it" },
    async check(ctx, retry, kind) {
      expect((await h.call("GET", `/v1/clusters/${ctx.clusterId}`, { token: admin() })).status).toBe(200);
      const rotated = kind === "lost-answer" ? (await h.call("POST", `/v1/clusters/${ctx.clusterId}/join-token`, { token: admin() })).body.joinToken : retry.body.joinToken;
      await joinNode(h, ctx.clusterId, "a", rotated, "clustered-first"); // the cluster is usable
    },
  },
  {
    name: "patch settings",
    setup: () => base(),
    request: (ctx) => ({ method: "PATCH", path: `/v1/clusters/${ctx.clusterId}`, token: admin(), body: { settings: { instanceTimeoutMs: 12_000 } } }),
    ok: 200,
    target: clusterWrite,
    async check(ctx, retry) {
      expect(retry.body.settings.instanceTimeoutMs).toBe(12_000);
      expect((await readCluster(h.deps, ctx.clusterId, { consistent: true }))!.settings.instanceTimeoutMs).toBe(12_000);
    },
  },
  {
    name: "rotate join token",
    setup: () => base(),
    request: (ctx) => ({ method: "POST", path: `/v1/clusters/${ctx.clusterId}/join-token`, token: admin() }),
    ok: 200,
    target: clusterWrite,
    async check(ctx, retry) {
      await joinNode(h, ctx.clusterId, "b", retry.body.joinToken); // the token answered works
      expect((await h.call("POST", `/v1/clusters/${ctx.clusterId}/nodes/c/join`, { token: ctx.joinToken, body: { instanceType: "clustered-additional", softwareVersion: "1.0.0" } })).status).toBe(401);
    },
  },
  ...(["table", "vault"] as const).map(
    (where): Op => ({
      name: `join first (${where === "table" ? "initializing write" : "vault put"})`,
      async setup() {
        const clusterId = fresh();
        const created = await h.call("POST", "/v1/clusters", { token: admin(), body: { clusterId, settings: SETTINGS } });
        return { clusterId, joinToken: created.body.joinToken, nodes: [] };
      },
      request: (ctx) => ({
        method: "POST",
        path: `/v1/clusters/${ctx.clusterId}/nodes/a/join`,
        token: ctx.joinToken,
        body: { instanceType: "clustered-first", softwareVersion: "1.0.0" },
      }),
      ok: 200,
      target: where === "table" ? transactWithEvent("cluster.initialized") : onVault("put"),
      code: where === "table" ? "unavailable" : "vault_unavailable",
      ...(where === "table"
        ? { afterLost: { status: 409, code: "cluster_already_initialized", why: "initialized by the lost write; the agent then joins as additional" } }
        : {}),
      async check(ctx, retry, kind) {
        if (where === "table" && kind === "lost-answer") {
          // What the agent does on cluster_already_initialized: join again as an additional node.
          const again = await joinNode(h, ctx.clusterId, "a", ctx.joinToken);
          expect(again.epoch).toBe(2);
          expect(await count(ctx.clusterId, "node.superseded")).toBe(1);
        } else expect(retry.body.epoch).toBe(1);
        expect(await count(ctx.clusterId, "cluster.initialized")).toBe(1);
        const n = (await node(ctx.clusterId, "a"))!;
        const fetched = await h.call("GET", `/v1/clusters/${ctx.clusterId}/keystore`, { token: where === "table" && kind === "lost-answer" ? undefined : retry.body.nodeToken });
        if (!(where === "table" && kind === "lost-answer")) expect(fetched.status).toBe(200); // its keystore is in the vault
        expect(n.state).toBe("running");
      },
    }),
  ),
  {
    name: "join additional",
    setup: () => base(),
    request: (ctx) => ({
      method: "POST",
      path: `/v1/clusters/${ctx.clusterId}/nodes/b/join`,
      token: ctx.joinToken,
      body: { instanceType: "clustered-additional", softwareVersion: "1.0.0" },
    }),
    ok: 200,
    target: transactWithEvent("node.joined"),
    async check(ctx, retry, kind) {
      // A join is always a new incarnation: after a lost answer the retry supersedes the one nobody holds.
      expect(retry.body.epoch).toBe(kind === "lost-answer" ? 2 : 1);
      expect(await count(ctx.clusterId, "node.superseded")).toBe(kind === "lost-answer" ? 1 : 0);
      const answered = { nodeId: "b", nodeToken: retry.body.nodeToken, epoch: retry.body.epoch };
      expect((await checkIn(h, ctx.clusterId, answered, { holding: [] })).status).toBe(200);
    },
  },
  {
    name: "check-in idle",
    setup: () => base(),
    request: (ctx) => ({ method: "POST", path: `/v1/clusters/${ctx.clusterId}/nodes/a/check-in`, token: ctx.nodes[0]!.nodeToken, body: checkInBody(ctx.nodes[0]!, { holding: [] }) }),
    ok: 200,
    target: nodeWrite("a"),
    async check(ctx) {
      expect((await node(ctx.clusterId, "a"))!.lastCheckIn).toBe(clock.now());
    },
  },
  {
    name: "check-in with claims",
    setup: () => withDueJob(),
    request: (ctx) => ({ method: "POST", path: `/v1/clusters/${ctx.clusterId}/nodes/a/check-in`, token: ctx.nodes[0]!.nodeToken, body: checkInBody(ctx.nodes[0]!, { capacity: 1, holding: [] }) }),
    ok: 200,
    target: transactWithEvent("job.claimed"),
    async check(ctx, retry, kind) {
      // The retry lists what the node holds (nothing): a claim whose answer was lost is requeued
      // at once (its due pointer comes back after the retry's read, so the next check-in claims it).
      const known = retry.body.claims.map((c: Claim) => c.runId);
      const active = await query(activeRunPartition(ctx.clusterId));
      expect(active.map((r) => r.runId)).toEqual(known); // no run held by nobody
      expect(await count(ctx.clusterId, "job.requeued")).toBe(kind === "lost-answer" ? 1 : 0);
      if (kind === "lost-answer") {
        expect(known).toEqual([]);
        const next = await checkIn(h, ctx.clusterId, ctx.nodes[0]!, { capacity: 1, holding: [] });
        expect(next.body.claims).toHaveLength(1);
        const lostClaim = (await events(ctx.clusterId)).find((e) => e.type === "job.claimed")!;
        expect(next.body.claims[0].scheduledFor).toBe((lostClaim.detail as { scheduledFor: string }).scheduledFor); // the same occurrence
      } else expect(known).toHaveLength(1);
      expect(await count(ctx.clusterId, "job.claimed")).toBe(kind === "lost-answer" ? 2 : 1);
    },
  },
  {
    name: "check-in listing runs",
    setup: () => started(),
    request: (ctx) => ({
      method: "POST",
      path: `/v1/clusters/${ctx.clusterId}/nodes/a/check-in`,
      token: ctx.nodes[0]!.nodeToken,
      body: checkInBody(ctx.nodes[0]!, { capacity: 0, holding: [ctx.claim!.runId] }),
    }),
    ok: 200,
    target: nodeWrite("a"),
    async check(ctx, retry) {
      expect(retry.body.revoked).toEqual([]);
      const n = (await node(ctx.clusterId, "a"))!;
      expect(n.holding).toEqual([ctx.claim!.runId]);
      expect(n.heldAt).toBe(clock.now()); // the lease is renewed
    },
  },
  {
    name: "start",
    setup: () => claimed(),
    request: (ctx) => ({ method: "POST", path: `${runPath(ctx)}/start`, token: ctx.nodes[0]!.nodeToken, body: { claimToken: ctx.claim!.claimToken } }),
    ok: 200,
    target: transactWithEvent("job.started"),
    async check(ctx, retry) {
      expect(retry.body).toMatchObject({ runId: ctx.claim!.runId, state: "started" });
      expect(await count(ctx.clusterId, "job.started")).toBe(1);
      // Same claim token, same answer, once more.
      const third = await send({ method: "POST", path: `${runPath(ctx)}/start`, token: ctx.nodes[0]!.nodeToken, body: { claimToken: ctx.claim!.claimToken } });
      expect(third.body).toEqual(retry.body);
    },
  },
  {
    name: "complete",
    setup: () => started(),
    request: (ctx) => ({ method: "POST", path: `${runPath(ctx)}/complete`, token: ctx.nodes[0]!.nodeToken, body: { claimToken: ctx.claim!.claimToken, outcome: "succeeded" } }),
    ok: 200,
    target: transactWithEvent("job.completed"),
    async check(ctx, retry) {
      expect(retry.body).toMatchObject({ runId: ctx.claim!.runId, state: "succeeded" });
      expect(await count(ctx.clusterId, "job.completed")).toBe(1);
      expect(await query(activeRunPartition(ctx.clusterId))).toEqual([]);
      const job = await h.call("GET", `/v1/clusters/${ctx.clusterId}/jobs/j`, { token: admin() });
      expect(job.body.lastRun).toMatchObject({ runId: ctx.claim!.runId, outcome: "succeeded" });
      expect(job.body.currentRun).toBeNull();
    },
  },
  {
    name: "leave",
    setup: () => claimed(),
    request: (ctx) => ({ method: "POST", path: `/v1/clusters/${ctx.clusterId}/nodes/a/leave`, token: ctx.nodes[0]!.nodeToken }),
    ok: 200,
    target: transactWithEvent("node.left"),
    async check(ctx, retry) {
      expect(retry.body.state).toBe("stopped");
      expect(await count(ctx.clusterId, "node.left")).toBe(1);
      // The leave's claim went back even when the first answer was lost (the retry releases it).
      expect(await query(activeRunPartition(ctx.clusterId))).toEqual([]);
      expect(await count(ctx.clusterId, "job.requeued")).toBe(1);
    },
  },
  ...(["table", "vault"] as const).map(
    (where): Op => ({
      name: `keystore fetch (${where} read)`,
      setup: () => base(),
      request: (ctx) => ({ method: "GET", path: `/v1/clusters/${ctx.clusterId}/keystore`, token: ctx.nodes[0]!.nodeToken }),
      ok: 200,
      target: where === "table" ? onTable("get") : onVault("get"),
      code: where === "table" ? "unavailable" : "vault_unavailable",
      async check(_ctx, retry) {
        expect(retry.body.version).toBe(1);
      },
    }),
  ),
  ...(["table", "vault"] as const).map(
    (where): Op => ({
      name: `keystore rotate (${where === "table" ? "pointer write" : "vault put"})`,
      setup: () => base(),
      request: (ctx) => ({ method: "PUT", path: `/v1/clusters/${ctx.clusterId}/keystore`, token: admin(), body: keystoreBody }),
      ok: 200,
      target: where === "table" ? transactWithEvent("keystore.rotated") : onVault("put"),
      code: where === "table" ? "unavailable" : "vault_unavailable",
      async check(ctx, retry) {
        expect(retry.body.version).toBe(2);
        expect(await count(ctx.clusterId, "keystore.rotated")).toBe(1);
        const token = ctx.nodes[0]!.nodeToken;
        const current = await h.call("GET", `/v1/clusters/${ctx.clusterId}/keystore`, { token });
        expect(current.body).toMatchObject({ version: 2, data: keystoreBody.data });
        // The version before the rotation stays fetchable while nodes move over.
        expect((await h.call("GET", `/v1/clusters/${ctx.clusterId}/keystore?version=1`, { token })).status).toBe(200);
      },
    }),
  ),
  {
    name: "create job",
    setup: () => base(),
    request: (ctx) => ({ method: "POST", path: `/v1/clusters/${ctx.clusterId}/jobs`, token: admin(), body: { jobId: "j", type: "t", schedule: { rateMs: 60_000 } } }),
    ok: 201,
    target: jobWrite,
    afterLost: { status: 409, code: "job_exists", why: "the job exists, as asked" },
    async check(ctx) {
      const job = await h.call("GET", `/v1/clusters/${ctx.clusterId}/jobs/j`, { token: admin() });
      expect(job.body).toMatchObject({ jobId: "j", type: "t", queued: 0 });
    },
  },
  {
    name: "trigger job",
    async setup() {
      const ctx = await base();
      await addJob(ctx.clusterId, "j", 3_600_000);
      return ctx;
    },
    // The retry carries the same Idempotency-Key, as the CLI does (one key per trigger).
    request: (ctx) => ({ method: "POST", path: `/v1/clusters/${ctx.clusterId}/jobs/j/trigger`, token: admin(), headers: { "idempotency-key": `k-${ctx.clusterId}` } }),
    ok: 200,
    target: jobWrite,
    async check(_ctx, retry) {
      expect(retry.body.queued).toBe(1);
    },
  },
  {
    name: "delete job",
    async setup() {
      const ctx = await base();
      await addJob(ctx.clusterId);
      return ctx;
    },
    request: (ctx) => ({ method: "DELETE", path: `/v1/clusters/${ctx.clusterId}/jobs/j`, token: admin() }),
    ok: 204,
    target: jobWrite,
    afterLost: { status: 404, code: "job_not_found", why: "deleted by the lost write" },
    async check(ctx) {
      expect((await h.call("GET", `/v1/clusters/${ctx.clusterId}/jobs/j`, { token: admin() })).status).toBe(404);
    },
  },
  {
    name: "set scheduling",
    setup: () => base(),
    request: (ctx) => ({ method: "PATCH", path: `/v1/clusters/${ctx.clusterId}/nodes/a`, token: admin(), body: { schedulingEnabled: false } }),
    ok: 200,
    target: nodeWrite("a"),
    async check(ctx, retry) {
      expect(retry.body.schedulingEnabled).toBe(false);
      expect((await node(ctx.clusterId, "a"))!.schedulingEnabled).toBe(false);
    },
  },
  {
    name: "forget",
    async setup() {
      const ctx = await base(2);
      await h.call("POST", `/v1/clusters/${ctx.clusterId}/nodes/b/leave`, { token: ctx.nodes[1]!.nodeToken });
      return ctx;
    },
    request: (ctx) => ({ method: "DELETE", path: `/v1/clusters/${ctx.clusterId}/nodes/b`, token: admin() }),
    ok: 204,
    target: transactWithEvent("node.forgotten"),
    afterLost: { status: 404, code: "node_not_found", why: "forgotten by the lost write" },
    async check(ctx) {
      expect(await node(ctx.clusterId, "b")).toBeUndefined();
      expect(await count(ctx.clusterId, "node.forgotten")).toBe(1);
      expect((await joinNode(h, ctx.clusterId, "b", ctx.joinToken)).epoch).toBe(2); // epochs never repeat
    },
  },
  {
    name: "force offline",
    setup: () => silent(2),
    request: (ctx) => ({ method: "POST", path: `/v1/clusters/${ctx.clusterId}/nodes/b/offline`, token: admin() }),
    ok: 200,
    target: transactWithEvent("node.offline"),
    async check(ctx) {
      expect((await node(ctx.clusterId, "b"))!.state).toBe("offline");
      expect(await count(ctx.clusterId, "node.offline")).toBe(1);
    },
  },
  {
    name: "lift guard",
    setup: () => silent(4),
    request: (ctx) => ({ method: "POST", path: `/v1/clusters/${ctx.clusterId}/stabilize`, token: admin() }),
    ok: 200,
    target: transactWithEvent("cluster.stabilized"),
    afterLost: { status: 409, code: "not_disrupted", why: "lifted by the lost write" },
    async check(ctx) {
      expect((await readCluster(h.deps, ctx.clusterId, { consistent: true }))!.disruptedSince).toBeUndefined();
      expect(await count(ctx.clusterId, "cluster.disrupted")).toBe(1);
      expect(await count(ctx.clusterId, "cluster.stabilized")).toBe(1);
    },
  },
];

function checkInBody(n: Node, extra: object) {
  return { epoch: n.epoch, sentAt: new Date(clock.now()).toISOString(), ...extra };
}

/** One line per cell for the closing note. */
const table: string[] = [];
afterAll(() => {
  if (table.length) console.log(`\noperation × fault → behaviour\n${table.join("\n")}`);
});

function install(kind: FaultKind, when: Predicate) {
  f = faults({ seed: ++seq });
  h.deps.table = f.table(realTable);
  h.deps.vault = f.vault(realVault);
  f.aim({ kind, when });
}
function uninstall() {
  f.clear();
  h.deps.table = realTable;
  h.deps.vault = realVault;
}

describe("every HTTP operation × every fault", () => {
  for (const op of OPS) {
    for (const kind of FAULT_KINDS) {
      it(`${op.name} × ${kind}`, async () => {
        const ctx = await op.setup();
        const req = op.request(ctx);
        install(kind, kind === "lost-answer" ? (op.lost ?? op.target) : op.target);
        let first: Answer;
        try {
          first = await send(req);
        } finally {
          uninstall();
        }
        expect(f.injected.map((i) => i.kind), "the fault was injected once").toEqual([kind]);
        expect(first.status, JSON.stringify(first.body)).toBe(503);
        expect(first.body.error.code).toBe(op.code ?? "unavailable");
        expect(first.retryAfter).toBe("1");

        const retry = await send(op.request(ctx));
        const refused = kind === "lost-answer" ? op.afterLost : undefined;
        if (refused) {
          expect(retry.status, JSON.stringify(retry.body)).toBe(refused.status);
          expect(retry.body.error.code).toBe(refused.code);
        } else expect(retry.status, JSON.stringify(retry.body)).toBe(op.ok);
        await op.check(ctx, retry, kind);
        await consistent(ctx.clusterId);
        table.push(
          `${op.name} × ${kind}: 503 ${first.body.error.code}; retry ${retry.status}${refused ? ` ${refused.code} (${refused.why})` : " same effect"}`,
        );
      });
    }
  }
});

describe("the sweep × every fault (aimed at the node.recovering write)", () => {
  for (const kind of FAULT_KINDS) {
    it(`runSweep × ${kind}`, async () => {
      const ctx = await base(2);
      clock.advance(T + 1);
      await checkIn(h, ctx.clusterId, ctx.nodes[0]!, { holding: [] });
      install(kind, transactWithEvent("node.recovering"));
      let first: Awaited<ReturnType<typeof runSweep>>;
      try {
        first = await runSweep(h.deps, ctx.clusterId);
      } finally {
        uninstall();
      }
      expect(f.injected).toHaveLength(1);
      // The refused write does not stop the sweep: it is left for the next one, and the turn ends
      // at the shortest (100 ms) instead of at the next deadline, so the next check-in sweeps again.
      expect(first).toBeDefined();
      expect(first!.nextChangeAt).toBe(clock.now());
      clock.advance(101);
      const again = await runSweep(h.deps, ctx.clusterId);
      expect(again).toBeDefined();
      expect((await node(ctx.clusterId, "b"))!.state).toBe("recovering");
      expect(await count(ctx.clusterId, "node.recovering")).toBe(1);
      await consistent(ctx.clusterId);
      table.push(`runSweep × ${kind}: the write is left, the sweep goes on and ends its turn at once; the next sweep (100 ms) ${kind === "lost-answer" ? "finds it done" : "marks it"}, one event`);
    });
  }
});

describe("the outbox drain × every fault", () => {
  let d: Harness;
  let dTable: Table;
  beforeAll(async () => {
    d = await harness();
    dTable = d.deps.table;
  });
  const targets: [string, Predicate][] = [
    ["sink publish", onSink],
    ["mark published", writeOf("update", (k) => k.pk.endsWith("#E"))],
  ];
  for (const [where, when] of targets) {
    for (const kind of FAULT_KINDS) {
      it(`drainOutbox (${where}) × ${kind}`, async () => {
        await clusterWithFirstNode(d, fresh(), "a");
        const recorded = (await d.call("GET", "/v1/clusters").then(() => undefined), await outbox(dTable)).length;
        expect(recorded).toBeGreaterThan(0);
        const published: RosterEvent[] = [];
        const sink = { publish: async (es: RosterEvent[]) => (published.push(...es), { failed: [] }) };
        const fi = faults({ seed: ++seq }).aim({ kind, when });
        const deps = { table: fi.table(dTable), clock: d.deps.clock, sink: fi.sink(sink) };
        const first = await drainOutbox(deps).then((r) => r, (e: unknown) => e);
        expect(fi.injected).toHaveLength(1);
        if (where === "sink publish") expect(first).toEqual({ published: 0, failed: recorded });
        else expect(first).toBeInstanceOf(StoreUnavailable);
        // The drainer's turn was given back in its `finally`: the next drain runs at once.
        const second = await drainOutbox({ table: dTable, clock: d.deps.clock, sink });
        expect(second.failed).toBe(0);
        expect(await outbox(dTable)).toEqual([]);
        // At least once: every recorded event reached the sink; a lost answer may send some twice.
        expect(new Set(published.map((e) => e.eventId)).size).toBe(recorded);
        table.push(`drainOutbox (${where}) × ${kind}: ${where === "sink publish" ? "reported failed" : "throws StoreUnavailable"}; next drain publishes the rest, outbox empty (${published.length - recorded} sent twice)`);
      });
    }
  }
});

const outbox = async (t: Table) =>
  (await t.query({ IndexName: "outbox", KeyConditionExpression: "outboxPk = :pk", ExpressionAttributeValues: { ":pk": "OUTBOX" } })).items;
