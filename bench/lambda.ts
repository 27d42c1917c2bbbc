import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { closeSync, openSync, writeSync } from "node:fs";
import type { ClientRequest } from "node:http";
import { join as joinPath } from "node:path";
import { pathToFileURL } from "node:url";
import { dynamoTable } from "../adapters/dynamo-table";
import { type LocalDynamo, localClient } from "../adapters/local-dynamodb";
import { ensureTable } from "../adapters/table-setup";
import { systemClock } from "../core/common/clock";
import { clusterKey } from "../core/store/keys";
import { startAwsStandIns } from "../test/support/lambda-runtime/aws-stand-ins";
import { silentLogger } from "../functions/http/log";
import { timedSweep } from "../functions/sweeps";
import { type LambdaAnswer, apiEnvironment, functionUrlEvent, lambdaContext } from "./lambda-events";
import { percentiles, round } from "./support";

const ADMIN = "bench-admin-token-0123456789abcdefgh";
/** Clusters of one node for the check-ins that miss the cache: each is checked in to again only after ≥ 200 ms. */
const MISS_CLUSTERS = 16;
const HIT_NODES = 20;
/** Rounds run before measuring (JIT, connections, first reads), as a warm Lambda instance has them behind it. */
const WARMUP_ROUNDS = 50;
/** Must be at least the cluster read cache's 200 ms (core/jobs/read-cache.ts). */
const MISS_GAP_MS = 200;

type Kind = "hit" | "miss" | "claim" | "start" | "complete" | "join" | "update" | "pair";
interface Sample {
  kind: Kind;
  ms: number;
  cpuMs: number;
  /** DynamoDB requests the call made. */
  dynamo: number;
  /** Lambda Invoke requests (a sweep trigger). */
  invokes: number;
  /** Other AWS requests (Secrets Manager). */
  other: number;
}

/**
 * Secrets Manager and Lambda on this machine: test/support/lambda-runtime/aws-stand-ins.ts, the
 * stand-ins the runtime-API test uses (a join reads the cluster's keystore secret; a check-in
 * that finds a sweep due invokes the sweeper, answered 202 once queued, as Lambda does). The
 * queued sweeps are run by the benchmark between measured calls: the sweeper is another
 * function on AWS.
 */
async function awsStandIns() {
  const aws = await startAwsStandIns();
  let taken = 0;
  return {
    endpoint: aws.endpoint,
    /** The clusters whose sweep was asked for since the last call. */
    take() {
      const ids = new Set(aws.asyncInvocations.slice(taken).map((i) => (JSON.parse(i.payload) as { clusterId: string }).clusterId));
      taken = aws.asyncInvocations.length;
      aws.calls.length = 0; // not kept: the benchmark counts requests itself
      return [...ids];
    },
    close: () => aws.close(),
  };
}

/**
 * Counts the HTTP requests this process sends while a call is measured, by service (the
 * `host` header: DynamoDB Local's port or the Lambda stand-in's), through Node's diagnostics
 * channel: nothing is added to the request path of either side. `other`: Secrets Manager.
 */
function requestCounter(dynamoEndpoint: string, lambdaEndpoint: string) {
  const dynamoHost = new URL(dynamoEndpoint).host;
  const standInHost = new URL(lambdaEndpoint).host;
  const counts = { dynamo: 0, invokes: 0, other: 0 };
  const onRequest = (message: unknown) => {
    const { request } = message as { request: ClientRequest };
    const host = String(request.getHeader("host"));
    if (host === dynamoHost) counts.dynamo++;
    else if (host === standInHost && request.path.startsWith("/2015-03-31/functions/")) counts.invokes++;
    else counts.other++;
  };
  subscribe("http.client.request.start", onRequest);
  return {
    counts,
    reset() {
      counts.dynamo = counts.invokes = counts.other = 0;
    },
    stop: () => unsubscribe("http.client.request.start", onRequest),
  };
}

/** Emit nothing to this process's stdout while the function runs: its log lines go to /dev/null, written synchronously as a pipe on Lambda takes them. */
function quietStdout() {
  const devNull = openSync("/dev/null", "w");
  const original = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    if (typeof chunk === "string") writeSync(devNull, chunk);
    else writeSync(devNull, chunk);
    return true;
  }) as typeof process.stdout.write;
  return () => {
    process.stdout.write = original;
    closeSync(devNull);
  };
}

function shuffle<T>(items: T[]) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Item 1 of issue 20: the built API function (`dist/api/index.mjs` of `bundle()`) imported in
 * this process and driven with function URL events, against DynamoDB Local, interleaved in one
 * loop with the floor (bench/floor.ts, bundled the same way: a bare UpdateItem, and UpdateItem +
 * Query issued together through an identically configured client). Each call is timed alone,
 * with this process's CPU time (`process.cpuUsage`) across it and the requests it sent.
 *
 * - hit: idle check-ins of the 20 nodes of one cluster, in turn; a sample counts as a
 *   hit when the check-in sent one DynamoDB request (the cluster read came from the 200 ms cache);
 * - miss: idle check-ins of 16 one-node clusters in turn, each checked in to again only after
 *   ≥ 200 ms (waited for if need be; the cache entry has expired: the check-in reads the cluster
 *   item); a sample counts when it sent two DynamoDB requests and no Invoke;
 * - each round: three hit check-ins, three of each floor, two misses, one join and one claim,
 *   start and complete, in a new random order;
 * - claim, start, complete: a one-off job created (not measured) each round, claimed by a
 *   check-in of a node of a third cluster, started and completed;
 * - join: a new node id joining a fourth cluster.
 *
 * Check-ins that asked for a sweep (an `Invoke` to the Lambda stand-in) are counted apart; the
 * sweeps run between rounds, from the sources, outside any measured call, as the sweeper
 * function runs elsewhere on AWS. The first 50 rounds are not measured (a warm instance).
 */
export async function lambdaPath(dynamo: LocalDynamo, outdir: string, seconds: number) {
  const table = `bench-lambda-${Math.random().toString(36).slice(2, 8)}`;
  const client = localClient(dynamo.endpoint);
  await ensureTable(client, table);
  const standIn = await awsStandIns();
  const sweepDeps = { table: dynamoTable(client, table), clock: systemClock };
  const environment = apiEnvironment({ dynamoEndpoint: dynamo.endpoint, awsEndpoint: standIn.endpoint, table, adminToken: ADMIN });
  const saved = Object.fromEntries(Object.keys(environment).map((k) => [k, process.env[k]]));
  Object.assign(process.env, environment);
  const restoreStdout = quietStdout();
  const counter = requestCounter(dynamo.endpoint, standIn.endpoint);
  try {
    const { handler } = (await import(pathToFileURL(joinPath(outdir, "api", "index.mjs")).href)) as { handler: (event: unknown, context: unknown) => Promise<LambdaAnswer> };
    const floor = (await import(pathToFileURL(joinPath(outdir, "floor", "index.mjs")).href)) as typeof import("./floor");
    const call = async (method: string, path: string, token: string, body?: unknown) => {
      const answer = await handler(functionUrlEvent(method, path, token, body), lambdaContext());
      const parsed = answer.body ? JSON.parse(answer.body) : undefined;
      if (answer.statusCode >= 300) throw new Error(`bench: ${method} ${path} answered ${answer.statusCode} ${answer.body}`);
      return parsed;
    };

    // The clusters, through the function itself (not measured).
    const cluster = async (clusterId: string) => (await call("POST", "/v1/clusters", ADMIN, { clusterId })).joinToken as string;
    const join = async (clusterId: string, joinToken: string, nodeId: string, first: boolean) => {
      const joined = await call("POST", `/v1/clusters/${clusterId}/nodes/${nodeId}/join`, joinToken, {
        instanceType: first ? "clustered-first" : "clustered-additional",
        softwareVersion: "1.0.0",
      });
      return { clusterId, nodeId, token: joined.nodeToken as string, epoch: joined.epoch as number, seq: 0 };
    };
    type Node = Awaited<ReturnType<typeof join>>;
    const hitToken = await cluster("hit");
    const hitNodes: Node[] = [];
    for (let i = 0; i < HIT_NODES; i++) hitNodes.push(await join("hit", hitToken, `node-${i}`, i === 0));
    const missNodes: (Node & { last: number })[] = [];
    for (let i = 0; i < MISS_CLUSTERS; i++) missNodes.push({ ...(await join(`miss-${i}`, await cluster(`miss-${i}`), "node-0", true)), last: 0 });
    const worker = await join("work", await cluster("work"), "node-0", true);
    const joinsToken = await cluster("joins");
    await join("joins", joinsToken, "first", true);

    // As the agent checks in (agent/agent.ts): its capacity, what it holds, its sequence number.
    const checkIn = (node: Node, capacity: number) =>
      call("POST", `/v1/clusters/${node.clusterId}/nodes/${node.nodeId}/check-in`, node.token, {
        epoch: node.epoch,
        sentAt: new Date().toISOString(),
        capacity,
        holding: [],
        seq: ++node.seq,
        softwareVersion: "1.0.0",
      });

    const samples: Sample[] = [];
    let measuring = false;
    const timed = async <T>(kind: Kind, run: () => Promise<T>): Promise<T> => {
      counter.reset();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const out = await run();
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      if (measuring) samples.push({ kind, ms, cpuMs: (cpu.user + cpu.system) / 1000, dynamo: counter.counts.dynamo, invokes: counter.counts.invokes, other: counter.counts.other });
      return out;
    };

    const clusterItem = clusterKey("hit");
    let minMissGapMs = Infinity;
    let round_ = 0;
    let jobs = 0;
    let joins = 0;
    let missNext = 0;
    const missCheckIn = async () => {
      const node = missNodes[missNext++ % MISS_CLUSTERS]!;
      const wait = node.last + MISS_GAP_MS - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (node.last) minMissGapMs = Math.min(minMissGapMs, Date.now() - node.last);
      await timed("miss", () => checkIn(node, 1));
      node.last = Date.now();
    };
    let hitNext = 0;
    let bareNext = 0;
    // One round: each of these once, in a new order each time. Three check-ins of the big
    // cluster (so most find its read in the cache), three of each floor, two misses.
    const blocks: (() => Promise<unknown>)[] = [
      ...Array.from({ length: 3 }, () => () => timed("hit", () => checkIn(hitNodes[hitNext++ % HIT_NODES]!, 1))),
      ...Array.from({ length: 3 }, () => () => timed("update", () => floor.update(table, `n${bareNext++ % HIT_NODES}`))),
      ...Array.from({ length: 3 }, () => () => timed("pair", () => floor.pair(table, `n${bareNext++ % HIT_NODES}`, clusterItem.pk, clusterItem.sk))),
      missCheckIn,
      missCheckIn,
      () => timed("join", () => join("joins", joinsToken, `j-${++joins}`, false)),
      async () => {
        const jobId = `job-${++jobs}`;
        await call("POST", "/v1/clusters/work/jobs", ADMIN, { jobId, type: "bench", schedule: { at: new Date().toISOString() } });
        const answer = await timed("claim", () => checkIn(worker, 1));
        const claim = answer.claims?.[0] as { runId: string; claimToken: string } | undefined;
        if (!claim) throw new Error(`bench: the check-in claimed nothing: ${JSON.stringify(answer)}`);
        const run = `/v1/clusters/work/runs/${encodeURIComponent(claim.runId)}`;
        await timed("start", () => call("POST", `${run}/start`, worker.token, { claimToken: claim.claimToken }));
        await timed("complete", () => call("POST", `${run}/complete`, worker.token, { claimToken: claim.claimToken, outcome: "succeeded" }));
      },
    ];
    let sweeps = 0;
    let cpuStart = process.cpuUsage();
    let deadline = Infinity;
    for (; performance.now() < deadline; round_++) {
      if (round_ === WARMUP_ROUNDS) {
        measuring = true;
        deadline = performance.now() + seconds * 1000;
        cpuStart = process.cpuUsage();
        sweeps = 0;
      }
      for (const block of shuffle([...blocks])) await block();
      for (const clusterId of standIn.take()) {
        sweeps++;
        await timedSweep(sweepDeps, clusterId, silentLogger).catch(() => undefined);
      }
    }
    const cpuRun = process.cpuUsage(cpuStart);
    return summary(samples, { rounds: round_ - WARMUP_ROUNDS, seconds, sweeps, minMissGapMs, processCpuMs: (cpuRun.user + cpuRun.system) / 1000 });
  } finally {
    counter.stop();
    restoreStdout();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await standIn.close();
    client.destroy();
  }
}

const stats = (samples: Sample[]) => {
  const p = percentiles(samples.map((s) => s.ms));
  const cpu = samples.reduce((n, s) => n + s.cpuMs, 0) / Math.max(1, samples.length);
  const mean = (f: (s: Sample) => number) => round(samples.reduce((n, s) => n + f(s), 0) / Math.max(1, samples.length));
  return { n: p.n, p50Ms: round(p.p50), p99Ms: round(p.p99), cpuMs: round(cpu), dynamoRequests: mean((s) => s.dynamo), otherAwsRequests: mean((s) => s.other) };
};

function summary(samples: Sample[], run: { rounds: number; seconds: number; sweeps: number; minMissGapMs: number; processCpuMs: number }) {
  const of = (kind: Kind) => samples.filter((s) => s.kind === kind);
  const hitCluster = of("hit");
  // A trigger (an Invoke) also drops the cluster from the cache: those are counted apart.
  const hits = hitCluster.filter((s) => s.dynamo === 1 && s.invokes === 0);
  const misses = of("miss").filter((s) => s.dynamo === 2 && s.invokes === 0);
  const update = stats(of("update"));
  const pair = stats(of("pair"));
  const vs = (x: ReturnType<typeof stats>, floor: ReturnType<typeof stats>) => ({
    p50: round(x.p50Ms / floor.p50Ms),
    p99: round(x.p99Ms / floor.p99Ms),
  });
  const row = (set: Sample[]) => {
    const s = stats(set);
    return { ...s, vsUpdate: vs(s, update), vsPair: vs(s, pair) };
  };
  const hit = row(hits);
  const miss = row(misses);
  const triggering = [...of("hit"), ...of("miss")].filter((s) => s.invokes > 0);
  return {
    method:
      "dist/api/index.mjs imported in this process, driven with function URL (payload 2.0) events; " +
      "the floor (bench/floor.ts) bundled with the same options; all interleaved in one loop, shuffled per round",
    ...run,
    minMissGapMs: round(run.minMissGapMs, 0),
    /** This whole process over the measured rounds: the calls, and what is not measured (job creation, sweeps). */
    processCpuMs: round(run.processCpuMs, 0),
    floor: { update, pair },
    idleCheckInHit: { ...hit, note: "one-cluster (20 nodes) check-ins that sent one DynamoDB request (cluster read from the 200 ms cache)" },
    idleCheckInMiss: { ...miss, note: "one-node clusters, each checked in to again after ≥ 200 ms (the cache entry expired): UpdateItem + Query" },
    hitClusterAsItCame: { ...row(hitCluster), hitRate: round(hits.length / Math.max(1, hitCluster.length)) },
    sweepTriggers: { ...stats(triggering), share: round(triggering.length / Math.max(1, of("hit").length + of("miss").length), 3) },
    claimCheckIn: row(of("claim")),
    start: row(of("start")),
    complete: row(of("complete")),
    join: row(of("join")),
    /** Roster's own CPU per check-in: the handler's minus its floor's, per call. */
    ownCpuPerCheckInMs: { hit: round(hit.cpuMs - update.cpuMs), miss: round(miss.cpuMs - pair.cpuMs) },
    /** For the chart (bench/chart.ts): every sample's latency, by series, each handler series before its floor. */
    distributions: {
      "handler, cache hit": hits.map((s) => round(s.ms, 3)),
      "bare UpdateItem": of("update").map((s) => round(s.ms, 3)),
      "handler, cache miss": misses.map((s) => round(s.ms, 3)),
      "UpdateItem + Query together": of("pair").map((s) => round(s.ms, 3)),
    },
  };
}
