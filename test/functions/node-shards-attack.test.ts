import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readCluster } from "../../core/clusters/cluster-item";
import { hashToken } from "../../core/common/tokens";
import { peersMemo } from "../../core/nodes/peers-memo";
import { DEFAULT_NODE_SHARDS, MAX_EXPECTED_NODES, clusterKey, nodeKey, nodePartition, nodeShard, nodeShardsFor } from "../../core/store/keys";
import { createApp } from "../../functions/app";
import { silentLogger } from "../../functions/http/log";
import { OPENAPI_FILE, serialize, servedOpenApi } from "../../scripts/docs";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, checkIn, harness, joinNode } from "../support/harness";

/**
 * Attacks on node shards (commit 0032f5c): tokens naming a shard count other than their
 * cluster's, old three-part tokens, the peers memo, and the API contract of expectedNodes.
 */
let h: Harness;
let clock: FakeClock;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
});

const SHARDS = 20;
const MAX_SHARDS = nodeShardsFor(MAX_EXPECTED_NODES); // 100: no cluster has more
type Node = { nodeId: string; nodeToken: string; epoch: number };

const idsBeyondDefault = (prefix: string, count: number) => {
  const ids: string[] = [];
  for (let i = 0; ids.length < count; i++) if (nodeShard(`${prefix}${i}`, SHARDS) >= DEFAULT_NODE_SHARDS) ids.push(`${prefix}${i}`);
  return ids;
};
const label = (text: string) => Buffer.from(text).toString("base64url");
/** The same secret, the label rewritten to name `shards` (undefined: three parts). */
const relabel = (node: Node, clusterId: string, shards: string | undefined) => {
  const secret = node.nodeToken.split(".")[1]!;
  return `rnt_${label(`${clusterId}/${node.nodeId}/${node.epoch}${shards === undefined ? "" : `/${shards}`}`)}.${secret}`;
};
const call = (method: string, path: string, token: string, body?: unknown) => h.call(method, path, { token, body });

async function createCluster(clusterId: string, extra: object = {}) {
  const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId, ...extra } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.joinToken as string;
}

/** Every item whose sort key is `nodeId` in every partition any of `counts` would put it. */
async function nodeItemsOf(clusterId: string, nodeId: string, counts: number[]) {
  const pks = new Set(counts.map((count) => nodePartition(clusterId, nodeShard(nodeId, count))));
  const found: string[] = [];
  for (const pk of pks) {
    const item = await h.deps.table.get({ Key: { pk, sk: nodeId }, ConsistentRead: true });
    if (item) found.push(pk);
  }
  return found.sort();
}

describe("forged shard counts", () => {
  const clusterId = "forged";
  const [A, B, C] = idsBeyondDefault("f", 3) as [string, string, string];
  let a: Node, b: Node, c: Node;
  beforeAll(async () => {
    const joinToken = await createCluster(clusterId, { expectedNodes: 50_000 });
    a = await joinNode(h, clusterId, A, joinToken, "clustered-first");
    b = await joinNode(h, clusterId, B, joinToken);
    c = await joinNode(h, clusterId, C, joinToken);
    for (const node of [a, b, c]) expect((await checkIn(h, clusterId, node)).status).toBe(200);
  });

  it("a relabelled token is refused on every node route and never creates a node item", async () => {
    const counts = ["1", "2", "3", "4", "5", "19", "21", "100", "999999"];
    for (const shards of [...counts, undefined, "0", "-1", "x", "04", "1e3", "", "20/1"]) {
      const token = relabel(b, clusterId, shards);
      const base = `/v1/clusters/${clusterId}`;
      const node = `${base}/nodes/${B}`;
      const answers = [
        await checkIn(h, clusterId, { ...b, nodeToken: token }, { capacity: 2, types: ["t"] }),
        await call("POST", `${node}/leave`, token),
        await call("POST", `${node}/drain`, token),
        await call("POST", `${node}/undrain`, token),
        await call("GET", `${base}/keystore`, token),
        await call("POST", `${base}/runs/${encodeURIComponent("j#1")}/start`, token, { claimToken: "rct_eA.x" }),
        await call("GET", `${base}/nodes`, token),
      ];
      // Refused (a run that does not exist is claim_lost whatever the token: nothing is written either way).
      for (const answer of answers) expect([401, 404, 409], `${shards}: ${JSON.stringify(answer.body)}`).toContain(answer.status);
      expect(answers[0]!.status, String(shards)).toBe(401);
    }
    // Only the item where 20 shards put B, and it is unchanged: still running, still B's token.
    const numeric = [...counts.map(Number), SHARDS];
    expect(await nodeItemsOf(clusterId, B, numeric)).toEqual([nodePartition(clusterId, nodeShard(B, SHARDS))]);
    const item = await h.deps.table.get({ Key: nodeKey(clusterId, B, SHARDS), ConsistentRead: true });
    expect(item).toMatchObject({ state: "running", tokenHash: hashToken(b.nodeToken) });
    expect(item?.drainingSince).toBeUndefined();
    expect((await checkIn(h, clusterId, b)).status).toBe(200);
  });

  it("an unauthenticated peers request naming a huge count reads no more partitions than the largest cluster has", async () => {
    // A forged token (no valid secret at all) for a real cluster and node, naming 1,000 shards.
    const forged = `rnt_${label(`${clusterId}/${A}/1/1000`)}.${"A".repeat(43)}`;
    h.requests.reset();
    const refused = await call("GET", `/v1/clusters/${clusterId}/peers`, forged);
    expect(refused.status).toBe(401);
    // Found by this test: the peers route queried every shard the label named before it checked
    // the token (counts up to 999,999 parsed), so one unauthenticated request cost that many queries.
    expect(h.requests.counts.QueryCommand ?? 0).toBeLessThanOrEqual(MAX_SHARDS);
  });

  it("a forged count cannot poison the peers memo other nodes read", async () => {
    // The server's own deps carry a peers memo (functions/local-runtime.ts, functions/aws/deps.ts).
    const app = createApp({ deps: { ...h.deps, peersMemo: peersMemo() }, adminTokenHash: hashToken(h.adminToken), log: silentLogger });
    const get = async (token: string) => {
      const res = await app.request(`/v1/clusters/${clusterId}/peers`, { headers: { authorization: `Bearer ${token}` } });
      return { status: res.status, body: JSON.parse(await res.text()) };
    };
    // Anyone: a token with a made-up secret naming 1 shard (partition 0, where none of A, B, C is).
    const forged = `rnt_${label(`${clusterId}/${A}/1/1`)}.${"A".repeat(43)}`;
    expect((await get(forged)).status).toBe(401);
    // Within the memo's second, a real node lists its peers.
    const listed = await get(b.nodeToken);
    expect(listed.status).toBe(200);
    expect((listed.body.peers as { nodeId: string }[]).map((p) => p.nodeId).sort()).toEqual([A, B, C].sort());
  });
});

describe("old three-part node tokens on a default cluster", () => {
  it("check-in, peers, keystore, drain, undrain, claims, start, complete, leave; 403 on an admin route", async () => {
    const clusterId = "legacy";
    // A cluster from before the change: no nodeShards on its item.
    const joinToken = await createCluster(clusterId);
    await h.deps.table.update({ Key: clusterKey(clusterId), UpdateExpression: "REMOVE nodeShards" });
    expect((await readCluster(h.deps, clusterId, { consistent: true }))?.nodeShards).toBeUndefined();
    const joined = await joinNode(h, clusterId, "old1", joinToken, "clustered-first");
    // Its node item as a join before the change left it: the hash of a three-part token.
    const old: Node = { ...joined, nodeToken: relabel(joined, clusterId, undefined) };
    await h.deps.table.update({
      Key: nodeKey(clusterId, "old1", DEFAULT_NODE_SHARDS),
      UpdateExpression: "SET tokenHash = :h",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":h": hashToken(old.nodeToken) },
    });
    const base = `/v1/clusters/${clusterId}`;
    expect((await checkIn(h, clusterId, old)).status).toBe(200);
    expect((await checkIn(h, clusterId, joined)).status).toBe(401); // the four-part twin is not the stored token
    expect(((await call("GET", `${base}/peers`, old.nodeToken)).body.peers as { nodeId: string }[]).map((p) => p.nodeId)).toEqual(["old1"]);
    expect((await call("GET", `${base}/keystore`, old.nodeToken)).status).toBe(200);
    expect((await call("GET", `${base}/nodes`, old.nodeToken)).status).toBe(403);
    expect((await call("POST", `${base}/nodes/old1/drain`, old.nodeToken)).body).toMatchObject({ draining: true });
    expect((await call("POST", `${base}/nodes/old1/undrain`, old.nodeToken)).body).toMatchObject({ draining: false });
    expect((await call("POST", `${base}/jobs`, h.adminToken, { jobId: "j", type: "t", schedule: { rateMs: 60_000 } })).status).toBe(201);
    clock.advance(60_001);
    const claims = (await checkIn(h, clusterId, old, { capacity: 1, types: ["t"] })).body.claims as { runId: string; claimToken: string }[];
    expect(claims).toHaveLength(1);
    const run = encodeURIComponent(claims[0]!.runId);
    expect((await call("POST", `${base}/runs/${run}/start`, old.nodeToken, { claimToken: claims[0]!.claimToken })).status).toBe(200);
    expect((await call("POST", `${base}/runs/${run}/complete`, old.nodeToken, { claimToken: claims[0]!.claimToken, outcome: "succeeded" })).status).toBe(200);
    expect((await call("POST", `${base}/nodes/old1/leave`, old.nodeToken)).status).toBe(200);
    expect((await call("GET", `${base}/nodes/old1`, h.adminToken)).body.state).toBe("stopped");
  });
});

describe("the primary lease in a 20-shard cluster", () => {
  it("a preferred primary in a shard of 4 or more is found: the other node waits for it, it takes the lease", async () => {
    const clusterId = "pref";
    const [A, P] = idsBeyondDefault("p", 2) as [string, string];
    const joinToken = await createCluster(clusterId, { expectedNodes: 50_000, settings: { primaryMode: "preferred", preferredPrimary: P } });
    const a = await joinNode(h, clusterId, A, joinToken, "clustered-first");
    const p = await joinNode(h, clusterId, P, joinToken);
    // P is running: A must leave the lease to it (a path assuming 4 shards would not see P and elect A).
    expect((await checkIn(h, clusterId, a)).body.role).toBe("standby");
    expect((await checkIn(h, clusterId, p)).body.role).toBe("primary");
    expect((await h.call("GET", `/v1/clusters/${clusterId}`, { token: h.adminToken })).body.primary?.nodeId).toBe(P);
  });
});

describe("the API contract of expectedNodes", () => {
  it("docs/openapi.json is what the app serves, and names expectedNodes and nodeShards", async () => {
    const served = serialize(await servedOpenApi());
    expect(readFileSync(OPENAPI_FILE, "utf8") === served, "docs/openapi.json differs from the served document").toBe(true);
    expect(served).toContain('"expectedNodes"');
    expect(served).toContain('"nodeShards"');
  });

  it("an invalid expectedNodes is 400 invalid_request and creates neither the cluster nor its directory entry", async () => {
    for (const expectedNodes of [null, true, 0, -5, 0.5, 1.5, 250_001, 1e21, "10", [10], { n: 1 }]) {
      const refused = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "bad", expectedNodes } });
      expect(refused.status, JSON.stringify(expectedNodes)).toBe(400);
      expect(refused.body.error.code).toBe("invalid_request");
    }
    expect(await h.deps.table.get({ Key: clusterKey("bad"), ConsistentRead: true })).toBeUndefined();
    const listed = (await h.call("GET", "/v1/clusters", { token: h.adminToken })).body;
    expect(JSON.stringify(listed)).not.toContain('"bad"');
    // The bounds themselves are taken.
    expect((await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "max", expectedNodes: MAX_EXPECTED_NODES } })).body.nodeShards).toBe(MAX_SHARDS);
    expect((await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "min", expectedNodes: 1 } })).body.nodeShards).toBe(DEFAULT_NODE_SHARDS);
  });
});
