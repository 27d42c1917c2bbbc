import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../core/clusters/settings";
import { type Harness, clusterWithFirstNode, harness, joinNode } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

describe("cluster admin routes", () => {
  it("creates a cluster with default settings and a join token shown once", async () => {
    const res = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "alpha" } });
    expect(res.status).toBe(201);
    expect(res.body.clusterId).toBe("alpha");
    expect(res.body.settings).toEqual(DEFAULT_SETTINGS);
    expect(res.body.joinToken).toMatch(/^rjt_/);

    const got = await h.call("GET", "/v1/clusters/alpha", { token: h.adminToken });
    expect(got.status).toBe(200);
    expect(got.body).toEqual({
      clusterId: "alpha",
      settings: DEFAULT_SETTINGS,
      initialized: false,
      keystore: null,
      primary: null, // issue 17: the cluster view shows the primary lease (none here)
      nodeShards: 4, // no expectedNodes: the default
      summary: { running: 0, recovering: 0, offline: 0, stopped: 0 },
    });
    expect(JSON.stringify(got.body)).not.toContain(res.body.joinToken);
  });

  it("refuses a second cluster with the same id with 409 cluster_exists", async () => {
    await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "dup" } });
    const again = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "dup" } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("cluster_exists");
  });

  it("takes settings on create and keeps the defaults for the rest", async () => {
    const res = await h.call("POST", "/v1/clusters", {
      token: h.adminToken,
      body: { clusterId: "tuned", settings: { instanceTimeoutMs: 20_000, maxClockSkewMs: 50 } },
    });
    expect(res.status).toBe(201);
    expect(res.body.settings).toEqual({ ...DEFAULT_SETTINGS, instanceTimeoutMs: 20_000, maxClockSkewMs: 50 });
  });

  it("lists clusters", async () => {
    await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "listed-1" } });
    await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "listed-2" } });
    const res = await h.call("GET", "/v1/clusters", { token: h.adminToken });
    expect(res.status).toBe(200);
    const ids = res.body.results.map((c: { clusterId: string }) => c.clusterId);
    expect(ids).toEqual(expect.arrayContaining(["listed-1", "listed-2"]));
    expect(ids).toEqual([...ids].sort());
  });

  it("patches settings and returns the merged result", async () => {
    await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "patched" } });
    const res = await h.call("PATCH", "/v1/clusters/patched", {
      token: h.adminToken,
      body: { settings: { instanceCheckInIntervalMs: 1000 } },
    });
    expect(res.status).toBe(200);
    expect(res.body.settings).toEqual({ ...DEFAULT_SETTINGS, instanceCheckInIntervalMs: 1000 });
    const got = await h.call("GET", "/v1/clusters/patched", { token: h.adminToken });
    expect(got.body.settings.instanceCheckInIntervalMs).toBe(1000);
  });

  it("rejects settings below the 1000 ms minimum and empty patches", async () => {
    await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "strict" } });
    const low = await h.call("PATCH", "/v1/clusters/strict", { token: h.adminToken, body: { settings: { instanceTimeoutMs: 999 } } });
    expect(low.status).toBe(400);
    expect(low.body.error.details).toEqual([expect.objectContaining({ path: "body.settings.instanceTimeoutMs" })]);
    const empty = await h.call("PATCH", "/v1/clusters/strict", { token: h.adminToken, body: { settings: {} } });
    expect(empty.status).toBe(400);
  });

  it("answers 404 cluster_not_found for a cluster that does not exist", async () => {
    for (const [method, path, body] of [
      ["GET", "/v1/clusters/nope", undefined],
      ["PATCH", "/v1/clusters/nope", { settings: { instanceTimeoutMs: 5000 } }],
      ["POST", "/v1/clusters/nope/join-token", undefined],
      ["GET", "/v1/clusters/nope/nodes", undefined],
      ["GET", "/v1/clusters/nope/nodes/n1", undefined],
    ] as const) {
      const res = await h.call(method, path, { token: h.adminToken, body });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code).toBe("cluster_not_found");
    }
  });

  it("rotates the join token: the new one works, the old one is refused", async () => {
    const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "rotating" } });
    const rotated = await h.call("POST", "/v1/clusters/rotating/join-token", { token: h.adminToken });
    expect(rotated.status).toBe(200);
    expect(rotated.body.joinToken).not.toBe(created.body.joinToken);
    const old = await h.call("POST", "/v1/clusters/rotating/nodes/n1/join", {
      token: created.body.joinToken,
      body: { instanceType: "clustered-first", softwareVersion: "1" },
    });
    expect(old.status).toBe(401);
    await joinNode(h, "rotating", "n1", rotated.body.joinToken, "clustered-first");
  });

  it("summarises node states", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, "summed");
    const second = await joinNode(h, clusterId, "n2", joinToken);
    await h.call("POST", `/v1/clusters/${clusterId}/nodes/n2/leave`, { token: second.nodeToken });
    const got = await h.call("GET", `/v1/clusters/${clusterId}`, { token: h.adminToken });
    expect(got.body.initialized).toBe(true);
    expect(got.body.summary).toEqual({ running: 1, recovering: 0, offline: 0, stopped: 1 });
  });
});
