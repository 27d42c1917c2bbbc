import { beforeAll, describe, expect, it } from "vitest";
import { jobKey } from "../../core/store/keys";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode } from "../support/harness";
import { harness } from "../support/harness";

let h: Harness;
let clock: FakeClock;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
});

let seq = 0;
async function setup(at: string) {
  clock.set(Date.parse(at));
  return clusterWithFirstNode(h, `up${++seq}`, "a", { misfireThresholdMs: 60_000 });
}
const addJob = async (clusterId: string, body: object) => {
  const res = await h.call("POST", `/v1/clusters/${clusterId}/jobs`, { token: h.adminToken, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};
const upcoming = (clusterId: string, jobId: string, query = "", token = h.adminToken) =>
  h.call("GET", `/v1/clusters/${clusterId}/jobs/${jobId}/upcoming${query}`, { token });
const stored = (clusterId: string, jobId: string) => h.deps.table.get({ Key: jobKey(clusterId, jobId), ConsistentRead: true });

describe("GET …/jobs/{jobId}/upcoming", () => {
  it("lists a Paris cron job across spring forward: 02:30 runs at 03:00 CEST, with a note", async () => {
    const { clusterId } = await setup("2026-03-27T12:00:00Z");
    await addJob(clusterId, { jobId: "nightly", type: "t", schedule: { cron: "30 2 * * *", timezone: "Europe/Paris" } });
    const res = await upcoming(clusterId, "nightly", "?count=3");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      jobId: "nightly",
      timezone: "Europe/Paris",
      occurrences: [
        { at: "2026-03-28T01:30:00.000Z", local: "2026-03-28T02:30:00+01:00" },
        {
          at: "2026-03-29T01:00:00.000Z",
          local: "2026-03-29T03:00:00+02:00",
          note: "shifted: 02:30 does not exist on this day (clocks go from 02:00 to 03:00); it runs once, at 03:00",
        },
        { at: "2026-03-30T00:30:00.000Z", local: "2026-03-30T02:30:00+02:00" },
      ],
    });
  });

  it("lists a New York cron job across fall back: 01:30 runs once, at the first", async () => {
    const { clusterId } = await setup("2026-10-31T12:00:00Z");
    await addJob(clusterId, { jobId: "early", type: "t", schedule: { cron: "30 1 * * *", timezone: "America/New_York" } });
    const res = await upcoming(clusterId, "early", "?count=2");
    expect(res.body.occurrences).toEqual([
      {
        at: "2026-11-01T05:30:00.000Z",
        local: "2026-11-01T01:30:00-04:00",
        note: "repeated: 01:30 happens twice on this day (clocks go back from 02:00 to 01:00); it runs once, at the first",
      },
      { at: "2026-11-02T06:30:00.000Z", local: "2026-11-02T01:30:00-05:00" },
    ]);
  });

  it("an hourly Paris job runs the repeated hour once", async () => {
    const { clusterId } = await setup("2026-10-24T22:30:00Z");
    await addJob(clusterId, { jobId: "hourly", type: "t", schedule: { cron: "0 * * * *", timezone: "Europe/Paris" } });
    const res = await upcoming(clusterId, "hourly", "?count=4");
    expect(res.body.occurrences.map((o: { local: string }) => o.local)).toEqual([
      "2026-10-25T01:00:00+02:00",
      "2026-10-25T02:00:00+02:00",
      "2026-10-25T03:00:00+01:00",
      "2026-10-25T04:00:00+01:00",
    ]);
    expect(res.body.occurrences[1].note).toMatch(/^repeated: 02:00 happens twice/);
  });

  it("a job without a zone is listed in UTC; ten by default, up to a hundred", async () => {
    const { clusterId } = await setup("2026-11-23T10:00:00Z");
    await addJob(clusterId, { jobId: "tick", type: "t", schedule: { rateMs: 60_000 } });
    const ten = await upcoming(clusterId, "tick");
    expect(ten.body.timezone).toBe("UTC");
    expect(ten.body.occurrences).toHaveLength(10);
    expect(ten.body.occurrences[0]).toEqual({ at: "2026-11-23T10:01:00.000Z", local: "2026-11-23T10:01:00+00:00" });
    expect(ten.body.occurrences[9].at).toBe("2026-11-23T10:10:00.000Z");
    const hundred = await upcoming(clusterId, "tick", "?count=100");
    expect(hundred.body.occurrences).toHaveLength(100);
    expect(hundred.body.occurrences[99].at).toBe("2026-11-23T11:40:00.000Z");
  });

  it("starts from the stored occurrence when it is due and not claimed, then goes on from now", async () => {
    const { clusterId } = await setup("2026-11-23T10:00:00Z");
    await addJob(clusterId, { jobId: "pending", type: "t", schedule: { cron: "*/5 * * * *" } });
    clock.set(Date.parse("2026-11-23T10:12:00Z"));
    const res = await upcoming(clusterId, "pending", "?count=3");
    expect(res.body.occurrences).toEqual([
      { at: "2026-11-23T10:05:00.000Z", local: "2026-11-23T10:05:00+00:00", note: "due: not yet claimed by a node" },
      { at: "2026-11-23T10:15:00.000Z", local: "2026-11-23T10:15:00+00:00" },
      { at: "2026-11-23T10:20:00.000Z", local: "2026-11-23T10:20:00+00:00" },
    ]);
  });

  it("a one-time job lists its moment until it is claimed, then nothing; a trigger is listed, and a live run holds the next", async () => {
    const { clusterId, first } = await setup("2026-11-23T10:00:00Z");
    await addJob(clusterId, { jobId: "once", type: "t", schedule: { at: "2026-11-23T10:00:30Z" } });
    expect((await upcoming(clusterId, "once", "?count=5")).body.occurrences).toEqual([{ at: "2026-11-23T10:00:30.000Z", local: "2026-11-23T10:00:30+00:00" }]);
    clock.advance(30_000);
    expect((await checkIn(h, clusterId, first, { capacity: 1 })).body.claims).toHaveLength(1);
    expect((await upcoming(clusterId, "once")).body).toEqual({ jobId: "once", timezone: "UTC", occurrences: [] });

    await addJob(clusterId, { jobId: "later", type: "t", schedule: { cron: "0 12 * * *", timezone: "Europe/Paris" } });
    expect((await h.call("POST", `/v1/clusters/${clusterId}/jobs/later/trigger`, { token: h.adminToken })).status).toBe(200);
    const queued = await upcoming(clusterId, "later", "?count=2");
    expect(queued.body.occurrences).toEqual([
      { at: "2026-11-23T10:00:30.000Z", local: "2026-11-23T11:00:30+01:00", note: "queued: triggered" },
      { at: "2026-11-23T11:00:00.000Z", local: "2026-11-23T12:00:00+01:00" },
    ]);
    expect((await checkIn(h, clusterId, first, { capacity: 1 })).body.claims).toHaveLength(1);
    expect((await upcoming(clusterId, "later", "?count=1")).body.occurrences).toEqual([
      { at: "2026-11-23T11:00:00.000Z", local: "2026-11-23T12:00:00+01:00", note: "waits: the job's current run must finish first" },
    ]);
  });

  it.each(["?count=0", "?count=101", "?count=abc", "?count=1.5", "?count=", "?count=-3"])("refuses %s with 400 invalid_request naming count", async (query) => {
    const { clusterId } = await setup("2026-11-23T10:00:00Z");
    await addJob(clusterId, { jobId: "j", type: "t", schedule: { rateMs: 60_000 } });
    const res = await upcoming(clusterId, "j", query);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_request");
    expect(res.body.error.message).toContain("count must be a whole number from 1 to 100");
    expect(res.body.error.details).toEqual([{ path: "query.count", message: "count must be a whole number from 1 to 100" }]);
  });

  it("refuses an unknown query field", async () => {
    const { clusterId } = await setup("2026-11-23T10:00:00Z");
    await addJob(clusterId, { jobId: "j", type: "t", schedule: { rateMs: 60_000 } });
    const res = await upcoming(clusterId, "j", "?limit=5");
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: "query.limit", message: "unknown field" }]);
  });

  it("404s: an unknown job, an unknown cluster, a deleted job", async () => {
    const { clusterId } = await setup("2026-11-23T10:00:00Z");
    expect((await upcoming(clusterId, "nope")).body.error).toEqual({ code: "job_not_found", message: "job 'nope' does not exist" });
    expect((await upcoming("no-such-cluster", "nope")).status).toBe(404);
    expect((await upcoming("no-such-cluster", "nope")).body.error.code).toBe("cluster_not_found");
    await addJob(clusterId, { jobId: "gone", type: "t", schedule: { rateMs: 60_000 } });
    expect((await h.call("DELETE", `/v1/clusters/${clusterId}/jobs/gone`, { token: h.adminToken })).status).toBe(204);
    const deleted = await upcoming(clusterId, "gone");
    expect(deleted.status).toBe(404);
    expect(deleted.body.error).toEqual({ code: "job_not_found", message: "job 'gone' was deleted: it has no occurrences" });
  });

  it("takes the admin token only", async () => {
    const { clusterId, first } = await setup("2026-11-23T10:00:00Z");
    await addJob(clusterId, { jobId: "j", type: "t", schedule: { rateMs: 60_000 } });
    expect((await upcoming(clusterId, "j", "", first.nodeToken)).status).toBe(403);
    expect((await h.call("GET", `/v1/clusters/${clusterId}/jobs/j/upcoming`)).status).toBe(401);
  });

  it("reads the job item once and changes nothing, for good and bad requests alike", async () => {
    const { clusterId, first } = await setup("2026-11-23T10:00:00Z");
    await addJob(clusterId, { jobId: "j", type: "t", schedule: { cron: "*/5 * * * *", timezone: "Europe/Paris" } });
    await h.call("POST", `/v1/clusters/${clusterId}/jobs/j/trigger`, { token: h.adminToken });
    clock.advance(600_000); // the stored occurrence is due and not claimed
    const before = await stored(clusterId, "j");
    h.requests.reset();
    expect((await upcoming(clusterId, "j", "?count=50")).status).toBe(200);
    expect(h.requests.counts).toEqual({ GetItemCommand: 1 });
    for (const query of ["?count=0", "?count=x", "?other=1"]) expect((await upcoming(clusterId, "j", query)).status).toBe(400);
    expect((await upcoming(clusterId, "j", "", first.nodeToken)).status).toBe(403);
    expect(h.requests.counts.TransactWriteItemsCommand ?? 0).toBe(0);
    expect(Object.keys(h.requests.counts).filter((command) => !/^(Get|Query|BatchGet)/.test(command))).toEqual([]);
    expect(await stored(clusterId, "j")).toEqual(before);
  });
});
