import { beforeAll, describe, expect, it } from "vitest";
import { readCluster } from "../../../core/clusters/cluster-item";
import type { RosterEvent } from "../../../core/events/events";
import { DEFAULT_NODE_SHARDS, activeRunPartition, nodeKey } from "../../../core/store/keys";
import { type EventSink, drainOutbox } from "../../../core/events/publish";
import { sweepCluster } from "../../../core/detection/sweep";
import type { Table } from "../../../core/store/table";
import { hashToken } from "../../../core/common/tokens";
import { createApp } from "../../../functions/app";
import { silentLogger } from "../../../functions/http/log";
import type { FakeClock } from "../../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../../support/harness";

/**
 * Attacks on the run leases (review of 7ed0472..HEAD): interleavings, lost answers and inputs
 * against the guarantees the lease change must keep. The first four found defects (each
 * failed on the code as reviewed, before check-ins carried `seq`, claims were capped at what a
 * check-in can list, and the drainer read only once its turn was taken); the others are
 * regression tests of races that held.
 */
let h: Harness;
let clock: FakeClock;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
});

const T = 10_000; // instanceTimeoutMs: the lease length
const SETTINGS = { instanceTimeoutMs: T, instanceRecoveryTimeoutMs: 10_000, instanceCheckInIntervalMs: 2_000 };
let seq = 0;
type Node = { nodeId: string; nodeToken: string; epoch: number };
type Claim = { runId: string; claimToken: string; fencingToken: number; scheduledFor: string };

async function setup(nodes = 2) {
  const ctx = await clusterWithFirstNode(h, `atk${++seq}`, "a", SETTINGS);
  const all: Node[] = [ctx.first];
  for (let i = 1; i < nodes; i++) all.push(await joinNode(h, ctx.clusterId, String.fromCharCode(97 + i), ctx.joinToken));
  return { ...ctx, nodes: all };
}
const admin = (method: string, path: string, body?: unknown) => h.call(method, path, { token: h.adminToken, ...(body ? { body } : {}) });
const addJob = (clusterId: string, body: object) => admin("POST", `/v1/clusters/${clusterId}/jobs`, body);
const runPath = (clusterId: string, runId: string) => `/v1/clusters/${clusterId}/runs/${encodeURIComponent(runId)}`;
const start = (clusterId: string, node: Node, claim: { runId: string; claimToken: string }) =>
  h.call("POST", `${runPath(clusterId, claim.runId)}/start`, { token: node.nodeToken, body: { claimToken: claim.claimToken } });
const complete = (clusterId: string, node: Node, claim: { runId: string; claimToken: string }, outcome = "succeeded") =>
  h.call("POST", `${runPath(clusterId, claim.runId)}/complete`, { token: node.nodeToken, body: { claimToken: claim.claimToken, outcome } });
const sweep = async (clusterId: string) => sweepCluster(h.deps, (await readCluster(h.deps, clusterId))!);
const active = async (clusterId: string) =>
  (
    await h.deps.table.query({
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": activeRunPartition(clusterId) },
      ConsistentRead: true,
    })
  ).items;
const runsOf = async (clusterId: string, jobId: string) =>
  (await admin("GET", `/v1/clusters/${clusterId}/jobs/${jobId}/runs?limit=1000`)).body.results as { runId: string; state: string }[];
const eventsOf = async (clusterId: string, type?: string) =>
  ((await admin("GET", `/v1/clusters/${clusterId}/events?limit=1000`)).body.results as RosterEvent[]).filter((e) => !type || e.type === type);
const nodeState = async (clusterId: string, nodeId: string) => (await admin("GET", `/v1/clusters/${clusterId}/nodes/${nodeId}`)).body.state;

/** An app over another table (to inject an interleaving at a precise point of one request). */
function appOver(table: Table) {
  const app = createApp({ deps: { ...h.deps, table }, adminTokenHash: hashToken(h.adminToken), log: silentLogger });
  return async (method: string, path: string, token: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
}

const isHeartbeat = (input: { Key?: Record<string, unknown>; UpdateExpression?: string }, clusterId: string, nodeId: string) =>
  input.Key?.pk === nodeKey(clusterId, nodeId, DEFAULT_NODE_SHARDS).pk && input.Key?.sk === nodeId && String(input.UpdateExpression).includes("lastCheckIn");

// -------------------------------------------------------------------------------------------
// G4: overlapping check-ins of one node
// -------------------------------------------------------------------------------------------

describe("G4: a check-in that was sent before a claim but whose heartbeat lands after it", () => {
  /*
   * The agent's check-in request times out after min(I/2, 10 s) and the loop moves on, but
   * the server goes on with it (a slow Lambda, the SDK's own retries of the UpdateItem). Its
   * body says `holding: []`, which was true when it was sent. Meanwhile the next check-in
   * claims run Y, the node starts Y and lists it. When the old heartbeat finally lands it
   * overwrites `holding` with `[]`, and its reconcile finds Y in `assigned` and not listed:
   * Y is orphaned ("not-held") while the node runs it and keeps listing it.
   */
  it("G4: the late heartbeat of an abandoned check-in (an older seq) changes nothing: the run the node lists stays its own", async () => {
    const { clusterId, nodes } = await setup(1);
    const a = nodes[0]!;
    await addJob(clusterId, { jobId: "overlap", type: "t", schedule: { rateMs: 600_000 } });
    clock.advance(600_000);

    // Check-in A: its heartbeat is held inside the server until we let it go.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held = false;
    const slow: Table = {
      ...h.deps.table,
      async update(input) {
        if (!held && isHeartbeat(input, clusterId, "a")) {
          held = true;
          await gate;
        }
        return h.deps.table.update(input);
      },
    };
    const body = { epoch: a.epoch, sentAt: new Date(clock.now()).toISOString(), capacity: 0, holding: [], seq: 1 };
    const late = appOver(slow)("POST", `/v1/clusters/${clusterId}/nodes/a/check-in`, a.nodeToken, body);
    await new Promise((r) => setTimeout(r, 50));
    expect(held).toBe(true);

    // The agent gave up on A; its next check-in B claims Y, the node starts it, C lists it.
    clock.advance(1_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1, holding: [], seq: 2 })).body.claims as Claim[];
    expect(claim).toBeDefined();
    expect((await start(clusterId, a, claim!)).status).toBe(200);
    clock.advance(1_000);
    expect((await checkIn(h, clusterId, a, { holding: [claim!.runId], seq: 3 })).body.revoked).toEqual([]);

    release();
    const lateAnswer = await late; // nobody reads this answer: the agent abandoned the request
    expect(lateAnswer.body.error.code).toBe("check_in_out_of_order");

    // The node is running, checks in and lists Y: it must still hold Y.
    clock.advance(1_000);
    const next = await checkIn(h, clusterId, a, { holding: [claim!.runId], seq: 4 });
    expect(next.body.revoked).toEqual([]);
    expect((await active(clusterId)).map((r) => r.runId)).toEqual([claim!.runId]);
    expect(await eventsOf(clusterId, "job.orphaned")).toEqual([]);
  });

  it("G4: a check-in sent before a claim and received after it (an older seq) changes nothing", async () => {
    // The same without any delay inside the server: the request itself arrives late.
    const { clusterId, nodes } = await setup(1);
    const a = nodes[0]!;
    await addJob(clusterId, { jobId: "reorder", type: "t", schedule: { rateMs: 600_000 } });
    clock.advance(600_000);
    const staleSentAt = new Date(clock.now()).toISOString(); // A is sent now, with nothing held
    clock.advance(1_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1, holding: [], seq: 2 })).body.claims as Claim[];
    clock.advance(500);
    // A arrives now: it says what the node held before B.
    const stale = await h.call("POST", `/v1/clusters/${clusterId}/nodes/a/check-in`, {
      token: a.nodeToken,
      body: { epoch: a.epoch, sentAt: staleSentAt, capacity: 0, holding: [], seq: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("check_in_out_of_order");
    // The node starts the claim it was given.
    const started = await start(clusterId, a, claim!);
    expect(started.status).toBe(200);
  });
});

// -------------------------------------------------------------------------------------------
// G4: the listing limit
// -------------------------------------------------------------------------------------------

describe("G4: a node that holds more runs than a check-in may list", () => {
  /*
   * `holding` (and `renew`) accept at most 100 entries, but nothing bounds what a node is
   * handed: a check-in that lists 100 runs and asks for one more gets it. From then on the
   * node cannot say what it holds: listing all 101 is refused with 400 (no heartbeat at all:
   * it goes recovering), listing 100 gives the 101st back.
   */
  it("G4: a node is never handed more runs than one check-in can list", async () => {
    const { clusterId, nodes } = await setup(1);
    const a = nodes[0]!;
    for (let j = 0; j <= 100; j++) await addJob(clusterId, { jobId: `w${j}`, type: "t", schedule: { rateMs: 600_000 }, concurrent: true });
    clock.advance(600_000);
    const held = ((await checkIn(h, clusterId, a, { capacity: 100, holding: [] })).body.claims as Claim[]).map((c) => c.runId);
    expect(held).toHaveLength(100);
    clock.advance(1_000);
    // It lists all 100 and has room for one more: Roster hands it the 101st.
    const more = await checkIn(h, clusterId, a, { capacity: 1, holding: held });
    expect(more.status).toBe(200);
    held.push(...(more.body.claims as Claim[]).map((c) => c.runId));
    expect(held).toHaveLength(100);
    // Listing everything it holds, it stays running with its runs.
    for (let t = 0; t <= T; t += 2_000) {
      clock.advance(2_000);
      expect((await checkIn(h, clusterId, a, { holding: held })).status).toBe(200);
    }
    await sweep(clusterId);
    expect(await nodeState(clusterId, "a")).toBe("running");
    expect(await active(clusterId)).toHaveLength(100);
  }, 90_000);
});

// -------------------------------------------------------------------------------------------
// The outbox's drain turn
// -------------------------------------------------------------------------------------------

describe("the outbox: two drainers", () => {
  /*
   * `drainOutbox` reads its first page *before* it takes the drain turn. A drainer that read
   * its page, then waited while another drainer took the turn, published the same events,
   * marked them and ended its turn, takes the (now free) turn and publishes its stale page:
   * every event of it a second time. README (Guarantees): "two outbox drainers run at once |
   * one turn at a time: no event published twice".
   */
  it("a drainer that read the outbox before another drainer's whole turn publishes nothing twice", async () => {
    await setup(1); // a few events in the outbox
    const published: string[] = [];
    const sink: EventSink = {
      async publish(events: RosterEvent[]) {
        published.push(...events.map((e) => e.eventId));
        return { failed: [] };
      },
    };
    let injected = false;
    const table: Table = {
      ...h.deps.table,
      async query(input) {
        const page = await h.deps.table.query(input);
        if (!injected && input.IndexName === "outbox") {
          injected = true;
          await drainOutbox({ ...h.deps, sink }); // the other drainer's whole turn, right after this read
        }
        return page;
      },
    };
    await drainOutbox({ ...h.deps, table, sink });
    expect(published.length).toBeGreaterThan(0);
    expect(published.length - new Set(published).size).toBe(0); // duplicates published
  });
});

// -------------------------------------------------------------------------------------------
// Races that held (regression tests)
// -------------------------------------------------------------------------------------------

describe("held: the sweep's lease-lapse recovery against a check-in that renews meanwhile", () => {
  it("a run the sweep read as lapsed survives when the node lists it between the sweep's read and its write", async () => {
    const { clusterId, nodes } = await setup(1);
    const a = nodes[0]!;
    await addJob(clusterId, { jobId: "renewed", type: "t", schedule: { rateMs: 600_000 } });
    clock.advance(600_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims as Claim[];
    await start(clusterId, a, claim!);
    await checkIn(h, clusterId, a, { holding: [claim!.runId] });
    // Check-ins that list nothing keep the node running but do not renew: the lease lapses.
    for (let t = 0; t <= T; t += 2_000) {
      clock.advance(2_000);
      await checkIn(h, clusterId, a);
    }
    let injected = false;
    const table: Table = {
      ...h.deps.table,
      async query(input) {
        const page = await h.deps.table.query(input);
        if (!injected && input.ExpressionAttributeValues?.[":pk"] === activeRunPartition(clusterId)) {
          injected = true;
          await checkIn(h, clusterId, a, { holding: [claim!.runId] }); // lands after the decision, before the write
        }
        return page;
      },
    };
    await sweepCluster({ ...h.deps, table }, (await readCluster(h.deps, clusterId))!);
    expect(injected).toBe(true);
    expect((await active(clusterId)).map((r) => [r.runId, r.state])).toEqual([[claim!.runId, "started"]]);
    expect(await eventsOf(clusterId, "job.orphaned")).toEqual([]);
  });

  it("a recovery decided before the guard tripped is not written after it", async () => {
    const { clusterId, nodes } = await setup(2);
    const [a, b] = nodes as [Node, Node];
    await addJob(clusterId, { jobId: "guarded", type: "t", schedule: { rateMs: 600_000 } });
    clock.advance(600_000);
    const [claim] = (await checkIn(h, clusterId, b, { capacity: 1, holding: [] })).body.claims as Claim[];
    clock.advance(T + 1);
    await checkIn(h, clusterId, a);
    let injected = false;
    const table: Table = {
      ...h.deps.table,
      async query(input) {
        const page = await h.deps.table.query(input);
        if (!injected && input.ExpressionAttributeValues?.[":pk"] === activeRunPartition(clusterId)) {
          injected = true; // another sweeper trips the guard now
          await h.deps.table.update({
            Key: { pk: `C#${clusterId}`, sk: "CLUSTER" },
            UpdateExpression: "SET disruptedSince = :t",
            ExpressionAttributeValues: { ":t": clock.now() },
          });
        }
        return page;
      },
    };
    await sweepCluster({ ...h.deps, table }, (await readCluster(h.deps, clusterId))!);
    expect(injected).toBe(true);
    expect(await nodeState(clusterId, "b")).toBe("recovering");
    expect((await active(clusterId)).map((r) => r.runId)).toEqual([claim!.runId]);
    expect(await eventsOf(clusterId, "job.requeued")).toEqual([]);
  });
});

describe("held: a check-in's take-back against a complete of the same run", () => {
  it("the complete that lands between the take-back's read and its write keeps its outcome; one event, nothing orphaned", async () => {
    const { clusterId, nodes } = await setup(1);
    const a = nodes[0]!;
    await addJob(clusterId, { jobId: "done", type: "t", schedule: { rateMs: 600_000 } });
    clock.advance(600_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims as Claim[];
    await start(clusterId, a, claim!);
    clock.advance(1_000);
    let completed: { status: number } | undefined;
    const table: Table = {
      ...h.deps.table,
      async get(input) {
        const item = await h.deps.table.get(input);
        if (!completed && input.Key?.pk === activeRunPartition(clusterId) && input.Key?.sk === claim!.runId) {
          completed = await complete(clusterId, a, claim!); // the take-back read the run: now it completes
        }
        return item;
      },
    };
    const res = await appOver(table)("POST", `/v1/clusters/${clusterId}/nodes/a/check-in`, a.nodeToken, {
      epoch: a.epoch,
      sentAt: new Date(clock.now()).toISOString(),
      holding: [],
    });
    expect(res.status).toBe(200);
    expect(completed?.status).toBe(200);
    expect((await runsOf(clusterId, "done")).map((r) => r.state)).toEqual(["succeeded"]);
    expect(await eventsOf(clusterId, "job.completed")).toHaveLength(1);
    expect(await eventsOf(clusterId, "job.orphaned")).toEqual([]);
    const item = await h.deps.table.get({ Key: nodeKey(clusterId, "a", DEFAULT_NODE_SHARDS), ConsistentRead: true });
    expect(item?.assigned).toBeUndefined();
  });

  it("two check-ins of one node that both leave a claim out requeue it once, with one event", async () => {
    const { clusterId, nodes } = await setup(1);
    const a = nodes[0]!;
    await addJob(clusterId, { jobId: "twice", type: "t", schedule: { rateMs: 600_000 } });
    clock.advance(600_000);
    await checkIn(h, clusterId, a, { capacity: 1, holding: [] });
    clock.advance(1_000);
    const both = await Promise.all([checkIn(h, clusterId, a, { holding: [] }), checkIn(h, clusterId, a, { holding: [] })]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(await eventsOf(clusterId, "job.requeued")).toHaveLength(1);
    const view = (await admin("GET", `/v1/clusters/${clusterId}/jobs/twice`)).body;
    expect(view.queued).toBe(1);
  });
});

describe("held: identities", () => {
  it("a join that read the node before a forget committed goes round again and continues the epoch", async () => {
    const { clusterId, joinToken, nodes } = await setup(2);
    const b = nodes[1]!;
    await h.call("POST", `/v1/clusters/${clusterId}/nodes/b/leave`, { token: b.nodeToken });
    let forgot: number | undefined;
    const table: Table = {
      ...h.deps.table,
      async get(input) {
        const item = await h.deps.table.get(input);
        if (forgot === undefined && input.Key?.sk === "b" && String(input.Key?.pk).includes("#N#")) {
          forgot = (await admin("DELETE", `/v1/clusters/${clusterId}/nodes/b`)).status; // right after the join's read
        }
        return item;
      },
    };
    const joined = await appOver(table)("POST", `/v1/clusters/${clusterId}/nodes/b/join`, joinToken, {
      instanceType: "clustered-additional",
      softwareVersion: "1.0.0",
    });
    expect(forgot).toBe(204);
    expect(joined.status).toBe(200);
    expect(joined.body.epoch).toBe(2);
    expect((await checkIn(h, clusterId, b)).status).toBe(401);
  });
});

describe("held: lost answers of start and complete", () => {
  it("a start and a complete that committed but whose answers were lost get the same answer again, each with one event", async () => {
    const { clusterId, nodes } = await setup(1);
    const a = nodes[0]!;
    await addJob(clusterId, { jobId: "lost", type: "t", schedule: { rateMs: 600_000 } });
    clock.advance(600_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims as Claim[];
    const lossy: Table = {
      ...h.deps.table,
      async transact(items) {
        await h.deps.table.transact(items);
        throw new Error("socket hang up"); // committed, answer lost
      },
    };
    const call = appOver(lossy);
    const path = runPath(clusterId, claim!.runId);
    expect((await call("POST", `${path}/start`, a.nodeToken, { claimToken: claim!.claimToken })).status).toBeGreaterThanOrEqual(500);
    const started = await start(clusterId, a, claim!);
    expect(started.status).toBe(200);
    expect(started.body.state).toBe("started");
    expect((await call("POST", `${path}/complete`, a.nodeToken, { claimToken: claim!.claimToken, outcome: "failed" })).status).toBeGreaterThanOrEqual(500);
    const done = await complete(clusterId, a, claim!, "succeeded"); // a retry, even with another outcome
    expect(done.status).toBe(200);
    expect(done.body.outcome).toBe("failed");
    expect(await eventsOf(clusterId, "job.started")).toHaveLength(1);
    expect(await eventsOf(clusterId, "job.completed")).toHaveLength(1);
  });
});

describe("held: a renew-only (older) client", () => {
  it("keeps a started run for several lease lengths by renewing its claim token, and loses it one lease after it stops", async () => {
    const { clusterId, nodes } = await setup(1);
    const a = nodes[0]!;
    await addJob(clusterId, { jobId: "legacy", type: "t", schedule: { rateMs: 600_000 } });
    clock.advance(600_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1 })).body.claims as Claim[];
    await start(clusterId, a, claim!);
    for (let i = 0; i < 16; i++) {
      clock.advance(2_000);
      expect((await checkIn(h, clusterId, a, { renew: [claim!.claimToken] })).body.revoked).toEqual([]);
      await sweep(clusterId);
    }
    expect((await active(clusterId)).map((r) => r.state)).toEqual(["started"]);
    const last = clock.now();
    clock.set(last + T + 1);
    await checkIn(h, clusterId, a);
    await sweep(clusterId);
    expect((await runsOf(clusterId, "legacy"))[0]).toMatchObject({ runId: claim!.runId, state: "orphaned" });
  });
});
