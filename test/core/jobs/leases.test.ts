import { beforeAll, describe, expect, it } from "vitest";
import { readCluster } from "../../../core/clusters/cluster-item";
import { DEFAULT_NODE_SHARDS, activeRunPartition, nodeKey } from "../../../core/store/keys";
import { sweepCluster } from "../../../core/detection/sweep";
import type { FakeClock } from "../../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../../support/harness";

/**
 * Run leases, in simulated time against DynamoDB Local: a claim's answer lost, a run a node
 * forgot, a node that lists nothing, and the boundaries of the lease (`core/leases.ts`).
 */
let h: Harness;
let clock: FakeClock;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
});

const T = 10_000; // instanceTimeoutMs: the lease length
const SETTINGS = { instanceTimeoutMs: T, instanceRecoveryTimeoutMs: 10_000, instanceCheckInIntervalMs: 2_000 };
let seq = 0;
type Node = { nodeId: string; nodeToken: string; epoch: number };

async function setup(nodes = 2) {
  const ctx = await clusterWithFirstNode(h, `l${++seq}`, "a", SETTINGS);
  const all: Node[] = [ctx.first];
  for (let i = 1; i < nodes; i++) all.push(await joinNode(h, ctx.clusterId, String.fromCharCode(97 + i), ctx.joinToken));
  return { ...ctx, nodes: all };
}
const addJob = (clusterId: string, body: object) => h.call("POST", `/v1/clusters/${clusterId}/jobs`, { token: h.adminToken, body });
const runPath = (clusterId: string, runId: string) => `/v1/clusters/${clusterId}/runs/${encodeURIComponent(runId)}`;
const start = (clusterId: string, node: Node, claim: { runId: string; claimToken: string }) =>
  h.call("POST", `${runPath(clusterId, claim.runId)}/start`, { token: node.nodeToken, body: { claimToken: claim.claimToken } });
const complete = (clusterId: string, node: Node, claim: { runId: string; claimToken: string }, outcome = "succeeded", message?: string) =>
  h.call("POST", `${runPath(clusterId, claim.runId)}/complete`, {
    token: node.nodeToken,
    body: { claimToken: claim.claimToken, outcome, ...(message ? { message } : {}) },
  });
const sweep = async (clusterId: string) => sweepCluster(h.deps, (await readCluster(h.deps, clusterId))!);
const runsOf = async (clusterId: string, jobId: string) =>
  (await h.call("GET", `/v1/clusters/${clusterId}/jobs/${jobId}/runs`, { token: h.adminToken })).body.results as {
    runId: string;
    state: string;
    nodeId: string;
    message?: string;
  }[];
const active = async (clusterId: string) =>
  (await h.deps.table.query({ KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": activeRunPartition(clusterId) }, ConsistentRead: true }))
    .items;
const events = async (clusterId: string, type: string) =>
  (await h.call("GET", `/v1/clusters/${clusterId}/events?limit=1000`, { token: h.adminToken })).body.results.filter(
    (e: { type: string }) => e.type === type,
  );

describe("a claim whose answer was lost", () => {
  it("is requeued by the node's next check-in, which does not list it, and another node takes it", async () => {
    const { clusterId, nodes } = await setup(2);
    const [a, b] = nodes as [Node, Node];
    await addJob(clusterId, { jobId: "lost", type: "t", schedule: { rateMs: 60_000 } });
    clock.advance(60_000);
    const answered = await checkIn(h, clusterId, a, { capacity: 1, holding: [] });
    expect(answered.body.claims).toHaveLength(1); // ... and the node never saw this answer
    clock.advance(2_000);
    const next = await checkIn(h, clusterId, a, { capacity: 0, holding: [] });
    expect(next.status).toBe(200);
    expect(await active(clusterId)).toHaveLength(0);
    const requeued = await events(clusterId, "job.requeued");
    expect(requeued).toHaveLength(1);
    expect(requeued[0].detail.reason).toBe("not-held");
    const taken = (await checkIn(h, clusterId, b, { capacity: 1, holding: [] })).body.claims;
    expect(taken.map((c: { scheduledFor: string }) => c.scheduledFor)).toEqual([answered.body.claims[0].scheduledFor]);
  });

  it("is requeued by the sweep once its lease lapses, even while the node keeps checking in without listing it", async () => {
    const { clusterId, nodes } = await setup(1);
    const a = nodes[0]!;
    await addJob(clusterId, { jobId: "stale", type: "t", schedule: { rateMs: 60_000 } });
    clock.advance(60_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1 })).body.claims;
    // The node stays alive with check-ins that list nothing (an older client that lost the answer).
    for (let t = 0; t < T; t += 2_000) {
      clock.advance(2_000);
      await checkIn(h, clusterId, a);
    }
    await sweep(clusterId); // exactly the lease length after the claim: still held
    expect((await active(clusterId)).map((r) => r.runId)).toEqual([claim.runId]);
    clock.advance(1);
    await checkIn(h, clusterId, a);
    await sweep(clusterId);
    expect(await active(clusterId)).toHaveLength(0);
    expect((await runsOf(clusterId, "stale"))[0]).toMatchObject({ runId: claim.runId, state: "requeued" });
    expect((await events(clusterId, "job.requeued"))[0].detail.reason).toBe("lease-lapsed");
    expect((await h.call("GET", `/v1/clusters/${clusterId}/nodes/a`, { token: h.adminToken })).body.state).toBe("running");
  });
});

describe("the lease of a started run", () => {
  it("is renewed by every check-in that lists it, and lapses one lease length after the last one", async () => {
    const { clusterId, nodes } = await setup(1);
    const a = nodes[0]!;
    await addJob(clusterId, { jobId: "long", type: "t", schedule: { rateMs: 600_000 } });
    clock.advance(600_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1 })).body.claims;
    expect((await start(clusterId, a, claim)).status).toBe(200);
    for (let i = 0; i < 20; i++) {
      clock.advance(2_000);
      expect((await checkIn(h, clusterId, a, { holding: [claim.runId] })).body.revoked).toEqual([]);
      await sweep(clusterId);
    }
    expect((await active(clusterId)).map((r) => r.state)).toEqual(["started"]); // 40 s: four lease lengths
    const lastListed = clock.now();
    // The node now checks in without listing the run (an older client with no renew): the lease runs out.
    clock.set(lastListed + T);
    await checkIn(h, clusterId, a);
    await sweep(clusterId);
    expect((await active(clusterId)).map((r) => r.state)).toEqual(["started"]); // at the boundary: held
    clock.set(lastListed + T + 1);
    await checkIn(h, clusterId, a);
    await sweep(clusterId);
    expect(await active(clusterId)).toHaveLength(0);
    expect((await runsOf(clusterId, "long"))[0]).toMatchObject({ runId: claim.runId, state: "orphaned" });
    // The job is free again: its next occurrence is claimable.
    clock.advance(600_000);
    expect((await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims).toHaveLength(1);
  });

  it("a started run the node forgot (a complete listing leaves it out) is orphaned, freeing its job", async () => {
    const { clusterId, nodes } = await setup(1);
    const a = nodes[0]!;
    await addJob(clusterId, { jobId: "forgot", type: "t", schedule: { rateMs: 60_000 } });
    clock.advance(60_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims;
    await start(clusterId, a, claim);
    clock.advance(1_000);
    await checkIn(h, clusterId, a, { holding: [] }); // e.g. the agent restarted and lost its memory
    expect((await runsOf(clusterId, "forgot"))[0]).toMatchObject({ runId: claim.runId, state: "orphaned" });
    clock.advance(60_000);
    expect((await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims).toHaveLength(1);
  });

  it("a run taken back while its node was silent is revoked when the node comes back and lists it", async () => {
    const { clusterId, nodes } = await setup(2);
    const [a, b] = nodes as [Node, Node];
    await addJob(clusterId, { jobId: "gone", type: "t", schedule: { rateMs: 60_000 } });
    clock.advance(60_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims;
    await start(clusterId, a, claim);
    clock.advance(T + 1);
    await checkIn(h, clusterId, b);
    await sweep(clusterId); // a is recovering; its lease lapsed: orphaned
    const back = await checkIn(h, clusterId, a, { holding: [claim.runId] });
    expect(back.status).toBe(200);
    expect(back.body.revoked).toEqual([claim.runId]);
    const renewed = await checkIn(h, clusterId, a, { renew: [claim.claimToken] });
    expect(renewed.body.revoked).toEqual([claim.claimToken]); // the older form is answered in its own terms
  });
});

describe("retries after an unknown outcome", () => {
  it("start and complete repeated with the same claim token get the same answer, not claim_lost", async () => {
    const { clusterId, nodes } = await setup(2);
    const [a, b] = nodes as [Node, Node];
    await addJob(clusterId, { jobId: "retry", type: "t", schedule: { rateMs: 60_000 } });
    clock.advance(60_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims;
    const first = await start(clusterId, a, claim);
    const again = await start(clusterId, a, claim);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body).toEqual(first.body);
    const done = await complete(clusterId, a, claim, "failed", "disk full");
    const repeated = await complete(clusterId, a, claim, "failed", "disk full");
    expect([done.status, repeated.status]).toEqual([200, 200]);
    expect(repeated.body).toEqual(done.body);
    expect(await events(clusterId, "job.completed")).toHaveLength(1); // one completion, one event
    expect((await complete(clusterId, b, claim)).body.error.code).toBe("claim_lost"); // another node still may not
  });

  it("20 parallel completes of one concurrent job all succeed (no 503 busy)", async () => {
    const { clusterId, nodes } = await setup(1);
    const a = nodes[0]!;
    await addJob(clusterId, { jobId: "many", type: "t", schedule: { rateMs: 1000 }, concurrent: true });
    const claims: { runId: string; claimToken: string }[] = [];
    while (claims.length < 20) {
      clock.advance(1_000);
      claims.push(...(await checkIn(h, clusterId, a, { capacity: 1, holding: claims.map((c) => c.runId) })).body.claims);
    }
    for (const claim of claims) expect((await start(clusterId, a, claim)).status).toBe(200);
    const results = await Promise.all(claims.map((claim) => complete(clusterId, a, claim)));
    expect(results.map((r) => r.status)).toEqual(claims.map(() => 200));
  });
});

describe("claims", () => {
  it("a node that lists its job types is never handed a type it has no handler for", async () => {
    const { clusterId, nodes } = await setup(2);
    const [a, b] = nodes as [Node, Node];
    await addJob(clusterId, { jobId: "report", type: "report", schedule: { rateMs: 60_000 } });
    clock.advance(60_000);
    expect((await checkIn(h, clusterId, a, { capacity: 5, holding: [], types: ["backup"] })).body.claims).toEqual([]);
    const taken = (await checkIn(h, clusterId, b, { capacity: 5, holding: [], types: ["report"] })).body.claims;
    expect(taken.map((c: { type: string }) => c.type)).toEqual(["report"]);
  });

  it("a claim is conditioned on the node: running, this incarnation, scheduling on", async () => {
    const { clusterId, joinToken, nodes } = await setup(2);
    const [a, b] = nodes as [Node, Node];
    await addJob(clusterId, { jobId: "cond", type: "t", schedule: { rateMs: 1000 }, concurrent: true });
    clock.advance(1_000);
    const { claimDue } = await import("../../../core/jobs/claim-due");
    const { readClusterAndDue } = await import("../../../core/jobs/claims");
    const read = await readClusterAndDue(h.deps, clusterId, clock.now(), 16);
    const cred = (n: Node) => ({ clusterId, nodeId: n.nodeId, epoch: n.epoch, shards: DEFAULT_NODE_SHARDS, token: n.nodeToken });
    // Scheduling switched off by an admin after the check-in read the node: no claim.
    await h.call("PATCH", `/v1/clusters/${clusterId}/nodes/b`, { token: h.adminToken, body: { schedulingEnabled: false } });
    expect(await claimDue(h.deps, read.cluster!, cred(b), read.due, 1, clock.now())).toEqual([]);
    // Left meanwhile: no claim.
    await h.call("POST", `/v1/clusters/${clusterId}/nodes/a/leave`, { token: a.nodeToken });
    expect(await claimDue(h.deps, read.cluster!, cred(a), read.due, 1, clock.now())).toEqual([]);
    // Superseded meanwhile: the old incarnation gets nothing, the new one can.
    const reborn = await joinNode(h, clusterId, "b", joinToken);
    await h.call("PATCH", `/v1/clusters/${clusterId}/nodes/b`, { token: h.adminToken, body: { schedulingEnabled: true } });
    expect(await claimDue(h.deps, read.cluster!, cred(b), read.due, 1, clock.now())).toEqual([]);
    expect(await claimDue(h.deps, read.cluster!, cred(reborn), read.due, 1, clock.now())).toHaveLength(1);
    expect(await active(clusterId)).toHaveLength(1);
  });

  it("leave racing check-ins that claim, with real concurrency: no run is left with the stopped node", async () => {
    for (let round = 0; round < 5; round++) {
      const { clusterId, nodes } = await setup(1);
      const a = nodes[0]!;
      for (let j = 0; j < 5; j++) await addJob(clusterId, { jobId: `r${j}`, type: "t", schedule: { rateMs: 1000 }, concurrent: true });
      clock.advance(1_000);
      await Promise.all([
        ...Array.from({ length: 4 }, () => checkIn(h, clusterId, a, { capacity: 2 })),
        h.call("POST", `/v1/clusters/${clusterId}/nodes/a/leave`, { token: a.nodeToken }),
      ]);
      // Whatever interleaving happened, the stopped incarnation holds nothing once the sweep has looked.
      await sweep(clusterId);
      expect((await active(clusterId)).filter((r) => r.nodeId === "a")).toEqual([]);
    }
  });

  it("start requires the node to be running: a node Roster marked recovering checks in first", async () => {
    const { clusterId, nodes } = await setup(2);
    const [a, b] = nodes as [Node, Node];
    await addJob(clusterId, { jobId: "late", type: "t", schedule: { rateMs: 60_000 }, concurrent: true });
    clock.advance(60_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims;
    clock.advance(T + 1);
    await checkIn(h, clusterId, b);
    const cluster = (await readCluster(h.deps, clusterId))!;
    // Mark a recovering while the guard keeps its claim (as if the sweep's requeue had not run yet).
    await h.deps.table.update({
      Key: nodeKey(clusterId, "a", DEFAULT_NODE_SHARDS),
      UpdateExpression: "SET #s = :r, recoveringSince = :now",
      ExpressionAttributeNames: { "#s": "state" },
      ExpressionAttributeValues: { ":r": "recovering", ":now": clock.now() },
    });
    expect(cluster.clusterId).toBe(clusterId);
    expect((await start(clusterId, a, claim)).body.error.code).toBe("claim_lost");
  });
});

describe("identities are never reused", () => {
  it("a node forgotten and joining again gets a higher epoch, and inherits nothing", async () => {
    const { clusterId, joinToken, nodes } = await setup(2);
    const b = nodes[1]!;
    expect(b.epoch).toBe(1);
    await h.call("POST", `/v1/clusters/${clusterId}/nodes/b/leave`, { token: b.nodeToken });
    expect((await h.call("DELETE", `/v1/clusters/${clusterId}/nodes/b`, { token: h.adminToken })).status).toBe(204);
    const again = await joinNode(h, clusterId, "b", joinToken);
    expect(again.epoch).toBe(2);
    expect((await checkIn(h, clusterId, b)).status).toBe(401); // the old token names the old epoch
    const forgotten = await events(clusterId, "node.forgotten");
    expect(forgotten[0].detail).toEqual({ epoch: 1 });
  });

  it("forget is refused while the guard holds a node's runs, and recovers them first otherwise", async () => {
    const { clusterId, nodes } = await setup(2);
    const [a, b] = nodes as [Node, Node];
    await addJob(clusterId, { jobId: "held", type: "t", schedule: { rateMs: 60_000 } });
    clock.advance(60_000);
    const [claim] = (await checkIn(h, clusterId, b, { capacity: 1, holding: [] })).body.claims;
    await start(clusterId, b, claim);
    // b goes offline while the guard is up (set by hand here): its run stays.
    await h.deps.table.update({
      Key: nodeKey(clusterId, "b", DEFAULT_NODE_SHARDS),
      UpdateExpression: "SET #s = :o",
      ExpressionAttributeNames: { "#s": "state" },
      ExpressionAttributeValues: { ":o": "offline" },
    });
    await h.deps.table.update({
      Key: { pk: `C#${clusterId}`, sk: "CLUSTER" },
      UpdateExpression: "SET disruptedSince = :t",
      ExpressionAttributeValues: { ":t": clock.now() },
    });
    const refused = await h.call("DELETE", `/v1/clusters/${clusterId}/nodes/b`, { token: h.adminToken });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("node_has_runs");
    expect(await h.deps.table.get({ Key: nodeKey(clusterId, "b", DEFAULT_NODE_SHARDS) })).toBeDefined();
    expect((await h.call("POST", `/v1/clusters/${clusterId}/stabilize`, { token: h.adminToken })).status).toBe(200);
    expect((await h.call("DELETE", `/v1/clusters/${clusterId}/nodes/b`, { token: h.adminToken })).status).toBe(204);
    expect((await runsOf(clusterId, "held"))[0]).toMatchObject({ runId: claim.runId, state: "orphaned" });
    expect(a.nodeId).toBe("a");
  });

  it("a job deleted and created again continues its fencing tokens and never gets the old job's outcomes", async () => {
    const { clusterId, nodes } = await setup(1);
    const a = nodes[0]!;
    const job = { jobId: "phoenix", type: "t", schedule: { rateMs: 1000 } };
    await addJob(clusterId, job);
    const fencing: number[] = [];
    let old: { runId: string; claimToken: string; fencingToken: number } | undefined;
    for (let i = 0; i < 3; i++) {
      clock.advance(1_000);
      const [claim] = (await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims;
      fencing.push(claim.fencingToken);
      await start(clusterId, a, claim);
      if (i < 2) await complete(clusterId, a, claim);
      else old = claim; // still running when the job is deleted
    }
    expect((await h.call("DELETE", `/v1/clusters/${clusterId}/jobs/phoenix`, { token: h.adminToken })).status).toBe(204);
    expect((await h.call("GET", `/v1/clusters/${clusterId}/jobs/phoenix`, { token: h.adminToken })).status).toBe(404);
    expect((await h.call("GET", `/v1/clusters/${clusterId}/jobs`, { token: h.adminToken })).body.results).toEqual([]);
    expect((await addJob(clusterId, job)).status).toBe(201);
    expect((await addJob(clusterId, job)).body.error.code).toBe("job_exists");
    // The old run finishes now: its outcome goes to the history, not to the new job.
    expect((await complete(clusterId, a, old!, "failed")).status).toBe(200);
    expect((await h.call("GET", `/v1/clusters/${clusterId}/jobs/phoenix`, { token: h.adminToken })).body.lastRun).toBeUndefined();
    clock.advance(1_000);
    const [next] = (await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims;
    fencing.push(next.fencingToken);
    expect(fencing).toEqual([1, 2, 3, 4]);
  });

  it("a re-created job never receives the old job's requeued occurrence", async () => {
    const { clusterId, nodes } = await setup(1);
    const a = nodes[0]!;
    const job = { jobId: "again", type: "t", schedule: { rateMs: 600_000 } };
    await addJob(clusterId, job);
    clock.advance(600_000);
    const [claim] = (await checkIn(h, clusterId, a, { capacity: 1, holding: [] })).body.claims;
    await h.call("DELETE", `/v1/clusters/${clusterId}/jobs/again`, { token: h.adminToken });
    await addJob(clusterId, job);
    await checkIn(h, clusterId, a, { holding: [] }); // the old claim goes back
    expect((await runsOf(clusterId, "again")).find((r) => r.runId === claim.runId)?.state).toBe("requeued");
    const view = (await h.call("GET", `/v1/clusters/${clusterId}/jobs/again`, { token: h.adminToken })).body;
    expect(view.queued).toBe(0);
    expect(Date.parse(view.nextFireAt)).toBe(clock.now() + 600_000);
  });
});
