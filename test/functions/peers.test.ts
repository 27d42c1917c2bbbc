import { beforeAll, describe, expect, it } from "vitest";
import { patternProblem } from "../../core/clusters/settings";
import { peersSchema } from "../../core/nodes/peers";
import { PEERS_MEMO_TTL_MS, peersMemo } from "../../core/nodes/peers-memo";
import { applyPattern, computedUrl, effectiveUrl } from "../../core/nodes/node-url";
import type { FakeClock } from "../support/fake-clock";
import { readCluster } from "../../core/clusters/cluster-item";
import { sweepCluster } from "../../core/detection/sweep";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/**
 * Peers (issue 17): how a node's URL is derived (midPoint's order: the admin's override, the
 * join's url, the cluster's pattern over the join's endpoint, the endpoint alone), patterns
 * with an unknown macro refused, and `GET /peers`: the live nodes only, with URL, state, role.
 */

const endpoint = { host: "idm-1.lan", port: 8443, path: "/idm", scheme: "https" as const };

describe("a node's URL, first that exists", () => {
  const pattern = { intraClusterUrlPattern: "https://$host:9000$path/cluster" };
  it("the admin's override, then the join's url, then the pattern over the endpoint, then the endpoint, then none", () => {
    const all = { urlOverride: "https://override.lan/", url: "http://given.lan:1/", endpoint };
    expect(effectiveUrl(all, pattern)).toBe("https://override.lan/");
    expect(effectiveUrl({ ...all, urlOverride: undefined }, pattern)).toBe("http://given.lan:1/");
    expect(effectiveUrl({ endpoint }, pattern)).toBe("https://idm-1.lan:9000/idm/cluster");
    expect(effectiveUrl({ endpoint }, { intraClusterUrlPattern: null })).toBe("https://idm-1.lan:8443/idm");
    expect(effectiveUrl({}, pattern)).toBeNull();
  });

  it("applies every macro; without a port, `:$port` goes with its colon; the scheme is http unless given", () => {
    expect(applyPattern("$scheme://$host:$port$path", endpoint)).toBe("https://idm-1.lan:8443/idm");
    expect(applyPattern("$scheme://$host:$port$path", { host: "10.0.0.7" })).toBe("http://10.0.0.7");
    expect(applyPattern("https://$host/x/$port", { host: "h", port: 80 })).toBe("https://h/x/80");
    expect(computedUrl({ host: "h" })).toBe("http://h");
    expect(computedUrl({ host: "[::1]", port: 8080 })).toBe("http://[::1]:8080");
  });

  it("a pattern is refused when it names a macro it does not know, or makes no http(s) URL", () => {
    expect(patternProblem("https://$host:$port$path")).toBeUndefined();
    expect(patternProblem("https://$hostname/x")).toMatch(/unknown macro \$hostname/);
    expect(patternProblem("https://$host/$nodeId")).toMatch(/unknown macro \$nodeId/);
    expect(patternProblem("ftp://$host/")).toMatch(/http\(s\) URL/);
    expect(patternProblem("$host")).toMatch(/http\(s\) URL/);
  });
});

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
const admin = () => ({ token: h.adminToken });

describe("URLs through the API", () => {
  it("PATCH refuses a pattern with an unknown macro (400, naming it); the node view shows the URL the order gives", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, "urls", "a");
    const patch = (settings: object) => h.call("PATCH", `/v1/clusters/${clusterId}`, { ...admin(), body: { settings } });
    const refused = await patch({ intraClusterUrlPattern: "https://$host:$prt/idm" });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("invalid_request");
    expect(refused.body.error.message).toContain("$prt");
    expect((await patch({ intraClusterUrlPattern: "gopher://$host" })).status).toBe(400);
    expect((await h.call("POST", "/v1/clusters", { ...admin(), body: { clusterId: "urls-bad", settings: { intraClusterUrlPattern: "http://$who" } } })).status).toBe(400);

    await joinNode(h, clusterId, "ep", joinToken, "clustered-additional", { endpoint: { host: "ep.lan", port: 8080 } });
    await joinNode(h, clusterId, "given", joinToken, "clustered-additional", { url: "https://given.lan/", endpoint: { host: "x" } });
    const view = async (nodeId: string) => (await h.call("GET", `/v1/clusters/${clusterId}/nodes/${nodeId}`, admin())).body;
    expect((await view("ep")).url).toBe("http://ep.lan:8080");
    expect((await view("a")).url).toBeUndefined();
    expect((await patch({ intraClusterUrlPattern: "https://$host:8443/idm" })).status).toBe(200);
    expect((await view("ep")).url).toBe("https://ep.lan:8443/idm");
    expect((await view("given")).url).toBe("https://given.lan/");

    const set = await h.call("PATCH", `/v1/clusters/${clusterId}/nodes/ep`, { ...admin(), body: { urlOverride: "https://fixed.lan/" } });
    expect(set.body).toMatchObject({ url: "https://fixed.lan/", urlOverride: "https://fixed.lan/", schedulingEnabled: true });
    expect((await h.call("PATCH", `/v1/clusters/${clusterId}/nodes/ep`, { ...admin(), body: { urlOverride: null } })).body.url).toBe("https://ep.lan:8443/idm");
    expect((await h.call("PATCH", `/v1/clusters/${clusterId}/nodes/ep`, { ...admin(), body: { urlOverride: "ftp://x/" } })).status).toBe(400);
    expect((await h.call("PATCH", `/v1/clusters/${clusterId}/nodes/ep`, { ...admin(), body: {} })).status).toBe(400);
  });

  it("an override outlives a restart (a new incarnation of the node)", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, "urls2", "a");
    await h.call("PATCH", `/v1/clusters/${clusterId}/nodes/a`, { ...admin(), body: { urlOverride: "https://a.lan/" } });
    await joinNode(h, clusterId, "a", joinToken, "clustered-additional", { endpoint: { host: "other" } });
    expect((await h.call("GET", `/v1/clusters/${clusterId}/nodes/a`, admin())).body).toMatchObject({ epoch: 2, url: "https://a.lan/" });
  });

  it("the join refuses an endpoint that is not one", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, "urls3", "a");
    const join = (ep: object) =>
      h.call("POST", `/v1/clusters/${clusterId}/nodes/x/join`, { token: joinToken, body: { instanceType: "clustered-additional", softwareVersion: "1", endpoint: ep } });
    for (const bad of [{ host: "" }, { host: "a b" }, { host: "h", port: 0 }, { host: "h", port: 70000 }, { host: "h", path: "idm" }, { host: "h", scheme: "ftp" }, { port: 1 }, { host: "h", extra: 1 }]) {
      expect((await join(bad)).status, JSON.stringify(bad)).toBe(400);
    }
    expect((await join({ host: "h.lan", port: 1, path: "/", scheme: "https" })).status).toBe(200);
  });
});

describe("GET /v1/clusters/{clusterId}/peers", () => {
  it("lists the live nodes only (running and recovering), by node id, with URL, state and role", async () => {
    const clusterId = "peers";
    const clock = h.clock as FakeClock;
    const made = await clusterWithFirstNode(h, clusterId, "a", { primaryMode: "any", intraClusterUrlPattern: "https://$host:8443$path", instanceTimeoutMs: 10_000 });
    const b = await joinNode(h, clusterId, "b", made.joinToken, "clustered-additional", { endpoint: { host: "b.lan", path: "/idm" } });
    const c = await joinNode(h, clusterId, "c", made.joinToken, "clustered-additional", { url: "http://c.lan:8080/" });
    const gone = await joinNode(h, clusterId, "gone", made.joinToken);
    const silent = await joinNode(h, clusterId, "silent", made.joinToken);
    await h.call("POST", `/v1/clusters/${clusterId}/nodes/gone/leave`, { token: gone.nodeToken });
    expect((await checkIn(h, clusterId, b)).body.role).toBe("primary");
    clock.advance(10_001);
    for (const n of [made.first, b, c]) await checkIn(h, clusterId, n);
    await sweepCluster(h.deps, (await readCluster(h.deps, clusterId, { consistent: true }))!); // silent: recovering

    const res = await h.call("GET", `/v1/clusters/${clusterId}/peers`, { token: c.nodeToken });
    expect(res.status).toBe(200);
    peersSchema.parse(res.body);
    expect(res.body.peers).toEqual([
      { nodeId: "a", url: null, state: "running", role: "standby" },
      { nodeId: "b", url: "https://b.lan:8443/idm", state: "running", role: "primary" },
      { nodeId: "c", url: "http://c.lan:8080/", state: "running", role: "standby" },
      { nodeId: "silent", url: null, state: "recovering", role: "standby" },
    ]);
    // A recovering node may ask too; a stopped one must join again; a superseded token is told so.
    expect((await h.call("GET", `/v1/clusters/${clusterId}/peers`, { token: silent.nodeToken })).status).toBe(200);
    expect((await h.call("GET", `/v1/clusters/${clusterId}/peers`, { token: gone.nodeToken })).body.error.code).toBe("rejoin_required");
    await joinNode(h, clusterId, "c", made.joinToken);
    expect((await h.call("GET", `/v1/clusters/${clusterId}/peers`, { token: c.nodeToken })).body.error.code).toBe("superseded");
  });

  it("takes only a node token of that cluster", async () => {
    const one = await clusterWithFirstNode(h, "peers-1", "a");
    const two = await clusterWithFirstNode(h, "peers-2", "a");
    expect((await h.call("GET", "/v1/clusters/peers-1/peers", { token: two.first.nodeToken })).status).toBe(403);
    expect((await h.call("GET", "/v1/clusters/peers-1/peers", admin())).status).toBe(403);
    expect((await h.call("GET", "/v1/clusters/peers-1/peers", { token: one.joinToken })).status).toBe(403);
    expect((await h.call("GET", "/v1/clusters/peers-1/peers", {})).status).toBe(401);
    expect((await h.call("GET", "/v1/clusters/peers-1/peers", { token: one.first.nodeToken })).status).toBe(200);
  });
});

describe("the peers memo: one read of a cluster's nodes per server and second", () => {
  it("calls within PEERS_MEMO_TTL_MS reuse one read of the nodes; a later one reads again and sees a node that joined meanwhile", async () => {
    const clock = h.clock as FakeClock;
    h.deps.peersMemo = peersMemo();
    try {
      const made = await clusterWithFirstNode(h, "peers-memo", "a");
      const b = await joinNode(h, "peers-memo", "b", made.joinToken);
      const get = async (token: string) => (await h.call("GET", "/v1/clusters/peers-memo/peers", { token })).body.peers.map((p: { nodeId: string }) => p.nodeId);
      h.requests.reset();
      expect(await get(made.first.nodeToken)).toEqual(["a", "b"]);
      const queriesPerRead = h.requests.counts.QueryCommand!;
      expect(queriesPerRead).toBeGreaterThan(0);
      const c = await joinNode(h, "peers-memo", "c", made.joinToken);
      clock.advance(PEERS_MEMO_TTL_MS - 1);
      // Remembered: no query; c is not in the list yet, but c itself (its own item is read afresh) sees itself.
      expect(await get(b.nodeToken)).toEqual(["a", "b"]);
      expect(await get(c.nodeToken)).toEqual(["a", "b", "c"]);
      expect(h.requests.counts.QueryCommand).toBe(queriesPerRead);
      clock.advance(1);
      expect(await get(made.first.nodeToken)).toEqual(["a", "b", "c"]);
      expect(h.requests.counts.QueryCommand).toBe(2 * queriesPerRead);
      // The caller's own item is always read: a node that left is refused at once.
      await h.call("POST", "/v1/clusters/peers-memo/nodes/b/leave", { token: b.nodeToken });
      expect((await h.call("GET", "/v1/clusters/peers-memo/peers", { token: b.nodeToken })).body.error.code).toBe("rejoin_required");
    } finally {
      delete h.deps.peersMemo;
    }
  });
});

