import { beforeAll, describe, expect, it } from "vitest";
import { readCluster } from "../../core/clusters/cluster-item";
import { sweepCluster } from "../../core/detection/sweep";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/**
 * "Why didn't it run?" (issue 18): `GET …/jobs/{jobId}/explain` through the API against
 * DynamoDB Local, in simulated time. Each reason it gives is produced here by making it
 * happen: claimed by whom, requeued and orphaned with their rule, misfired, skipped by policy,
 * blocked by the live run of a non-concurrent job, cancelled, and no eligible node with each
 * node's reasons.
 */
let h: Harness;
let clock: FakeClock;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
});

type Node = { nodeId: string; nodeToken: string; epoch: number };
type Claim = { runId: string; claimToken: string; jobId: string; scheduledFor: string };
const SETTINGS = { instanceTimeoutMs: 20_000, instanceRecoveryTimeoutMs: 20_000, misfireThresholdMs: 60_000 };
let seq = 0;

const admin = (method: string, path: string, body?: unknown) => h.call(method, path, { token: h.adminToken, ...(body === undefined ? {} : { body }) });
const explain = async (clusterId: string, jobId: string, count?: number) => {
  const res = await admin("GET", `/v1/clusters/${clusterId}/jobs/${jobId}/explain${count === undefined ? "" : `?count=${count}`}`);
  expect(res.status).toBe(200);
  return res.body;
};
const run = (clusterId: string, node: Node, claim: Claim, what: "start" | "complete", outcome = "succeeded") =>
  h.call("POST", `/v1/clusters/${clusterId}/runs/${encodeURIComponent(claim.runId)}/${what}`, {
    token: node.nodeToken,
    body: { claimToken: claim.claimToken, ...(what === "complete" ? { outcome } : {}) },
  });
const claimsOf = async (clusterId: string, node: Node, extra: object = {}) => {
  const res = await checkIn(h, clusterId, node, { capacity: 1, ...extra });
  expect(res.status).toBe(200);
  return res.body.claims as Claim[];
};
const sweep = async (clusterId: string) => sweepCluster(h.deps, (await readCluster(h.deps, clusterId))!);
const whats = (occurrence: { steps: { what: string; nodeId?: string }[] }) => occurrence.steps.map((s) => (s.nodeId ? `${s.what}:${s.nodeId}` : s.what));

async function setup(job: object, settings: object = {}) {
  const ctx = await clusterWithFirstNode(h, `ex${++seq}`, "a", { ...SETTINGS, ...settings });
  const b = await joinNode(h, ctx.clusterId, "b", ctx.joinToken);
  const created = await admin("POST", `/v1/clusters/${ctx.clusterId}/jobs`, { jobId: "j", type: "t", schedule: { rateMs: 10_000 }, ...job });
  expect(created.status).toBe(201);
  return { clusterId: ctx.clusterId, joinToken: ctx.joinToken, a: ctx.first as Node, b };
}

describe("explain", () => {
  it("tells who claimed an occurrence, its start and outcome, and that the next is not due yet", async () => {
    const { clusterId, a, b } = await setup({});
    clock.advance(10_000);
    expect(await claimsOf(clusterId, b, { capacity: 0 })).toEqual([]);
    const [claim] = await claimsOf(clusterId, a);
    expect((await run(clusterId, a, claim!, "start")).status).toBe(200);
    expect((await run(clusterId, a, claim!, "complete")).status).toBe(200);
    clock.advance(1_000);

    const body = await explain(clusterId, "j");
    expect(body.next).toMatchObject({ status: "scheduled", why: "not due yet: it is due in 9 s" });
    expect(body.nodes).toBeUndefined();
    expect(body.occurrences).toHaveLength(1);
    expect(body.occurrences[0]).toMatchObject({ scheduledFor: claim!.scheduledFor, outcome: "succeeded" });
    expect(whats(body.occurrences[0])).toEqual(["claimed:a", "started:a", "succeeded:a"]);
    expect(body.occurrences[0].steps[0].runId).toBe(claim!.runId);
  });

  it("reads the cluster, the job item and the job's own runs (two range queries), no scan and no node read while nothing is due", async () => {
    const { clusterId } = await setup({});
    h.requests.reset();
    await explain(clusterId, "j");
    expect(h.requests.counts).toEqual({ GetItemCommand: 2, QueryCommand: 2 });
  });

  it("requeued because the node went silent, then claimed by another: one occurrence, both claims, the rule in words", async () => {
    const { clusterId, a, b } = await setup({});
    clock.advance(10_000);
    const [first] = await claimsOf(clusterId, a);
    clock.advance(21_000);
    await checkIn(h, clusterId, b, { capacity: 0 });
    await sweep(clusterId);
    const [second] = await claimsOf(clusterId, b);
    expect(second!.scheduledFor).toBe(first!.scheduledFor);

    const [occurrence] = (await explain(clusterId, "j")).occurrences;
    expect(whats(occurrence)).toEqual(["claimed:a", "requeued:a", "claimed:b"]);
    expect(occurrence.outcome).toBe("claimed");
    expect(occurrence.steps[1].why).toMatch(/^node-down: the sweep, .* finds the claim's incarnation not running or gone$/);
  });

  it("orphaned because the node's own check-in no longer listed the started run", async () => {
    const { clusterId, a } = await setup({});
    clock.advance(10_000);
    const [claim] = await claimsOf(clusterId, a);
    expect((await run(clusterId, a, claim!, "start")).status).toBe(200);
    expect((await checkIn(h, clusterId, a, { capacity: 0, holding: [] })).status).toBe(200);

    const [occurrence] = (await explain(clusterId, "j")).occurrences;
    expect(whats(occurrence)).toEqual(["claimed:a", "started:a", "orphaned:a"]);
    expect(occurrence.steps[2].why).toMatch(/^not-held: the node's own check-in lists what it holds and leaves the started run out/);
  });

  it("misfired under fireAndProceed: the late occurrence ran once; skipped under doNothing: nothing ran", async () => {
    for (const misfirePolicy of ["fireAndProceed", "doNothing"]) {
      const { clusterId, a } = await setup({ misfirePolicy });
      clock.advance(10_000 + 61_000);
      const due = await explain(clusterId, "j");
      expect(due.next.why).toContain(`later than misfireThresholdMs (60000 ms), so the claim that takes it will misfire (misfirePolicy ${misfirePolicy}`);
      const claims = await claimsOf(clusterId, a);
      const [occurrence] = (await explain(clusterId, "j")).occurrences;
      if (misfirePolicy === "fireAndProceed") {
        expect(claims).toHaveLength(1);
        expect(whats(occurrence)).toEqual(["misfired", "claimed:a"]);
        expect(occurrence.steps[0].why).toContain("fireAndProceed runs the missed occurrences once");
      } else {
        expect(claims).toEqual([]);
        expect(whats(occurrence)).toEqual(["skipped"]);
        expect(occurrence.outcome).toBe("skipped");
        expect(occurrence.steps[0].why).toContain("misfirePolicy is doNothing: the missed occurrences were dropped");
      }
    }
  });

  it("blocked by the live run of a non-concurrent job: the next occurrence says which run, and, once claimed, how long it waited", async () => {
    const { clusterId, a, b } = await setup({ concurrent: false });
    clock.advance(10_000);
    const [first] = await claimsOf(clusterId, a);
    expect((await run(clusterId, a, first!, "start")).status).toBe(200);
    clock.advance(15_000);
    expect(await claimsOf(clusterId, b)).toEqual([]);

    const blocked = await explain(clusterId, "j");
    expect(blocked.next).toMatchObject({ status: "blocked", blockedBy: { runId: first!.runId, state: "started", nodeId: "a" } });
    expect(blocked.next.why).toContain("the job is not concurrent, so it waits until that run ends");
    expect(blocked.nodes).toBeUndefined();

    expect((await run(clusterId, a, first!, "complete")).status).toBe(200);
    const [second] = await claimsOf(clusterId, b);
    expect(second).toBeDefined();
    const [waiting] = (await explain(clusterId, "j")).occurrences;
    expect(waiting.scheduledFor).toBe(second!.scheduledFor);
    expect(waiting.waited).toMatch(new RegExp(`^blocked by run ${first!.runId.replaceAll("~", "~")} .* on node 'a'\\) for 5 s: the job is not concurrent`));
  });

  it("cancelled: a claim cancelled by an admin ends with the cancel rule's words", async () => {
    const { clusterId, a } = await setup({});
    clock.advance(10_000);
    const [claim] = await claimsOf(clusterId, a);
    expect((await admin("POST", `/v1/clusters/${clusterId}/runs/${encodeURIComponent(claim!.runId)}/cancel`)).status).toBe(200);
    const [occurrence] = (await explain(clusterId, "j")).occurrences;
    expect(whats(occurrence)).toEqual(["claimed:a", "cancelled:a"]);
    expect(occurrence.steps[1].why).toMatch(/^cancel: an admin cancels a claim before it starts/);
  });

  it("no eligible node: each node says why it would not claim the job, until one can", async () => {
    const { clusterId, joinToken, a, b } = await setup(
      { type: "report", requires: { capabilities: ["gpu"] } },
      { expectedSoftwareVersion: "1.0.0", instanceTimeoutMs: 20_000 },
    );
    const nodes: Record<string, Node> = { a, b };
    for (const id of ["c", "d", "e", "f", "g", "h"]) {
      nodes[id] = await joinNode(h, clusterId, id, joinToken, "clustered-additional", id === "g" ? { softwareVersion: "0.9.0" } : {});
    }
    const gpu = { capabilities: ["gpu"], capacity: 1 };
    expect((await admin("PATCH", `/v1/clusters/${clusterId}/nodes/a`, { schedulingEnabled: false })).status).toBe(200);
    expect((await admin("POST", `/v1/clusters/${clusterId}/nodes/b/drain`)).status).toBe(200);
    // The job is due at +10 s; at +21 s every node but h checks in (and claims nothing), h is silent and goes recovering.
    clock.advance(21_000);
    for (const [id, extra] of Object.entries({ a: gpu, b: gpu, c: { capacity: 1 }, d: { ...gpu, types: ["other"] }, e: { ...gpu, capacity: 0 }, g: gpu })) {
      expect(await claimsOf(clusterId, nodes[id]!, extra)).toEqual([]);
    }
    await sweep(clusterId);

    const body = await explain(clusterId, "j");
    expect(body.next.status).toBe("no-eligible-node");
    expect(body.next.why).toContain("no node can claim it");
    const why = Object.fromEntries((body.nodes as { nodeId: string; why: string[]; eligible: boolean }[]).map((n) => [n.nodeId, n.why]));
    expect(why.a).toContain("its scheduling is switched off");
    expect(why.b).toContain("it is draining");
    expect(why.c).toContain("the job requires capability 'gpu'");
    expect(why.d).toContain("it runs only job types 'other', not 'report'");
    expect(why.e!.some((w) => w.startsWith("it asked for no new runs at its latest check-in (capacity 0"))).toBe(true);
    expect(why.g).toContain("not conformant: softwareVersion '0.9.0' differs from the cluster's '1.0.0'");
    expect(why.h).toEqual(["it is recovering"]);
    expect(body.nodes.every((n: { eligible: boolean }) => !n.eligible)).toBe(true);

    // c gains the capability: it is the one node that would claim it, and its check-in does.
    await checkIn(h, clusterId, nodes.c!, { capacity: 0, capabilities: ["gpu"] });
    // capacity 0 at its latest check-in: still not eligible, and says so.
    expect((await explain(clusterId, "j")).next.status).toBe("no-eligible-node");
    const explained = await explain(clusterId, "j");
    expect(explained.nodes.find((n: { nodeId: string }) => n.nodeId === "c").why[0]).toMatch(/^it asked for no new runs/);
    const claims = await claimsOf(clusterId, nodes.c!, gpu);
    expect(claims).toHaveLength(1);
    clock.advance(1_000);
    const after = await explain(clusterId, "j");
    expect(after.occurrences[0].steps.map((s: { what: string; nodeId?: string }) => `${s.what}:${s.nodeId}`)).toEqual(["claimed:c"]);
  });

  it("due with an eligible node: names the node whose next check-in claims it", async () => {
    const { clusterId, a, b } = await setup({});
    await checkIn(h, clusterId, a, { capacity: 1 });
    await checkIn(h, clusterId, b, { capacity: 0 });
    clock.advance(12_000);
    const body = await explain(clusterId, "j");
    expect(body.next).toMatchObject({ status: "due", why: "due 2 s ago: the next check-in of 'a' claims it" });
    expect(body.nodes.map((n: { nodeId: string; eligible: boolean }) => [n.nodeId, n.eligible])).toEqual([
      ["a", true],
      ["b", false],
    ]);
  });

  it("a job created again under a deleted one's id tells only its own history; a deleted job says so; unknown ids and bad counts are 4xx", async () => {
    const { clusterId, a } = await setup({});
    clock.advance(10_000);
    const [claim] = await claimsOf(clusterId, a);
    expect((await run(clusterId, a, claim!, "start")).status).toBe(200);
    expect((await run(clusterId, a, claim!, "complete")).status).toBe(200);
    expect((await explain(clusterId, "j")).occurrences).toHaveLength(1);
    expect((await admin("DELETE", `/v1/clusters/${clusterId}/jobs/j`)).status).toBe(204);
    expect((await explain(clusterId, "j")).next).toEqual({ status: "deleted", why: "the job was deleted: it has no occurrences" });
    clock.advance(1_000);
    expect((await admin("POST", `/v1/clusters/${clusterId}/jobs`, { jobId: "j", type: "t", schedule: { rateMs: 10_000 } })).status).toBe(201);
    expect((await explain(clusterId, "j")).occurrences).toEqual([]);

    const unknown = await admin("GET", `/v1/clusters/${clusterId}/jobs/nope/explain`);
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: "job_not_found" } } });
    expect((await admin("GET", `/v1/clusters/nope-${seq}/jobs/j/explain`)).body.error.code).toBe("cluster_not_found");
    const bad = await admin("GET", `/v1/clusters/${clusterId}/jobs/j/explain?count=51`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("count must be a whole number from 1 to 50");
  });

  it("tells at most `count` occurrences, newest first", async () => {
    const { clusterId, a } = await setup({});
    const times: string[] = [];
    for (let i = 0; i < 4; i++) {
      clock.advance(10_000);
      const [claim] = await claimsOf(clusterId, a);
      times.push(claim!.scheduledFor);
      expect((await run(clusterId, a, claim!, "start")).status).toBe(200);
      expect((await run(clusterId, a, claim!, "complete", "failed")).status).toBe(200);
    }
    const body = await explain(clusterId, "j", 3);
    expect(body.occurrences.map((o: { scheduledFor: string; outcome: string }) => [o.scheduledFor, o.outcome])).toEqual(
      times.slice(1).reverse().map((t) => [t, "failed"]),
    );
  });
});
