import { spawn } from "node:child_process";
import type { JobHandler } from "./agent";

/** Commands still running, by process group id: whatever way the agent ends, they are killed. */
const groups = new Set<number>();

/** How long a command has to exit after SIGTERM before its group gets SIGKILL. */
const KILL_AFTER_MS = 3000;

const signalGroup = (pgid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group is gone already
  }
};

/**
 * Kill every running command's process group (the shell and all it started): SIGTERM, then
 * SIGKILL for the groups still there after `graceMs`. Resolves when none is left.
 */
export async function killCommands(graceMs = KILL_AFTER_MS): Promise<void> {
  for (const pgid of groups) signalGroup(pgid, "SIGTERM");
  // On the monotonic clock: a step of the wall clock neither cuts the grace short nor stretches it.
  const deadline = performance.now() + graceMs;
  while (groups.size > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  for (const pgid of groups) signalGroup(pgid, "SIGKILL");
}

// Last resort, when the process ends without killCommands (an uncaught exception, process.exit).
process.once("exit", () => {
  for (const pgid of groups) signalGroup(pgid, "SIGKILL");
});

/**
 * Run a shell command in its own process group, with `env` added to the agent's environment and
 * `stdin` on its standard input. Resolves on exit code 0, rejects otherwise. When `signal`
 * aborts, the command and everything it started (its process group) get SIGTERM, then SIGKILL
 * if they linger. The command is a string the operator gave on the agent's command line: it is
 * run by `sh -c` as given, and the values Roster supplies reach it only through the environment,
 * never spliced into the command text.
 */
export function runCommand(command: string, env: Record<string, string>, signal?: AbortSignal, stdin = ""): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", command], {
      env: { ...process.env, ...env },
      stdio: ["pipe", "inherit", "inherit"],
      detached: true, // its own process group, so a kill reaches the commands the shell started
    });
    const pgid = child.pid;
    if (pgid !== undefined) groups.add(pgid);
    let lingering: ReturnType<typeof setTimeout> | undefined;
    const kill = () => {
      if (pgid === undefined) return;
      signalGroup(pgid, "SIGTERM");
      lingering = setTimeout(() => signalGroup(pgid, "SIGKILL"), KILL_AFTER_MS);
    };
    if (signal?.aborted) kill();
    else signal?.addEventListener("abort", kill, { once: true });
    child.stdin.on("error", () => {}); // a command that does not read stdin is fine
    child.stdin.end(stdin);
    child.once("error", (error) => {
      if (pgid !== undefined) groups.delete(pgid);
      reject(error);
    });
    child.once("exit", (code, exitSignal) => {
      signal?.removeEventListener("abort", kill);
      clearTimeout(lingering);
      if (pgid !== undefined) {
        groups.delete(pgid);
        // A killed shell may leave what it started behind, in its group: they go too.
        if (signal?.aborted) signalGroup(pgid, "SIGKILL");
      }
      if (code === 0) resolve();
      else reject(new Error(exitSignal ? `killed by ${exitSignal}` : `exit code ${code}`));
    });
  });
}

/**
 * A job handler that runs a shell command: the payload is in ROSTER_PAYLOAD and on stdin,
 * with ROSTER_JOB_ID, ROSTER_RUN_ID, ROSTER_FENCING_TOKEN and ROSTER_SCHEDULED_FOR beside it.
 * Exit code 0 is `succeeded`, anything else `failed`. A lost claim kills the command and
 * everything it started (its own process group): SIGTERM, then SIGKILL if it lingers.
 */
export const commandHandler =
  (command: string): JobHandler =>
  (job) => {
    const payload = JSON.stringify(job.payload ?? null);
    const env = {
      ROSTER_PAYLOAD: payload,
      ROSTER_JOB_ID: job.jobId,
      ROSTER_RUN_ID: job.runId,
      ROSTER_FENCING_TOKEN: String(job.fencingToken),
      ROSTER_SCHEDULED_FOR: job.scheduledFor,
    };
    return runCommand(command, env, job.signal, payload);
  };

/** `TYPE=COMMAND` as given on the command line. */
export function parseRun(spec: string): [string, string] {
  const at = spec.indexOf("=");
  if (at <= 0 || at === spec.length - 1) throw new Error(`--run takes TYPE=COMMAND, not '${spec}'`);
  return [spec.slice(0, at), spec.slice(at + 1)];
}
