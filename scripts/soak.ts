/**
 * `npm run soak` (issue 15): a local Roster (the real `functions/local.ts`, its own process
 * group, a temp ROSTER_DATA_DIR), real agents running shell jobs that append to a history file,
 * simulated nodes checking in from this process, and seeded faults for `--seconds` (default
 * 300): agents SIGKILLed and replaced, agents SIGSTOPped past the timeout and resumed, groups of
 * simulated nodes silenced, the server kill -9'd and restarted on the same data. Then
 * `scripts/soak/check.ts` checks the history, the runs and the event log, prints a table and
 * the soak exits non-zero on any violation.
 *
 *   npm run soak -- --seconds 120 --seed 7 --agents 15 --simulated 150 [--keep] [--dir D]
 *
 * Only 127.0.0.1 servers it starts are sent traffic; every process it starts is killed on every
 * way out (by its exact process group).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { freePort } from "../adapters/local-dynamodb";
import { checkSoak, printReport } from "./soak/check";
import { type Answer, call, newCounts } from "./soak/http";
import {
  type Spawned,
  crashServer,
  freezeAgent,
  jobCommand,
  killAgent,
  killEverything,
  rssOf,
  childrenOf,
  startAgent,
  startServer,
  stopAgent,
  stopGroup,
  thawAgent,
} from "./soak/procs";
import { type SimNode, type SimOptions, joinSim, runSim } from "./soak/sim";
import { percentile, rng, sleep } from "./soak/stats";
import { bundleCli } from "./build";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} takes a number`);
  return value;
}
function git(args: string[]) {
  try {
    return execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trimEnd();
  } catch {
    return "";
  }
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const dirOption = () => {
  const at = process.argv.indexOf("--dir");
  return at < 0 ? undefined : process.argv[at + 1];
};

const seconds = option("seconds", 300);
const seed = option("seed", Date.now() % 100_000);
const agentCount = Math.max(3, Math.min(30, option("agents", 8)));
const simCount = option("simulated", 40);
/** Share of the server's table writes that fail (throttle, timeout, 500, or commit and lose the answer). */
const storeFaultRate = option("store-faults", 0.01);
const keep = flag("keep");

export const SETTINGS = { instanceTimeoutMs: 3000, instanceCheckInIntervalMs: 1000, instanceRecoveryTimeoutMs: 3000 };
const T = SETTINGS.instanceTimeoutMs;
const I = SETTINGS.instanceCheckInIntervalMs;
const CLUSTER = "soak";
const SWEEP_INTERVAL_MS = 500;
const adminToken = `soak-admin-${seed}-0123456789abcdef`;

const dir = dirOption() ? resolve(dirOption()!) : mkdtempSync(join(tmpdir(), "roster-soak-"));
mkdirSync(join(dir, "agents"), { recursive: true });
const say = (text: string) => console.log(`${new Date().toISOString().slice(11, 23)}  ${text}`);

// --- Every way out kills what we started --------------------------------------------------
process.once("exit", killEverything);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    killEverything();
    console.error(`soak: ${signal}: everything it started is killed; data in ${dir}`);
    process.exit(130);
  });
}

const random = rng(seed);
const counts = { sim: newCounts(), admin: newCounts() };
const record = {
  seed,
  seconds,
  agents: agentCount,
  simulated: simCount,
  settings: SETTINGS,
  sweepIntervalMs: SWEEP_INTERVAL_MS,
  clusterId: CLUSTER,
  startedAt: 0,
  endedAt: 0,
  jobs: {} as Record<string, { concurrent: boolean }>,
  jobCreates: [] as { jobId: string; status: number }[],
  faults: [] as { kind: string; at: number; until?: number; target: string; detail?: string }[],
  restarts: [] as { killedAt: number; readyAt: number }[],
  /** Store faults the server injected, by kind (`--store-faults`). */
  storeFaults: {} as Record<string, number>,
  silences: [] as { nodeId: string; from: number; to: number }[],
  triggers: [] as { sentAt: number; receivedAt: number; status: number }[],
  agentProcs: [] as { nodeId: string; incarnation: number; pid: number; startedAt: number; endedAt?: number; how?: string }[],
  rss: [] as { at: number; server?: number; java?: number; agents: Record<string, number> }[],
  checkInLatencyMs: { n: 0, p50: 0, p99: 0, max: 0 },
  loopLagMs: { p50: 0, p99: 0, max: 0 },
  counts,
  notes: [] as string[],
  /** The code under test: HEAD and the files others had changed in the working tree. */
  code: { head: git(["rev-parse", "--short", "HEAD"]).trim(), dirty: git(["status", "--short", "--untracked-files=no"]).split("\n").filter(Boolean) },
};

let restartingUntil = 0; // the server is down (or just back) until then
let serverDown = false;
const restarting = () => serverDown || Date.now() < restartingUntil;
let stopping = false;

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const serverOptions = {
  repo,
  dir,
  port,
  adminToken,
  sweepIntervalMs: SWEEP_INTERVAL_MS,
  ...(storeFaultRate > 0 ? { faults: `${seed}:${storeFaultRate}` } : {}),
};
let serverN = 0;
let server: Spawned | undefined;
const agents = new Map<string, { proc: Spawned; incarnation: number; busy: boolean }>();
const sims: SimNode[] = [];
const admin = (method: string, path: string, body?: unknown, timeoutMs = 15_000): Promise<Answer> =>
  call(url, method, path, adminToken, body, timeoutMs, counts.admin, restarting);

let launch: (nodeId: string, first: boolean) => void = () => {};
let exitCode = 1;
try {
  say(`soak: seed ${seed}, ${seconds} s, ${agentCount} agents, ${simCount} simulated nodes; data in ${dir}`);
  server = await startServer(serverOptions, ++serverN);
  say(`Roster (pid ${server.pid}) is up at ${url}`);

  const created = await admin("POST", "/v1/clusters", { clusterId: CLUSTER, settings: SETTINGS });
  if (created.status !== 201) throw new Error(`could not create the cluster: ${created.status} ${JSON.stringify(created.body)}`);
  const joinToken: string = created.body.joinToken;

  const runs = {
    "soak-rate": jobCommand(500, 700), // 0.5–1.2 s, every 2 s, not concurrent
    "soak-conc": jobCommand(500, 2000), // 0.5–2.5 s, every 1 s, concurrent
    "soak-once": jobCommand(300, 700), // 0.3–1.0 s, a one-shot triggered again and again
  };
  // The agents run as operators install them: the bundle (`npm run build`), built into the soak's
  // directory. Through tsx every (re)start would cost ~1.4 s of CPU on a machine the soak already
  // loads, enough to delay the server's sweeps past the detection bound when an agent is replaced.
  const agentEntry = (await bundleCli(join(dir, "bundle"))).path;
  const agentSpec = (nodeId: string, first: boolean) => ({ repo, dir, url, clusterId: CLUSTER, joinToken, nodeId, first, runs, capacity: 2, entry: agentEntry });
  launch = (nodeId: string, first: boolean) => {
    const incarnation = (agents.get(nodeId)?.incarnation ?? 0) + 1;
    const proc = startAgent(agentSpec(nodeId, first), incarnation);
    record.agentProcs.push({ nodeId, incarnation, pid: proc.pid, startedAt: Date.now() });
    agents.set(nodeId, { proc, incarnation, busy: false });
  };
  const agentIds = Array.from({ length: agentCount }, (_, i) => `agent-${String(i + 1).padStart(2, "0")}`);
  launch(agentIds[0]!, true);
  for (let i = 0; i < 300; i++) {
    const nodes = await admin("GET", `/v1/clusters/${CLUSTER}/nodes`);
    if (nodes.status === 200 && nodes.body.results.length > 0) break;
    if (i === 299) throw new Error("the first agent never joined");
    await sleep(200);
  }
  // The rest, staggered: each agent is a Node process compiling TypeScript at startup.
  for (const id of agentIds.slice(1)) {
    launch(id, false);
    await sleep(400);
  }

  const simOptions: SimOptions = {
    url,
    clusterId: CLUSTER,
    intervalMs: I,
    timeoutMs: 900,
    counts: counts.sim,
    restarting,
    stopping: () => stopping,
    latencies: [],
  };
  // Each simulated node checks in from the moment it joined (a slow join of the others must not silence it).
  const simLoops: Promise<void>[] = [];
  for (let i = 0; i < simCount; i += 10) {
    const batch = Array.from({ length: Math.min(10, simCount - i) }, (_, k) => `sim-${String(i + k + 1).padStart(3, "0")}`);
    const joined = await Promise.all(batch.map((id) => joinSim(simOptions, joinToken, id)));
    sims.push(...joined);
    simLoops.push(...joined.map((node) => runSim(simOptions, node, joinToken, random.between(0, I))));
  }

  // Wait until every agent has joined before the jobs exist and the clock starts.
  for (let i = 0; ; i++) {
    const nodes = await admin("GET", `/v1/clusters/${CLUSTER}/nodes`);
    const running = nodes.status === 200 ? nodes.body.results.filter((n: any) => n.instanceId.startsWith("agent-") && n.state === "running").length : 0;
    if (running === agentCount) break;
    // An agent whose join timed out on a busy machine exits: start it again (a new process, same id).
    for (const [nodeId, a] of agents) if (!a.proc.alive() && i % 10 === 0) launch(nodeId, false);
    if (i > 600) throw new Error(`only ${running} of ${agentCount} agents joined`);
    await sleep(200);
  }
  say(`${agentCount} agents and ${simCount} simulated nodes are running`);

  const jobs = [
    { jobId: "soak-rate", type: "soak-rate", schedule: { rateMs: 2000 } },
    { jobId: "soak-conc", type: "soak-conc", schedule: { rateMs: 1000 }, concurrent: true },
    { jobId: "soak-once", type: "soak-once", schedule: { at: new Date(Date.now() + 3000).toISOString() } },
  ];
  for (const job of jobs) {
    // A create whose answer was lost (timeout) is retried; then `409 job_exists` means it was made.
    let a = await admin("POST", `/v1/clusters/${CLUSTER}/jobs`, job, 30_000);
    for (let attempt = 1; attempt < 5 && (a.status === 0 || a.status >= 500); attempt++) {
      await sleep(1000);
      a = await admin("POST", `/v1/clusters/${CLUSTER}/jobs`, job, 30_000);
      if (a.status === 409 && a.body?.error?.code === "job_exists") a = { ...a, status: 201 };
    }
    record.jobCreates.push({ jobId: job.jobId, status: a.status });
    if (a.status !== 201) throw new Error(`could not create job ${job.jobId}: ${a.status} ${JSON.stringify(a.body)}`);
    record.jobs[job.jobId] = { concurrent: job.concurrent ?? false };
  }

  // --- The soak proper --------------------------------------------------------------------
  const lag = monitorEventLoopDelay({ resolution: 20 });
  lag.enable();
  const t0 = Date.now();
  record.startedAt = t0;
  const end = t0 + seconds * 1000;
  const plan = faultPlan(seconds * 1000);
  say(`traffic on; ${plan.length} faults planned: ${plan.map((f) => `${f.kind}@${(f.at / 1000).toFixed(0)}s`).join(" ")}`);

  const tasks: Promise<unknown>[] = [];
  // The fault scheduler.
  tasks.push(
    (async () => {
      for (const fault of plan) {
        const wait = t0 + fault.at - Date.now();
        if (wait > 0) await sleep(wait);
        if (Date.now() > end - 3000) break;
        tasks.push(inject(fault.kind).catch((error) => record.notes.push(`fault ${fault.kind} failed: ${(error as Error).message}`)));
      }
    })(),
  );
  // Admin traffic: trigger the one-shot, read the nodes; bounded by the soak's end.
  tasks.push(
    (async () => {
      while (Date.now() < end - 12_000) {
        if (!serverDown) {
          const a = await admin("POST", `/v1/clusters/${CLUSTER}/jobs/soak-once/trigger`);
          record.triggers.push({ sentAt: a.sentAt, receivedAt: a.receivedAt, status: a.status });
          await admin("GET", `/v1/clusters/${CLUSTER}/nodes`);
        }
        await sleep(random.between(2500, 4500));
      }
    })(),
  );
  // RSS samples every 2 s.
  tasks.push(
    (async () => {
      while (Date.now() < end) {
        sampleRss();
        await sleep(2000);
      }
    })(),
  );
  let lastProgress = Date.now();
  while (Date.now() < end) {
    await sleep(Math.min(1000, end - Date.now()));
    if (Date.now() - lastProgress > 15_000) {
      lastProgress = Date.now();
      say(`${Math.round((Date.now() - t0) / 1000)} s: ${record.faults.length} faults so far, check-ins ${simOptions.latencies.length}`);
    }
  }
  await Promise.race([Promise.all(tasks), sleep(30_000)]);
  while (serverDown) await sleep(200); // a restart in progress finishes
  lag.disable();
  record.loopLagMs = { p50: lag.percentile(50) / 1e6, p99: lag.percentile(99) / 1e6, max: lag.max / 1e6 };
  record.endedAt = Date.now();
  // Store faults, as the server counted them (scripts/soak/server.ts), one entry per kind.
  try {
    record.storeFaults = JSON.parse(readFileSync(join(dir, "data", "faults.json"), "utf8")) as Record<string, number>;
  } catch {
    // no store faults this run
  }

  // --- Wind down: simulated nodes stop, agents leave, then the final snapshot -------------
  stopping = true;
  await Promise.race([Promise.all(simLoops), sleep(5000)]);
  const l = simOptions.latencies;
  record.checkInLatencyMs = { n: l.length, p50: percentile(l, 50), p99: percentile(l, 99), max: Math.max(...l) };
  say("stopping the agents (SIGTERM: they leave)");
  await Promise.all(
    [...agents.values()].map(async (a) => {
      await stopAgent(a.proc, 12_000);
      const proc = record.agentProcs.find((p) => p.pid === a.proc.pid);
      if (proc && !proc.endedAt) Object.assign(proc, { endedAt: Date.now(), how: "SIGTERM" });
    }),
  );
  await sleep(2 * SWEEP_INTERVAL_MS);
  await snapshot();
  writeFileSync(join(dir, "sim.json"), JSON.stringify(sims.map(({ token: _t, ...rest }) => rest)));
  writeFileSync(join(dir, "soak.json"), JSON.stringify(record, null, 1));
  await stopGroup(server, 15_000);
  server = undefined;

  const report = checkSoak(dir);
  printReport(report);
  exitCode = report.violations.length === 0 ? 0 : 1;
  if (exitCode === 0 && !keep) rmSync(dir, { recursive: true, force: true });
  else say(`data kept in ${dir} (re-check with: npx tsx scripts/soak/check.ts ${dir})`);
} catch (error) {
  console.error(`soak failed: ${(error as Error).stack ?? error}`);
  console.error(`data kept in ${dir}`);
  try {
    writeFileSync(join(dir, "soak.json"), JSON.stringify(record, null, 1));
  } catch {
    // best effort
  }
  exitCode = 2;
} finally {
  stopping = true;
  for (const a of agents.values()) if (a.proc.alive()) await stopAgent(a.proc, 3000);
  if (server) await stopGroup(server, 5000);
  killEverything();
}
process.exit(exitCode);

// --- Faults -------------------------------------------------------------------------------

type FaultKind = "agent-kill" | "agent-stop" | "sim-silence" | "server-crash";

/** When each fault starts, from the seed: a warm-up first, a quiet end so every check settles. */
function faultPlan(durationMs: number): { kind: FaultKind; at: number }[] {
  const from = 8000;
  const to = Math.max(from + 1000, durationMs - 18_000);
  const plan: { kind: FaultKind; at: number }[] = [];
  const crashes = Math.max(1, Math.floor(durationMs / 150_000));
  for (let i = 0; i < crashes; i++) plan.push({ kind: "server-crash", at: Math.round(from + ((i + 0.5) / crashes) * (to - from) + random.between(-3000, 3000)) });
  const each = (kind: FaultKind, n: number) => {
    for (let i = 0; i < n; i++) plan.push({ kind, at: Math.round(random.between(from, to)) });
  };
  each("agent-kill", Math.max(1, Math.round(durationMs / 40_000)));
  each("agent-stop", Math.max(1, Math.round(durationMs / 40_000)));
  each("sim-silence", simCount >= 3 ? Math.max(2, Math.round(durationMs / 20_000)) : 0);
  return plan.sort((a, b) => a.at - b.at);
}

function idleAgent(): [string, { proc: Spawned; incarnation: number; busy: boolean }] | undefined {
  const free = [...agents.entries()].filter(([, a]) => !a.busy && a.proc.alive());
  return free.length === 0 ? undefined : random.pick(free);
}

async function inject(kind: FaultKind) {
  if (kind === "server-crash") {
    if (serverDown || !server) return;
    serverDown = true;
    const killedAt = Date.now();
    say("fault: kill -9 the server's process group (DynamoDB Local included)");
    await crashServer(server);
    try {
      server = await startServer(serverOptions, ++serverN);
    } finally {
      const readyAt = Date.now();
      record.restarts.push({ killedAt, readyAt });
      record.faults.push({ kind, at: killedAt, until: readyAt, target: "server", detail: `down ${readyAt - killedAt} ms` });
      restartingUntil = readyAt + 2000;
      serverDown = false;
      say(`server back after ${readyAt - killedAt} ms (pid ${server?.pid})`);
    }
    return;
  }
  if (kind === "agent-kill") {
    const picked = idleAgent();
    if (!picked) return;
    const [nodeId, a] = picked;
    a.busy = true;
    const at = Date.now();
    const jobsKilled = await killAgent(a.proc);
    const proc = record.agentProcs.find((p) => p.pid === a.proc.pid)!;
    Object.assign(proc, { endedAt: at, how: "SIGKILL" });
    const delay = random.between(1000, 3000);
    record.faults.push({ kind, at, target: nodeId, detail: `${jobsKilled} job group(s) killed with it; replaced after ${Math.round(delay)} ms` });
    say(`fault: SIGKILL ${nodeId} (pid ${a.proc.pid}, ${jobsKilled} job(s)); a new process replaces it`);
    await sleep(delay);
    if (stopping) return;
    launch(nodeId, false);
    return;
  }
  if (kind === "agent-stop") {
    const picked = idleAgent();
    if (!picked) return;
    const [nodeId, a] = picked;
    a.busy = true;
    const at = Date.now();
    const jobs = freezeAgent(a.proc);
    const forMs = random.between(T + 1000, T + 3500);
    say(`fault: SIGSTOP ${nodeId} and ${jobs.length} job group(s) for ${Math.round(forMs)} ms`);
    await sleep(forMs);
    thawAgent(a.proc, jobs);
    record.faults.push({ kind, at, until: Date.now(), target: nodeId, detail: `${jobs.length} job group(s) stopped with it` });
    a.busy = false;
    return;
  }
  // sim-silence: a group of simulated nodes, small enough that the disruption guard stays off
  const quiet = sims.filter((s) => s.silencedUntil < Date.now());
  const size = Math.max(1, Math.min(quiet.length, Math.round(Math.max(3, (simCount + agentCount) * 0.06))));
  const group = random.shuffle(quiet).slice(0, size);
  const from = Date.now();
  const to = from + Math.round(random.between(8000, 11_000));
  for (const s of group) {
    s.silencedUntil = to;
    record.silences.push({ nodeId: s.nodeId, from, to });
  }
  record.faults.push({ kind, at: from, until: to, target: `${group.length} simulated nodes`, detail: group.map((s) => s.nodeId).join(",") });
  say(`fault: silence ${group.length} simulated nodes for ${to - from} ms`);
}

function sampleRss() {
  if (!server || serverDown) return;
  const java = childrenOf(server.pid);
  const agentPids = [...agents.values()].filter((a) => a.proc.alive()).map((a) => a.proc.pid);
  const rss = rssOf([server.pid, ...java, ...agentPids]);
  record.rss.push({
    at: Date.now(),
    ...(rss.has(server.pid) ? { server: rss.get(server.pid)! } : {}),
    ...(java[0] && rss.has(java[0]) ? { java: rss.get(java[0])! } : {}),
    agents: Object.fromEntries(agentPids.filter((p) => rss.has(p)).map((p) => [String(p), rss.get(p)!])),
  });
}

async function snapshot() {
  const get = async (path: string) => {
    for (let i = 0; i < 10; i++) {
      const a = await admin("GET", path, undefined, 15_000);
      if (a.status === 200) return a.body;
      await sleep(500);
    }
    throw new Error(`GET ${path} kept failing`);
  };
  const runs: Record<string, unknown[]> = {};
  for (const jobId of Object.keys(record.jobs)) runs[jobId] = (await get(`/v1/clusters/${CLUSTER}/jobs/${jobId}/runs?limit=1000`)).results;
  const events: unknown[] = [];
  let after = "";
  for (let page = 0; page < 10_000; page++) {
    const body = await get(`/v1/clusters/${CLUSTER}/events?limit=1000${after ? `&after=${encodeURIComponent(after)}` : ""}`);
    events.push(...body.results);
    if (!body.next) break;
    after = body.next;
  }
  writeFileSync(join(dir, "runs.json"), JSON.stringify(runs));
  writeFileSync(join(dir, "events.json"), JSON.stringify(events));
  writeFileSync(join(dir, "nodes.json"), JSON.stringify((await get(`/v1/clusters/${CLUSTER}/nodes`)).results));
  writeFileSync(join(dir, "jobs.json"), JSON.stringify((await get(`/v1/clusters/${CLUSTER}/jobs`)).results));
}
