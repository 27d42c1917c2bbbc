import { execFile } from "node:child_process";
import { inject } from "vitest";
import { runNode } from "./processes";

/**
 * The `roster` command as the tests run it: the bundle the global setup built from the sources
 * of this checkout (test/support/global-setup.ts), run by plain node, as operators run it.
 * How `bin/roster.mjs` picks between the bundle and the sources is tested in test/packaging.
 */
const bundle = () => inject("rosterBundle");

/** Run the `roster` command to its end: exit code and output. */
export function roster(args: string[], env: Record<string, string | undefined> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bundle(), ...args],
      { env: { ...process.env, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Start a long-running `roster` command (an agent) in the background. */
export const rosterProcess = (args: string[], env: Record<string, string | undefined> = {}) => runNode([bundle(), ...args], env);
