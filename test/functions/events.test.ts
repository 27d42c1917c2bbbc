import { beforeAll, describe, expect, it } from "vitest";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, clusterWithFirstNode, harness, joinNode } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

describe("GET /v1/clusters/{id}/events", () => {
  it("pages through the log oldest first, with next", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, "log");
    for (let i = 0; i < 5; i++) {
      (h.clock as FakeClock).advance(10);
      await joinNode(h, clusterId, `n${i + 2}`, joinToken);
    }
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const res = await h.call("GET", `/v1/clusters/${clusterId}/events?limit=3${after ? `&after=${encodeURIComponent(after)}` : ""}`, {
        token: h.adminToken,
      });
      expect(res.status).toBe(200);
      seen.push(...res.body.results.map((e: { type: string; nodeId?: string }) => `${e.type}:${e.nodeId}`));
      after = res.body.next;
      if (!after) break;
    }
    expect(seen).toEqual([
      "cluster.initialized:n1",
      "node.joined:n1",
      ...[2, 3, 4, 5, 6].map((i) => `node.joined:n${i}`),
    ]);
  });

  it("each event has an id, an ISO time, its cluster and detail", async () => {
    const { clusterId } = await clusterWithFirstNode(h, "shape");
    const res = await h.call("GET", `/v1/clusters/${clusterId}/events`, { token: h.adminToken });
    expect(res.body.results[1]).toEqual({
      eventId: expect.any(String),
      time: new Date(h.deps.clock.now()).toISOString(),
      type: "node.joined",
      clusterId,
      nodeId: "n1",
      detail: { epoch: 1, instanceType: "clustered-first", softwareVersion: "1.0.0" },
    });
    expect(res.body.next).toBeUndefined();
  });

  it("events expire by TTL after the retention setting", async () => {
    const { clusterId } = await clusterWithFirstNode(h, "ttl", "n1", { eventRetentionMs: 3_600_000 });
    const page = await h.deps.table.query({
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": `C#${clusterId}#E` },
    });
    expect(page.items[0]!.expiresAt).toBe(Math.ceil((h.deps.clock.now() + 3_600_000) / 1000));
  });

  it("refuses a bad limit and 404s an unknown cluster", async () => {
    expect((await h.call("GET", "/v1/clusters/log/events?limit=0", { token: h.adminToken })).status).toBe(400);
    expect((await h.call("GET", "/v1/clusters/log/events?limit=abc", { token: h.adminToken })).status).toBe(400);
    expect((await h.call("GET", "/v1/clusters/log/events?colour=red", { token: h.adminToken })).status).toBe(400);
    const missing = await h.call("GET", "/v1/clusters/none/events", { token: h.adminToken });
    expect(missing.status).toBe(404);
  });
});
