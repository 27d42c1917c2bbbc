import { execFile } from "node:child_process";
import { runTs } from "./processes";

/** Run the `roster` command to its end: exit code and output. */
export function roster(args: string[], env: Record<string, string | undefined> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["bin/roster.mjs", ...args],
      { env: { ...process.env, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Start a long-running `roster` command (an agent) in the background. */
export const rosterProcess = (args: string[], env: Record<string, string | undefined> = {}) => runTs("agent/cli.ts", args, env);
