import { spawn } from "node:child_process";
import type { JobHandler } from "./agent";

/**
 * A job handler that runs a shell command: the payload is in ROSTER_PAYLOAD and on stdin,
 * with ROSTER_JOB_ID, ROSTER_RUN_ID, ROSTER_FENCING_TOKEN and ROSTER_SCHEDULED_FOR beside it.
 * Exit code 0 is `succeeded`, anything else `failed`. A lost claim kills the command.
 */
export const commandHandler =
  (command: string): JobHandler =>
  (job) =>
    new Promise((resolve, reject) => {
      const payload = JSON.stringify(job.payload ?? null);
      const child = spawn("sh", ["-c", command], {
        env: {
          ...process.env,
          ROSTER_PAYLOAD: payload,
          ROSTER_JOB_ID: job.jobId,
          ROSTER_RUN_ID: job.runId,
          ROSTER_FENCING_TOKEN: String(job.fencingToken),
          ROSTER_SCHEDULED_FOR: job.scheduledFor,
        },
        stdio: ["pipe", "inherit", "inherit"],
      });
      const kill = () => child.kill("SIGTERM");
      job.signal.addEventListener("abort", kill, { once: true });
      child.stdin.on("error", () => {}); // a command that does not read stdin is fine
      child.stdin.end(payload);
      child.once("error", (error) => reject(error));
      child.once("exit", (code, signal) => {
        job.signal.removeEventListener("abort", kill);
        if (code === 0) resolve();
        else reject(new Error(signal ? `killed by ${signal}` : `exit code ${code}`));
      });
    });

/** `TYPE=COMMAND` as given on the command line. */
export function parseRun(spec: string): [string, string] {
  const at = spec.indexOf("=");
  if (at <= 0 || at === spec.length - 1) throw new Error(`--run takes TYPE=COMMAND, not '${spec}'`);
  return [spec.slice(0, at), spec.slice(at + 1)];
}
