import { describe, expect, it } from "vitest";
import { sleep, useLocalRoster } from "../support/local-roster";

/**
 * Against the local server in real time: a rate job every 2 s, three nodes running it; one
 * node dies mid-way. Over 20 s no occurrence runs twice and none is lost: each is either
 * completed once, or orphaned because the dead node had started it (never silently completed).
 */
const roster = useLocalRoster();

describe("clustered jobs, end to end", () => {
  it("a rate job on three nodes survives the death of one", async () => {
    const local = roster();
    const settings = { instanceTimeoutMs: 2000, instanceRecoveryTimeoutMs: 1000, instanceCheckInIntervalMs: 1000 }; // within the fence rule
    const created = await local.admin("POST", "/v1/clusters", { clusterId: "jobs", settings });
    const nodes: { id: string; token: string; alive: boolean }[] = [];
    for (const [i, id] of ["a", "b", "c"].entries()) {
      const joined = await local.call("POST", `/v1/clusters/jobs/nodes/${id}/join`, created.body.joinToken, {
        instanceType: i === 0 ? "clustered-first" : "clustered-additional",
        softwareVersion: "1.0.0",
      });
      nodes.push({ id, token: joined.body.nodeToken, alive: true });
    }
    const job = await local.admin("POST", "/v1/clusters/jobs/jobs", { jobId: "every2s", type: "t", schedule: { rateMs: 2000 } });
    expect(job.status).toBe(201);

    const executions: string[] = [];
    const errors: number[] = [];
    let running = true;
    const agent = async (node: (typeof nodes)[number]) => {
      while (running && node.alive) {
        const res = await local.call("POST", `/v1/clusters/jobs/nodes/${node.id}/check-in`, node.token, {
          epoch: 1,
          sentAt: new Date().toISOString(),
          capacity: 1,
        });
        if (res.status >= 500) errors.push(res.status);
        for (const claim of res.body.claims ?? []) {
          const path = `/v1/clusters/jobs/runs/${encodeURIComponent(claim.runId)}`;
          const started = await local.call("POST", `${path}/start`, node.token, { claimToken: claim.claimToken });
          if (started.status !== 200) continue;
          await sleep(300); // the work
          if (!node.alive) return; // died mid-run: never completes
          const done = await local.call("POST", `${path}/complete`, node.token, { claimToken: claim.claimToken, outcome: "succeeded" });
          if (done.status === 200) executions.push(claim.scheduledFor);
          else errors.push(done.status);
        }
        await sleep(200);
      }
    };
    const agents = nodes.map(agent);
    await sleep(8_000);
    nodes[2]!.alive = false; // killed: no leave, no more check-ins
    await sleep(12_000);
    running = false;
    await Promise.all(agents);

    expect(errors).toEqual([]);
    expect(new Set(executions).size).toBe(executions.length); // no occurrence ran twice
    const runs = (await local.admin("GET", "/v1/clusters/jobs/jobs/every2s/runs?limit=1000")).body.results as {
      scheduledFor: string;
      state: string;
      nodeId: string;
    }[];
    const byOccurrence = new Map<string, string[]>();
    for (const run of runs) byOccurrence.set(run.scheduledFor, [...(byOccurrence.get(run.scheduledFor) ?? []), run.state]);
    const occurrences = [...byOccurrence.keys()].sort();
    // Every 2 s from the first occurrence to the last claimed: none skipped.
    for (let i = 1; i < occurrences.length; i++) {
      expect(Date.parse(occurrences[i]!) - Date.parse(occurrences[i - 1]!)).toBe(2000);
    }
    expect(occurrences.length).toBeGreaterThanOrEqual(8); // of the 10 in 20 s
    for (const [at, states] of byOccurrence) {
      const finished = states.filter((s) => s === "succeeded" || s === "orphaned");
      const live = states.filter((s) => s === "claimed" || s === "started");
      expect(finished.length + live.length, `${at}: ${states}`).toBe(1); // requeued runs are the only others
    }
    const c = await local.admin("GET", "/v1/clusters/jobs/nodes/c");
    expect(c.body.state).toBe("offline");
  }, 60_000);
});
