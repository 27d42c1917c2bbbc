import { beforeAll, describe, expect, it } from "vitest";
import { auditCluster } from "../../../core/detection/audit";
import { readCluster } from "../../../core/clusters/cluster-item";
import { dueKey, jobKey } from "../../../core/store/keys";
import { readJob } from "../../../core/jobs/jobs";
import { sweepAll } from "../../../core/detection/sweep";
import type { FakeClock } from "../../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness } from "../../support/harness";

/** The invariant audit, tested by corrupting the stored state on purpose. */
let h: Harness;
let clock: FakeClock;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
});

let seq = 0;
async function setup() {
  const ctx = await clusterWithFirstNode(h, `au${++seq}`, "a");
  const addJob = (body: object) => h.call("POST", `/v1/clusters/${ctx.clusterId}/jobs`, { token: h.adminToken, body });
  return { ...ctx, addJob };
}
const audit = async (clusterId: string) => auditCluster(h.deps, (await readCluster(h.deps, clusterId))!);
const pointers = async (clusterId: string) =>
  (
    await h.deps.table.query({
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :due)",
      ExpressionAttributeValues: { ":pk": `C#${clusterId}`, ":due": "DUE#" },
      ConsistentRead: true,
    })
  ).items;
const repairs = async (clusterId: string) =>
  (await h.call("GET", `/v1/clusters/${clusterId}/events?limit=1000`, { token: h.adminToken })).body.results
    .filter((e: { type: string }) => e.type === "audit.repaired")
    .map((e: { jobId: string; detail: { what: string } }) => `${e.jobId}: ${e.detail.what}`);

describe("the invariant audit", () => {
  it("finds nothing to repair in a healthy cluster, and writes nothing", async () => {
    const { clusterId, addJob } = await setup();
    await addJob({ jobId: "ok", type: "t", schedule: { rateMs: 60_000 } });
    const cluster = (await readCluster(h.deps, clusterId))!;
    h.requests.reset();
    expect((await auditCluster(h.deps, cluster)).repaired).toEqual([]);
    expect(h.requests.counts).toEqual({ QueryCommand: 2 });
  });

  it("restores a missing due pointer, so the job is claimed again", async () => {
    const { clusterId, first, addJob } = await setup();
    await addJob({ jobId: "lost-pointer", type: "t", schedule: { rateMs: 60_000 } });
    const [pointer] = await pointers(clusterId);
    await h.deps.table.delete({ Key: { pk: pointer!.pk, sk: pointer!.sk } });
    clock.advance(60_000);
    expect((await checkIn(h, clusterId, first, { capacity: 1, holding: [] })).body.claims).toEqual([]); // stuck
    expect((await audit(clusterId)).repaired.map((r) => r.what)).toEqual(["due pointer missing: restored"]);
    expect((await checkIn(h, clusterId, first, { capacity: 1, holding: [] })).body.claims).toHaveLength(1);
    expect(await repairs(clusterId)).toEqual(["lost-pointer: due pointer missing: restored"]);
    expect((await audit(clusterId)).repaired).toEqual([]); // once repaired, nothing more
  });

  it("removes a pointer left behind by a deleted job, and refreshes a stale copy", async () => {
    const { clusterId, addJob } = await setup();
    await addJob({ jobId: "ghost", type: "t", schedule: { rateMs: 60_000 } });
    await addJob({ jobId: "stale", type: "t", schedule: { rateMs: 60_000 } });
    const ghost = (await pointers(clusterId)).find((p) => p.jobId === "ghost")!;
    await h.deps.table.delete({ Key: jobKey(clusterId, "ghost") }); // the job item gone, its pointer not
    const stale = (await pointers(clusterId)).find((p) => p.jobId === "stale")!;
    await h.deps.table.put({ Item: { ...stale, version: stale.version - 1 } }); // an old copy in the right place
    const found = (await audit(clusterId)).repaired.map((r) => `${r.jobId}: ${r.what}`).sort();
    expect(found).toEqual(["ghost: stale due pointer: removed", "stale: stale due pointer: refreshed"]);
    expect((await pointers(clusterId)).map((p) => p.sk)).toEqual([dueKey(clusterId, stale.nextFireAt, "stale").sk]);
    expect(ghost.sk).not.toBe(stale.sk);
    expect((await pointers(clusterId))[0]!.version).toBe((await readJob(h.deps, clusterId, "stale"))!.version);
  });

  it("frees a non-concurrent job blocked by a run that is not in flight", async () => {
    const { clusterId, first, addJob } = await setup();
    await addJob({ jobId: "blocked", type: "t", schedule: { rateMs: 60_000 } });
    const job = (await readJob(h.deps, clusterId, "blocked"))!;
    const [pointer] = await pointers(clusterId);
    // As if a run's end had been lost: the job names a run that does not exist, and has no pointer.
    await h.deps.table.put({ Item: { ...jobKey(clusterId, "blocked"), ...job, activeRunId: "blocked~000000000000000~dead", version: job.version + 1 } });
    await h.deps.table.delete({ Key: { pk: pointer!.pk, sk: pointer!.sk } });
    clock.advance(60_000);
    expect((await checkIn(h, clusterId, first, { capacity: 1, holding: [] })).body.claims).toEqual([]);
    expect((await audit(clusterId)).repaired.map((r) => r.what)).toEqual(["job blocked by run 'blocked~000000000000000~dead', which is not in flight: released"]);
    expect((await checkIn(h, clusterId, first, { capacity: 1, holding: [] })).body.claims).toHaveLength(1);
  });

  it("runs with the scheduled backstop, which reports the repairs", async () => {
    const { clusterId, addJob } = await setup();
    await addJob({ jobId: "backstop", type: "t", schedule: { rateMs: 60_000 } });
    const [pointer] = await pointers(clusterId);
    await h.deps.table.delete({ Key: { pk: pointer!.pk, sk: pointer!.sk } });
    const results = await sweepAll(h.deps);
    expect(results.find((r) => r.clusterId === clusterId)?.repaired).toBe(1);
    expect(await pointers(clusterId)).toHaveLength(1);
  });
});
