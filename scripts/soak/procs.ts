import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { join } from "node:path";
import { sleep } from "./stats";

/**
 * The processes a soak starts, each in its own process group. Only groups this soak spawned
 * (or that its own agents spawned for their jobs, found as their children) are ever signalled,
 * by exact id; `killEverything` is safe to call from any exit path, synchronously.
 */
const groups = new Set<number>();

export function signalGroup(pgid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // gone already
  }
}

export function killEverything() {
  for (const pgid of groups) signalGroup(pgid, "SIGKILL");
}

export function forget(pgid: number) {
  groups.delete(pgid);
}

/** The direct children of `pid` (an agent's job shells, each leading its own group). */
export function childrenOf(pid: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .map((s) => Number(s.trim()))
      .filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there is none
  }
}

/** RSS in KiB of each live pid (one `ps` for all). */
export function rssOf(pids: number[]): Map<number, number> {
  const out = new Map<number, number>();
  if (pids.length === 0) return out;
  try {
    const text = execFileSync("ps", ["-o", "pid=,rss=", "-p", pids.join(",")], { encoding: "utf8" });
    for (const line of text.split("\n")) {
      const [pid, rss] = line.trim().split(/\s+/).map(Number);
      if (pid && rss !== undefined && !Number.isNaN(rss)) out.set(pid, rss);
    }
  } catch {
    // none alive
  }
  return out;
}

export interface Spawned {
  child: ChildProcess;
  pid: number;
  exited: Promise<void>;
  alive(): boolean;
}

/** A process in its own group, its output appended to `logFile` (no pipes: a busy driver never blocks it). */
export function spawnGroup(args: string[], env: Record<string, string>, logFile: string, cwd: string): Spawned {
  const fd = openSync(logFile, "a");
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", fd, fd], detached: true });
  closeSync(fd);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not spawn ${args.join(" ")}`);
  groups.add(pid);
  let done = false;
  const exited = new Promise<void>((resolve) => child.once("exit", () => ((done = true), resolve())));
  child.unref();
  return { child, pid, exited, alive: () => !done };
}

// --- The server ------------------------------------------------------------------------------

export interface ServerOptions {
  repo: string;
  dir: string;
  port: number;
  adminToken: string;
  sweepIntervalMs: number;
  faults?: string;
}

/** The real `functions/local.ts` as a child process on `port`, state under `dir/data`. */
export async function startServer(o: ServerOptions, n: number, timeoutMs = 90_000): Promise<Spawned> {
  const env: Record<string, string> = {
    PORT: String(o.port),
    ROSTER_DATA_DIR: join(o.dir, "data"),
    ROSTER_ADMIN_TOKEN: o.adminToken,
    ROSTER_SWEEP_INTERVAL_MS: String(o.sweepIntervalMs),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };
  if (o.faults) env.ROSTER_FAULTS = o.faults;
  // functions/local.ts as `npm start` runs it, with store faults when ROSTER_FAULTS is set.
  const server = spawnGroup(["--import", "tsx", "scripts/soak/server.ts"], env, join(o.dir, `server-${n}.log`), o.repo);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!server.alive()) throw new Error(`the server exited during startup (see server-${n}.log)`);
    try {
      const res = await fetch(`http://127.0.0.1:${o.port}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return server;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) {
      signalGroup(server.pid, "SIGKILL");
      throw new Error(`the server did not answer within ${timeoutMs} ms`);
    }
    await sleep(100);
  }
}

/** kill -9 the server's whole group (DynamoDB Local included) and wait until it is gone. */
export async function crashServer(server: Spawned) {
  signalGroup(server.pid, "SIGKILL");
  await Promise.race([server.exited, sleep(5000)]);
  // Java is in the same group; give the kernel a moment to reap it and free its port.
  for (let i = 0; i < 50 && signalGroup(server.pid, 0 as unknown as NodeJS.Signals); i++) await sleep(100);
  forget(server.pid);
}

/** A graceful stop (SIGTERM: the server stops DynamoDB Local), SIGKILL for what is left after `graceMs`. */
export async function stopGroup(p: Spawned, graceMs: number) {
  try {
    process.kill(p.pid, "SIGTERM");
  } catch {
    // gone
  }
  await Promise.race([p.exited, sleep(graceMs)]);
  await sleep(200);
  signalGroup(p.pid, "SIGKILL");
  forget(p.pid);
}

// --- Agents ----------------------------------------------------------------------------------

/**
 * A job command that appends `start`/`end` (or `kill`, when the agent aborts it) lines to the
 * history: `<what> <runId> <fencingToken> <jobId> <nodeId> <wall ns>`. It sleeps a duration
 * derived from its fencing token: `baseMs` + (token × 7919 mod `spanMs`).
 */
export function jobCommand(baseMs: number, spanMs: number) {
  return [
    `line() { echo "$1 $ROSTER_RUN_ID $ROSTER_FENCING_TOKEN $ROSTER_JOB_ID $SOAK_NODE $(date +%s%N)" >> "$SOAK_HISTORY"; }`,
    `trap 'line kill; exit 143' TERM`,
    `line start`,
    `ms=$((${baseMs} + (ROSTER_FENCING_TOKEN * 7919) % ${spanMs}))`,
    `sleep $((ms / 1000)).$(printf %03d $((ms % 1000))) & wait $!`,
    `line end`,
  ].join("; ");
}

export interface AgentSpec {
  repo: string;
  dir: string;
  url: string;
  clusterId: string;
  joinToken: string;
  nodeId: string;
  first: boolean;
  runs: Record<string, string>;
  capacity: number;
  /** What runs `roster`: the built bundle, or bin/roster.mjs (the sources through tsx). */
  entry?: string;
}

export function startAgent(s: AgentSpec, incarnation: number): Spawned {
  const args = [s.entry ?? "bin/roster.mjs", "agent", "--url", s.url, "--cluster", s.clusterId, "--join-token", s.joinToken, "--node-id", s.nodeId];
  args.push("--capacity", String(s.capacity));
  if (s.first) args.push("--first");
  for (const [type, command] of Object.entries(s.runs)) args.push("--run", `${type}=${command}`);
  return spawnGroup(args, { SOAK_NODE: s.nodeId, SOAK_HISTORY: join(s.dir, "history.log") }, join(s.dir, "agents", `${s.nodeId}.${incarnation}.log`), s.repo);
}

/** The agent's group and each of its job groups (children of the agent, each its own group). */
function agentGroups(agent: Spawned) {
  return [agent.pid, ...childrenOf(agent.pid)];
}

/** SIGSTOP the agent's group first (it cannot start more), then its jobs' groups. Returns the job groups stopped. */
export function freezeAgent(agent: Spawned): number[] {
  signalGroup(agent.pid, "SIGSTOP");
  const jobs = childrenOf(agent.pid);
  for (const pgid of jobs) {
    groups.add(pgid);
    signalGroup(pgid, "SIGSTOP");
  }
  return jobs;
}

/** SIGCONT the agent (its fence timer is overdue: it aborts its work), then its jobs. */
export function thawAgent(agent: Spawned, jobs: number[]) {
  signalGroup(agent.pid, "SIGCONT");
  for (const pgid of jobs) signalGroup(pgid, "SIGCONT");
}

/** A machine dying: freeze the agent, SIGKILL its jobs' groups and its own. */
export async function killAgent(agent: Spawned) {
  signalGroup(agent.pid, "SIGSTOP");
  const jobs = childrenOf(agent.pid);
  for (const pgid of jobs) signalGroup(pgid, "SIGKILL");
  signalGroup(agent.pid, "SIGKILL");
  await Promise.race([agent.exited, sleep(3000)]);
  forget(agent.pid);
  return jobs.length;
}

/** SIGTERM (the agent leaves), then SIGKILL whatever is left of it and its jobs after `graceMs`. */
export async function stopAgent(agent: Spawned, graceMs: number) {
  try {
    process.kill(agent.pid, "SIGTERM");
  } catch {
    // gone
  }
  await Promise.race([agent.exited, sleep(graceMs)]);
  for (const pgid of agentGroups(agent)) signalGroup(pgid, "SIGKILL");
  forget(agent.pid);
}
