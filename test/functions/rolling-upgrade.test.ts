import { beforeAll, describe, expect, it } from "vitest";
import { clusterKey, jobKey } from "../../core/store/keys";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/**
 * Rolling upgrades (issue 18): a window of allowed software versions keeps old and new nodes
 * conformant together; a job may require a version range and capabilities, and only nodes that
 * meet them claim it; a job no node can claim says why in the admin's views. Through the API
 * against DynamoDB Local. Bad input changes nothing stored.
 */
let h: Harness;
let clock: FakeClock;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
});

let seq = 0;
type Node = { nodeId: string; nodeToken: string; epoch: number };
type Claim = { runId: string; claimToken: string; jobId: string };
const SETTINGS = { instanceTimeoutMs: 60_000, instanceRecoveryTimeoutMs: 60_000, misfireThresholdMs: 3_600_000 };

async function setup(settings: object = {}) {
  const ctx = await clusterWithFirstNode(h, `ru${++seq}`, "a", { ...SETTINGS, ...settings });
  const v1: Node[] = [ctx.first];
  for (const id of ["b", "c"]) v1.push(await joinNode(h, ctx.clusterId, id, ctx.joinToken));
  return { clusterId: ctx.clusterId, joinToken: ctx.joinToken, v1 };
}

const admin = (method: string, path: string, body?: unknown) => h.call(method, path, { token: h.adminToken, ...(body === undefined ? {} : { body }) });
const addJob = (clusterId: string, body: object) => admin("POST", `/v1/clusters/${clusterId}/jobs`, body);
const jobsOf = async (clusterId: string) =>
  Object.fromEntries(((await admin("GET", `/v1/clusters/${clusterId}/jobs`)).body.results as { jobId: string }[]).map((j) => [j.jobId, j])) as Record<string, any>;
const finish = async (clusterId: string, node: Node, claim: Claim) => {
  for (const what of ["start", "complete"] as const) {
    const res = await h.call("POST", `/v1/clusters/${clusterId}/runs/${encodeURIComponent(claim.runId)}/${what}`, {
      token: node.nodeToken,
      body: { claimToken: claim.claimToken, ...(what === "complete" ? { outcome: "succeeded" } : {}) },
    });
    expect(res.status).toBe(200);
  }
};
const conformance = async (clusterId: string) =>
  Object.fromEntries(((await admin("GET", `/v1/clusters/${clusterId}/nodes`)).body.results as { instanceId: string; conformant: boolean }[]).map((n) => [n.instanceId, n.conformant]));

describe("rolling upgrade", () => {
  it("3 nodes on v1: a job requiring v2 is unclaimable until a v2 node joins, then runs only there; v1 nodes stay conformant and keep running v1 jobs", async () => {
    const { clusterId, joinToken, v1 } = await setup({ allowedSoftwareVersions: ["1.0.0", "2.0.0"] });
    expect((await addJob(clusterId, { jobId: "old", type: "t", schedule: { rateMs: 10_000 }, requires: { softwareVersion: "^1.0.0" } })).status).toBe(201);
    expect((await addJob(clusterId, { jobId: "any", type: "t", schedule: { rateMs: 10_000 } })).status).toBe(201);
    const created = await addJob(clusterId, { jobId: "new", type: "t", schedule: { rateMs: 10_000 }, requires: { softwareVersion: ">=2.0.0" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ requires: { softwareVersion: ">=2.0.0" }, unclaimable: "no running node has softwareVersion matching >=2.0.0" });

    let jobs = await jobsOf(clusterId);
    expect(jobs.new.unclaimable).toBe("no running node has softwareVersion matching >=2.0.0");
    expect(jobs.old.unclaimable).toBeUndefined();
    expect(jobs.any).not.toHaveProperty("unclaimable");
    expect((await admin("GET", `/v1/clusters/${clusterId}/jobs/new`)).body.unclaimable).toBe("no running node has softwareVersion matching >=2.0.0");

    // The v1 nodes run the v1 jobs, round after round; the v2 job is never handed to them.
    const ranOn: Record<string, string[]> = {};
    const round = async (nodes: Node[]) => {
      clock.advance(10_000);
      for (const node of nodes) {
        const res = await checkIn(h, clusterId, node, { capacity: 3, softwareVersion: node.nodeId === "d" ? "2.0.0" : "1.0.0" });
        expect(res.status).toBe(200);
        expect(res.body.conformant).toBe(true);
        for (const claim of res.body.claims as Claim[]) {
          (ranOn[claim.jobId] ??= []).push(node.nodeId);
          await finish(clusterId, node, claim);
        }
      }
    };
    for (let i = 0; i < 3; i++) await round(v1);
    expect(ranOn.new).toBeUndefined();
    expect(ranOn.old).toHaveLength(3);
    expect(ranOn.any).toHaveLength(3);
    expect(await conformance(clusterId)).toEqual({ a: true, b: true, c: true });

    // A v1 check-in with only the v2 job due tries no claim: one read, one write, no transaction.
    const [first] = v1;
    for (let more = true; more; ) {
      const taken = (await checkIn(h, clusterId, first!, { capacity: 3 })).body.claims as Claim[];
      for (const claim of taken) await finish(clusterId, first!, claim);
      more = taken.length > 0;
    }
    h.requests.reset();
    expect((await checkIn(h, clusterId, first!, { capacity: 3 })).body.claims).toEqual([]);
    expect(h.requests.counts).toEqual({ QueryCommand: 1, UpdateItemCommand: 1 });

    // A v2 node joins: the job is claimable, and only it claims it, even when the v1 nodes check in first.
    const d = await joinNode(h, clusterId, "d", joinToken, "clustered-additional", { softwareVersion: "2.0.0" });
    jobs = await jobsOf(clusterId);
    expect(jobs.new.unclaimable).toBeUndefined();
    for (let i = 0; i < 3; i++) await round([...v1, d]);
    expect(ranOn.new!.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ranOn.new)).toEqual(new Set(["d"]));
    expect(new Set(ranOn.old)).not.toContain("d");
    expect(await conformance(clusterId)).toEqual({ a: true, b: true, c: true, d: true });

    // The new version is pinned at the end: the v1 nodes are no longer conformant.
    expect((await admin("PATCH", `/v1/clusters/${clusterId}`, { settings: { allowedSoftwareVersions: null, expectedSoftwareVersion: "2.0.0" } })).status).toBe(200);
    expect(await conformance(clusterId)).toEqual({ a: false, b: false, c: false, d: true });
  });

  it("outside the window a v2 node is not conformant: the job stays unclaimable and says which node would take it", async () => {
    const { clusterId, joinToken } = await setup();
    await addJob(clusterId, { jobId: "new", type: "t", schedule: { rateMs: 10_000 }, requires: { softwareVersion: ">=2.0.0" } });
    const d = await joinNode(h, clusterId, "d", joinToken, "clustered-additional", { softwareVersion: "2.0.0" });
    expect((await jobsOf(clusterId)).new.unclaimable).toBe("no running node has softwareVersion matching >=2.0.0 (node 'd' would, but it is not conformant)");
    clock.advance(10_000);
    expect((await checkIn(h, clusterId, d, { capacity: 1 })).body.claims).toEqual([]);
    await admin("PATCH", `/v1/clusters/${clusterId}`, { settings: { allowedSoftwareVersions: ["1.0.0", "2.0.0"] } });
    expect((await jobsOf(clusterId)).new.unclaimable).toBeUndefined();
    expect((await checkIn(h, clusterId, d, { capacity: 1 })).body.claims.map((c: Claim) => c.jobId)).toEqual(["new"]);
  });

  it("capabilities: reported at join and check-in, shown in the node view; a check-in that reports one claims its jobs at once", async () => {
    const { clusterId, joinToken, v1 } = await setup();
    await addJob(clusterId, { jobId: "gpu-job", type: "t", schedule: { rateMs: 10_000 }, requires: { capabilities: ["gpu"] } });
    const e = await joinNode(h, clusterId, "e", joinToken, "clustered-additional", { capabilities: ["reports"] });
    expect((await admin("GET", `/v1/clusters/${clusterId}/nodes/e`)).body.capabilities).toEqual(["reports"]);
    expect((await admin("GET", `/v1/clusters/${clusterId}/nodes/a`)).body.capabilities).toEqual([]);
    expect((await jobsOf(clusterId))["gpu-job"].unclaimable).toBe("no running node has capability 'gpu'");
    clock.advance(10_000);
    for (const node of [...v1, e]) expect((await checkIn(h, clusterId, node, { capacity: 2 })).body.claims).toEqual([]);
    // The heartbeat writes the capabilities, and the same check-in judges the jobs by them.
    const res = await checkIn(h, clusterId, e, { capacity: 2, capabilities: ["reports", "gpu"] });
    expect(res.body.claims.map((c: Claim) => c.jobId)).toEqual(["gpu-job"]);
    expect((await admin("GET", `/v1/clusters/${clusterId}/nodes/e`)).body.capabilities).toEqual(["reports", "gpu"]);
    expect((await jobsOf(clusterId))["gpu-job"].unclaimable).toBeUndefined();
  });

  it("jobs a node cannot run never hide the ones behind them: it reads on past a full window", async () => {
    const { clusterId, v1 } = await setup();
    // 100 jobs for v2 only (a whole window), due at the same time as the v1 job and sorted before it (DUE#<time>#<jobId>).
    for (let i = 0; i < 100; i++) {
      await addJob(clusterId, { jobId: `a-new-${String(i).padStart(2, "0")}`, type: "t", schedule: { rateMs: 10_000 }, requires: { softwareVersion: ">=2" } });
    }
    await addJob(clusterId, { jobId: "z-old", type: "t", schedule: { rateMs: 10_000 } });
    clock.advance(10_000);
    h.requests.reset();
    const res = await checkIn(h, clusterId, v1[0]!, { capacity: 1 }); // a window of 100 pointers
    expect(res.body.claims.map((c: Claim) => c.jobId)).toEqual(["z-old"]);
    expect(h.requests.counts).toMatchObject({ QueryCommand: 2, TransactWriteItemsCommand: 1 });
  });
});

describe("bad input changes nothing", () => {
  it("a malformed semver range, bad capabilities, allowedSoftwareVersions not a list of strings: 400 invalid_request naming the field", async () => {
    const { clusterId, joinToken } = await setup();
    const before = await h.deps.table.get({ Key: clusterKey(clusterId), ConsistentRead: true });

    for (const [requires, field] of [
      [{ softwareVersion: "not a range" }, "body.requires.softwareVersion"],
      [{ softwareVersion: ">>2" }, "body.requires.softwareVersion"],
      [{ softwareVersion: 2 }, "body.requires.softwareVersion"],
      [{ capabilities: ["has space"] }, "body.requires.capabilities.0"],
      [{ capabilities: "gpu" }, "body.requires.capabilities"],
      [{}, "body.requires"],
      [{ softwareVersion: ">=2", other: 1 }, "body.requires.other"],
    ] as const) {
      const res = await addJob(clusterId, { jobId: "bad", type: "t", schedule: { rateMs: 10_000 }, requires });
      expect(res.status, JSON.stringify(requires)).toBe(400);
      expect(res.body.error.code).toBe("invalid_request");
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
    }
    const malformed = await addJob(clusterId, { jobId: "bad", type: "t", schedule: { rateMs: 10_000 }, requires: { softwareVersion: "not a range" } });
    expect(malformed.body.error.message).toContain("semver range");
    expect(await h.deps.table.get({ Key: jobKey(clusterId, "bad"), ConsistentRead: true })).toBeUndefined();
    expect((await admin("GET", `/v1/clusters/${clusterId}/jobs`)).body.results).toEqual([]);

    for (const allowed of ["2.0.0", [2], [], ["2.0.0", "2.0.0"], [""], { v: "2.0.0" }]) {
      const patched = await admin("PATCH", `/v1/clusters/${clusterId}`, { settings: { allowedSoftwareVersions: allowed } });
      expect(patched.status, JSON.stringify(allowed)).toBe(400);
      expect(patched.body.error.code).toBe("invalid_request");
      expect(patched.body.error.details.map((d: { path: string }) => d.path.replace(/\.\d+$/, ""))).toContain("body.settings.allowedSoftwareVersions");
    }
    const created = await admin("POST", "/v1/clusters", { clusterId: `${clusterId}-x`, settings: { allowedSoftwareVersions: "1.0.0" } });
    expect(created.status).toBe(400);
    expect((await admin("GET", `/v1/clusters/${clusterId}-x`)).status).toBe(404);

    for (const capabilities of ["gpu", [".x"], Array.from({ length: 33 }, (_, i) => `c${i}`)]) {
      const joined = await h.call("POST", `/v1/clusters/${clusterId}/nodes/z/join`, {
        token: joinToken,
        body: { instanceType: "clustered-additional", softwareVersion: "1.0.0", capabilities },
      });
      expect(joined.status).toBe(400);
      expect(joined.body.error.details.map((d: { path: string }) => d.path.replace(/\.\d+$/, ""))).toContain("body.capabilities");
    }
    expect((await admin("GET", `/v1/clusters/${clusterId}/nodes/z`)).status).toBe(404);
    expect(await h.deps.table.get({ Key: clusterKey(clusterId), ConsistentRead: true })).toEqual(before);
  });
});
