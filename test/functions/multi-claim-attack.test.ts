import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { activeRuns } from "../../core/jobs/run-recovery";
import { type Table, type TransactItem, TransactionCanceled } from "../../core/store/table";
import type { FakeClock } from "../support/fake-clock";
import { isClaimWrite, runPutsOf, storedReads } from "../support/stored";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/**
 * Attacks on commit ee74592: one claim transaction takes every due occurrence of a concurrent
 * job it has room for (planClaims), writing the job once, as the last occurrence leaves it.
 */
let h: Harness;
let clock: FakeClock;
let realTable: Table;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
  realTable = h.deps.table;
});
afterEach(() => {
  h.deps.table = realTable;
});

type Node = { nodeId: string; nodeToken: string; epoch: number };
type Claim = { jobId: string; runId: string; claimToken: string; fencingToken: number; scheduledFor: string };

let seq = 0;
const admin = (method: string, path: string, body?: unknown) => h.call(method, path, { token: h.adminToken, ...(body === undefined ? {} : { body }) });

async function cluster(settings: object = {}) {
  const ctx = await clusterWithFirstNode(h, `mc${++seq}`, "a", { misfireThresholdMs: 3_600_000, ...settings });
  return { clusterId: ctx.clusterId, joinToken: ctx.joinToken, a: ctx.first as Node };
}
async function addJob(clusterId: string, s: { jobId: string; rateMs?: number; concurrent?: boolean; misfirePolicy?: string; at?: string }) {
  const res = await admin("POST", `/v1/clusters/${clusterId}/jobs`, {
    jobId: s.jobId,
    type: "t",
    schedule: s.at ? { at: s.at } : { rateMs: s.rateMs ?? 1000 },
    ...(s.concurrent === undefined ? {} : { concurrent: s.concurrent }),
    ...(s.misfirePolicy ? { misfirePolicy: s.misfirePolicy } : {}),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}
const { historyRuns, assignedOf, jobItem } = storedReads(() => realTable);

/**
 * Wrap the table: the nth claim transaction first lets `before` run (its requests unhooked), then
 * goes to DynamoDB; when DynamoDB cancels it, `reasons` may add what DynamoDB would also have said
 * about other items of the same write (a throttled partition names its item beside the failed
 * condition: the adapter turns such a cancellation into `TransactionCanceled`, not an outage).
 */
function hookClaim(opts: { nth?: number; before?: () => Promise<void>; reasons?: (items: TransactItem[], reasons: { code: string }[]) => void }) {
  let seen = 0;
  let inside = false;
  const log: TransactItem[][] = [];
  h.deps.table = {
    ...realTable,
    get: (i) => realTable.get(i),
    put: (i) => realTable.put(i),
    update: (i) => realTable.update(i),
    delete: (i) => realTable.delete(i),
    batchGet: (k, o) => realTable.batchGet(k, o),
    query: (i) => realTable.query(i),
    async transact(items) {
      if (inside || !isClaimWrite(items) || ++seen !== (opts.nth ?? 1)) return realTable.transact(items);
      log.push(items);
      inside = true;
      try {
        await opts.before?.();
      } finally {
        inside = false;
      }
      try {
        return await realTable.transact(items);
      } catch (error) {
        if (!(error instanceof TransactionCanceled) || !opts.reasons) throw error;
        const reasons = items.map((_, i) => ({ ...(error.reasons[i] ?? { code: "None" }) }));
        opts.reasons(items, reasons);
        throw new TransactionCanceled(reasons);
      }
    },
  };
  return log;
}

const allRuns = async (clusterId: string) => [...(await activeRuns(h.deps, clusterId)), ...(await historyRuns(clusterId))];

describe("Attack: a refusal of one occurrence of a multi-occurrence claim, and the retry", () => {
  it("DynamoDB names a throttled run Put (hot ACTIVE partition) beside another job's failed condition: the retry must not consume the dropped occurrence", async () => {
    const { clusterId, a } = await cluster();
    await addJob(clusterId, { jobId: "x", rateMs: 1000, concurrent: true });
    await addJob(clusterId, { jobId: "y", rateMs: 1000, concurrent: true });
    clock.advance(3_500); // x and y: 3 occurrences due each (+1000, +2000, +3000)
    const x = (await jobItem(clusterId, "x"))!;
    const due = [1, 2, 3].map((k) => x.createdAt + k * 1000);
    const log = hookClaim({
      // y moves before the write lands (a trigger): its claims are refused on y's version.
      before: async () => {
        expect((await admin("POST", `/v1/clusters/${clusterId}/jobs/y/trigger`)).status).toBe(200);
      },
      // ... and DynamoDB also names x's second run Put, throttled.
      reasons: (items, reasons) => {
        const second = runPutsOf(items).find(({ run }) => run.jobId === "x" && run.scheduledFor === due[1]);
        reasons[second!.index] = { code: "ThrottlingError" };
      },
    });
    const res = await checkIn(h, clusterId, a, { capacity: 10 });
    h.deps.table = realTable;
    expect(log).toHaveLength(1);
    expect(runPutsOf(log[0]!).filter(({ run }) => run.jobId === "x")).toHaveLength(3);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const held = (res.body.claims as Claim[]).map((c) => c.runId);
    // Whatever this check-in got, every occurrence of x runs: the rest stays due for the next check-ins.
    const more = await checkIn(h, clusterId, a, { capacity: 10, holding: held });
    expect(more.status).toBe(200);
    const xRuns = (await allRuns(clusterId)).filter((r) => r.jobId === "x");
    expect(xRuns.map((r) => r.scheduledFor).sort((p, q) => p - q)).toEqual(due);
    // x's job item must not have moved past an occurrence no run took.
    expect((await jobItem(clusterId, "x"))!.fencing).toBe(xRuns.length);
  });
});

describe("The retry after a lost multi-occurrence claim (job-level refusal)", () => {
  it("y moves before the write: the retry claims x's three occurrences (tokens 1..3) and leaves all of y's due, with its fencing untouched", async () => {
    const { clusterId, a } = await cluster();
    await addJob(clusterId, { jobId: "x", rateMs: 1000, concurrent: true });
    await addJob(clusterId, { jobId: "y", rateMs: 1000, concurrent: true });
    clock.advance(3_500);
    const log = hookClaim({ before: async () => void expect((await admin("POST", `/v1/clusters/${clusterId}/jobs/y/trigger`)).status).toBe(200) });
    const res = await checkIn(h, clusterId, a, { capacity: 10 });
    h.deps.table = realTable;
    expect(log).toHaveLength(1);
    expect(res.status).toBe(200);
    const claims = res.body.claims as Claim[];
    expect(claims.map((c) => `${c.jobId}:${c.fencingToken}`)).toEqual(["x:1", "x:2", "x:3"]);
    expect((await jobItem(clusterId, "y"))!.fencing).toBe(0);
    const next = await checkIn(h, clusterId, a, { capacity: 10, holding: claims.map((c) => c.runId) });
    expect((next.body.claims as Claim[]).map((c) => `${c.jobId}:${c.fencingToken}`)).toEqual(["y:1", "y:2", "y:3", "y:4"]);
  });
});

describe("G1, G2 under real concurrency: backlogs, triggers and requeues mixed, several nodes at once", () => {
  it("every occurrence (scheduled, triggered, requeued) ends in exactly one run that was not taken back; fencing tokens of each job are 1..n, each once; non-concurrent jobs never overlap; answers are the runs written", async () => {
    const { clusterId, joinToken, a } = await cluster();
    const nodes: Node[] = [a];
    for (let i = 1; i < 4; i++) nodes.push((await joinNode(h, clusterId, `n${i}`, joinToken)) as Node);
    const jobs = ["c0", "c1", "c2", "c3", "s0", "s1"];
    const concurrent = (jobId: string) => jobId.startsWith("c");
    for (const jobId of jobs) await addJob(clusterId, { jobId, rateMs: 1000, concurrent: concurrent(jobId) });
    const created = (await jobItem(clusterId, "c0"))!.createdAt;
    clock.advance(4_250); // a backlog: 4 occurrences of each job due
    const triggers: { jobId: string; at: number }[] = [];
    const answered: { claim: Claim; node: string }[] = [];
    const statuses: number[] = [];
    const holding = new Map<string, string[]>(nodes.map((n) => [n.nodeId, []]));
    const path = (runId: string) => `/v1/clusters/${clusterId}/runs/${encodeURIComponent(runId)}`;
    const rounds = 10;
    for (let round = 0; round < rounds + 6; round++) {
      const active = round < rounds;
      if (active) {
        // Off the 1000 ms grid: a trigger's time is never a scheduled one.
        for (const jobId of jobs.filter((_, k) => (k + round) % 3 === 0)) {
          triggers.push({ jobId, at: clock.now() });
          expect((await admin("POST", `/v1/clusters/${clusterId}/jobs/${jobId}/trigger`)).status).toBe(200);
        }
      }
      await Promise.all(
        nodes.map(async (node, n) => {
          // Each node forgets what it held every fourth round (its own): the not-held take-back requeues its claims.
          const forget = active && (round + n) % 4 === 1;
          const listed = forget ? [] : holding.get(node.nodeId)!;
          const res = await checkIn(h, clusterId, node, { capacity: [10, 6, 3, 8][n], holding: listed });
          statuses.push(res.status);
          const claims = (res.body?.claims ?? []) as Claim[];
          for (const claim of claims) answered.push({ claim, node: node.nodeId });
          const kept = [...listed];
          for (const claim of claims) {
            // Non-concurrent runs are finished at once; concurrent ones are finished or held.
            if (!concurrent(claim.jobId) || (round + claim.fencingToken) % 2 === 0) {
              const s = await h.call("POST", `${path(claim.runId)}/start`, { token: node.nodeToken, body: { claimToken: claim.claimToken } });
              const d = await h.call("POST", `${path(claim.runId)}/complete`, { token: node.nodeToken, body: { claimToken: claim.claimToken, outcome: "succeeded" } });
              statuses.push(s.status, d.status);
            } else kept.push(claim.runId);
          }
          holding.set(node.nodeId, kept);
        }),
      );
      if (active) clock.advance(750);
    }
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    const runs = await allRuns(clusterId);
    // What the answers listed is exactly what was written.
    expect(new Set(runs.map((r) => `${r.runId} ${r.nodeId}`))).toEqual(new Set(answered.map(({ claim, node }) => `${claim.runId} ${node}`)));
    for (const node of nodes) {
      const mine = (await activeRuns(h.deps, clusterId)).filter((r) => r.nodeId === node.nodeId).map((r) => r.runId);
      expect(new Set(await assignedOf(clusterId, node.nodeId))).toEqual(new Set(mine));
    }
    const now = clock.now();
    for (const jobId of jobs) {
      const ofJob = runs.filter((r) => r.jobId === jobId);
      const job = (await jobItem(clusterId, jobId))!;
      // G2: 1..n, each once, and the job remembers n.
      expect(ofJob.map((r) => r.fencingToken).sort((p, q) => p - q)).toEqual(ofJob.map((_, k) => k + 1));
      expect(job.fencing).toBe(ofJob.length);
      // G1: the occurrences due by now, each in exactly one run not taken back.
      const scheduled = [];
      for (let t = created + 1000; t <= now; t += 1000) scheduled.push(t);
      const expected = [...scheduled, ...triggers.filter((t) => t.jobId === jobId).map((t) => t.at)].sort((p, q) => p - q);
      const ran = ofJob.filter((r) => r.state !== "requeued").map((r) => r.scheduledFor).sort((p, q) => p - q);
      expect(ran, jobId).toEqual(expected);
      const requeued = ofJob.filter((r) => r.state === "requeued");
      for (const r of requeued) expect(ran).toContain(r.scheduledFor);
      if (!concurrent(jobId)) {
        const spans = ofJob.map((r) => [r.claimedAt, r.finishedAt ?? Infinity] as const).sort((p, q) => p[0] - q[0]);
        for (let k = 1; k < spans.length; k++) expect(spans[k]![0]).toBeGreaterThanOrEqual(spans[k - 1]![1]);
      }
    }
    expect(runs.some((r) => r.state === "requeued")).toBe(true);
  }, 60_000);
});
