import { beforeAll, describe, expect, it } from "vitest";
import type { RosterEvent } from "../../core/events/events";
import { DEFAULT_NODE_SHARDS, clusterKey, nodeKey } from "../../core/store/keys";
import { readCluster } from "../../core/clusters/cluster-item";
import { type EventSink, drainOutbox } from "../../core/events/publish";
import { sweepAll, sweepCluster } from "../../core/detection/sweep";
import { type Item, type Key, StoreUnavailable, type Table } from "../../core/store/table";
import { hashToken } from "../../core/common/tokens";
import { createApp } from "../../functions/app";
import { silentLogger } from "../../functions/http/log";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/**
 * The rest of what the review of the run lifecycle found, each reproduced: the guard's admin
 * exits, a backstop sweep that stops at one bad cluster, two outbox drainers, reads that decide
 * right after a write, unsafe settings, and a recovery that returned a newer incarnation.
 */
let h: Harness;
let clock: FakeClock;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
});

const SETTINGS = { instanceTimeoutMs: 10_000, instanceRecoveryTimeoutMs: 10_000, instanceCheckInIntervalMs: 2_000 };
let seq = 0;
const admin = (method: string, path: string, body?: unknown) => h.call(method, path, { token: h.adminToken, ...(body ? { body } : {}) });
const eventsOf = async (clusterId: string, type: string) =>
  (await admin("GET", `/v1/clusters/${clusterId}/events?limit=1000`)).body.results.filter((e: { type: string }) => e.type === type);

describe("the admin's exits from the disruption guard", () => {
  it("forces a recovering node offline (its run orphaned, even under the guard) and lifts the guard, each with an event", async () => {
    const { clusterId, joinToken, first } = await clusterWithFirstNode(h, `g${++seq}`, "a", SETTINGS);
    const b = await joinNode(h, clusterId, "b", joinToken);
    await admin("POST", `/v1/clusters/${clusterId}/jobs`, { jobId: "j", type: "t", schedule: { rateMs: 60_000 } });
    clock.advance(60_000);
    const [claim] = (await checkIn(h, clusterId, b, { capacity: 1, holding: [] })).body.claims;
    await h.call("POST", `/v1/clusters/${clusterId}/runs/${encodeURIComponent(claim.runId)}/start`, { token: b.nodeToken, body: { claimToken: claim.claimToken } });

    expect((await admin("POST", `/v1/clusters/${clusterId}/nodes/b/offline`)).body.error.code).toBe("node_not_recovering");
    expect((await admin("POST", `/v1/clusters/${clusterId}/stabilize`)).body.error.code).toBe("not_disrupted");
    expect((await admin("POST", `/v1/clusters/${clusterId}/nodes/zz/offline`)).status).toBe(404);

    // b goes silent while the guard is up: recovering, its run held.
    clock.advance(10_001);
    await checkIn(h, clusterId, first);
    await h.deps.table.update({
      Key: nodeKey(clusterId, "b", DEFAULT_NODE_SHARDS),
      UpdateExpression: "SET #s = :r, recoveringSince = :now",
      ExpressionAttributeNames: { "#s": "state" },
      ExpressionAttributeValues: { ":r": "recovering", ":now": clock.now() },
    });
    await h.deps.table.update({ Key: clusterKey(clusterId), UpdateExpression: "SET disruptedSince = :t", ExpressionAttributeValues: { ":t": clock.now() } });

    const forced = await admin("POST", `/v1/clusters/${clusterId}/nodes/b/offline`);
    expect(forced.status).toBe(200);
    expect(forced.body).toEqual({ nodeId: "b", state: "offline", runsLeft: 0 });
    expect((await eventsOf(clusterId, "node.offline"))[0].detail).toMatchObject({ forced: true });
    expect((await eventsOf(clusterId, "job.orphaned"))[0].detail).toMatchObject({ runId: claim.runId });

    const lifted = await admin("POST", `/v1/clusters/${clusterId}/stabilize`);
    expect(lifted.status).toBe(200);
    expect((await eventsOf(clusterId, "cluster.stabilized"))[0].detail).toMatchObject({ manual: true });
    expect((await admin("GET", `/v1/clusters/${clusterId}`)).body).not.toHaveProperty("disruptedSince");
  });
});

describe("the scheduled backstop", () => {
  it("goes on past a cluster whose sweep throws, and reports it", async () => {
    const bad = await clusterWithFirstNode(h, `bad${++seq}`, "a", SETTINGS);
    const good = await clusterWithFirstNode(h, `good${seq}`, "a", SETTINGS);
    clock.advance(10_001);
    const table: Table = {
      ...h.deps.table,
      async query(input) {
        if (String(input.ExpressionAttributeValues?.[":pk"]).startsWith(`C#${bad.clusterId}#N#`)) throw new Error("ProvisionedThroughputExceededException");
        return h.deps.table.query(input);
      },
    };
    const results = await sweepAll({ ...h.deps, table });
    expect(results.find((r) => r.clusterId === bad.clusterId)?.error).toContain("ProvisionedThroughputExceededException");
    expect(results.find((r) => r.clusterId === good.clusterId)).toMatchObject({ changed: 1 });
  });
});

describe("the outbox", () => {
  it("two drainers running together never publish an event twice", async () => {
    for (let i = 0; i < 5; i++) await clusterWithFirstNode(h, `ob${++seq}-${i}`, "a");
    const published: string[] = [];
    const slowSink: EventSink = {
      async publish(events: RosterEvent[]) {
        await new Promise((r) => setTimeout(r, 30));
        published.push(...events.map((e) => e.eventId));
        return { failed: [] };
      },
    };
    await Promise.all([1, 2, 3].map(() => drainOutbox({ ...h.deps, sink: slowSink }, 5)));
    for (let round = 0; round < 10; round++) await Promise.all([1, 2].map(() => drainOutbox({ ...h.deps, sink: slowSink })));
    expect(published.length).toBeGreaterThanOrEqual(10);
    expect(new Set(published).size).toBe(published.length);
  });
});

/** A table whose eventually consistent reads lag: an item written through it reads as before. */
function laggingReplica(table: Table): Table {
  const written = new Set<string>();
  const note = (key: Key | undefined) => key && written.add(`${key.pk}|${key.sk}`);
  const keyOf = (item: Item) => ({ pk: item.pk, sk: item.sk }) as Key;
  return {
    ...table,
    async get(input) {
      if (!input.ConsistentRead && written.has(`${input.Key!.pk}|${input.Key!.sk}`)) return undefined;
      return table.get(input);
    },
    async put(input) {
      note(keyOf(input.Item!));
      return table.put(input);
    },
    async update(input) {
      note(input.Key as Key);
      return table.update(input);
    },
    async transact(items) {
      for (const item of items) note("Put" in item ? keyOf(item.Put.Item!) : ((Object.values(item)[0] as { Key: Key }).Key));
      return table.transact(items);
    },
  };
}

describe("reads that decide right after a write", () => {
  it("a node fetching the keystore right after its join is not refused by a lagging replica", async () => {
    const lagging = createApp({
      deps: { ...h.deps, table: laggingReplica(h.deps.table) },
      adminTokenHash: hashToken(h.adminToken),
      log: silentLogger,
    });
    const call = async (method: string, path: string, token: string, body?: unknown) => {
      const res = await lagging.request(path, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const clusterId = `lag${++seq}`;
    const created = await call("POST", "/v1/clusters", h.adminToken, { clusterId });
    const joined = await call("POST", `/v1/clusters/${clusterId}/nodes/a/join`, created.body.joinToken, {
      instanceType: "clustered-first",
      softwareVersion: "1",
    });
    expect(joined.status).toBe(200);
    const keystore = await call("GET", `/v1/clusters/${clusterId}/keystore`, joined.body.nodeToken);
    expect(keystore.status).toBe(200);
    expect(keystore.body.version).toBe(1);
    // A join token just rotated works at once.
    const rotated = await call("POST", `/v1/clusters/${clusterId}/join-token`, h.adminToken);
    const second = await call("POST", `/v1/clusters/${clusterId}/nodes/b/join`, rotated.body.joinToken, {
      instanceType: "clustered-additional",
      softwareVersion: "1",
    });
    expect(second.status).toBe(200);
  });
});

describe("settings under which the fence cannot be safe", () => {
  it("are refused on create and on PATCH, and nothing stored changes", async () => {
    const refused = await admin("POST", "/v1/clusters", { clusterId: `f${++seq}`, settings: { instanceTimeoutMs: 2000 } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("would fence itself");
    expect((await admin("GET", `/v1/clusters/f${seq}`)).status).toBe(404);

    const clusterId = `f${++seq}`;
    expect((await admin("POST", "/v1/clusters", { clusterId, settings: { instanceTimeoutMs: 10_000, instanceCheckInIntervalMs: 2_000 } })).status).toBe(201);
    const patched = await admin("PATCH", `/v1/clusters/${clusterId}`, { settings: { instanceCheckInIntervalMs: 9_000 } });
    expect(patched.status).toBe(400);
    expect((await admin("PATCH", `/v1/clusters/${clusterId}`, { settings: { instanceTimeoutMs: 3_000 } })).status).toBe(400);
    expect((await admin("GET", `/v1/clusters/${clusterId}`)).body.settings).toMatchObject({ instanceTimeoutMs: 10_000, instanceCheckInIntervalMs: 2_000 });
    // Both together, to a safe pair, is fine.
    const both = await admin("PATCH", `/v1/clusters/${clusterId}`, { settings: { instanceTimeoutMs: 40_000, instanceCheckInIntervalMs: 9_000 } });
    expect(both.status).toBe(200);
  });
});

describe("a recovering node's check-in", () => {
  it("never goes on with a newer incarnation that joined while it recovered", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, `r${++seq}`, "a", SETTINGS);
    const old = await joinNode(h, clusterId, "b", joinToken);
    await admin("POST", `/v1/clusters/${clusterId}/jobs`, { jobId: "j", type: "t", schedule: { rateMs: 1000 }, concurrent: true });
    await h.deps.table.update({
      Key: nodeKey(clusterId, "b", DEFAULT_NODE_SHARDS),
      UpdateExpression: "SET #s = :r",
      ExpressionAttributeNames: { "#s": "state" },
      ExpressionAttributeValues: { ":r": "recovering" },
    });
    clock.advance(1_000);
    // Right after the recovery's write, the node id joins again (another process took its name).
    let joined = false;
    const table: Table = {
      ...h.deps.table,
      async get(input) {
        if (!joined && input.ConsistentRead && input.Key!.sk === "b" && String(input.Key!.pk).includes("#N#")) {
          joined = true;
          await joinNode(h, clusterId, "b", joinToken);
        }
        return h.deps.table.get(input);
      },
    };
    const racing = createApp({ deps: { ...h.deps, table }, adminTokenHash: hashToken(h.adminToken), log: silentLogger });
    const res = await racing.request(`/v1/clusters/${clusterId}/nodes/b/check-in`, {
      method: "POST",
      headers: { authorization: `Bearer ${old.nodeToken}`, "content-type": "application/json" },
      body: JSON.stringify({ epoch: old.epoch, sentAt: new Date(clock.now()).toISOString(), capacity: 1, holding: [] }),
    });
    expect(joined).toBe(true);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("superseded");
    const runs = (await admin("GET", `/v1/clusters/${clusterId}/jobs/j/runs`)).body.results;
    expect(runs.filter((r: { epoch: number }) => r.epoch === old.epoch)).toEqual([]);
  });
});

describe("leaving while the disruption guard holds", () => {
  it("gives the node's claims back at once: the node itself says it is gone", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, `lv${++seq}`, "a", SETTINGS);
    const b = await joinNode(h, clusterId, "b", joinToken);
    await admin("POST", `/v1/clusters/${clusterId}/jobs`, { jobId: "j", type: "t", schedule: { rateMs: 60_000 } });
    clock.advance(60_000);
    const [claim] = (await checkIn(h, clusterId, b, { capacity: 1, holding: [] })).body.claims;
    await h.deps.table.update({ Key: clusterKey(clusterId), UpdateExpression: "SET disruptedSince = :t", ExpressionAttributeValues: { ":t": clock.now() } });
    expect((await h.call("POST", `/v1/clusters/${clusterId}/nodes/b/leave`, { token: b.nodeToken })).status).toBe(200);
    const runs = (await admin("GET", `/v1/clusters/${clusterId}/jobs/j/runs`)).body.results;
    expect(runs.find((r: { runId: string }) => r.runId === claim.runId)?.state).toBe("requeued");
  });
});

describe("a sweep whose write the store refuses", () => {
  it("goes on with the other nodes and ends its turn at once, so the next check-in sweeps again (found by the soak)", async () => {
    const { clusterId, joinToken, first } = await clusterWithFirstNode(h, `sf${++seq}`, "a", { ...SETTINGS, disruptionThreshold: 1 });
    const b = await joinNode(h, clusterId, "b", joinToken);
    const c = await joinNode(h, clusterId, "c", joinToken);
    clock.advance(10_001);
    await checkIn(h, clusterId, first);
    let refused = 0;
    const table: Table = {
      ...h.deps.table,
      async transact(items) {
        const recordsB = items.some((i) => "Put" in i && i.Put.Item?.type === "node.recovering" && i.Put.Item?.nodeId === "b");
        if (recordsB && refused++ === 0) throw new StoreUnavailable("throttled", { name: "ProvisionedThroughputExceededException" });
        return h.deps.table.transact(items);
      },
    };
    const result = await sweepCluster({ ...h.deps, table }, (await readCluster(h.deps, clusterId))!);
    expect(refused).toBe(1);
    expect(result.changed).toBe(1); // c went recovering; b's write was refused
    expect(result.nextChangeAt).toBe(clock.now()); // so the turn ends at the shortest
    const again = await sweepCluster(h.deps, (await readCluster(h.deps, clusterId))!);
    expect(again.changed).toBe(1); // b now
    expect([b.nodeId, c.nodeId]).toEqual(["b", "c"]);
  });
});
