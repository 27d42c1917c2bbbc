import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { localVault } from "../../adapters/local-vault";
import type { SecretVault } from "../../core/ports";
import { inject } from "vitest";
import { dynamoTable } from "../../adapters/dynamo-table";
import { localClient } from "../../adapters/local-dynamodb";
import { ensureTable } from "../../adapters/table-setup";
import type { Clock } from "../../core/common/clock";
import type { Deps } from "../../core/ports";
import { hashToken } from "../../core/common/tokens";
import { createApp } from "../../functions/app";
import { type Logger, jsonLogger, silentLogger } from "../../functions/http/log";
import { type FakeClock, fakeClock } from "./fake-clock";

/** Counts the DynamoDB requests a client sends, by command name. */
export function countRequests(client: DynamoDBClient) {
  const counts: Record<string, number> = {};
  client.middlewareStack.add(
    (next, context) => async (args) => {
      counts[context.commandName as string] = (counts[context.commandName as string] ?? 0) + 1;
      return next(args);
    },
    { step: "initialize", name: "countRequests" },
  );
  return {
    counts,
    reset() {
      for (const key of Object.keys(counts)) delete counts[key];
    },
  };
}

export interface Harness {
  client: DynamoDBClient;
  deps: Deps & { clock: Clock };
  clock: FakeClock | Clock;
  requests: ReturnType<typeof countRequests>;
  adminToken: string;
  app: ReturnType<typeof createApp>;
  /** A JSON request through the real app. */
  call(method: string, path: string, options?: { token?: string; body?: unknown }): Promise<{ status: number; body: any }>;
}

/** A fresh table on the shared DynamoDB Local, and the app over it. */
export async function harness(options: { clock?: Clock; log?: Logger; vault?: SecretVault } = {}): Promise<Harness> {
  const client = localClient(inject("dynamoEndpoint"));
  const tableName = `roster-test-${randomBytes(6).toString("hex")}`;
  await ensureTable(client, tableName);
  const requests = countRequests(client);
  const clock = options.clock ?? fakeClock();
  const deps = { table: dynamoTable(client, tableName), clock, vault: options.vault ?? localVault(mkdtempSync(join(tmpdir(), "roster-vault-"))) };
  const adminToken = `radm_${randomBytes(32).toString("base64url")}`;
  const app = createApp({ deps, adminTokenHash: hashToken(adminToken), log: options.log ?? (process.env.ROSTER_TEST_LOG ? jsonLogger : silentLogger) });
  return {
    client,
    deps,
    clock,
    requests,
    adminToken,
    app,
    async call(method, path, { token, body } = {}) {
      const headers: Record<string, string> = {};
      if (token) headers.authorization = `Bearer ${token}`;
      if (body !== undefined) headers["content-type"] = "application/json";
      const res = await app.request(path, {
        method,
        headers,
        ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
  };
}

/** Create a cluster, join a first node, and hand back what a test needs to go on. */
export async function clusterWithFirstNode(h: Harness, clusterId = "c1", nodeId = "n1", settings?: object) {
  const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId, ...(settings ? { settings } : {}) } });
  if (created.status !== 201) throw new Error(`create cluster: ${created.status} ${JSON.stringify(created.body)}`);
  const joinToken: string = created.body.joinToken;
  const joined = await joinNode(h, clusterId, nodeId, joinToken, "clustered-first");
  return { clusterId, joinToken, first: joined };
}

export async function joinNode(
  h: Harness,
  clusterId: string,
  nodeId: string,
  joinToken: string,
  instanceType: "clustered-first" | "clustered-additional" = "clustered-additional",
  extra: object = {},
) {
  const res = await h.call("POST", `/v1/clusters/${clusterId}/nodes/${nodeId}/join`, {
    token: joinToken,
    body: { instanceType, softwareVersion: "1.0.0", ...extra },
  });
  if (res.status !== 200) throw new Error(`join ${nodeId}: ${res.status} ${JSON.stringify(res.body)}`);
  return { nodeId, nodeToken: res.body.nodeToken as string, epoch: res.body.epoch as number };
}

export function checkIn(h: Harness, clusterId: string, node: { nodeId: string; nodeToken: string; epoch: number }, extra: object = {}) {
  return h.call("POST", `/v1/clusters/${clusterId}/nodes/${node.nodeId}/check-in`, {
    token: node.nodeToken,
    body: { epoch: node.epoch, sentAt: new Date(h.deps.clock.now()).toISOString(), ...extra },
  });
}
