import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_NODE_SHARDS, nodeKey } from "../../core/store/keys";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/** Real concurrency against DynamoDB Local: the write conditions, not luck, keep state whole. */
let h: Harness;
beforeAll(async () => {
  h = await harness();
});

describe("concurrent writers", () => {
  it("20 concurrent joins of distinct nodes all land, each once", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, "crowd");
    const ids = Array.from({ length: 20 }, (_, i) => `node-${i}`);
    const results = await Promise.all(
      ids.map((id) =>
        h.call("POST", `/v1/clusters/${clusterId}/nodes/${id}/join`, {
          token: joinToken,
          body: { instanceType: "clustered-additional", softwareVersion: "1.0.0" },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 200));
    const nodes = await h.call("GET", `/v1/clusters/${clusterId}/nodes`, { token: h.adminToken });
    expect(nodes.body.results.map((n: { instanceId: string }) => n.instanceId).sort()).toEqual(["n1", ...ids].sort());
    expect(nodes.body.results.every((n: { state: string; epoch: number }) => n.state === "running" && n.epoch === 1)).toBe(true);
  });

  it("20 concurrent check-ins of one node all succeed and the last write is whole", async () => {
    const { clusterId, first } = await clusterWithFirstNode(h, "busy");
    const results = await Promise.all(Array.from({ length: 20 }, () => checkIn(h, clusterId, first)));
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    const node = await h.call("GET", `/v1/clusters/${clusterId}/nodes/n1`, { token: h.adminToken });
    expect(node.body).toMatchObject({ state: "running", epoch: 1, softwareVersion: "1.0.0" });
  });

  it("concurrent check-ins of a recovering node record node.recovered exactly once", async () => {
    const { clusterId, first } = await clusterWithFirstNode(h, "waking");
    await h.deps.table.update({
      Key: nodeKey(clusterId, "n1", DEFAULT_NODE_SHARDS),
      UpdateExpression: "SET #s = :s",
      ExpressionAttributeNames: { "#s": "state" },
      ExpressionAttributeValues: { ":s": "recovering" },
    });
    const results = await Promise.all(Array.from({ length: 10 }, () => checkIn(h, clusterId, first)));
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    const events = await h.deps.table.query({
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": `C#${clusterId}#E` },
    });
    expect(events.items.filter((e) => e.type === "node.recovered")).toHaveLength(1);
  });

  it("racing joins of one node id give distinct epochs and leave exactly one live incarnation", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, "twins");
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        h.call("POST", `/v1/clusters/${clusterId}/nodes/same/join`, {
          token: joinToken,
          body: { instanceType: "clustered-additional", softwareVersion: "1.0.0" },
        }),
      ),
    );
    const ok = results.filter((r) => r.status === 200);
    expect(results.every((r) => r.status === 200 || r.status === 503)).toBe(true);
    const epochs = ok.map((r) => r.body.epoch);
    expect(new Set(epochs).size).toBe(epochs.length);
    const node = await h.call("GET", `/v1/clusters/${clusterId}/nodes/same`, { token: h.adminToken });
    expect(node.body.epoch).toBe(Math.max(...epochs));
    const live = await Promise.all(
      ok.map((r) => checkIn(h, clusterId, { nodeId: "same", nodeToken: r.body.nodeToken, epoch: r.body.epoch })),
    );
    expect(live.filter((r) => r.status === 200)).toHaveLength(1);
  });

  it("two first nodes racing: one initializes, the other gets 409", async () => {
    const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "race-first" } });
    const results = await Promise.all(
      ["f1", "f2", "f3"].map((id) =>
        h.call("POST", `/v1/clusters/race-first/nodes/${id}/join`, {
          token: created.body.joinToken,
          body: { instanceType: "clustered-first", softwareVersion: "1.0.0" },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === "cluster_already_initialized")).toBe(true);
  });
});
