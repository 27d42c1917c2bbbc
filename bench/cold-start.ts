import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type LocalDynamo, localClient } from "../adapters/local-dynamodb";
import { ensureTable } from "../adapters/table-setup";
import { clusterKey } from "../core/store/keys";
import type { BundleSize } from "../scripts/build";
import { startAwsStandIns } from "../test/support/lambda-runtime/aws-stand-ins";
import { apiEnvironment, functionUrlEvent, lambdaContext } from "./lambda-events";
import { percentiles, round } from "./support";

const ADMIN = "bench-admin-token-0123456789abcdefgh";
const MARK = "BENCH-COLD ";

/**
 * One fresh `node` process, as a new Lambda execution environment: import the bundle (its init),
 * then hand it one event (its first request). Prints both times, measured inside the process.
 */
const CHILD = `
const events = JSON.parse(process.env.BENCH_EVENTS);
const t0 = performance.now();
const { handler } = await import(process.env.BENCH_BUNDLE);
const t1 = performance.now();
const answers = [];
for (const event of events) answers.push(await handler(event, JSON.parse(process.env.BENCH_CONTEXT)));
const t2 = performance.now();
process.stderr.write(${JSON.stringify(MARK)} + JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, answers }) + "\\n", () => process.exit(0)); // the SDK keeps its connection open
`;

/** Asynchronously: the AWS stand-ins answer from this process meanwhile. */
async function fresh(bundle: string, environment: Record<string, string>, events: unknown[]) {
  const child = spawn(process.execPath, ["--input-type=module", "-e", CHILD], {
    env: {
      PATH: process.env.PATH ?? "",
      ...environment,
      BENCH_BUNDLE: pathToFileURL(bundle).href,
      BENCH_EVENTS: JSON.stringify(events),
      BENCH_CONTEXT: JSON.stringify(lambdaContext()),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let out = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
  await new Promise((resolve, reject) => child.once("close", resolve).once("error", reject));
  const line = out.split("\n").find((l) => l.startsWith(MARK));
  if (!line) throw new Error(`bench: no result from ${bundle}: ${out.slice(-500)}`);
  const result = JSON.parse(line.slice(MARK.length)) as { importMs: number; firstMs: number; answers: { statusCode: number; body?: string }[] };
  for (const answer of result.answers) {
    if (answer.statusCode >= 300) throw new Error(`bench: ${bundle} answered ${answer.statusCode} ${answer.body}`);
  }
  return result;
}

/**
 * Item 3 of issue 20: cold start, in fresh processes, of the API bundle (import, then its first
 * request: an idle check-in of a node of a cluster whose sweep is not due, as most are) against
 * the hello world (bench/hello.ts: import, then its first request, one UpdateItem) and the same
 * written with Roster's libraries (bench/hello-openapi.ts), alternated,
 * `runs` of each; medians. Both bundled with the same options (scripts/build.ts); `sizes` are
 * theirs (bench/bundles.ts).
 */
export async function coldStart(dynamo: LocalDynamo, outdir: string, sizes: Record<string, BundleSize>, runs = 15) {
  const table = `bench-cold-${Math.random().toString(36).slice(2, 8)}`;
  const client = localClient(dynamo.endpoint);
  await ensureTable(client, table);
  const aws = await startAwsStandIns();
  try {
    const environment = apiEnvironment({ dynamoEndpoint: dynamo.endpoint, awsEndpoint: aws.endpoint, table, adminToken: ADMIN });
    const api = join(outdir, "api", "index.mjs");
    const hello = join(outdir, "hello", "index.mjs");
    const helloOpenApi = join(outdir, "hello-openapi", "index.mjs");
    // The cluster and its node, made by the function itself.
    const setup = await fresh(api, environment, [functionUrlEvent("POST", "/v1/clusters", ADMIN, { clusterId: "cold" })]);
    const { joinToken } = JSON.parse(setup.answers[0]!.body!);
    const joined = await fresh(api, environment, [
      functionUrlEvent("POST", "/v1/clusters/cold/nodes/node-0/join", joinToken, { instanceType: "clustered-first", softwareVersion: "1.0.0" }),
    ]);
    const { nodeToken, epoch } = JSON.parse(joined.answers[0]!.body!);
    // A sweeper holds the turn for the next hour: no check-in here triggers one.
    await client.send(
      new UpdateItemCommand({
        TableName: table,
        Key: { pk: { S: clusterKey("cold").pk }, sk: { S: clusterKey("cold").sk } },
        UpdateExpression: "SET sweepLeaseUntil = :until",
        ExpressionAttributeValues: { ":until": { N: String(Date.now() + 3_600_000) } },
      }),
    );
    const apiRuns: { importMs: number; firstMs: number }[] = [];
    const helloRuns: { importMs: number; firstMs: number }[] = [];
    const openApiRuns: { importMs: number; firstMs: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const checkIn = functionUrlEvent("POST", "/v1/clusters/cold/nodes/node-0/check-in", nodeToken, {
        epoch,
        sentAt: new Date().toISOString(),
        capacity: 1,
        holding: [],
        seq: i + 1,
        softwareVersion: "1.0.0",
      });
      apiRuns.push(await fresh(api, environment, [checkIn]));
      helloRuns.push(await fresh(hello, environment, [functionUrlEvent("POST", `/hello/${i}`, "none", { sentAt: new Date().toISOString() })]));
      openApiRuns.push(await fresh(helloOpenApi, environment, [functionUrlEvent("POST", `/hello/${i}`, "none", { sentAt: new Date().toISOString() })]));
    }
    const median = (xs: number[]) => percentiles(xs).p50;
    const medians = (runs: { importMs: number; firstMs: number }[]) => ({
      importMs: median(runs.map((r) => r.importMs)),
      firstMs: median(runs.map((r) => r.firstMs)),
      totalMs: median(runs.map((r) => r.importMs + r.firstMs)),
    });
    const a = medians(apiRuns);
    const h = medians(helloRuns);
    const o = medians(openApiRuns);
    return {
      runs,
      apiInitKiB: round(sizes.api!.initBytes / 1024, 1),
      apiTotalKiB: round(sizes.api!.totalBytes / 1024, 1),
      sweeperInitKiB: round(sizes.sweeper!.initBytes / 1024, 1),
      helloInitKiB: round(sizes.hello!.initBytes / 1024, 1),
      api: { importMs: round(a.importMs, 1), firstCheckInMs: round(a.firstMs, 1), totalMs: round(a.totalMs, 1) },
      hello: { importMs: round(h.importMs, 1), firstRequestMs: round(h.firstMs, 1), totalMs: round(h.totalMs, 1) },
      ratio: round(a.totalMs / h.totalMs),
      importRatio: round(a.importMs / h.importMs),
      /** bench/hello-openapi.ts: the same libraries as a check-in, none of Roster's code. */
      helloOpenApi: { initKiB: round(sizes["hello-openapi"]!.initBytes / 1024, 1), importMs: round(o.importMs, 1), firstRequestMs: round(o.firstMs, 1), totalMs: round(o.totalMs, 1), ratioToHello: round(o.totalMs / h.totalMs) },
      ratioToHelloOpenApi: round(a.totalMs / o.totalMs),
    };
  } finally {
    await aws.close();
    client.destroy();
  }
}
