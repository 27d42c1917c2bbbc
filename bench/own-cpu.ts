/**
 * Roster's own CPU per idle check-in, with DynamoDB taken out: the app is driven in-process
 * against a table that answers from memory (the answers a real check-in got from DynamoDB
 * Local, replayed), so what is measured is Hono, zod, the token checks and the update building,
 * not the SDK or the socket; then the same through Lambda's adapter, with and without the
 * deployed logger, and the check-in's own UpdateItem against a bare one through the SDK. Together
 * they say where "Roster's own CPU" of the Lambda path goes. A step of `npm run bench` (owncpu);
 * alone: `npx tsx bench/own-cpu.ts [checkIns]`, BENCH_PROFILE=file writes a CPU profile
 * (.cpuprofile) of the last loop.
 */
import { Session } from "node:inspector/promises";
import { openSync, writeFileSync, writeSync } from "node:fs";
import { handle } from "hono/aws-lambda";
import { functionUrlEvent, lambdaContext } from "./lambda-events";
import { type LocalDynamo, startLocalDynamo } from "../adapters/local-dynamodb";
import type { Item, Table, UpdateInput } from "../core/store/table";
import { createApp } from "../functions/app";
import { emfLogger, silentLogger } from "../functions/http/log";
import { hashToken } from "../core/common/tokens";
import { systemClock } from "../core/common/clock";
import { ADMIN, benchServer } from "./server";
import { inProcess } from "./http";
import { round } from "./support";

export async function ownCpu(dynamo: LocalDynamo, checkIns = 20_000) {
  const server = await benchServer({ dynamo });
  const call = inProcess(server.app);
  const created = await call("POST", "/v1/clusters", ADMIN, { clusterId: "own" });
  const joined = await call("POST", "/v1/clusters/own/nodes/n1/join", created.body.joinToken, { instanceType: "clustered-first", softwareVersion: "1" });
  const token = joined.body.nodeToken as string;
  let seq = 0;
  // As the agent checks in (agent/agent.ts, and bench/lambda.ts): its capacity, what it holds, its sequence number.
  const body = () => ({ epoch: 1, sentAt: new Date().toISOString(), capacity: 1, holding: [], seq: ++seq, softwareVersion: "1" });
  // One real check-in, recording what DynamoDB answered.
  const answers: { update?: Item; query?: { items: Item[] }; updateInput?: UpdateInput } = {};
  const real = server.deps.table;
  const recording: Table = {
    ...real,
    update: async (input) => {
      answers.updateInput = input;
      return (answers.update = await real.update(input));
    },
    query: async (input) => (answers.query = await real.query(input)),
    get: real.get.bind(real),
  };
  const recorded = createApp({ deps: { ...server.deps, table: recording, clusterCache: undefined }, adminTokenHash: hashToken(ADMIN), log: silentLogger });
  const first = await inProcess(recorded)("POST", "/v1/clusters/own/nodes/n1/check-in", token, body());
  if (first.status !== 200) throw new Error(`check-in: ${first.status}`);
  const sdk = await sdkShare(real, answers.updateInput!);
  await server.stop();

  // The same check-ins against the replayed answers: every one misses the cache (no cache), so each does the miss's work.
  const replay: Table = {
    get: async () => undefined,
    put: async () => {},
    update: async () => answers.update,
    delete: async () => {},
    query: async () => answers.query!,
    batchGet: async () => [],
    transact: async () => {},
  };
  const app = createApp({ deps: { table: replay, clock: systemClock, vault: server.deps.vault }, adminTokenHash: hashToken(ADMIN), log: silentLogger });
  // As a function URL event becomes a request: its body's length is a header (else Hono's body
  // limit reads the body to count it, which no deployed request pays).
  const once = async () => {
    const text = JSON.stringify(body());
    const res = await app.request("/v1/clusters/own/nodes/n1/check-in", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "content-length": String(Buffer.byteLength(text)) },
      body: text,
    });
    if (res.status !== 200) throw new Error(`replayed check-in: ${res.status} ${await res.text()}`);
    await res.json();
  };
  // The same through Lambda's adapter, from function URL events: silent, then with the
  // deployed logger's line per request (written to /dev/null, synchronously, as a pipe takes it).
  const path = "/v1/clusters/own/nodes/n1/check-in";
  const viaLambda = (handler: ReturnType<typeof handle>) => async () => {
    const answer = (await handler(functionUrlEvent("POST", path, token, body()) as never, lambdaContext() as never)) as { statusCode: number; body: string };
    if (answer.statusCode !== 200) throw new Error(`lambda check-in: ${answer.statusCode} ${answer.body}`);
    JSON.parse(answer.body);
  };
  const silentHandler = handle(app);
  const devNull = openSync("/dev/null", "w");
  const loggedHandler = handle(createApp({ deps: { table: replay, clock: systemClock, vault: server.deps.vault }, adminTokenHash: hashToken(ADMIN), log: emfLogger("bench", (line) => writeSync(devNull, `${line}\n`)) }));
  // Interleaved in rounds, so a busy moment of the machine weighs on the three alike.
  const { app: viaApp, silent: lambdaSilent, logged: lambdaLogged } = await interleaved({ app: once, silent: viaLambda(silentHandler), logged: viaLambda(loggedHandler) }, checkIns);

  for (let i = 0; i < 2000; i++) await once(); // warm-up
  const profiling = process.env.BENCH_PROFILE;
  const session = profiling ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 50 });
    await session.post("Profiler.start");
  }
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < checkIns; i++) await once();
  const used = process.cpuUsage(cpu);
  const wall = performance.now() - started;
  if (session) {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(profiling!, JSON.stringify(profile));
  }
  return { sdk, viaApp, lambdaSilent, lambdaLogged, checkIns, cpuMsPerCheckIn: round((used.user + used.system) / 1000 / checkIns, 4), wallMsPerCheckIn: round(wall / checkIns, 4) };
}

/** Process CPU per call of each sender, after a warm-up, their calls interleaved in rounds of 500. */
async function interleaved<K extends string>(senders: Record<K, () => Promise<void>>, calls: number) {
  const names = Object.keys(senders) as K[];
  const used = Object.fromEntries(names.map((name) => [name, 0])) as Record<K, number>;
  const each = 500;
  const rounds = Math.max(1, Math.round(calls / each));
  for (const name of names) for (let i = 0; i < 2000; i++) await senders[name]();
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      const before = process.cpuUsage();
      for (let i = 0; i < each; i++) await senders[name]();
      const spent = process.cpuUsage(before);
      used[name] += spent.user + spent.system;
    }
  }
  return Object.fromEntries(names.map((name) => [name, round(used[name] / 1000 / (rounds * each), 4)])) as Record<K, number>;
}

/**
 * The part of the SDK's work that is the check-in's own: its UpdateItem as a check-in sends it
 * (the condition on token, epoch, state and time; every reported attribute; ALL_NEW back)
 * against the Lambda bench's bare UpdateItem, both through the table adapter, interleaved,
 * against DynamoDB Local: process CPU per call.
 */
async function sdkShare(table: Table, checkIn: UpdateInput, rounds = 30, each = 100) {
  const bare: UpdateInput = {
    Key: { pk: "BENCH#own", sk: "BARE" },
    UpdateExpression: "SET lastCheckIn = :now, clockSkewMs = :skew, padding = :padding",
    ExpressionAttributeValues: { ":now": Date.now(), ":skew": 3, ":padding": "x".repeat(380) },
  };
  const sends = {
    bare: () => table.update({ ...bare, ExpressionAttributeValues: { ...bare.ExpressionAttributeValues, ":now": Date.now() } }),
    // Its time and sequence number move on, as the agent's do (the `fresh` and `order` checks).
    checkIn: () => table.update({ ...checkIn, ExpressionAttributeValues: { ...checkIn.ExpressionAttributeValues, ":now": Date.now(), ...(":seq" in (checkIn.ExpressionAttributeValues ?? {}) ? { ":seq": ++seq } : {}) } }),
  };
  let seq = 1_000_000;
  const cpu = { bare: 0, checkIn: 0 };
  for (let round = 0; round < rounds + 3; round++) {
    for (const name of ["bare", "checkIn"] as const) {
      const before = process.cpuUsage();
      for (let i = 0; i < each; i++) await sends[name]();
      const used = process.cpuUsage(before);
      if (round >= 3) cpu[name] += used.user + used.system; // the first rounds warm up
    }
  }
  const per = (us: number) => round(us / 1000 / (rounds * each), 4);
  return { bareUpdateCpuMs: per(cpu.bare), checkInUpdateCpuMs: per(cpu.checkIn), calls: rounds * each };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dynamo = await startLocalDynamo();
  console.log(JSON.stringify(await ownCpu(dynamo, Number(process.argv[2] ?? 20_000))));
  await dynamo.stop();
  process.exit(0);
}
