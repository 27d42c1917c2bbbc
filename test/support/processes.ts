import { type ChildProcess, execFileSync, spawn } from "node:child_process";

/** A child process running a TypeScript entry point through tsx, or a built bundle, with its output kept. */
export interface Running {
  child: ChildProcess;
  output(): string;
  errors(): string;
  exited: Promise<number | null>;
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
}

export const runTs = (entry: string, args: string[], env: Record<string, string | undefined>): Running =>
  runNode(["--import", "tsx", entry, ...args], env);

/** A child process of plain node (a built bundle, or `--import tsx` and a source), with its output kept. */
export function runNode(argv: string[], env: Record<string, string | undefined>): Running {
  const child = spawn(process.execPath, argv, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    output: () => stdout,
    errors: () => stderr,
    exited,
    async waitFor(text, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      const seen = () => (typeof text === "string" ? stdout.includes(text) : text.test(stdout));
      while (!seen()) {
        if (child.exitCode !== null) throw new Error(`exited ${child.exitCode} before ${text}: ${stdout}${stderr}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${text}: ${stdout}${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/** Processes whose command line mentions `needle` (to prove a child was cleaned up). */
export const processesMentioning = (needle: string) =>
  execFileSync("ps", ["-eo", "args"], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.includes(needle) && !line.startsWith("ps "));

/** Poll a URL until it answers, for servers started in another process. */
export async function waitForHttp(url: string, timeoutMs = 30_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
