import { beforeAll, describe, expect, it } from "vitest";
import { runHistoryPartition } from "../../core/store/keys";
import type { RunItem } from "../../core/jobs/run-items";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/**
 * 20 simulated nodes race, with real concurrency against DynamoDB Local, for 500 due
 * occurrences of 50 jobs (half of them non-concurrent), once (a round takes ~15–20 s of a CI
 * run; more: ROSTER_CLAIM_RACE_ROUNDS=10).
 */
let h: Harness;
beforeAll(async () => {
  h = await harness();
});

const ROUNDS = Number(process.env.ROSTER_CLAIM_RACE_ROUNDS ?? 1);
const NODES = 20;
const JOBS = 50;
const OCCURRENCES_PER_JOB = 10;

async function race(round: number) {
  const { clusterId, joinToken, first } = await clusterWithFirstNode(h, `race-${round}`, "node-0", { misfireThresholdMs: 3_600_000 });
  const nodes = [first];
  for (let i = 1; i < NODES; i++) nodes.push(await joinNode(h, clusterId, `node-${i}`, joinToken));
  for (let j = 0; j < JOBS; j++) {
    const res = await h.call("POST", `/v1/clusters/${clusterId}/jobs`, {
      token: h.adminToken,
      body: { jobId: `job-${j}`, type: "t", schedule: { rateMs: 1000 }, concurrent: j % 2 === 0 },
    });
    expect(res.status).toBe(201);
  }
  (h.clock as FakeClock).advance(OCCURRENCES_PER_JOB * 1000 + 500); // ten occurrences of each job are due

  const statuses: number[] = [];
  const claimed: string[] = [];
  let idleRounds = 0;
  while (claimed.length < JOBS * OCCURRENCES_PER_JOB && idleRounds < 5) {
    const before = claimed.length;
    await Promise.all(
      nodes.map(async (node) => {
        const res = await checkIn(h, clusterId, node, { capacity: 3 });
        statuses.push(res.status);
        await Promise.all(
          (res.body.claims ?? []).map(async (claim: { jobId: string; runId: string; claimToken: string; scheduledFor: string }) => {
            claimed.push(`${claim.jobId}@${claim.scheduledFor}`);
            const path = `/v1/clusters/${clusterId}/runs/${encodeURIComponent(claim.runId)}`;
            const started = await h.call("POST", `${path}/start`, { token: node.nodeToken, body: { claimToken: claim.claimToken } });
            const done = await h.call("POST", `${path}/complete`, {
              token: node.nodeToken,
              body: { claimToken: claim.claimToken, outcome: "succeeded" },
            });
            statuses.push(started.status, done.status);
          }),
        );
      }),
    );
    idleRounds = claimed.length === before ? idleRounds + 1 : 0;
  }
  return { clusterId, statuses, claimed };
}

async function history(clusterId: string): Promise<RunItem[]> {
  const runs: RunItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await h.deps.table.query({
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": runHistoryPartition(clusterId) },
      ExclusiveStartKey: start,
      ConsistentRead: true,
    });
    runs.push(...(page.items as RunItem[]));
    start = page.lastKey;
  } while (start);
  return runs;
}

describe("the claim race", () => {
  it.each(Array.from({ length: ROUNDS }, (_, i) => i + 1))("round %i: every occurrence is claimed exactly once, no non-concurrent job ever runs twice at once", async (round) => {
    const { clusterId, statuses, claimed } = await race(round);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(claimed).toHaveLength(JOBS * OCCURRENCES_PER_JOB);
    expect(new Set(claimed).size).toBe(JOBS * OCCURRENCES_PER_JOB);

    const runs = await history(clusterId);
    expect(runs).toHaveLength(JOBS * OCCURRENCES_PER_JOB);
    expect(runs.every((r) => r.state === "succeeded")).toBe(true);
    for (let j = 1; j < JOBS; j += 2) {
      // Non-concurrent: in the job's own order of changes, each claim comes after the previous run finished.
      const ofJob = runs.filter((r) => r.jobId === `job-${j}`).sort((a, b) => a.fencingToken - b.fencingToken);
      expect(ofJob.map((r) => r.fencingToken)).toEqual(Array.from({ length: OCCURRENCES_PER_JOB }, (_, i) => i + 1));
      for (let i = 1; i < ofJob.length; i++) {
        expect(ofJob[i]!.claimVersion).toBeGreaterThan(ofJob[i - 1]!.finishVersion!);
      }
    }
  }, 120_000);
});
