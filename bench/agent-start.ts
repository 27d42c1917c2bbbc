/**
 * `npx tsx bench/agent-start.ts [--runs N]`: how fast the agent starts and how much memory it
 * holds, run through tsx (the TypeScript sources, as `npx roster` did before issue 18) and as the
 * bundle `npm run build` makes (plain node). Against a stand-in Roster on a local port (the
 * agent's own cost, not the server's):
 *
 * - `--version`: from spawn to exit;
 * - agent start: from spawn to its first check-in arriving (it joins first), and the CPU time
 *   (user + system, all its threads) it spent until then: the cost to the machine, which other
 *   work on it does not inflate as it does the wall time;
 * - RSS: the agent's resident memory 2 s after that first check-in;
 * - eight at once: eight agents spawned together, the median and the slowest to check in.
 *
 * Each measure is the median of N runs (10). Prints a table for docs/install-agent.md.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cpus, loadavg } from "node:os";
import { bundleCli } from "../scripts/build";
import { fakeRoster } from "../test/agent/fake-roster";
import { percentiles, round } from "./support";

const loadBefore = loadavg()[0]!;
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 10;
const { path: bundle, bytes } = await bundleCli(join("bench", "out"));
const WAYS = {
  tsx: ["--import", "tsx", "agent/cli.ts"],
  bundle: [bundle],
} as const;
type Way = keyof typeof WAYS;

const roster = fakeRoster({ instanceCheckInOffsetMs: 0, instanceCheckInIntervalMs: 1000, instanceTimeoutMs: 5000 });
const server = await roster.listen();
const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true", NODE_OPTIONS: "" };

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** User + system CPU time of a process so far, in ms (/proc/<pid>/stat, fields 14 and 15, in clock ticks of 10 ms). */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

async function version(way: Way) {
  const started = performance.now();
  const child = spawn(process.execPath, [...WAYS[way], "--version"], { env, stdio: "ignore" });
  await exited(child);
  if (child.exitCode !== 0) throw new Error(`${way} --version exited ${child.exitCode}`);
  return performance.now() - started;
}

let n = 0;
/** Spawn an agent; resolves with its time to the first check-in and the process. */
async function agent(way: Way) {
  const nodeId = `bench-${way}-${++n}`;
  const started = performance.now();
  const child = spawn(process.execPath, [...WAYS[way], "agent", "--url", server.url, "--cluster", "bench", "--join-token", "t", "--node-id", nodeId], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  for (;;) {
    const first = roster.calls.find((c) => c.kind === "check-in" && c.nodeId === nodeId);
    if (first) return { ms: first.sentAt - started, cpuMs: cpuMs(child.pid!), child };
    if (child.exitCode !== null) throw new Error(`${way} agent exited ${child.exitCode}: ${stderr}`);
    await sleep(2);
  }
}

async function stop(child: ChildProcess) {
  child.kill("SIGTERM");
  await exited(child);
}

const results: Record<Way, { versionMs: number; startMs: number; startCpuMs: number; rssMiB: number; eightMedianMs: number; eightSlowestMs: number }> = {} as never;
for (const way of Object.keys(WAYS) as Way[]) {
  await version(way); // warm the file cache: every run below starts as the second does
  const versions: number[] = [];
  const starts: number[] = [];
  const startCpu: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    versions.push(await version(way));
    const { ms, cpuMs, child } = await agent(way);
    starts.push(ms);
    startCpu.push(cpuMs);
    await sleep(2000);
    rss.push(rssMiB(child.pid!));
    await stop(child);
  }
  const eightMedians: number[] = [];
  const eightSlowest: number[] = [];
  for (let i = 0; i < Math.max(3, Math.round(runs / 3)); i++) {
    const eight = await Promise.all(Array.from({ length: 8 }, () => agent(way)));
    const times = eight.map((a) => a.ms);
    eightMedians.push(percentiles(times).p50);
    eightSlowest.push(Math.max(...times));
    await Promise.all(eight.map((a) => stop(a.child)));
  }
  results[way] = {
    versionMs: round(percentiles(versions).p50, 0),
    startMs: round(percentiles(starts).p50, 0),
    startCpuMs: round(percentiles(startCpu).p50, 0),
    rssMiB: round(percentiles(rss).p50, 1),
    eightMedianMs: round(percentiles(eightMedians).p50, 0),
    eightSlowestMs: round(percentiles(eightSlowest).p50, 0),
  };
}
await server.close();

console.log(
  `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, load average ${round(loadBefore, 1)} before and ${round(loadavg()[0]!, 1)} after ` +
    `(other work on the machine slows both columns); bundle ${round(bytes / 1024, 0)} KiB; median of ${runs} runs\n`,
);
const rows = [
  ["", "tsx (sources)", "bundle (plain node)"],
  ["roster --version", `${results.tsx.versionMs} ms`, `${results.bundle.versionMs} ms`],
  ["agent: start to first check-in", `${results.tsx.startMs} ms`, `${results.bundle.startMs} ms`],
  ["agent: CPU time to first check-in", `${results.tsx.startCpuMs} ms`, `${results.bundle.startCpuMs} ms`],
  ["agent: RSS after start", `${results.tsx.rssMiB} MiB`, `${results.bundle.rssMiB} MiB`],
  ["8 agents at once: median / slowest", `${results.tsx.eightMedianMs} / ${results.tsx.eightSlowestMs} ms`, `${results.bundle.eightMedianMs} / ${results.bundle.eightSlowestMs} ms`],
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const [i, row] of rows.entries()) {
  console.log(`| ${row.map((cell, j) => cell.padEnd(widths[j]!)).join(" | ")} |`);
  if (i === 0) console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
}
