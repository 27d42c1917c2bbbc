import { describe, expect, it } from "vitest";
import { planClaim } from "../../../core/jobs/claim-plan";
import type { JobItem } from "../../../core/jobs/jobs";
import type { RunItem } from "../../../core/jobs/run-items";
import { runsToRecover } from "../../../core/jobs/runs";

const T0 = Date.parse("2026-11-23T10:00:00.000Z");
const THRESHOLD = 60_000;

const job = (fields: Partial<JobItem> = {}): JobItem => ({
  clusterId: "c",
  jobId: "j",
  type: "t",
  payload: null,
  schedule: { rateMs: 10_000 },
  concurrent: false,
  misfirePolicy: "fireAndProceed",
  createdAt: T0,
  nextFireAt: T0 + 10_000,
  queue: [],
  fencing: 0,
  version: 1,
  ...fields,
});

describe("planClaim", () => {
  it("nothing before the occurrence is due, something exactly at it", () => {
    expect(planClaim(job(), T0 + 9_999, THRESHOLD).kind).toBe("nothing");
    const plan = planClaim(job(), T0 + 10_000, THRESHOLD);
    expect(plan).toMatchObject({ kind: "claim", scheduledFor: T0 + 10_000, misfired: false });
    if (plan.kind === "claim") expect(plan.after.nextFireAt).toBe(T0 + 20_000);
  });

  it("a schedule that fell behind (within the threshold) catches up one occurrence per claim", () => {
    const plan = planClaim(job(), T0 + 35_000, THRESHOLD);
    expect(plan).toMatchObject({ kind: "claim", scheduledFor: T0 + 10_000 });
    if (plan.kind === "claim") expect(plan.after.nextFireAt).toBe(T0 + 20_000);
  });

  it("a non-concurrent job with a live run offers nothing", () => {
    expect(planClaim(job({ activeRunId: "r" }), T0 + 50_000, THRESHOLD).kind).toBe("nothing");
    expect(planClaim(job({ activeRunId: "r", concurrent: true }), T0 + 50_000, THRESHOLD).kind).toBe("claim");
  });

  it("queued occurrences run in time order, before a later scheduled one", () => {
    const queued = job({ queue: [{ scheduledFor: T0 + 5_000, reason: "trigger" }] });
    const plan = planClaim(queued, T0 + 12_000, THRESHOLD);
    expect(plan).toMatchObject({ kind: "claim", scheduledFor: T0 + 5_000 });
    if (plan.kind === "claim") {
      expect(plan.after.queue).toEqual([]);
      expect(plan.after.nextFireAt).toBe(T0 + 10_000);
    }
  });

  it("fireAndProceed: missed occurrences collapse into one run now, the schedule resumes after now", () => {
    const now = T0 + 10_000 + THRESHOLD + 1;
    const plan = planClaim(job({ queue: [{ scheduledFor: T0, reason: "trigger" }] }), now, THRESHOLD);
    expect(plan).toMatchObject({ kind: "claim", scheduledFor: T0, misfired: true });
    if (plan.kind === "claim") {
      expect(plan.after.queue).toEqual([]);
      expect(plan.after.nextFireAt).toBe(T0 + 80_000);
    }
  });

  it("exactly at the threshold is not yet a misfire", () => {
    expect(planClaim(job(), T0 + 10_000 + THRESHOLD, THRESHOLD)).toMatchObject({ kind: "claim", misfired: false });
  });

  it("doNothing: missed occurrences are skipped and nothing runs", () => {
    const now = T0 + 200_000;
    const plan = planClaim(job({ misfirePolicy: "doNothing" }), now, THRESHOLD);
    expect(plan.kind).toBe("skip");
    if (plan.kind === "skip") expect(plan.after.nextFireAt).toBe(T0 + 210_000);
  });

  it("a one-shot that fired has nothing left", () => {
    const oneShot = job({ schedule: { at: new Date(T0).toISOString() }, nextFireAt: T0 });
    const plan = planClaim(oneShot, T0 + 1, THRESHOLD);
    expect(plan.kind).toBe("claim");
    if (plan.kind === "claim") expect(plan.after.nextFireAt).toBeUndefined();
  });

  it("a one-shot that misfired under doNothing is done", () => {
    const oneShot = job({ schedule: { at: new Date(T0).toISOString() }, nextFireAt: T0, misfirePolicy: "doNothing" });
    const plan = planClaim(oneShot, T0 + THRESHOLD + 1, THRESHOLD);
    expect(plan.kind).toBe("skip");
    if (plan.kind === "skip") expect(plan.after.nextFireAt).toBeUndefined();
  });
});

describe("runsToRecover", () => {
  const run = (state: "claimed" | "started", nodeId = "n", epoch = 1) => ({ runId: `${state}-${nodeId}-${epoch}`, state, nodeId, epoch }) as RunItem;
  const decide = (runs: RunItem[], nodes: Record<string, { state: string; epoch: number }>) =>
    runsToRecover(runs, new Map(Object.entries(nodes))).map((d) => `${d.run.runId}:${d.how}`);

  it("leaves the work of running nodes alone", () => {
    expect(decide([run("claimed"), run("started")], { n: { state: "running", epoch: 1 } })).toEqual([]);
  });

  it("requeues a recovering node's claims, keeps its started runs", () => {
    expect(decide([run("claimed"), run("started")], { n: { state: "recovering", epoch: 1 } })).toEqual(["claimed-n-1:requeue"]);
  });

  it.each(["offline", "stopped"])("requeues claims and orphans started runs of a node that is %s", (state) => {
    expect(decide([run("claimed"), run("started")], { n: { state, epoch: 1 } })).toEqual(["claimed-n-1:requeue", "started-n-1:orphan"]);
  });

  it("treats a replaced or forgotten incarnation as gone", () => {
    expect(decide([run("claimed"), run("started")], { n: { state: "running", epoch: 2 } })).toEqual(["claimed-n-1:requeue", "started-n-1:orphan"]);
    expect(decide([run("started", "ghost")], {})).toEqual(["started-ghost-1:orphan"]);
  });
});
