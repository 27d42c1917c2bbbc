import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  DynamoDBServiceException,
  InternalServerError,
  ProvisionedThroughputExceededException,
  RequestLimitExceeded,
  ThrottlingException,
  TransactionCanceledException,
  TransactionConflictException,
  TransactionInProgressException,
} from "@aws-sdk/client-dynamodb";
import { BatchGetCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { dynamoTable } from "../../adapters/dynamo-table";
import { ConditionFailed, StoreUnavailable, TransactionCanceled } from "../../core/store/table";
import { createApp } from "../../functions/app";
import { silentLogger } from "../../functions/http/log";
import { hashToken } from "../../core/common/tokens";
import { localVault } from "../../adapters/local-vault";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fakeClock } from "../support/fake-clock";

/**
 * The adapter classifies the SDK's failures once: conditions become `ConditionFailed` /
 * `TransactionCanceled`, everything transient becomes `StoreUnavailable`, and the rest (a bug)
 * passes through. The SDK's own exception classes are thrown by a mocked client.
 */
const ddb = mockClient(DynamoDBDocumentClient);
// The mocks replace the clients' send for the whole worker (test files share modules): put it back.
afterAll(() => { ddb.restore(); });
const client = new DynamoDBClient({ region: "eu-west-1", maxAttempts: 1, credentials: { accessKeyId: "x", secretAccessKey: "y" } });
const table = dynamoTable(client, "t");
const meta = (httpStatusCode: number) => ({ $metadata: { httpStatusCode, requestId: "r1" } });
const SECRET = "the-request-parameter-value";
const validation = (message: string) =>
  new DynamoDBServiceException({ name: "ValidationException", $fault: "client", message, ...meta(400) });

beforeEach(() => ddb.reset());

type Case = [string, () => Error, StoreUnavailable["kind"]];
const transient: Case[] = [
  ["ProvisionedThroughputExceededException", () => new ProvisionedThroughputExceededException({ message: "slow down", ...meta(400) }), "throttled"],
  ["ThrottlingException", () => new ThrottlingException({ message: "slow down", ...meta(400) }), "throttled"],
  ["RequestLimitExceeded", () => new RequestLimitExceeded({ message: "account limit", ...meta(400) }), "throttled"],
  ["TransactionInProgressException", () => new TransactionInProgressException({ message: "in progress", ...meta(400) }), "throttled"],
  ["TransactionConflictException (single-item write)", () => new TransactionConflictException({ message: "conflict", ...meta(400) }), "conflict"],
  ["InternalServerError", () => new InternalServerError({ message: "oops", ...meta(500) }), "server"],
  [
    "an unnamed 503",
    () => new DynamoDBServiceException({ name: "ServiceUnavailable", $fault: "server", message: "unavailable", ...meta(503) }),
    "server",
  ],
  ["a socket timeout (TimeoutError)", () => Object.assign(new Error("socket timed out"), { name: "TimeoutError" }), "timeout"],
  ["a reset connection (ECONNRESET)", () => Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }), "network"],
];

describe("transient failures become StoreUnavailable, with the cause's name and never its parameters", () => {
  for (const [name, error, kind] of transient) {
    it(`${name} → ${kind}`, async () => {
      ddb.on(UpdateCommand).rejects(error());
      const failed = await table
        .update({ Key: { pk: "p", sk: "s" }, UpdateExpression: "SET a = :a", ExpressionAttributeValues: { ":a": SECRET } })
        .catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(StoreUnavailable);
      expect((failed as StoreUnavailable).kind).toBe(kind);
      expect(((failed as Error).cause as { name: string }).name).toBe(error().name);
      expect(JSON.stringify({ message: (failed as Error).message, cause: (failed as Error).cause })).not.toContain(SECRET);
    });
  }

  it("applies to every call of the port: get, put, query, batchGet, transact", async () => {
    ddb.on(GetCommand).rejects(new ThrottlingException({ message: "x", ...meta(400) }));
    ddb.on(PutCommand).rejects(new InternalServerError({ message: "x", ...meta(500) }));
    ddb.on(QueryCommand).rejects(Object.assign(new Error("t"), { name: "TimeoutError" }));
    ddb.on(TransactWriteCommand).rejects(new ProvisionedThroughputExceededException({ message: "x", ...meta(400) }));
    ddb.on(BatchGetCommand).rejects(new RequestLimitExceeded({ message: "x", ...meta(400) }));
    const calls = await Promise.allSettled([
      table.get({ Key: { pk: "p", sk: "s" } }),
      table.put({ Item: { pk: "p", sk: "s" } }),
      table.query({ KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": "p" } }),
      table.batchGet([{ pk: "p", sk: "s" }]),
      table.transact([{ Put: { Item: { pk: "p", sk: "s" } } }]),
    ]);
    for (const call of calls) expect(call.status === "rejected" && call.reason).toBeInstanceOf(StoreUnavailable);
  });
});

describe("answers and bugs are not outages", () => {
  it("a failed condition is ConditionFailed with the stored item", async () => {
    ddb.on(UpdateCommand).rejects(new ConditionalCheckFailedException({ message: "no", Item: { pk: { S: "p" }, n: { N: "3" } }, ...meta(400) }));
    const failed = await table.update({ Key: { pk: "p", sk: "s" }, UpdateExpression: "SET a = :a" }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ConditionFailed);
    expect((failed as ConditionFailed).item).toEqual({ pk: "p", n: 3 });
  });

  it("a transaction cancelled by a condition or a conflict is TransactionCanceled", async () => {
    ddb.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: "cancelled",
        CancellationReasons: [{ Code: "ConditionalCheckFailed" }, { Code: "TransactionConflict" }],
        ...meta(400),
      }),
    );
    const failed = await table.transact([{ Put: { Item: { pk: "p", sk: "s" } } }]).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(TransactionCanceled);
    expect((failed as TransactionCanceled).reasons.map((r) => r.code)).toEqual(["ConditionalCheckFailed", "TransactionConflict"]);
  });

  it("a transaction cancelled only because an item was throttled is StoreUnavailable (no condition answered)", async () => {
    ddb.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({ message: "cancelled", CancellationReasons: [{ Code: "None" }, { Code: "ThrottlingError" }], ...meta(400) }),
    );
    const failed = await table.transact([{ Put: { Item: { pk: "p", sk: "s" } } }]).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(StoreUnavailable);
    expect((failed as StoreUnavailable).kind).toBe("throttled");
  });

  it("a throttled item beside a failed condition is still the condition's answer", async () => {
    ddb.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: "cancelled",
        CancellationReasons: [{ Code: "ConditionalCheckFailed" }, { Code: "ProvisionedThroughputExceeded" }],
        ...meta(400),
      }),
    );
    expect(await table.transact([{ Put: { Item: { pk: "p", sk: "s" } } }]).catch((e: unknown) => e)).toBeInstanceOf(TransactionCanceled);
  });

  it("a malformed request (ValidationException) passes through untouched: it is a bug, not an outage", async () => {
    const bug = validation("bad expression");
    ddb.on(UpdateCommand).rejects(bug);
    const failed = await table.update({ Key: { pk: "p", sk: "s" }, UpdateExpression: "SET" }).catch((e: unknown) => e);
    expect(failed).not.toBeInstanceOf(StoreUnavailable);
    expect((failed as Error).name).toBe("ValidationException");
  });
});

describe("the HTTP answer", () => {
  const admin = "radm_test-admin-token";
  const app = createApp({
    deps: { table, clock: fakeClock(), vault: localVault(mkdtempSync(join(tmpdir(), "roster-vault-"))) },
    adminTokenHash: hashToken(admin),
    log: silentLogger,
  });

  it("a throttled store is 503 unavailable with Retry-After, whatever the route", async () => {
    ddb.on(QueryCommand).rejects(new ProvisionedThroughputExceededException({ message: SECRET, ...meta(400) }));
    ddb.on(GetCommand).rejects(new ProvisionedThroughputExceededException({ message: SECRET, ...meta(400) }));
    const res = await app.request("/v1/clusters/c1", { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("1");
    const body = await res.text();
    expect(JSON.parse(body).error.code).toBe("unavailable");
    expect(body).not.toContain(SECRET);
  });

  it("a bug is still a 500 that reveals nothing", async () => {
    ddb.on(QueryCommand).rejects(validation(SECRET));
    ddb.on(GetCommand).rejects(validation(SECRET));
    const res = await app.request("/v1/clusters/c1", { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain(SECRET);
  });
});
