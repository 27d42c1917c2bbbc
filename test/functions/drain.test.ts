import { beforeAll, describe, expect, it } from "vitest";
import { activeRuns } from "../../core/jobs/run-recovery";
import { DEFAULT_NODE_SHARDS, eventPartition, nodeKey } from "../../core/store/keys";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/**
 * Drain (issue 18): through the API against DynamoDB Local. A draining node claims nothing new,
 * its unstarted claims go back to the queue at once (revoked at its next check-in), it may not
 * start them, its started runs may finish; it is `drained` once nothing of it runs. Bad input
 * changes nothing stored.
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

async function setup(jobs = 3) {
  const ctx = await clusterWithFirstNode(h, `dr${++seq}`, "a", { instanceTimeoutMs: 10_000, instanceRecoveryTimeoutMs: 10_000, misfireThresholdMs: 3_600_000 });
  const b = await joinNode(h, ctx.clusterId, "b", ctx.joinToken);
  for (let j = 0; j < jobs; j++) {
    const made = await h.call("POST", `/v1/clusters/${ctx.clusterId}/jobs`, { token: h.adminToken, body: { jobId: `j${j}`, type: "t", schedule: { rateMs: 60_000 } } });
    expect(made.status).toBe(201);
  }
  clock.advance(60_001); // one occurrence of each job is due
  return { clusterId: ctx.clusterId, a: ctx.first as Node, b: b as Node };
}

const drain = (clusterId: string, nodeId: string, token = h.adminToken) => h.call("POST", `/v1/clusters/${clusterId}/nodes/${nodeId}/drain`, { token });
const undrain = (clusterId: string, nodeId: string, token = h.adminToken) => h.call("POST", `/v1/clusters/${clusterId}/nodes/${nodeId}/undrain`, { token });
const run = (clusterId: string, node: Node, claim: Claim, what: "start" | "complete") =>
  h.call("POST", `/v1/clusters/${clusterId}/runs/${encodeURIComponent(claim.runId)}/${what}`, {
    token: node.nodeToken,
    body: { claimToken: claim.claimToken, ...(what === "complete" ? { outcome: "succeeded" } : {}) },
  });
const eventTypes = async (clusterId: string) =>
  (await h.deps.table.query({ KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": eventPartition(clusterId) }, ConsistentRead: true })).items.map(
    (e) => `${e.type as string}${e.nodeId ? ` ${e.nodeId as string}` : ""}`,
  );
const stored = async (clusterId: string, nodeId: string) => h.deps.table.get({ Key: nodeKey(clusterId, nodeId, DEFAULT_NODE_SHARDS), ConsistentRead: true });

describe("drain", () => {
  it("claims go back at once and are revoked; started runs finish; no new claims; drained once nothing runs; undrain claims again", async () => {
    const { clusterId, a, b } = await setup(3);
    const claimed = (await checkIn(h, clusterId, a, { capacity: 3 })).body.claims as Claim[];
    expect(claimed).toHaveLength(3);
    const [started, ...unstarted] = claimed as [Claim, ...Claim[]];
    expect((await run(clusterId, a, started, "start")).status).toBe(200);

    const drained = await drain(clusterId, "a");
    expect(drained.status).toBe(200);
    expect(drained.body).toMatchObject({ instanceId: "a", draining: true, drained: false });
    // The unstarted claims are back in the queue (requeued), the started run is still a's.
    const active = await activeRuns(h.deps, clusterId);
    expect(active.map((r) => `${r.jobId} ${r.state}`)).toEqual([`${started.jobId} started`]);
    // a's next check-in: the two are revoked, nothing new even with room; it may not start one.
    const next = await checkIn(h, clusterId, a, { capacity: 3, holding: claimed.map((c) => c.runId) });
    expect(next.status).toBe(200);
    expect([...next.body.revoked].sort()).toEqual(unstarted.map((c) => c.runId).sort());
    expect(next.body.claims).toEqual([]);
    expect((await run(clusterId, a, unstarted[0]!, "start")).body.error.code).toBe("claim_lost");
    // Another node takes them.
    const taken = (await checkIn(h, clusterId, b, { capacity: 3 })).body.claims as Claim[];
    expect(taken.map((c) => c.jobId).sort()).toEqual(unstarted.map((c) => c.jobId).sort());
    // The started run finishes; a is drained; its next check-in records node.drained.
    expect((await run(clusterId, a, started, "complete")).status).toBe(200);
    expect((await h.call("GET", `/v1/clusters/${clusterId}/nodes/a`, { token: h.adminToken })).body).toMatchObject({ draining: true, drained: true });
    await checkIn(h, clusterId, a, { capacity: 3, holding: [] });
    await checkIn(h, clusterId, a, { capacity: 3, holding: [] });
    const types = await eventTypes(clusterId);
    expect(types.filter((t) => t.startsWith("node.drain")).sort()).toEqual(["node.drained a", "node.draining a"]);
    expect(types.filter((t) => t.startsWith("job.requeued"))).toHaveLength(2);

    // Undrain: it claims again.
    expect((await undrain(clusterId, "a")).body).toMatchObject({ draining: false, drained: false });
    clock.advance(60_000);
    expect(((await checkIn(h, clusterId, a, { capacity: 3, holding: [] })).body.claims as Claim[]).length).toBeGreaterThan(0);
    expect((await eventTypes(clusterId)).filter((t) => t === "node.undrained a")).toHaveLength(1);
  });

  it("a node may drain itself with its own token (the agent on SIGTERM); drained at once when it holds nothing; twice changes nothing", async () => {
    const { clusterId, a, b } = await setup(0);
    const own = await drain(clusterId, "b", b.nodeToken);
    expect(own.body).toMatchObject({ instanceId: "b", draining: true, drained: true });
    const again = await drain(clusterId, "b", b.nodeToken);
    expect(again.status).toBe(200);
    expect((await eventTypes(clusterId)).filter((t) => t.startsWith("node.drain")).sort()).toEqual(["node.drained b", "node.draining b"]);
    // Another node's token may not drain it; a join token may not either.
    expect((await drain(clusterId, "b", a.nodeToken)).status).toBe(403);
    expect((await undrain(clusterId, "b", a.nodeToken)).status).toBe(403);
    expect((await drain(clusterId, "b", "nonsense")).status).toBe(401);
  });

  it("bad input: an unknown node is 404, a stopped node 409 node_not_live, an unknown cluster 404; nothing stored changes", async () => {
    const { clusterId, b } = await setup(0);
    expect((await drain(clusterId, "zz")).body.error.code).toBe("node_not_found");
    expect((await drain("no-such-cluster", "a")).body.error.code).toBe("cluster_not_found");
    expect((await h.call("POST", `/v1/clusters/${clusterId}/nodes/b/leave`, { token: b.nodeToken })).status).toBe(200);
    const before = await stored(clusterId, "b");
    const refused = await drain(clusterId, "b");
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: "node_not_live" });
    expect(refused.body.error.message).toContain("stopped");
    expect(await stored(clusterId, "b")).toEqual(before);
    expect((await eventTypes(clusterId)).filter((t) => t.startsWith("node.drain"))).toEqual([]);
    // A stopped node's own token: it must join again.
    expect((await drain(clusterId, "b", b.nodeToken)).body.error.code).toBe("rejoin_required");
  });

  it("a drain cut short after its mark (the process died before handing the claims back): the node's next check-in hands them back", async () => {
    const { clusterId, a } = await setup(2);
    const claimed = (await checkIn(h, clusterId, a, { capacity: 2 })).body.claims as Claim[];
    expect(claimed).toHaveLength(2);
    await h.deps.table.update({ Key: nodeKey(clusterId, "a", DEFAULT_NODE_SHARDS), UpdateExpression: "SET drainingSince = :t", ExpressionAttributeValues: { ":t": clock.now() } });
    const next = await checkIn(h, clusterId, a, { capacity: 2, holding: claimed.map((c) => c.runId) });
    expect([...next.body.revoked].sort()).toEqual(claimed.map((c) => c.runId).sort());
    expect(await activeRuns(h.deps, clusterId)).toEqual([]);
  });

  it("real concurrency: check-ins that claim race the drain; afterwards the node holds no unstarted claim and claimed nothing after the mark", async () => {
    for (let round = 0; round < 3; round++) {
      const { clusterId, a } = await setup(12);
      const racing = Array.from({ length: 6 }, () => checkIn(h, clusterId, a, { capacity: 2 }));
      const [drainAnswer] = await Promise.all([drain(clusterId, "a"), ...racing]);
      expect(drainAnswer.status).toBe(200);
      // Whatever landed before the mark went back (the drain's read after its mark sees it);
      // whatever came after was refused by its condition (no check-in since to hand it back).
      const left = (await activeRuns(h.deps, clusterId)).filter((r) => r.nodeId === "a");
      expect(left).toEqual([]);
      const node = (await stored(clusterId, "a"))!;
      expect(node.assigned).toBeUndefined();
      expect(node.drainedAt).toBeDefined();
    }
  });
});
