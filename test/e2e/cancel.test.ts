import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rosterProcess } from "../support/cli";
import { sleep, useLocalRoster } from "../support/local-roster";
import type { Running } from "../support/processes";

/**
 * Cancel a run (issue 18), in real time: a real `roster agent` runs a shell job (`sleep`) in its
 * own process group; an admin cancels the started run; within one check-in interval the node
 * hears it (`revoked`), the agent kills the command's whole process group, and the run ends
 * `cancelled`.
 */
const roster = useLocalRoster();
const started: Running[] = [];
afterAll(() => {
  for (const agent of started) if (agent.child.exitCode === null) agent.child.kill("SIGKILL");
});

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/**
 * Is any process of this group still running? A killed command whose shell died with it is
 * reparented to PID 1, which may take a while to reap it: an exited process (a zombie, `Z`)
 * runs nothing and does not count.
 */
const groupAlive = (pgid: number) =>
  execFileSync("ps", ["-eo", "pgid=,stat="], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .some(([group, stat]) => Number(group) === pgid && !stat!.startsWith("Z"));

const INTERVAL = 1000;

describe("cancel a started shell job", () => {
  it("kills the command's process group within one check-in interval, and the run ends cancelled", async () => {
    const local = roster();
    const settings = { instanceTimeoutMs: 4000, instanceRecoveryTimeoutMs: 1000, instanceCheckInIntervalMs: INTERVAL };
    const created = await local.admin("POST", "/v1/clusters", { clusterId: "cancel", settings });
    const dir = mkdtempSync(join(tmpdir(), "roster-cancel-"));
    const pidFile = join(dir, "pgid");
    // `sh -c` leads the command's own process group: its $$ is the group id; `sleep` is in it too.
    const agent = rosterProcess([
      "agent", "--url", local.roster.url, "--cluster", "cancel", "--join-token", created.body.joinToken, "--node-id", "a", "--first",
      "--run", `work=echo $$ > ${pidFile}; sleep 31361; true`,
    ]);
    started.push(agent);
    await until("node a running", async () => (await local.admin("GET", "/v1/clusters/cancel/nodes/a")).body.state === "running");
    await local.admin("POST", "/v1/clusters/cancel/jobs", { jobId: "long", type: "work", schedule: { at: "2099-01-01T00:00:00Z" } });
    await local.admin("POST", "/v1/clusters/cancel/jobs/long/trigger");
    const pgid = await until("the command's process group", () => {
      const text = existsSync(pidFile) ? readFileSync(pidFile, "utf8").trim() : "";
      return text ? Number(text) : undefined;
    });
    const runs = async () => (await local.admin("GET", "/v1/clusters/cancel/jobs/long/runs")).body.results as { runId: string; state: string }[];
    const run = await until("the run started", async () => (await runs()).find((r) => r.state === "started"));
    expect(groupAlive(pgid)).toBe(true);

    const asked = performance.now();
    const cancelled = await local.admin("POST", `/v1/clusters/cancel/runs/${encodeURIComponent(run.runId)}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.state).toBe("cancelling");
    await until("the process group gone", () => !groupAlive(pgid) || undefined, 10_000);
    const took = performance.now() - asked;
    // One check-in interval, plus a request's round trip and the poll on a busy test machine.
    expect(took).toBeLessThan(INTERVAL + 750);

    const ended = await until("the run cancelled", async () => (await runs()).find((r) => r.runId === run.runId && r.state === "cancelled"), 10_000);
    expect(ended).toBeDefined();
    const events = (await local.admin("GET", "/v1/clusters/cancel/events?limit=1000")).body.results as { type: string }[];
    expect(events.map((e) => e.type).filter((t) => t.startsWith("job.") && t !== "job.claimed" && t !== "job.started")).toEqual(["job.cancelling", "job.cancelled"]);
    expect(agent.child.exitCode).toBeNull(); // the agent carries on

    // The job is free again: the next occurrence runs on the same node.
    await local.admin("POST", "/v1/clusters/cancel/jobs/long/trigger");
    await until("the next run started", async () => (await runs()).find((r) => r.runId !== run.runId && r.state === "started"));
    agent.child.kill("SIGTERM");
    expect(await agent.exited).toBe(0);
  }, 60_000);
});
