import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_NODE_SHARDS, nodeKey } from "../../core/store/keys";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

/** Events of different writes order by time: move the clock between them. */
const tick = () => (h.clock as { advance(ms: number): void }).advance(1);

let seq = 0;
const fresh = () => `m${++seq}`;

const events = async (clusterId: string) => {
  const page = await h.deps.table.query({
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": `C#${clusterId}#E` },
  });
  return page.items.map((e) => `${e.type}${e.nodeId ? `:${e.nodeId}` : ""}`);
};

const setState = (clusterId: string, nodeId: string, state: string) =>
  h.deps.table.update({
    Key: nodeKey(clusterId, nodeId, DEFAULT_NODE_SHARDS),
    UpdateExpression: "SET #s = :s",
    ExpressionAttributeNames: { "#s": "state" },
    ExpressionAttributeValues: { ":s": state },
  });

describe("join", () => {
  it("a first node initializes the cluster and runs at epoch 1", async () => {
    const { clusterId, first } = await clusterWithFirstNode(h, fresh());
    expect(first.epoch).toBe(1);
    const node = await h.call("GET", `/v1/clusters/${clusterId}/nodes/n1`, { token: h.adminToken });
    expect(node.body).toMatchObject({
      instanceId: "n1",
      state: "running",
      epoch: 1,
      instanceType: "clustered-first",
      schedulingEnabled: true,
      shutdown: "",
      conformant: true,
    });
    expect(node.body.startup).toBe(new Date(h.deps.clock.now()).toISOString());
    expect(await events(clusterId)).toEqual(["cluster.initialized:n1", "node.joined:n1"]);
  });

  it("refuses a second clustered-first join with 409 cluster_already_initialized", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, fresh());
    const res = await h.call("POST", `/v1/clusters/${clusterId}/nodes/other/join`, {
      token: joinToken,
      body: { instanceType: "clustered-first", softwareVersion: "1.0.0" },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("cluster_already_initialized");
  });

  it("tells an additional node that comes before the first to wait: 409 cluster_not_initialized", async () => {
    const clusterId = fresh();
    const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId } });
    const res = await h.call("POST", `/v1/clusters/${clusterId}/nodes/early/join`, {
      token: created.body.joinToken,
      body: { instanceType: "clustered-additional", softwareVersion: "1.0.0" },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("cluster_not_initialized");
    const nodes = await h.call("GET", `/v1/clusters/${clusterId}/nodes`, { token: h.adminToken });
    expect(nodes.body.results).toEqual([]);
  });

  it("lets a node opt out of scheduling and report its url", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, fresh());
    await joinNode(h, clusterId, "quiet", joinToken, "clustered-additional", {
      schedulingEnabled: false,
      url: "https://quiet.example:8443/",
    });
    const node = await h.call("GET", `/v1/clusters/${clusterId}/nodes/quiet`, { token: h.adminToken });
    expect(node.body).toMatchObject({ schedulingEnabled: false, url: "https://quiet.example:8443/" });
  });

  it("a join with the id of a live incarnation supersedes it; the old token gets 409 superseded", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, fresh());
    tick();
    const old = await joinNode(h, clusterId, "twin", joinToken);
    tick();
    const replacement = await joinNode(h, clusterId, "twin", joinToken);
    expect(replacement.epoch).toBe(old.epoch + 1);

    const stale = await checkIn(h, clusterId, old);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("superseded");
    const leave = await h.call("POST", `/v1/clusters/${clusterId}/nodes/twin/leave`, { token: old.nodeToken });
    expect(leave.body.error.code).toBe("superseded");
    expect((await checkIn(h, clusterId, replacement)).status).toBe(200);
    expect(await events(clusterId)).toEqual([
      "cluster.initialized:n1",
      "node.joined:n1",
      "node.joined:twin",
      "node.superseded:twin",
      "node.joined:twin",
    ]);
  });

  it("a rejoin after leaving starts a new epoch without a superseded event", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, fresh());
    const before = await joinNode(h, clusterId, "back", joinToken);
    await h.call("POST", `/v1/clusters/${clusterId}/nodes/back/leave`, { token: before.nodeToken });
    const after = await joinNode(h, clusterId, "back", joinToken);
    expect(after.epoch).toBe(before.epoch + 1);
    expect(await events(clusterId)).not.toContain("node.superseded:back");
    const stale = await checkIn(h, clusterId, before);
    expect(stale.body.error.code).toBe("rejoin_required");
  });
});

describe("check-in", () => {
  it("records lastCheckIn and the clock skew, and returns the cluster's settings", async () => {
    const { clusterId, first } = await clusterWithFirstNode(h, fresh(), "n1", { instanceCheckInIntervalMs: 2000 });
    const clock = h.clock as { advance(ms: number): void };
    clock.advance(1500);
    const sentAt = new Date(h.deps.clock.now() + 250).toISOString();
    const res = await checkIn(h, clusterId, first, { sentAt });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: "running",
      serverTime: new Date(h.deps.clock.now()).toISOString(),
      conformant: true,
      claims: [],
      revoked: [],
      warnings: [],
    });
    expect(res.body.settings.instanceCheckInIntervalMs).toBe(2000);
    const node = await h.call("GET", `/v1/clusters/${clusterId}/nodes/n1`, { token: h.adminToken });
    expect(node.body.lastCheckIn).toBe(new Date(h.deps.clock.now()).toISOString());
    expect(node.body.clockSkewMs).toBe(250);
  });

  it("a recovering node that checks in is running again, with a node.recovered event", async () => {
    const { clusterId, first } = await clusterWithFirstNode(h, fresh());
    await setState(clusterId, "n1", "recovering");
    const res = await checkIn(h, clusterId, first);
    expect(res.status).toBe(200);
    expect(res.body.state).toBe("running");
    const node = await h.call("GET", `/v1/clusters/${clusterId}/nodes/n1`, { token: h.adminToken });
    expect(node.body.state).toBe("running");
    expect(await events(clusterId)).toContain("node.recovered:n1");
  });

  it.each(["offline", "stopped"])("a node that is %s gets 409 rejoin_required and stays so", async (state) => {
    const { clusterId, first } = await clusterWithFirstNode(h, fresh());
    await setState(clusterId, "n1", state);
    const res = await checkIn(h, clusterId, first);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("rejoin_required");
    const node = await h.call("GET", `/v1/clusters/${clusterId}/nodes/n1`, { token: h.adminToken });
    expect(node.body.state).toBe(state);
  });

  it("refuses an epoch in the body that is not the token's", async () => {
    const { clusterId, first } = await clusterWithFirstNode(h, fresh());
    const res = await checkIn(h, clusterId, first, { epoch: first.epoch + 1 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_request");
  });

  it("flags a node with another software version or a skewed clock as non-conformant, with warnings", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, fresh());
    const odd = await joinNode(h, clusterId, "odd", joinToken, "clustered-additional", { softwareVersion: "2.0.0" });
    const res = await checkIn(h, clusterId, odd, { sentAt: new Date(h.deps.clock.now() + 5000).toISOString() });
    expect(res.body.conformant).toBe(false);
    expect(res.body.warnings).toHaveLength(2);
    const fixed = await checkIn(h, clusterId, odd, { softwareVersion: "1.0.0" });
    expect(fixed.body).toMatchObject({ conformant: true, warnings: [] });
  });
});

describe("leave", () => {
  it("stops the node, sets shutdown, and is idempotent", async () => {
    const { clusterId, first } = await clusterWithFirstNode(h, fresh());
    const res = await h.call("POST", `/v1/clusters/${clusterId}/nodes/n1/leave`, { token: first.nodeToken });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ state: "stopped", shutdown: new Date(h.deps.clock.now()).toISOString() });
    const again = await h.call("POST", `/v1/clusters/${clusterId}/nodes/n1/leave`, { token: first.nodeToken });
    expect(again.status).toBe(200);
    const node = await h.call("GET", `/v1/clusters/${clusterId}/nodes/n1`, { token: h.adminToken });
    expect(node.body).toMatchObject({ state: "stopped", shutdown: res.body.shutdown });
    expect((await events(clusterId)).filter((e) => e === "node.left:n1")).toHaveLength(1);
  });
});

describe("admin node routes", () => {
  it("switches scheduling off and on", async () => {
    const { clusterId } = await clusterWithFirstNode(h, fresh());
    const off = await h.call("PATCH", `/v1/clusters/${clusterId}/nodes/n1`, { token: h.adminToken, body: { schedulingEnabled: false } });
    expect(off.status).toBe(200);
    expect(off.body.schedulingEnabled).toBe(false);
    const got = await h.call("GET", `/v1/clusters/${clusterId}/nodes/n1`, { token: h.adminToken });
    expect(got.body.schedulingEnabled).toBe(false);
    const missing = await h.call("PATCH", `/v1/clusters/${clusterId}/nodes/ghost`, { token: h.adminToken, body: { schedulingEnabled: true } });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("node_not_found");
  });

  it("forgets a stopped node, refuses a live one with 409 node_active, and 404s an unknown one", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, fresh());
    const leaving = await joinNode(h, clusterId, "gone", joinToken);
    const live = await h.call("DELETE", `/v1/clusters/${clusterId}/nodes/gone`, { token: h.adminToken });
    expect(live.status).toBe(409);
    expect(live.body.error.code).toBe("node_active");

    await h.call("POST", `/v1/clusters/${clusterId}/nodes/gone/leave`, { token: leaving.nodeToken });
    const forgotten = await h.call("DELETE", `/v1/clusters/${clusterId}/nodes/gone`, { token: h.adminToken });
    expect(forgotten.status).toBe(204);
    const after = await h.call("GET", `/v1/clusters/${clusterId}/nodes/gone`, { token: h.adminToken });
    expect(after.status).toBe(404);
    const unknown = await h.call("DELETE", `/v1/clusters/${clusterId}/nodes/gone`, { token: h.adminToken });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("node_not_found");
  });
});
