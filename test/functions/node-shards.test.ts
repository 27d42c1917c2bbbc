import { beforeAll, describe, expect, it } from "vitest";
import { readCluster } from "../../core/clusters/cluster-item";
import { parseToken } from "../../core/common/tokens";
import { sweepCluster } from "../../core/detection/sweep";
import { DEFAULT_NODE_SHARDS, nodePartition, nodeShard, nodeShardsFor } from "../../core/store/keys";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, checkIn, harness, joinNode } from "../support/harness";

/**
 * A cluster created for 50,000 nodes has 20 node shards, and every node operation finds its
 * nodes there. The nodes here all hash to a shard of 4 or more: a path that still assumed the
 * default 4 shards would look in another partition and miss them (a 404, a 401, an empty list,
 * a sweep that sees nobody).
 */
let h: Harness;
let clock: FakeClock;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
});

const SHARDS = 20;
const clusterId = "big";
type Node = { nodeId: string; nodeToken: string; epoch: number };
let joinToken: string;

/** Node ids in shard 4 or above of 20, so never in a partition the default count uses. */
const idsBeyondDefault = (count: number) => {
  const ids: string[] = [];
  for (let i = 0; ids.length < count; i++) if (nodeShard(`n${i}`, SHARDS) >= DEFAULT_NODE_SHARDS) ids.push(`n${i}`);
  return ids;
};
const [A, B, C, D] = idsBeyondDefault(4) as [string, string, string, string];

const admin = (method: string, path: string, body?: unknown) => h.call(method, `/v1/clusters/${clusterId}${path}`, { token: h.adminToken, body });
const asNode = (node: Node, method: string, path: string, body?: unknown) => h.call(method, `/v1/clusters/${clusterId}${path}`, { token: node.nodeToken, body });
/** Where the node items are: partition → node ids, read straight from the table. */
async function partitions() {
  const found: Record<string, string[]> = {};
  for (let shard = 0; shard < SHARDS; shard++) {
    const { items } = await h.deps.table.query({ KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": nodePartition(clusterId, shard) }, ConsistentRead: true });
    if (items.length) found[nodePartition(clusterId, shard)] = items.map((item) => item.nodeId as string).sort();
  }
  return found;
}

describe("a cluster's node shards, from the nodes it expects", () => {
  it("the count: at least 4, one more per 2,500 expected nodes, fixed at creation", async () => {
    expect([undefined, 1, 10_000, 10_001, 50_000, 250_000].map(nodeShardsFor)).toEqual([4, 4, 4, 5, 20, 100]);
    const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId, expectedNodes: 50_000, settings: { primaryMode: "any" } } });
    expect(created.status).toBe(201);
    expect(created.body.nodeShards).toBe(SHARDS);
    joinToken = created.body.joinToken;
    expect((await readCluster(h.deps, clusterId))?.nodeShards).toBe(SHARDS);
    const plain = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "small" } });
    expect(plain.body.nodeShards).toBe(4);
    for (const expectedNodes of [0, -1, 250_001, 2.5, "50000"]) {
      const refused = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "odd", expectedNodes } });
      expect(refused.status, String(expectedNodes)).toBe(400);
      expect(refused.body.error.code).toBe("invalid_request");
    }
    expect((await h.call("GET", "/v1/clusters/odd", { token: h.adminToken })).status).toBe(404);
  });

  it("every node operation finds nodes in shards the default count never uses", async () => {
    const a = await joinNode(h, clusterId, A, joinToken, "clustered-first");
    const b = await joinNode(h, clusterId, B, joinToken);
    const c = await joinNode(h, clusterId, C, joinToken, "clustered-additional", { capabilities: ["gpu"] });
    // The token names the count; the items are where the count of 20 puts them.
    expect(parseToken(a.nodeToken)).toMatchObject({ kind: "node", nodeId: A, shards: SHARDS });
    const expected: Record<string, string[]> = {};
    for (const id of [A, B, C]) (expected[nodePartition(clusterId, nodeShard(id, SHARDS))] ??= []).push(id);
    Object.values(expected).forEach((ids) => ids.sort());
    expect(await partitions()).toEqual(expected);

    // Check-ins, and the primary lease a check-in takes.
    for (const node of [a, b, c]) expect((await checkIn(h, clusterId, node, { capacity: 1, types: ["t"] })).status).toBe(200);
    const holder = (await admin("GET", "")).body.primary?.nodeId as string;
    expect([A, B, C]).toContain(holder);

    // The admin's reads and writes by node id.
    expect((await admin("GET", "")).body).toMatchObject({ nodeShards: SHARDS, summary: { running: 3 } });
    expect(((await admin("GET", "/nodes")).body.results as { instanceId: string }[]).map((n) => n.instanceId).sort()).toEqual([A, B, C].sort());
    expect((await admin("GET", `/nodes/${B}`)).body).toMatchObject({ instanceId: B, state: "running" });
    expect((await admin("PATCH", `/nodes/${B}`, { schedulingEnabled: false })).body).toMatchObject({ schedulingEnabled: false });
    expect((await admin("PATCH", `/nodes/${B}`, { schedulingEnabled: true })).body).toMatchObject({ schedulingEnabled: true });
    expect((await admin("POST", `/nodes/${C}/drain`)).body).toMatchObject({ draining: true, drained: true });
    expect((await asNode(c, "POST", `/nodes/${C}/undrain`)).body).toMatchObject({ draining: false });
    const other = [A, B, C].find((id) => id !== holder)!;
    expect((await admin("POST", "/primary", { nodeId: other })).status).toBe(202);

    // What a node reads with its token, and a node token on an admin route (verified against its item: 403, not 401).
    expect(((await asNode(b, "GET", "/peers")).body.peers as { nodeId: string }[]).map((p) => p.nodeId).sort()).toEqual([A, B, C].sort());
    expect((await asNode(b, "GET", "/keystore")).status).toBe(200);
    expect((await asNode(b, "GET", "/nodes")).status).toBe(403);
    // A token whose label names another count is not the token the node item holds.
    const [label, secret] = b.nodeToken.slice(4).split(".") as [string, string];
    const relabelled = `rnt_${Buffer.from(Buffer.from(label, "base64url").toString().replace(/\/20$/, "/4")).toString("base64url")}.${secret}`;
    expect((await checkIn(h, clusterId, { ...b, nodeToken: relabelled })).status).toBe(401);

    // Jobs: requirements read the nodes (a job only c can run is claimable), explain lists them, claims, start, complete, cancel.
    expect((await admin("POST", "/jobs", { jobId: "gpu", type: "t", schedule: { rateMs: 60_000 }, requires: { capabilities: ["gpu"] } })).status).toBe(201);
    expect((await admin("POST", "/jobs", { jobId: "plain", type: "t", schedule: { rateMs: 60_000 } })).status).toBe(201);
    expect((await admin("GET", "/jobs/gpu")).body.unclaimable).toBeUndefined();
    clock.advance(60_001);
    expect(((await admin("GET", "/jobs/gpu/explain")).body.nodes as { nodeId: string; eligible: boolean }[]).filter((n) => n.eligible).map((n) => n.nodeId)).toEqual([C]);
    const claims = (await checkIn(h, clusterId, c, { capacity: 2, types: ["t"] })).body.claims as { runId: string; claimToken: string; jobId: string }[];
    expect(claims.map((x) => x.jobId).sort()).toEqual(["gpu", "plain"]);
    const [first, second] = claims as [(typeof claims)[0], (typeof claims)[0]];
    expect((await asNode(c, "POST", `/runs/${encodeURIComponent(first.runId)}/start`, { claimToken: first.claimToken })).status).toBe(200);
    expect((await asNode(c, "POST", `/runs/${encodeURIComponent(first.runId)}/complete`, { claimToken: first.claimToken, outcome: "succeeded" })).status).toBe(200);
    expect((await asNode(c, "POST", `/runs/${encodeURIComponent(second.runId)}/start`, { claimToken: second.claimToken })).status).toBe(200);
    expect((await admin("POST", `/runs/${encodeURIComponent(second.runId)}/cancel`)).body).toMatchObject({ state: "cancelling" });
    const revoked = await checkIn(h, clusterId, c, { capacity: 0, holding: [second.runId] });
    expect(revoked.body.revoked).toEqual([second.runId]);

    // Leave, forget, join again (the forgotten node's tombstone: a higher epoch).
    const d = await joinNode(h, clusterId, D, joinToken);
    expect((await asNode(d, "POST", `/nodes/${D}/leave`)).status).toBe(200);
    expect((await admin("GET", `/nodes/${D}`)).body.state).toBe("stopped");
    expect((await admin("DELETE", `/nodes/${D}`)).status).toBe(204);
    const d2 = await joinNode(h, clusterId, D, joinToken);
    expect(d2.epoch).toBe(2);

    // The sweep: c goes silent, recovering, then offline, forced; its check-in is refused with rejoin_required.
    clock.advance(31_000);
    for (const node of [a, b, d2]) expect((await checkIn(h, clusterId, node)).status).toBe(200);
    await sweepCluster(h.deps, (await readCluster(h.deps, clusterId))!);
    expect((await admin("GET", `/nodes/${C}`)).body.state).toBe("recovering");
    expect((await admin("POST", `/nodes/${C}/offline`)).body).toMatchObject({ state: "offline" });
    expect((await checkIn(h, clusterId, c)).body.error.code).toBe("rejoin_required");
    // No node item of this cluster was ever written where 4 shards would put it.
    const found = await partitions();
    for (let shard = 0; shard < DEFAULT_NODE_SHARDS; shard++) expect(found[nodePartition(clusterId, shard)]).toBeUndefined();
    expect(Object.values(found).flat().sort()).toEqual([A, B, C, D].sort());
  });
});
