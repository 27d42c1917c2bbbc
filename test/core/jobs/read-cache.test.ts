import { beforeAll, describe, expect, it } from "vitest";
import { clusterReadCache } from "../../../core/jobs/read-cache";
import type { FakeClock } from "../../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness } from "../../support/harness";

/** The check-in's read, remembered for a moment: idle check-ins become a single write. */
let h: Harness;
let clock: FakeClock;
const TTL = 200;
beforeAll(async () => {
  h = await harness();
  h.deps.clusterCache = clusterReadCache(TTL);
  clock = h.clock as FakeClock;
});

describe("the cluster read cache", () => {
  it("within its time, an idle check-in makes one write and no read; after it, one read again", async () => {
    const { clusterId, first } = await clusterWithFirstNode(h, "cached");
    await checkIn(h, clusterId, first, { capacity: 1 });
    h.requests.reset();
    clock.advance(TTL - 1);
    expect((await checkIn(h, clusterId, first, { capacity: 1 })).status).toBe(200);
    expect(h.requests.counts).toEqual({ UpdateItemCommand: 1 });
    clock.advance(1);
    h.requests.reset();
    await checkIn(h, clusterId, first, { capacity: 1 });
    expect(h.requests.counts).toEqual({ QueryCommand: 1, UpdateItemCommand: 1 });
  });

  it("a settings change or a newly due job reaches nodes once the moment has passed", async () => {
    const { clusterId, first } = await clusterWithFirstNode(h, "cached-2");
    await checkIn(h, clusterId, first, { capacity: 1 });
    await h.call("PATCH", `/v1/clusters/${clusterId}`, { token: h.adminToken, body: { settings: { instanceCheckInIntervalMs: 2000 } } });
    await h.call("POST", `/v1/clusters/${clusterId}/jobs`, { token: h.adminToken, body: { jobId: "j", type: "t", schedule: { at: "2099-01-01T00:00:00Z" } } });
    await h.call("POST", `/v1/clusters/${clusterId}/jobs/j/trigger`, { token: h.adminToken });
    const stale = await checkIn(h, clusterId, first, { capacity: 1 });
    expect(stale.body.settings.instanceCheckInIntervalMs).toBe(5000);
    expect(stale.body.claims).toEqual([]);
    clock.advance(TTL);
    const fresh = await checkIn(h, clusterId, first, { capacity: 1 });
    expect(fresh.body.settings.instanceCheckInIntervalMs).toBe(2000);
    expect(fresh.body.claims).toHaveLength(1);
  });

  it("a check-in that claims, or asks for a sweep, leaves the next one to read afresh", async () => {
    const { clusterId, first } = await clusterWithFirstNode(h, "cached-3");
    await h.call("POST", `/v1/clusters/${clusterId}/jobs`, { token: h.adminToken, body: { jobId: "j", type: "t", schedule: { at: "2099-01-01T00:00:00Z" }, concurrent: true } });
    for (let i = 0; i < 2; i++) await h.call("POST", `/v1/clusters/${clusterId}/jobs/j/trigger`, { token: h.adminToken });
    clock.advance(TTL);
    expect((await checkIn(h, clusterId, first, { capacity: 1 })).body.claims).toHaveLength(1);
    h.requests.reset();
    expect((await checkIn(h, clusterId, first, { capacity: 1 })).body.claims).toHaveLength(1); // no stale pointer
    expect(h.requests.counts.QueryCommand).toBe(1);

    const asked: string[] = [];
    h.deps.sweeps = { request: (id) => void asked.push(id) };
    clock.advance(TTL);
    await checkIn(h, clusterId, first); // the sweep is due: it asks, and forgets the read
    h.requests.reset();
    await checkIn(h, clusterId, first);
    expect(h.requests.counts.QueryCommand).toBe(1);
    expect(asked.length).toBeGreaterThanOrEqual(1);
    h.deps.sweeps = undefined;
  });
});
