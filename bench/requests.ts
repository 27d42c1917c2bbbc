import { BatchWriteCommand, DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { type LocalDynamo, localClient } from "../adapters/local-dynamodb";
import { readCluster } from "../core/clusters/cluster-item";
import { clusterNodeKey, queryNodes } from "../core/clusters/cluster-nodes";
import { type NodeItem } from "../core/nodes/node-item";
import { sweepCluster } from "../core/detection/sweep";
import { inProcess } from "./http";
import { ADMIN, benchServer } from "./server";
import { round } from "./support";

/** A clock the benchmark moves, so jobs are due exactly when it says. */
const clock = { t: Date.parse("2026-11-23T10:00:00Z"), now() { return this.t; } };

/**
 * DynamoDB requests and consumed capacity per operation, counted on the client (every
 * request asks for ReturnConsumedCapacity). Sweeps triggered by check-ins are switched off
 * here so they are not counted in the check-in: the sweep is measured on its own.
 */
export async function requestsPerOperation(dynamo: LocalDynamo) {
  const { server, call, measure } = await meteredServer(dynamo);
  const rows = [];
  const created = await call("POST", "/v1/clusters", ADMIN, { clusterId: "ops" });
  await call("POST", "/v1/clusters/ops/nodes/n0/join", created.joinToken, { instanceType: "clustered-first", softwareVersion: "1" });
  let token = "";
  rows.push(
    await measure("join", async () => {
      token = (await call("POST", "/v1/clusters/ops/nodes/n1/join", created.joinToken, { instanceType: "clustered-additional", softwareVersion: "1" })).nodeToken;
    }),
  );
  // As the agent checks in: with capacity, listing what it holds (`holding`), which renews leases.
  const checkIn = (capacity: number, holding: string[] = []) =>
    call("POST", "/v1/clusters/ops/nodes/n1/check-in", token, { epoch: 1, sentAt: new Date(clock.t).toISOString(), capacity, holding });
  rows.push(await measure("check-in, nothing to claim", () => checkIn(1)));
  rows.push(
    await measure("check-in, nothing to claim, no listing (older clients)", () =>
      call("POST", "/v1/clusters/ops/nodes/n1/check-in", token, { epoch: 1, sentAt: new Date(clock.t).toISOString(), capacity: 1 }),
    ),
  );
  await call("POST", "/v1/clusters/ops/jobs", ADMIN, { jobId: "j", type: "t", schedule: { rateMs: 60_000 } });
  clock.t += 60_000;
  let claim: { runId: string; claimToken: string } | undefined;
  rows.push(await measure("check-in with one claim", async () => ([claim] = (await checkIn(1)).claims)));
  const run = `/v1/clusters/ops/runs/${encodeURIComponent(claim!.runId)}`;
  rows.push(await measure("start", () => call("POST", `${run}/start`, token, { claimToken: claim!.claimToken })));
  rows.push(await measure("check-in holding one started run", () => checkIn(0, [claim!.runId])));
  rows.push(await measure("complete", () => call("POST", `${run}/complete`, token, { claimToken: claim!.claimToken, outcome: "succeeded" })));
  rows.push(...(await primaryCheckIns(call, measure)));

  const sweeps = [];
  const doc = DynamoDBDocumentClient.from(localClient(dynamo.endpoint)); // seeding is not counted
  for (const size of [100, 1000, 10_000]) {
    const clusterId = `sweep-${size}`;
    await call("POST", "/v1/clusters", ADMIN, { clusterId });
    const template = (await queryNodes(server.deps, { clusterId: "ops" })).find((n) => n.nodeId === "n0"); // an idle node
    const items: NodeItem[] = Array.from({ length: size }, (_, i) => {
      const nodeId = `node-${String(i).padStart(5, "0")}`;
      return { ...template!, ...clusterNodeKey({ clusterId }, nodeId), clusterId, nodeId, lastCheckIn: clock.t };
    });
    for (let i = 0; i < items.length; i += 25) {
      await doc.send(new BatchWriteCommand({ RequestItems: { [server.table]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
    }
    const bytes = items.reduce((n, item) => n + itemBytes(item as unknown as Record<string, unknown>), 0);
    const cluster = (await readCluster(server.deps, clusterId))!;
    const noChange = await measure(`sweep of ${size} nodes, nothing to change`, () => sweepCluster(server.deps, cluster));
    // 1% silent: their last check-in is older than the timeout.
    for (const item of items.slice(0, size / 100)) {
      await server.deps.table.update({ Key: clusterNodeKey({ clusterId }, item.nodeId), UpdateExpression: "SET lastCheckIn = :old", ExpressionAttributeValues: { ":old": clock.t - 60_000 } });
    }
    const onePercent = await measure(`sweep of ${size} nodes, 1% go recovering`, () => sweepCluster(server.deps, cluster));
    sweeps.push({ size, tableBytes: bytes, floorReadUnits: round(Math.ceil(bytes / 4096) * 0.5, 1), noChange, onePercent });
  }
  await server.stop();
  return { operations: rows, sweeps };
}

/** A server on the benchmark's clock, without check-in sweeps, and a way to count what a call costs. */
async function meteredServer(dynamo: LocalDynamo) {
  const server = await benchServer({ clock, dynamo });
  server.deps.sweeps = undefined;
  const send = inProcess(server.app);
  const call = async (method: string, path: string, token: string, body?: unknown) => (await send(method, path, token, body)).body;
  const measure = async (operation: string, run: () => Promise<unknown>) => {
    server.metered.reset();
    await run();
    return { operation, ...server.metered.snapshot() };
  };
  return { server, call, measure };
}

type Call = Awaited<ReturnType<typeof meteredServer>>["call"];
type Measure = Awaited<ReturnType<typeof meteredServer>>["measure"];

/** Only the primary lease's rows (issue 17), on a server of their own: `npx tsx bench/lease.ts`. */
export async function primaryLeaseCosts(dynamo: LocalDynamo) {
  const { server, call, measure } = await meteredServer(dynamo);
  try {
    return await primaryCheckIns(call, measure);
  } finally {
    await server.stop();
  }
}

/**
 * Issue 17: what the primary lease costs a check-in, with primaryMode "any", each check-in an
 * interval (5 s) after the last so that the servers' 200 ms memory of the cluster read has
 * expired (as for a node alone in its cluster): the holder's and a standby's idle check-ins
 * (the heartbeat renews the lease), the one that takes a free lease, and the holder's that
 * hands it over after an admin's move.
 */
export async function primaryCheckIns(call: Call, measure: Measure) {
  const created = await call("POST", "/v1/clusters", ADMIN, { clusterId: "lease", settings: { primaryMode: "any" } });
  const join = async (nodeId: string, instanceType: string) =>
    (await call("POST", `/v1/clusters/lease/nodes/${nodeId}/join`, created.joinToken, { instanceType, softwareVersion: "1" })).nodeToken as string;
  const tokens = { p0: await join("p0", "clustered-first"), p1: await join("p1", "clustered-additional") };
  // As the agent checks in: saying the term it believes it holds.
  const checkIn = async (nodeId: "p0" | "p1", expected: string, primaryTerm?: number) => {
    clock.t += 5_000;
    const body = { epoch: 1, sentAt: new Date(clock.t).toISOString(), capacity: 1, holding: [], ...(primaryTerm ? { primaryTerm } : {}) };
    const answer = await call("POST", `/v1/clusters/lease/nodes/${nodeId}/check-in`, tokens[nodeId], body);
    if (answer.role !== expected) throw new Error(`bench: ${nodeId} expected ${expected}, got ${JSON.stringify(answer)}`);
  };
  const rows = [];
  const none = await call("POST", "/v1/clusters", ADMIN, { clusterId: "no-lease" });
  const alone = (await call("POST", "/v1/clusters/no-lease/nodes/q0/join", none.joinToken, { instanceType: "clustered-first", softwareVersion: "1" })).nodeToken;
  rows.push(
    await measure("check-in, primaryMode none (as the lease rows: 5 s after the last)", async () => {
      clock.t += 5_000;
      await call("POST", "/v1/clusters/no-lease/nodes/q0/check-in", alone, { epoch: 1, sentAt: new Date(clock.t).toISOString(), capacity: 1, holding: [] });
    }),
  );
  rows.push(await measure("check-in that takes the free primary lease (primaryMode any)", () => checkIn("p0", "primary")));
  rows.push(await measure("check-in of the primary (primaryMode any)", () => checkIn("p0", "primary", 1)));
  rows.push(await measure("check-in of a standby (primaryMode any)", () => checkIn("p1", "standby")));
  await call("POST", "/v1/clusters/lease/primary", ADMIN, { nodeId: "p1" });
  rows.push(await measure("check-in of the primary after an admin's move: told standby (it still claims its term)", () => checkIn("p0", "standby", 1)));
  rows.push(await measure("check-in of the former primary that hands the lease over (it claims nothing)", () => checkIn("p0", "standby")));
  rows.push(await measure("check-in of the new primary, which learns it", () => checkIn("p1", "primary")));
  return rows;
}

/** DynamoDB's item size: attribute names plus values (strings and numbers, roughly, as stored). */
function itemBytes(item: Record<string, unknown>): number {
  let bytes = 0;
  for (const [name, value] of Object.entries(item)) {
    bytes += name.length;
    if (typeof value === "string") bytes += Buffer.byteLength(value);
    else if (typeof value === "number") bytes += Math.ceil(String(value).length / 2) + 1;
    else if (typeof value === "boolean") bytes += 1;
    else bytes += Buffer.byteLength(JSON.stringify(value));
  }
  return bytes;
}
