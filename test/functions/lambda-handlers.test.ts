import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import { InvokeCommand, LambdaClient } from "@aws-sdk/client-lambda";
import {
  CreateSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { mockClient } from "aws-sdk-client-mock";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { inject } from "vitest";
import { localClient } from "../../adapters/local-dynamodb";
import { ensureTable } from "../../adapters/table-setup";
import { bundle } from "../../scripts/build";

/**
 * The Lambda entry points, driven by real event fixtures (a function URL / HTTP API v2
 * request, an EventBridge Scheduler event) against DynamoDB Local. The other AWS services
 * are aws-sdk-client-mock stand-ins.
 */
const fixture = (name: string) => JSON.parse(readFileSync(`test/fixtures/${name}.json`, "utf8"));
const ADMIN = "lambda-admin-token-0123456789abcdefghij";
const TABLE = `roster-lambda-${randomBytes(4).toString("hex")}`;

const sm = mockClient(SecretsManagerClient);
const lambda = mockClient(LambdaClient);
const eb = mockClient(EventBridgeClient);
// The mocks replace the clients' send for the whole worker (test files share modules): put it back.
afterAll(() => { sm.restore(); lambda.restore(); eb.restore(); });
const secrets = new Map<string, Uint8Array>();

const env = {
  AWS_REGION: "eu-west-1",
  AWS_ACCESS_KEY_ID: "test",
  AWS_SECRET_ACCESS_KEY: "test",
  AWS_ENDPOINT_URL_DYNAMODB: "",
  ROSTER_TABLE_NAME: TABLE,
  ROSTER_ADMIN_TOKEN: ADMIN,
  ROSTER_SWEEPER_FUNCTION: "roster-prod-RosterSweeper",
  ROSTER_SECRET_PREFIX: "roster/prod/",
  ROSTER_BUS_NAME: "roster-prod-RosterBus",
};

beforeAll(async () => {
  env.AWS_ENDPOINT_URL_DYNAMODB = inject("dynamoEndpoint");
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  await ensureTable(localClient(env.AWS_ENDPOINT_URL_DYNAMODB), TABLE);
  sm.on(PutSecretValueCommand).rejects(new ResourceNotFoundException({ message: "none", $metadata: {} }));
  sm.on(CreateSecretCommand).callsFake((input) => {
    secrets.set(input.ClientRequestToken, input.SecretBinary);
    return { VersionId: input.ClientRequestToken };
  });
  sm.on(GetSecretValueCommand).callsFake((input) => ({ SecretBinary: secrets.get(input.VersionId) }));
  lambda.on(InvokeCommand).resolves({ StatusCode: 202 });
  eb.on(PutEventsCommand).callsFake((input) => ({ FailedEntryCount: 0, Entries: input.Entries.map((_: unknown, i: number) => ({ EventId: `e${i}` })) }));
});
afterAll(() => vi.unstubAllEnvs());

const request = (method: string, path: string, token: string, body?: unknown) => {
  const event = fixture("http-api-post-json");
  event.rawPath = path;
  event.requestContext.http.method = method;
  event.requestContext.http.path = path;
  event.headers.authorization = `Bearer ${token}`;
  event.body = body === undefined ? "" : JSON.stringify(body);
  event.headers["content-length"] = String(Buffer.byteLength(event.body));
  return event;
};
const context = { functionName: "roster-prod-RosterApi", awsRequestId: "r1", getRemainingTimeInMillis: () => 10_000 };

describe("the API function", () => {
  it("answers a function URL health check from its fixture", async () => {
    const { handler } = await import("../../functions/api");
    const res = await handler(fixture("function-url-get-health"), context as never);
    expect(res).toMatchObject({ statusCode: 200 });
    expect(JSON.parse(res.body)).toEqual({ status: "ok" });
  });

  it("serves a whole node life: create, join (keystore to Secrets Manager), check-in (sweep trigger), fetch", async () => {
    const { handler } = await import("../../functions/api");
    const call = async (...args: Parameters<typeof request>) => {
      const res = await handler(request(...args), context as never);
      return { status: res.statusCode, body: JSON.parse(res.body || "null"), headers: res.headers };
    };
    const created = await call("POST", "/v1/clusters", ADMIN, { clusterId: "lambda" });
    expect(created.status).toBe(201);
    const joined = await call("POST", "/v1/clusters/lambda/nodes/n1/join", created.body.joinToken, {
      instanceType: "clustered-first",
      softwareVersion: "1",
    });
    expect(joined.status).toBe(200);
    expect(sm.commandCalls(CreateSecretCommand)[0]!.args[0].input.Name).toBe("roster/prod/clusters/lambda/keystore");
    const checked = await call("POST", "/v1/clusters/lambda/nodes/n1/check-in", joined.body.nodeToken, { epoch: 1, sentAt: new Date().toISOString() });
    expect(checked.status).toBe(200);
    expect(lambda.commandCalls(InvokeCommand).map((c) => c.args[0].input)).toEqual([
      { FunctionName: "roster-prod-RosterSweeper", InvocationType: "Event", Payload: new TextEncoder().encode('{"clusterId":"lambda"}') },
    ]);
    const keystore = await call("GET", "/v1/clusters/lambda/keystore", joined.body.nodeToken);
    expect(keystore.status).toBe(200);
    expect(keystore.headers?.["cache-control"]).toBe("no-store");
    expect(keystore.body.fingerprint).toBe(joined.body.keystore.fingerprint);
  });
});

describe("the sweeper function", () => {
  it("on its schedule, sweeps every cluster and publishes the outbox to the bus", async () => {
    const { handler } = await import("../../functions/sweeper");
    const result = await handler(fixture("scheduler-event"));
    expect(result).toMatchObject({ failed: 0 });
    const sent = eb.commandCalls(PutEventsCommand).flatMap((c) => c.args[0].input.Entries!);
    expect(sent.map((e) => `${e.Source} ${e.DetailType} ${e.EventBusName}`)).toEqual([
      "roster cluster.initialized roster-prod-RosterBus",
      "roster node.joined roster-prod-RosterBus",
    ]);
    const again = await handler(fixture("scheduler-event"));
    expect(again).toMatchObject({ published: 0, failed: 0 }); // nothing is published twice
  });

  it("invoked by a check-in, sweeps that one cluster", async () => {
    const { handler } = await import("../../functions/sweeper");
    expect(await handler({ clusterId: "lambda" })).toMatchObject({ swept: expect.any(Number), changed: 0 });
  });
});

describe("configuration", () => {
  it("fails fast, naming what is missing", async () => {
    vi.resetModules();
    vi.stubEnv("ROSTER_SECRET_PREFIX", "");
    await expect(import("../../functions/api")).rejects.toThrow("Roster is not configured: set ROSTER_SECRET_PREFIX");
    vi.stubEnv("ROSTER_SECRET_PREFIX", env.ROSTER_SECRET_PREFIX);
    vi.resetModules();
    vi.stubEnv("ROSTER_TABLE_NAME", "");
    await expect(import("../../functions/sweeper")).rejects.toThrow(/link RosterTable .* or set ROSTER_TABLE_NAME/);
    vi.stubEnv("ROSTER_TABLE_NAME", TABLE);
  });
});
