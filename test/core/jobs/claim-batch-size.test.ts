import { describe, expect, it } from "vitest";
import type { ClusterItem } from "../../../core/clusters/cluster-item";
import { MAX_CLAIMS_PER_WRITE, claimDue } from "../../../core/jobs/claim-due";
import type { JobItem } from "../../../core/jobs/job-item";
import type { Deps } from "../../../core/ports";
import type { TransactItem } from "../../../core/store/table";
import { DEFAULT_NODE_SHARDS } from "../../../core/store/keys";

/**
 * A claim transaction holds up to MAX_CLAIMS_PER_WRITE occurrences, and writes each job twice:
 * jobs whose queues hold thousands of triggers (an item may be 400 KB) must not add up past
 * DynamoDB's 4 MB per transaction (it would refuse the whole write, every check-in, until the queues drain).
 */
const NOW = Date.parse("2026-12-02T10:00:00Z");
const cluster = { clusterId: "c", settings: {}, joinTokenHash: "x", createdAt: "2026-12-01T00:00:00Z" } as ClusterItem;
const cred = { clusterId: "c", nodeId: "n", epoch: 1, shards: DEFAULT_NODE_SHARDS, token: "rnt_test" };

const bigJob = (i: number, queued: number): JobItem => ({
  clusterId: "c",
  jobId: `big-${i}`,
  type: "t",
  payload: { note: "x".repeat(8000) },
  schedule: { rateMs: 60_000 },
  concurrent: true,
  misfirePolicy: "fireAndProceed",
  createdAt: NOW - 3_600_000,
  queue: Array.from({ length: queued }, (_, k) => ({ scheduledFor: NOW - 1000 + k, reason: "trigger" as const })),
  fencing: 0,
  version: 1,
});

function recordingDeps() {
  const writes: TransactItem[][] = [];
  const deps = { table: { transact: async (items: TransactItem[]) => void writes.push(items) } } as unknown as Deps;
  return { deps, writes };
}

describe("a claim transaction's size", () => {
  it("splits jobs with large queues over transactions that each stay under 4 MB", async () => {
    const jobs = Array.from({ length: MAX_CLAIMS_PER_WRITE }, (_, i) => bigJob(i, 7000));
    expect(JSON.stringify(jobs[0]).length).toBeGreaterThan(300_000);
    const { deps, writes } = recordingDeps();
    const claims = await claimDue(deps, cluster, cred, jobs, MAX_CLAIMS_PER_WRITE, NOW);
    expect(claims).toHaveLength(MAX_CLAIMS_PER_WRITE);
    expect(writes.length).toBeGreaterThan(1);
    for (const items of writes) expect(JSON.stringify(items).length).toBeLessThan(4_000_000);
  });

  it("small jobs still go together, in one transaction", async () => {
    const jobs = Array.from({ length: MAX_CLAIMS_PER_WRITE }, (_, i) => bigJob(i, 3));
    const { deps, writes } = recordingDeps();
    expect(await claimDue(deps, cluster, cred, jobs, MAX_CLAIMS_PER_WRITE, NOW)).toHaveLength(MAX_CLAIMS_PER_WRITE);
    expect(writes).toHaveLength(1);
  });
});

describe("a check-in's own work", () => {
  it("moves at most 10 misfired doNothing jobs past their missed occurrences; the next check-ins do the rest", async () => {
    const late = Array.from({ length: 30 }, (_, i) => ({ ...bigJob(i, 0), misfirePolicy: "doNothing" as const, nextFireAt: NOW - 3_600_000 }));
    const { deps, writes } = recordingDeps();
    expect(await claimDue(deps, cluster, cred, late, 1, NOW)).toEqual([]);
    expect(writes).toHaveLength(10);
    for (const items of writes) expect(items.some((item) => "Put" in item && String(item.Put.Item?.pk).endsWith("#ACTIVE"))).toBe(false);
  });
});
