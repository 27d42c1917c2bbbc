import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, expect, it } from "vitest";

/**
 * The soak of issue 15, one minute of it: a local Roster, real agents, simulated nodes and
 * seeded faults (agents killed and paused, nodes silenced, the server kill -9'd and restarted),
 * then every check of scripts/soak/check.ts. Fewer nodes than `npm run soak`: the test runs
 * beside the others on two cores. The soak kills everything it started on any way out; if the
 * test gives up first, SIGTERM makes it do so.
 */
let soak: ChildProcess | undefined;
let exited: Promise<number | null> = Promise.resolve(null);

afterAll(async () => {
  if (soak && soak.exitCode === null && soak.signalCode === null) {
    soak.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (soak.exitCode === null && soak.signalCode === null) soak.kill("SIGKILL");
  }
});

it("a one-minute soak with faults passes every check", async () => {
  const args = ["--import", "tsx", "scripts/soak.ts", "--seconds", "60", "--agents", "6", "--simulated", "30", "--seed", "15"];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  soak = child;
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  const code = await exited;
  expect(code, output).toBe(0);
  expect(output).toContain("soak: all checks passed");
}, 420_000);
