import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { readCluster } from "../../core/clusters/cluster-item";
import { sweepCluster } from "../../core/detection/sweep";
import { activeRuns } from "../../core/jobs/run-recovery";
import { dueKey, eventPartition } from "../../core/store/keys";
import { type Table, type TransactItem, queryAll } from "../../core/store/table";
import type { FakeClock } from "../support/fake-clock";
import { isClaimWrite, runPutsOf, storedReads } from "../support/stored";
import { faults, transactWithEvent } from "../support/faults";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/**
 * Attacks on batched claims (commit 9347df3: one transaction claims up to 10 occurrences and
 * writes the node item once). Real concurrency against DynamoDB Local (Promise.all of check-ins)
 * and precise interleavings: a wrapper around `deps.table` runs another actor's request at the
 * exact moment a check-in is about to send its claim transaction or its next read.
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
  const ctx = await clusterWithFirstNode(h, `cb${++seq}`, "a", { misfireThresholdMs: 3_600_000, ...settings });
  return { clusterId: ctx.clusterId, joinToken: ctx.joinToken, a: ctx.first as Node };
}

async function addJobs(clusterId: string, specs: { jobId: string; type?: string; rateMs?: number; concurrent?: boolean; misfirePolicy?: string }[]) {
  for (let i = 0; i < specs.length; i += 25) {
    await Promise.all(
      specs.slice(i, i + 25).map(async (s) => {
        const res = await admin("POST", `/v1/clusters/${clusterId}/jobs`, {
          jobId: s.jobId,
          type: s.type ?? "t",
          schedule: { rateMs: s.rateMs ?? 60_000 },
          ...(s.concurrent === undefined ? {} : { concurrent: s.concurrent }),
          ...(s.misfirePolicy ? { misfirePolicy: s.misfirePolicy } : {}),
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
      }),
    );
  }
}
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(3, "0")}`);

const allEvents = (clusterId: string) =>
  queryAll(realTable, { KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": eventPartition(clusterId) }, ConsistentRead: true });
const { historyRuns, assignedOf, jobItem } = storedReads(() => realTable);
const runPath = (clusterId: string, runId: string) => `/v1/clusters/${clusterId}/runs/${encodeURIComponent(runId)}`;
const finish = async (clusterId: string, node: Node, claim: Claim) => {
  const started = await h.call("POST", `${runPath(clusterId, claim.runId)}/start`, { token: node.nodeToken, body: { claimToken: claim.claimToken } });
  const done = await h.call("POST", `${runPath(clusterId, claim.runId)}/complete`, { token: node.nodeToken, body: { claimToken: claim.claimToken, outcome: "succeeded" } });
  return [started.status, done.status];
};


/**
 * Wrap the table: before the nth call that `when` matches goes to DynamoDB, run `before` (its own
 * requests go through unhooked). Returns what the hook saw.
 */
function hook(when: (method: "transact" | "query", input: any) => boolean, before: (input: any, nth: number) => Promise<void>, nths: number[] = [1]) {
  let seen = 0;
  let inside = false;
  const log: { nth: number; input: any }[] = [];
  const wrapped: Table = {
    ...realTable,
    get: (i) => realTable.get(i),
    put: (i) => realTable.put(i),
    update: (i) => realTable.update(i),
    delete: (i) => realTable.delete(i),
    batchGet: (k, o) => realTable.batchGet(k, o),
    async query(input) {
      if (!inside && when("query", input)) {
        seen += 1;
        if (nths.includes(seen)) {
          inside = true;
          log.push({ nth: seen, input });
          try {
            await before(input, seen);
          } finally {
            inside = false;
          }
        }
      }
      return realTable.query(input);
    },
    async transact(items) {
      if (!inside && when("transact", items)) {
        seen += 1;
        if (nths.includes(seen)) {
          inside = true;
          log.push({ nth: seen, input: items });
          try {
            await before(items, seen);
          } finally {
            inside = false;
          }
        }
      }
      return realTable.transact(items);
    },
  };
  h.deps.table = wrapped;
  return log;
}
const jobIdsOfClaimWrite = (items: TransactItem[]) =>
  items.flatMap((item) => ("Put" in item && String(item.Put.Item?.sk).startsWith("JOB#") ? [String(item.Put.Item!.sk).slice(4)] : []));

describe("G1, G2, G8: real concurrency, many nodes, batches racing", () => {
  it("every occurrence is claimed once, fencing tokens strictly increase per job, non-concurrent jobs never overlap, responses list exactly the runs", async () => {
    const { clusterId, joinToken, a } = await cluster();
    const nodes: Node[] = [a];
    for (let i = 1; i < 5; i++) nodes.push((await joinNode(h, clusterId, `n${i}`, joinToken)) as Node);
    const JOBS = 15;
    const OCC = 3;
    const concurrent = (i: number) => i % 3 !== 0; // j000, j003, ... are non-concurrent
    await addJobs(
      clusterId,
      ids("j", JOBS).map((jobId, i) => ({ jobId, rateMs: 1000, concurrent: concurrent(i) })),
    );
    clock.advance(OCC * 1000 + 500);
    const capacities = [3, 10, 25, 7, 40];
    const claimed: { claim: Claim; node: string }[] = [];
    const statuses: number[] = [];
    let idle = 0;
    while (idle < 2) {
      const before = claimed.length;
      await Promise.all(
        nodes.map(async (node, n) => {
          const res = await checkIn(h, clusterId, node, { capacity: capacities[n] });
          statuses.push(res.status);
          const claims = (res.body?.claims ?? []) as Claim[];
          expect(claims.length).toBeLessThanOrEqual(capacities[n]!);
          for (const claim of claims) claimed.push({ claim, node: node.nodeId });
          // Non-concurrent jobs are finished at once (else they stay locked); concurrent runs stay in flight.
          await Promise.all(
            claims.filter((c) => !concurrent(Number(c.jobId.slice(1)))).map(async (claim) => statuses.push(...(await finish(clusterId, node, claim)))),
          );
        }),
      );
      idle = claimed.length === before ? idle + 1 : 0;
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const occurrences = claimed.map(({ claim }) => `${claim.jobId}@${claim.scheduledFor}`);
    expect(new Set(occurrences).size).toBe(occurrences.length);
    expect(occurrences).toHaveLength(JOBS * OCC);

    const active = await activeRuns(h.deps, clusterId);
    const runs = [...active, ...(await historyRuns(clusterId))];
    // G8: what the responses listed is exactly what was written, to the node named.
    expect(new Set(runs.map((r) => `${r.runId} ${r.nodeId}`))).toEqual(new Set(claimed.map(({ claim, node }) => `${claim.runId} ${node}`)));
    expect(runs).toHaveLength(claimed.length);
    for (const node of nodes) {
      expect(new Set(await assignedOf(clusterId, node.nodeId))).toEqual(new Set(active.filter((r) => r.nodeId === node.nodeId).map((r) => r.runId)));
    }
    for (const [i, jobId] of ids("j", JOBS).entries()) {
      const ofJob = runs.filter((r) => r.jobId === jobId).sort((x, y) => x.fencingToken - y.fencingToken);
      expect(ofJob.map((r) => r.fencingToken)).toEqual(Array.from({ length: OCC }, (_, k) => k + 1));
      expect((await jobItem(clusterId, jobId))!.fencing).toBe(OCC);
      if (!concurrent(i)) for (let k = 1; k < ofJob.length; k++) expect(ofJob[k]!.claimVersion).toBeGreaterThan(ofJob[k - 1]!.finishVersion!);
    }
  }, 20_000);
});

describe("G3: a node never holds more than MAX_HELD (100)", () => {
  it("a batch planned with room is refused once another check-in of the node filled it (90 held + 5, then 10); two check-ins at once of a node holding 95 get at most 5; three at once of a node holding 60 stay within 100; answers are exactly what was written", async () => {
    const { clusterId, joinToken, a } = await cluster();
    const b = (await joinNode(h, clusterId, "b", joinToken)) as Node;
    // 50 concurrent jobs, 5 occurrences due each: one pointer per job, which moves on at each claim.
    await addJobs(clusterId, ids("j", 50).map((jobId) => ({ jobId, rateMs: 1000, concurrent: true })));
    clock.advance(5_500);
    const claimsOf = async (node: Node, capacity: number, expected: number) => {
      const res = await checkIn(h, clusterId, node, { capacity });
      expect(res.status).toBe(200);
      expect(res.body.claims).toHaveLength(expected);
      return (res.body.claims as Claim[]).map((c) => c.runId);
    };
    const heldA = [...(await claimsOf(a, 50, 50)), ...(await claimsOf(a, 40, 40))];
    // a holds 90. A check-in asking 10 plans a batch of 10 (room 10); before it lands, another
    // check-in of a asking 5 claims 5: the batch of 10 must now be refused (95 + 10 > 100).
    let small: Claim[] = [];
    const seen = hook(
      (m, items) => m === "transact" && isClaimWrite(items),
      async () => {
        const res = await checkIn(h, clusterId, a, { capacity: 5, holding: heldA });
        expect(res.status).toBe(200);
        small = res.body.claims;
      },
    );
    const big = await checkIn(h, clusterId, a, { capacity: 10, holding: heldA });
    h.deps.table = realTable;
    expect(runPutsOf(seen[0]!.input)).toHaveLength(10);
    expect(small).toHaveLength(5);
    expect(big.status).toBe(200);
    expect(big.body.claims).toEqual([]);
    expect(await assignedOf(clusterId, "a")).toHaveLength(95);
    heldA.push(...small.map((c) => c.runId));
    // Two racing check-ins of a, each asking 100 with 95 held (listed): 50 pointers, room for 5.
    const racing = await Promise.all([checkIn(h, clusterId, a, { capacity: 100, holding: heldA }), checkIn(h, clusterId, a, { capacity: 100, holding: heldA })]);
    expect(racing.map((r) => r.status)).toEqual([200, 200]);
    const more = racing.flatMap((r) => r.body.claims as Claim[]);
    expect(more.length).toBeLessThanOrEqual(5);
    const assignedA = await assignedOf(clusterId, "a");
    expect(assignedA.length).toBeLessThanOrEqual(100);
    expect(new Set(assignedA)).toEqual(new Set([...heldA, ...more.map((c) => c.runId)]));

    // b holds 60; three check-ins at once (no listing) each plan room for 40 over 50 pointers.
    const heldB = [...(await claimsOf(b, 50, 50)), ...(await claimsOf(b, 10, 10))];
    const three = await Promise.all([0, 1, 2].map(() => checkIn(h, clusterId, b, { capacity: 100 })));
    expect(three.map((r) => r.status)).toEqual([200, 200, 200]);
    const got = three.flatMap((r) => r.body.claims as Claim[]);
    const assignedB = await assignedOf(clusterId, "b");
    expect(assignedB.length).toBeLessThanOrEqual(100);
    const runsB = (await activeRuns(h.deps, clusterId)).filter((r) => r.nodeId === "b");
    expect(new Set(runsB.map((r) => r.runId))).toEqual(new Set([...heldB, ...got.map((c) => c.runId)]));
    expect(new Set(assignedB)).toEqual(new Set(runsB.map((r) => r.runId)));
  }, 15_000);
});

describe("G4: a node whose check fails when the claim lands gets nothing", () => {
  const cases: [string, (clusterId: string, a: Node, joinToken: string) => Promise<unknown>][] = [
    ["draining", (c) => admin("POST", `/v1/clusters/${c}/nodes/a/drain`)],
    ["scheduling off", (c) => admin("PATCH", `/v1/clusters/${c}/nodes/a`, { schedulingEnabled: false })],
    ["left (stopped)", (c, a) => h.call("POST", `/v1/clusters/${c}/nodes/a/leave`, { token: a.nodeToken })],
    ["superseded", (c, _a, joinToken) => joinNode(h, c, "a", joinToken)],
  ];
  it.each(cases)("%s between the heartbeat and the first batch: no run, no job moved, no event", async (_name, disrupt) => {
    const { clusterId, joinToken, a } = await cluster();
    await addJobs(clusterId, ids("j", 15).map((jobId) => ({ jobId })));
    clock.advance(60_001);
    const seen = hook((m, items) => m === "transact" && isClaimWrite(items), () => disrupt(clusterId, a, joinToken).then(() => undefined));
    const res = await checkIn(h, clusterId, a, { capacity: 20 });
    h.deps.table = realTable;
    expect(seen).toHaveLength(1);
    if (res.status === 200) expect(res.body.claims).toEqual([]);
    const runs = [...(await activeRuns(h.deps, clusterId)), ...(await historyRuns(clusterId))];
    expect(runs).toEqual([]);
    for (const jobId of ids("j", 15)) expect((await jobItem(clusterId, jobId))!.fencing).toBe(0);
    expect((await allEvents(clusterId)).filter((e) => e.type === "job.claimed")).toEqual([]);
  });

  it("scheduling switched off between batch 1 and batch 2: the answer lists exactly batch 1, batch 2 wrote nothing", async () => {
    const { clusterId, a } = await cluster();
    await addJobs(clusterId, ids("j", 25).map((jobId) => ({ jobId })));
    clock.advance(60_001);
    hook(
      (m, items) => m === "transact" && isClaimWrite(items),
      () => admin("PATCH", `/v1/clusters/${clusterId}/nodes/a`, { schedulingEnabled: false }).then(() => undefined),
      [2],
    );
    const res = await checkIn(h, clusterId, a, { capacity: 25 });
    h.deps.table = realTable;
    expect(res.status).toBe(200);
    expect(res.body.claims).toHaveLength(10);
    const runs = await activeRuns(h.deps, clusterId);
    expect(new Set(runs.map((r) => r.runId))).toEqual(new Set((res.body.claims as Claim[]).map((c) => c.runId)));
    expect(new Set(await assignedOf(clusterId, "a"))).toEqual(new Set(runs.map((r) => r.runId)));
    const moved = (await Promise.all(ids("j", 25).map((j) => jobItem(clusterId, j)))).filter((j) => j!.fencing > 0);
    expect(moved).toHaveLength(10);
  });
});

describe("G5: misfires inside one batch", () => {
  it("fireAndProceed and doNothing late jobs and on-time jobs in one check-in: one run per late fireAndProceed job, none for doNothing, misfired before claimed", async () => {
    const { clusterId, a } = await cluster({ misfireThresholdMs: 5_000 });
    await addJobs(clusterId, [
      ...ids("f", 3).map((jobId) => ({ jobId, misfirePolicy: "fireAndProceed" })),
      ...ids("d", 3).map((jobId) => ({ jobId, misfirePolicy: "doNothing" })),
    ]);
    clock.advance(65_000);
    await addJobs(clusterId, ids("o", 3).map((jobId) => ({ jobId, rateMs: 5_000 })));
    clock.advance(5_000); // f*, d* are 10 s late (> 5 s); o* are due right now
    const res = await checkIn(h, clusterId, a, { capacity: 10 });
    expect(res.status).toBe(200);
    const claims = res.body.claims as Claim[];
    expect(claims.map((c) => c.jobId).sort()).toEqual([...ids("f", 3), ...ids("o", 3)]);
    const runs = await activeRuns(h.deps, clusterId);
    expect(runs).toHaveLength(6);
    for (const run of runs) expect(Boolean(run.misfired)).toBe(run.jobId.startsWith("f"));
    for (const jobId of ids("d", 3)) {
      const job = (await jobItem(clusterId, jobId))!;
      expect(job.fencing).toBe(0);
      expect(job.nextFireAt).toBeGreaterThan(clock.now());
      expect(job.skipped).toHaveLength(1);
    }
    for (const jobId of ids("f", 3)) expect((await jobItem(clusterId, jobId))!.nextFireAt).toBeGreaterThan(clock.now());

    const events = await allEvents(clusterId); // sorted by event id, the log's order
    expect(new Set(events.map((e) => e.sk)).size).toBe(events.length);
    for (const jobId of [...ids("f", 3), ...ids("d", 3), ...ids("o", 3)]) {
      const of = events.filter((e) => e.jobId === jobId).map((e) => e.type as string);
      if (jobId.startsWith("f")) expect(of).toEqual(["job.misfired", "job.claimed"]);
      if (jobId.startsWith("d")) expect(of).toEqual(["job.misfired"]);
      if (jobId.startsWith("o")) expect(of).toEqual(["job.claimed"]);
    }
  });
});

describe("G6: a job deleted or changed between the read and the claim", () => {
  it("only those claims drop out; the retry claims the others; nothing partial", async () => {
    const { clusterId, a } = await cluster();
    await addJobs(clusterId, ids("j", 6).map((jobId) => ({ jobId })));
    clock.advance(60_001);
    hook(
      (m, items) => m === "transact" && isClaimWrite(items),
      async () => {
        expect((await admin("DELETE", `/v1/clusters/${clusterId}/jobs/j001`)).status).toBe(204);
        expect((await admin("POST", `/v1/clusters/${clusterId}/jobs/j003/trigger`)).status).toBe(200);
      },
    );
    const res = await checkIn(h, clusterId, a, { capacity: 10 });
    h.deps.table = realTable;
    expect(res.status).toBe(200);
    const claims = res.body.claims as Claim[];
    expect(claims.map((c) => c.jobId).sort()).toEqual(["j000", "j002", "j004", "j005"]);
    const runs = await activeRuns(h.deps, clusterId);
    expect(new Set(runs.map((r) => r.runId))).toEqual(new Set(claims.map((c) => c.runId)));
    expect(new Set(await assignedOf(clusterId, "a"))).toEqual(new Set(claims.map((c) => c.runId)));
    expect((await jobItem(clusterId, "j001"))!.fencing).toBe(0);
    const j3 = (await jobItem(clusterId, "j003"))!;
    expect(j3.fencing).toBe(0);
    expect(j3.activeRunId).toBeUndefined();
    expect((await allEvents(clusterId)).filter((e) => e.type === "job.claimed").map((e) => e.jobId as string).sort()).toEqual(["j000", "j002", "j004", "j005"]);

    // j003 (bumped) is still there for the next check-in; j001 (deleted) is not.
    const next = await checkIn(h, clusterId, a, { capacity: 10, holding: claims.map((c) => c.runId) });
    expect(next.status).toBe(200);
    expect((next.body.claims as Claim[]).map((c) => c.jobId)).toEqual(["j003"]);
  });

  it("the retry loses too: it stops, and neither attempt left anything behind", async () => {
    const { clusterId, a } = await cluster();
    await addJobs(clusterId, ids("j", 6).map((jobId) => ({ jobId })));
    clock.advance(60_001);
    hook(
      (m, items) => m === "transact" && isClaimWrite(items),
      async (_items, nth) => {
        const jobId = nth === 1 ? "j001" : "j004";
        expect((await admin("POST", `/v1/clusters/${clusterId}/jobs/${jobId}/trigger`)).status).toBe(200);
      },
      [1, 2],
    );
    const res = await checkIn(h, clusterId, a, { capacity: 10 });
    h.deps.table = realTable;
    expect(res.status).toBe(200);
    expect(res.body.claims).toEqual([]);
    expect(await activeRuns(h.deps, clusterId)).toEqual([]);
    expect(await assignedOf(clusterId, "a")).toEqual([]);
    for (const jobId of ids("j", 6)) expect((await jobItem(clusterId, jobId))!.fencing).toBe(0);
    const next = await checkIn(h, clusterId, a, { capacity: 10, holding: [] });
    expect((next.body.claims as Claim[]).map((c) => c.jobId).sort()).toEqual(ids("j", 6));
  });
});

describe("G7: a claim batch whose answer is lost", () => {
  const occurrencesRunOnce = async (clusterId: string, node: Node, jobs: string[]) => {
    // Keep checking in (listing what it really holds) until every job ran its lost occurrence.
    const done: Claim[] = [];
    for (let round = 0; round < 4; round++) {
      const res = await checkIn(h, clusterId, node, { capacity: 25, holding: [] });
      expect(res.status).toBe(200);
      for (const claim of res.body.claims as Claim[]) {
        expect(await finish(clusterId, node, claim)).toEqual([200, 200]);
        done.push(claim);
      }
    }
    const runs = await historyRuns(clusterId);
    for (const jobId of jobs) {
      const ofJob = runs.filter((r) => r.jobId === jobId);
      // The lost claim was taken back (requeued), then the same occurrence ran exactly once.
      expect(ofJob.map((r) => r.state).sort(), jobId).toEqual(["requeued", "succeeded"]);
      expect(new Set(ofJob.map((r) => r.scheduledFor)).size).toBe(1);
    }
    expect(await activeRuns(h.deps, clusterId)).toEqual([]);
    expect(await assignedOf(clusterId, node.nodeId)).toEqual([]);
    return done;
  };

  it("the second of two batches commits but its answer is lost: all 20 stranded runs are taken back (not-held) and each occurrence runs once", async () => {
    const { clusterId, a } = await cluster();
    const jobs = ids("j", 20);
    await addJobs(clusterId, jobs.map((jobId) => ({ jobId })));
    clock.advance(60_001);
    const f = faults();
    h.deps.table = f.table(realTable);
    f.aim({ kind: "lost-answer", when: transactWithEvent("job.claimed"), nth: 2 });
    const res = await checkIn(h, clusterId, a, { capacity: 20 });
    h.deps.table = realTable;
    expect(f.spent).toBe(true);
    expect(res.status).toBe(503);
    expect(await activeRuns(h.deps, clusterId)).toHaveLength(20);
    expect(await assignedOf(clusterId, "a")).toHaveLength(20);
    await occurrencesRunOnce(clusterId, a, jobs);
    const requeued = (await allEvents(clusterId)).filter((e) => e.type === "job.requeued");
    expect(requeued).toHaveLength(20);
    expect(requeued.every((e) => (e.detail as { reason: string }).reason === "not-held")).toBe(true);
  });

  it("an old client that never lists what it holds: the sweep takes the lost batch back (lease), each occurrence runs once", async () => {
    const T = 10_000;
    const { clusterId, a } = await cluster({ instanceTimeoutMs: T, instanceRecoveryTimeoutMs: T });
    const jobs = ids("j", 8);
    await addJobs(clusterId, jobs.map((jobId) => ({ jobId, rateMs: 3_600_000 })));
    clock.advance(3_600_001);
    const f = faults();
    h.deps.table = f.table(realTable);
    f.aim({ kind: "lost-answer", when: transactWithEvent("job.claimed") });
    expect((await checkIn(h, clusterId, a, { capacity: 10 })).status).toBe(503);
    h.deps.table = realTable;
    expect(await activeRuns(h.deps, clusterId)).toHaveLength(8);
    // The node keeps checking in without a listing (no renewal): the leases lapse.
    for (let t = 0; t < 3; t++) {
      clock.advance(T / 2 + 1);
      expect((await checkIn(h, clusterId, a, { capacity: 0 })).status).toBe(200);
    }
    await sweepCluster(h.deps, (await readCluster(h.deps, clusterId))!);
    expect(await activeRuns(h.deps, clusterId)).toEqual([]);
    await occurrencesRunOnce(clusterId, a, jobs);
  });
});

describe("Attack: the same job twice in one batch", () => {
  it("a job claimed by another node between a check-in's window read and its extra page: the check-in must not fail", async () => {
    // a runs type x only; the window (100 pointers) is full of type y, so a reads a second page.
    // Node b claims x0 in between: x0's pointer moves to its next (still due) occurrence, which
    // the second page returns. a's candidates are then [x0 as first read, x0 as it is now].
    const { clusterId, joinToken, a } = await cluster();
    const b = (await joinNode(h, clusterId, "b", joinToken)) as Node;
    await addJobs(clusterId, [{ jobId: "x0", type: "x", rateMs: 1000, concurrent: true }]);
    clock.advance(1);
    await addJobs(clusterId, ids("y", 100).map((jobId) => ({ jobId, type: "y", rateMs: 1000 })));
    clock.advance(3_500); // x0: 3 occurrences due (+1000, +2000, +3000); y*: first pointer at +1001
    let bClaims: Claim[] = [];
    const seen = hook(
      (m, input) => m === "query" && input.ExclusiveStartKey !== undefined,
      async () => {
        const res = await checkIn(h, clusterId, b, { capacity: 1, types: ["x"] });
        bClaims = res.body.claims;
      },
    );
    const res = await checkIn(h, clusterId, a, { capacity: 10, types: ["x"] });
    h.deps.table = realTable;
    expect(seen).toHaveLength(1); // the extra page was read, and b claimed in between
    expect(bClaims.map((c) => c.jobId)).toEqual(["x0"]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // x0's two occurrences still due, in one write of x0 (one claim of a concurrent job takes every due occurrence it has room for).
    const claims = res.body.claims as Claim[];
    expect(claims.map((c) => c.jobId)).toEqual(["x0", "x0"]);
    expect(claims.map((c) => c.fencingToken)).toEqual([2, 3]);
  });

  it("a stale due pointer beside the job's current one (what the audit exists for: a restore, a manual edit): check-ins must not fail", async () => {
    const { clusterId, joinToken, a } = await cluster();
    const b = (await joinNode(h, clusterId, "b", joinToken)) as Node;
    await addJobs(clusterId, [{ jobId: "x0", type: "x", rateMs: 1000, concurrent: true }, ...ids("j", 3).map((jobId) => ({ jobId, rateMs: 1000 }))]);
    clock.advance(3_500);
    const x0 = (await jobItem(clusterId, "x0"))!;
    const stale = { ...x0, ...dueKey(clusterId, x0.nextFireAt!, "x0") };
    const taken = await checkIn(h, clusterId, b, { capacity: 1, types: ["x"] });
    expect((taken.body.claims as Claim[]).map((c) => c.jobId)).toEqual(["x0"]);
    await realTable.put({ Item: stale }); // the old pointer back, as a backup restore of that item would leave it
    const seen = hook((m, items) => m === "transact" && isClaimWrite(items), async () => undefined, [1, 2, 3]);
    const res = await checkIn(h, clusterId, a, { capacity: 10 });
    h.deps.table = realTable;
    const batches = seen.map(({ input }) => jobIdsOfClaimWrite(input));
    expect(res.status, `batches ${JSON.stringify(batches)}: ${JSON.stringify(res.body)}`).toBe(200);
    expect((res.body.claims as Claim[]).map((c) => c.jobId).sort()).toEqual(["j000", "j001", "j002", "x0", "x0"]);
  });
});
