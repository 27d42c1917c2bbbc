import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { rosterProcess } from "../support/cli";
import { sleep, useLocalRoster } from "../support/local-roster";
import type { Running } from "../support/processes";

/**
 * A paused node, for real: a `roster agent` process and its shell job are stopped with SIGSTOP
 * (as a paused VM stops everything) for longer than the cluster's timeout, then continued.
 */
const local = useLocalRoster();
const SETTINGS = { instanceTimeoutMs: 2000, instanceRecoveryTimeoutMs: 1000, instanceCheckInIntervalMs: 1000 };
const PAUSE_MS = 4000; // past the timeout (the run's lease lapses), and past the recovery timeout too
const dir = mkdtempSync(join(tmpdir(), "roster-pause-"));
let joinToken: string;

// Everything this test started, to be gone when it ends, pass or fail: the agent, and the
// process groups of the jobs it ran (read from the pid files the jobs write).
const agents: Running[] = [];
const groupsSeen = new Set<number>();

beforeAll(async () => {
  const created = await local().admin("POST", "/v1/clusters", { clusterId: "paused", settings: SETTINGS });
  expect(created.status).toBe(201);
  joinToken = created.body.joinToken;
  await local().admin("POST", "/v1/clusters/paused/jobs", { jobId: "marker", type: "mark", schedule: { at: "2099-01-01T00:00:00Z" } });
});

afterEach(async () => {
  for (const pgid of groupsSeen) {
    if (!(await groupAlive(pgid))) continue;
    signal(-pgid, "SIGCONT");
    signal(-pgid, "SIGKILL");
  }
  for (const agent of agents) {
    if (agent.child.exitCode !== null || agent.child.signalCode !== null) continue;
    signal(agent.child.pid!, "SIGCONT");
    agent.child.kill("SIGKILL");
    await agent.exited;
  }
});

const execFileAsync = promisify(execFile);
const signal = (pid: number, name: NodeJS.Signals) => {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
};

/**
 * Whether any live process (a zombie waiting for its parent to reap it is not) is still in the
 * group. Asynchronous: the local Roster runs in this process, and must not stall while ps runs.
 */
async function groupAlive(pgid: number) {
  const { stdout } = await execFileAsync("ps", ["-eo", "pgid=,stat="], { encoding: "utf8" });
  return stdout
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .some(([group, stat]) => Number(group) === pgid && !stat?.startsWith("Z"));
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const file = (runId: string, ext: string) => join(dir, `${runId}.${ext}`);
/** The marker file's lines, each the time of a write in ms (from `date +%s%N`). */
const marks = (runId: string) =>
  existsSync(file(runId, "marker"))
    ? readFileSync(file(runId, "marker"), "utf8").split("\n").filter(Boolean).map((ns) => Number(BigInt(ns) / 1_000_000n))
    : [];

// The job: note its process group, note when it is told to stop (SIGTERM, which also ends its
// `sleep`, so the trap runs at once), and write the time to its marker file every 100 ms.
const COMMAND = [
  `echo $$ > ${dir}/$ROSTER_RUN_ID.pgid`,
  `trap 'date +%s%N > ${dir}/$ROSTER_RUN_ID.killed; exit 143' TERM`,
  `while true; do date +%s%N >> ${dir}/$ROSTER_RUN_ID.marker; sleep 0.1; done`,
].join("; ");

async function runs() {
  return (await local().admin("GET", "/v1/clusters/paused/jobs/marker/runs")).body.results as { runId: string; state: string; nodeId: string; message?: string }[];
}

async function events() {
  const all: { type: string; time: string; nodeId?: string; detail: Record<string, unknown> }[] = [];
  let after: string | undefined;
  for (;;) {
    const page = (await local().admin("GET", `/v1/clusters/paused/events?limit=500${after ? `&after=${encodeURIComponent(after)}` : ""}`)).body;
    all.push(...page.results);
    if (!page.next) return all;
    after = page.next;
  }
}

/** Trigger the job and wait until a run other than `before` is started and its command writes. */
async function triggeredRun(before: string[] = []) {
  await local().admin("POST", "/v1/clusters/paused/jobs/marker/trigger");
  const run = await until("a new run started", async () => (await runs()).find((r) => r.state === "started" && !before.includes(r.runId)));
  const pgid = await until("its process group", () => (existsSync(file(run.runId, "pgid")) ? Number(readFileSync(file(run.runId, "pgid"), "utf8")) : undefined));
  groupsSeen.add(pgid);
  await until("its marker growing", () => marks(run.runId).length >= 3);
  return { runId: run.runId, pgid };
}

describe("a node paused longer than the timeout", () => {
  it("kills its job before reporting anything about it, never reports it succeeded, and goes on working", async () => {
    const agent = rosterProcess(["agent", "--url", local().roster.url, "--cluster", "paused", "--join-token", joinToken, "--node-id", "p1", "--first", "--run", `mark=${COMMAND}`]);
    agents.push(agent);
    onTestFailed(async () => console.error(`agent log:\n${agent.errors()}\nruns: ${JSON.stringify(await runs())}`));
    await until("node p1 running", async () => (await local().admin("GET", "/v1/clusters/paused/nodes/p1")).body?.state === "running");
    const { runId, pgid } = await triggeredRun();

    // The pause: the agent (its own pid: it shares the test's process group) and its job's group.
    process.kill(agent.child.pid!, "SIGSTOP");
    process.kill(-pgid, "SIGSTOP");
    const pausedAt = Date.now();
    await sleep(PAUSE_MS);
    const logBeforeWake = agent.errors().length;
    // The job wakes first, so it writes after the fence before the agent can act: the worst order.
    process.kill(-pgid, "SIGCONT");
    process.kill(agent.child.pid!, "SIGCONT");
    const wokeAt = Date.now();

    // Its process group is gone shortly after the wake, and the marker stops growing.
    await until("the job's process group gone", async () => !(await groupAlive(pgid)), 10_000);
    const goneAt = Date.now();
    const written = statSync(file(runId, "marker")).size;
    await sleep(600);
    expect(statSync(file(runId, "marker")).size).toBe(written);
    expect(goneAt - wokeAt).toBeLessThan(8000); // generous: SIGTERM at once, SIGKILL 3 s later at the latest
    // When the job was told to stop (its SIGTERM trap's time); it wrote nothing after.
    const killedAt = Number(BigInt(readFileSync(file(runId, "killed"), "utf8").trim()) / 1_000_000n);
    const lastMark = marks(runId).at(-1)!;
    expect(lastMark).toBeLessThanOrEqual(killedAt);
    expect(killedAt).toBeGreaterThanOrEqual(wokeAt - 1); // killed after the wake (ms of two clocks' rounding)

    // The run ends failed 'self-fenced' (the agent's report) or orphaned (Roster took it back while the node was silent).
    const run = await until("the run finished", async () => (await runs()).find((r) => r.runId === runId && r.state !== "started"));
    expect(run.state === "orphaned" || (run.state === "failed" && run.message === "self-fenced"), JSON.stringify(run)).toBe(true);
    const about = (await events()).filter((e) => e.detail.runId === runId);
    expect(about.filter((e) => e.type === "job.completed" && e.detail.outcome === "succeeded")).toEqual([]);
    // Whatever the agent reported about the run reached Roster after the command was killed.
    for (const completed of about.filter((e) => e.type === "job.completed")) {
      expect(Date.parse(completed.time)).toBeGreaterThanOrEqual(killedAt);
      expect(Date.parse(completed.time)).toBeGreaterThan(lastMark);
    }
    // And in the agent's own log, the first thing it did about the run after the wake was to abort it.
    const afterWake = agent.errors().slice(logBeforeWake).split("\n").filter((line) => line.includes(runId));
    expect(afterWake[0], agent.errors()).toMatch(/aborting job .*self-fenced/);
    expect(afterWake.some((line) => line.includes("job finished") && line.includes('"succeeded"'))).toBe(false);

    // The node is back (recovered, or joined again), and runs the next occurrence.
    await until("node p1 running again", async () => (await local().admin("GET", "/v1/clusters/paused/nodes/p1")).body?.state === "running");
    const back = (await events()).filter((e) => e.nodeId === "p1" && Date.parse(e.time) >= pausedAt).map((e) => e.type);
    expect(back.includes("node.recovered") || back.includes("node.joined"), back.join(", ")).toBe(true);
    const next = await triggeredRun([runId]);
    expect((await runs()).find((r) => r.runId === next.runId)!.nodeId).toBe("p1");

    agent.child.kill("SIGTERM");
    expect(await agent.exited).toBe(0);
    await until("the second job's process group gone", async () => !(await groupAlive(next.pgid)), 5000);
  }, 60_000);
});
