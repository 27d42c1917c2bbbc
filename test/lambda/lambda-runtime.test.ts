import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { localClient } from "../../adapters/local-dynamodb";
import { ensureTable } from "../../adapters/table-setup";
import { bundle } from "../../scripts/build";
import { type AwsStandIns, startAwsStandIns } from "../support/lambda-runtime/aws-stand-ins";
import { type LambdaFunction, sstLinks, startFunction } from "../support/lambda-runtime/function";
import type { Outcome } from "../support/lambda-runtime/runtime-api";

/**
 * The Lambda handlers as Lambda runs them (issue 19, item 3). `npm run build`'s bundles
 * (scripts/build.ts), built into a temporary folder with no node_modules above it, each run in a
 * fresh `node` process by
 * test/support/lambda-runtime/bootstrap.mjs, a stand-in for AWS's runtime interface client that
 * speaks the Lambda runtime API to a local stand-in. Events are AWS's documented shapes
 * (test/fixtures/README.md says where each comes from); the bundles' real SDK clients reach
 * DynamoDB Local and local Secrets Manager, EventBridge and Lambda endpoints through
 * `AWS_ENDPOINT_URL_<SERVICE>`, with dummy credentials; anything else would go to a closed port.
 * The API's admin token arrives the way SST links it: an encrypted resource file and `SST_KEY`.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, "test", "fixtures", `${name}.json`), "utf8"));

const ADMIN = `admin-${randomBytes(18).toString("base64url")}`;
const TABLE = `roster-lambda-rt-${randomBytes(4).toString("hex")}`;
const API = "roster-test-RosterApi";
const SWEEPER = "roster-test-RosterSweeper";
const BUS = "roster-test-RosterBus";
const PREFIX = "roster/test/";
const KMS_KEY = "arn:aws:kms:eu-west-1:123456789012:key/0f0e0d0c-0b0a-0908-0706-050403020100";
const CLUSTER = "lambda"; // test/fixtures/async-invoke-sweep.json names it
/** About the memory and timeout stacks/api.ts and stacks/sweeper.ts give (the timeout only sets each invocation's deadline). */
const API_SIZE = { memoryMb: 512, timeoutSeconds: 10 };
const SWEEPER_SIZE = { memoryMb: 256, timeoutSeconds: 60 };

let outdir: string;
let aws: AwsStandIns;
let api: LambdaFunction;
let sweeper: LambdaFunction;
/** The sweeper bundle with its table gone: every invocation throws. */
let broken: LambdaFunction;
/** The API bundle without ROSTER_SECRET_PREFIX: its init fails. */
let unconfigured: LambdaFunction;
const secrets: string[] = [ADMIN];
const started: LambdaFunction[] = [];
const start = async (options: Parameters<typeof startFunction>[0]) => {
  const f = await startFunction(options);
  started.push(f);
  return f;
};

let bundleSizes: Record<string, number>;

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), "roster-lambda-")); // no node_modules above it: the bundles bring everything
  const [sizes, , standIns] = await Promise.all([
    bundle(outdir),
    ensureTable(localClient(inject("dynamoEndpoint")), TABLE),
    startAwsStandIns(),
  ]);
  aws = standIns;
  bundleSizes = sizes;
  const apiRoot = join(outdir, "api");
  const sweeperRoot = join(outdir, "sweeper");
  // stacks/api.ts: the environment it sets, and the admin token linked (`link: [adminToken]`).
  const apiEnvironment = {
    ...endpoints(),
    ROSTER_TABLE_NAME: TABLE,
    ROSTER_SWEEPER_FUNCTION: SWEEPER,
    ROSTER_SECRET_PREFIX: PREFIX,
    ROSTER_KMS_KEY_ID: KMS_KEY,
    ...sstLinks(apiRoot, { RosterAdminToken: { type: "sst.sst.Secret", value: ADMIN } }),
  };
  // stacks/sweeper.ts: no links, but SST gives every function its key and resource file.
  const sweeperEnvironment = { ...endpoints(), ROSTER_TABLE_NAME: TABLE, ROSTER_BUS_NAME: BUS, ...sstLinks(sweeperRoot, {}) };
  // Four cold starts at once, as four execution environments would have them.
  [api, sweeper, broken, unconfigured] = await Promise.all([
    start({ name: API, taskRoot: apiRoot, environment: apiEnvironment, ...API_SIZE }),
    start({ name: SWEEPER, taskRoot: sweeperRoot, environment: sweeperEnvironment, ...SWEEPER_SIZE }),
    start({ name: `${SWEEPER}-broken`, taskRoot: sweeperRoot, environment: { ...sweeperEnvironment, ROSTER_TABLE_NAME: `${TABLE}-missing` }, ...SWEEPER_SIZE }),
    start({ name: `${API}-unconfigured`, taskRoot: apiRoot, environment: { ...apiEnvironment, ROSTER_SECRET_PREFIX: "" }, ...API_SIZE }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all(started.map((f) => f.stop())); // every process killed, every runtime API closed
  await aws?.close();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

/** Every function's SDK endpoints, pointed here. */
const endpoints = () => ({
  AWS_ENDPOINT_URL: "http://127.0.0.1:9", // any service not stood in for: refused, never AWS
  AWS_ENDPOINT_URL_DYNAMODB: inject("dynamoEndpoint"),
  AWS_ENDPOINT_URL_SECRETS_MANAGER: aws.endpoint,
  AWS_ENDPOINT_URL_EVENTBRIDGE: aws.endpoint,
  AWS_ENDPOINT_URL_LAMBDA: aws.endpoint,
});

interface UrlRequest {
  method: string;
  path: string;
  query?: Record<string, string>;
  token?: string;
  /** JSON (an object) or text; base64-encoded in the event when `base64`. */
  body?: unknown;
  base64?: boolean;
  cookies?: string[];
}

/** A function URL event (payload format 2.0) made from a fixture, as a function URL builds it. */
function urlEvent(base: string, request: UrlRequest) {
  const event = fixture(base);
  const rawQueryString = new URLSearchParams(request.query ?? {}).toString();
  event.rawPath = request.path;
  event.rawQueryString = rawQueryString;
  if (request.query) event.queryStringParameters = { ...request.query };
  else delete event.queryStringParameters;
  event.requestContext.http.method = request.method;
  event.requestContext.http.path = request.path;
  event.requestContext.requestId = randomBytes(8).toString("hex");
  event.requestContext.timeEpoch = Date.now();
  const headers: Record<string, string> = { ...event.headers };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  else delete headers.authorization;
  delete headers["content-length"];
  if (request.body === undefined) {
    delete event.body;
    event.isBase64Encoded = false;
  } else {
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    headers["content-length"] = String(Buffer.byteLength(text));
    event.body = request.base64 ? Buffer.from(text).toString("base64") : text;
    event.isBase64Encoded = request.base64 === true;
  }
  // Function URLs give header names in lower case, and the cookies in `cookies`, not a header.
  expect(Object.keys(headers).filter((name) => name !== name.toLowerCase() || name === "cookie")).toEqual([]);
  event.headers = headers;
  if (request.cookies) event.cookies = request.cookies;
  else delete event.cookies;
  return event;
}

const RESPONSE_FIELDS = ["statusCode", "headers", "body", "isBase64Encoded", "cookies"];

/** The response a function URL turns into HTTP: only its documented fields, headers as strings, cookies apart. */
function urlResponse(outcome: Outcome) {
  expect(outcome.kind, JSON.stringify(outcome.body)).toBe("response");
  const r = outcome.body as { statusCode: number; headers: Record<string, unknown>; body: string; isBase64Encoded: boolean; cookies?: unknown };
  expect(Object.keys(r).filter((key) => !RESPONSE_FIELDS.includes(key))).toEqual([]);
  expect(Number.isInteger(r.statusCode)).toBe(true);
  expect(typeof r.isBase64Encoded).toBe("boolean");
  expect(typeof r.body).toBe("string");
  expect(Object.values(r.headers).every((value) => typeof value === "string")).toBe(true);
  expect(Object.keys(r.headers)).not.toContain("set-cookie");
  if (r.cookies !== undefined) expect(Array.isArray(r.cookies) && r.cookies.every((c) => typeof c === "string")).toBe(true);
  const text = r.isBase64Encoded ? Buffer.from(r.body, "base64").toString("utf8") : r.body;
  return {
    status: r.statusCode,
    headers: r.headers as Record<string, string>,
    cookies: (r.cookies ?? []) as string[],
    text,
    json: () => JSON.parse(text),
  };
}

/** A token's secret: the longest of its dot-separated parts (the others name what it is for). */
const secretPart = (token: string) => token.split(".").reduce((a, b) => (b.length > a.length ? b : a), "");

const call = async (request: UrlRequest, base = "function-url-post-json-base64") => urlResponse(await api.invoke(urlEvent(base, request)));

let joinToken: string;
let nodeToken: string;
const keystoreV1 = randomBytes(2048);
const keystoreV2 = randomBytes(1024);

describe("the API bundle, run by a Lambda runtime", () => {
  it("starts in a fresh node and answers a function URL health check through the runtime API", async () => {
    const res = urlResponse(await api.invoke(fixture("function-url-get-health")));
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.json()).toEqual({ status: "ok" });
    // The runtime asked for the next event, posted its response, and is waiting for the next.
    expect(api.runtime.requests.slice(0, 2)).toEqual(["GET /invocation/next", expect.stringMatching(/^POST \/invocation\/[0-9a-f-]{36}\/response$/)]);
  });

  it("creates a cluster; the first node joins with a keystore, which goes to Secrets Manager", async () => {
    const created = await call({ method: "POST", path: "/v1/clusters", token: ADMIN, body: { clusterId: CLUSTER } });
    expect(created.status).toBe(201);
    joinToken = created.json().joinToken;
    const joined = await call({
      method: "POST",
      path: `/v1/clusters/${CLUSTER}/nodes/n1/join`,
      token: joinToken,
      body: { instanceType: "clustered-first", softwareVersion: "1.0.0", keystore: { format: "pkcs12", data: keystoreV1.toString("base64") } },
    });
    expect(joined.status, joined.text).toBe(200);
    nodeToken = joined.json().nodeToken;
    secrets.push(secretPart(joinToken), secretPart(nodeToken), keystoreV1.toString("base64"), keystoreV1.toString("hex"));
    expect(joined.json().keystore).toMatchObject({ version: 1 });

    // The vault's first write: PutSecretValue finds no secret, CreateSecret makes it, signed for secretsmanager.
    const vault = aws.calls.filter((c) => c.service === "secretsmanager");
    expect(vault.map((c) => c.action)).toEqual(["PutSecretValue", "CreateSecret"]);
    expect(vault[1]!.input).toMatchObject({ Name: `${PREFIX}clusters/${CLUSTER}/keystore`, KmsKeyId: KMS_KEY, Description: expect.any(String) });
    const secret = aws.secrets.get(`${PREFIX}clusters/${CLUSTER}/keystore`)!;
    expect([...secret.versions.values()].map((v) => v.binary.equals(keystoreV1))).toEqual([true]);
  });

  it("decodes a base64 body: a keystore rotation; both versions stay readable, by query string", async () => {
    const rotated = await call({ method: "PUT", path: `/v1/clusters/${CLUSTER}/keystore`, token: ADMIN, base64: true, body: { format: "jks", data: keystoreV2.toString("base64") } });
    expect(rotated.status, rotated.text).toBe(200);
    expect(rotated.json()).toMatchObject({ version: 2 });
    secrets.push(keystoreV2.toString("base64"), keystoreV2.toString("hex"));

    const v1 = await call({ method: "GET", path: `/v1/clusters/${CLUSTER}/keystore`, query: { version: "1" }, token: nodeToken });
    expect(v1.status, v1.text).toBe(200);
    expect(v1.headers["cache-control"]).toBe("no-store");
    expect(Buffer.from(v1.json().data, "base64").equals(keystoreV1)).toBe(true);
    const reads = aws.calls.filter((c) => c.action === "GetSecretValue");
    expect(reads.at(-1)!.input).toMatchObject({ SecretId: `${PREFIX}clusters/${CLUSTER}/keystore` });
    const stages = [...aws.secrets.get(`${PREFIX}clusters/${CLUSTER}/keystore`)!.versions.values()].map((v) => v.stages);
    expect(stages).toEqual([["AWSPREVIOUS"], ["AWSCURRENT"]]);

    const events = await call({ method: "GET", path: `/v1/clusters/${CLUSTER}/events`, query: { limit: "1" }, token: ADMIN });
    expect(events.status, events.text).toBe(200);
    expect(events.json().results).toHaveLength(1);
    expect(events.json().next).toEqual(expect.any(String));
  });

  it("a cluster made again over its old keystore secret, scheduled for deletion: the vault restores it over the wire", async () => {
    const name = `${PREFIX}clusters/reborn/keystore`;
    aws.seedSecret(name, "an-earlier-cluster-v1", randomBytes(64), { deleted: true });
    const created = await call({ method: "POST", path: "/v1/clusters", token: ADMIN, body: { clusterId: "reborn" } });
    expect(created.status, created.text).toBe(201);
    const bytes = randomBytes(512);
    secrets.push(secretPart(created.json().joinToken), bytes.toString("base64"), bytes.toString("hex"));
    const before = aws.calls.length;
    const joined = await call({
      method: "POST",
      path: "/v1/clusters/reborn/nodes/first/join",
      token: created.json().joinToken,
      body: { instanceType: "clustered-first", softwareVersion: "1.0.0", keystore: { format: "raw", data: bytes.toString("base64") } },
    });
    expect(joined.status, joined.text).toBe(200);
    secrets.push(secretPart(joined.json().nodeToken));
    // Secrets Manager refused the write (InvalidRequestException, as JSON 1.1 carries it); the vault looked, restored, wrote again.
    expect(aws.calls.slice(before).map((c) => c.action)).toEqual(["PutSecretValue", "DescribeSecret", "RestoreSecret", "PutSecretValue"]);
    expect(aws.secrets.get(name)!.deletedAt).toBeUndefined();
    const fetched = await call({ method: "GET", path: "/v1/clusters/reborn/keystore", token: joined.json().nodeToken });
    expect(fetched.status, fetched.text).toBe(200);
    expect(Buffer.from(fetched.json().data, "base64").equals(bytes)).toBe(true); // the new cluster's bytes, never the old
  });

  it("a check-in answers at once and hands its sweep to the sweeper as an asynchronous invoke", async () => {
    const checked = await call({ method: "POST", path: `/v1/clusters/${CLUSTER}/nodes/n1/check-in`, token: nodeToken, body: { epoch: 1, sentAt: new Date().toISOString() } });
    expect(checked.status, checked.text).toBe(200);
    const forged = await call({ method: "POST", path: `/v1/clusters/${CLUSTER}/nodes/n1/check-in`, token: `${nodeToken.slice(0, -2)}xx`, body: { epoch: 1, sentAt: new Date().toISOString() } });
    expect(forged.status).toBe(401); // and the forged token is no more in the logs than the real one (below)
    expect(aws.calls.filter((c) => c.action === "Invoke").map((c) => ({ service: c.service, ...c.input }))).toEqual([
      { service: "lambda", FunctionName: SWEEPER, InvocationType: "Event", Payload: JSON.stringify(fixture("async-invoke-sweep")) },
    ]);
  });

  it("signs in to the dashboard from a base64 form body; the session cookie leaves in `cookies` and comes back in `cookies`", async () => {
    const signIn = await call({ method: "POST", path: "/ui/sign-in", base64: true, body: `token=${encodeURIComponent(ADMIN)}` }, "function-url-post-form");
    expect(signIn.status, signIn.text).toBe(303);
    expect(signIn.headers.location).toBe("/ui");
    expect(signIn.cookies).toEqual([expect.stringMatching(/^roster_session=[^;]+; Max-Age=28800; Path=\/ui; HttpOnly; Secure; SameSite=Strict$/)]);
    const session = signIn.cookies[0]!.split(";")[0]!;

    const page = await call({ method: "GET", path: `/ui/clusters/${CLUSTER}`, cookies: [session, "theme=dark"] }, "function-url-get-query-cookies");
    expect(page.status, page.text).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.text).toContain("n1");
    const without = await call({ method: "GET", path: `/ui/clusters/${CLUSTER}` }, "function-url-get-query-cookies");
    expect(without.status).toBe(303);
    expect(without.headers.location).toBe("/ui/sign-in");
  });
});

describe("the sweeper bundle, run by a Lambda runtime", () => {
  it("takes the check-in's asynchronous invoke: sweeps that cluster, publishes the outbox to the bus", async () => {
    const [invocation] = aws.asyncInvocations;
    expect(invocation).toEqual({ functionName: SWEEPER, payload: JSON.stringify(fixture("async-invoke-sweep")) });
    const outcome = await sweeper.invoke(JSON.parse(invocation!.payload));
    expect(outcome.kind, JSON.stringify(outcome.body)).toBe("response");
    expect(outcome.body).toMatchObject({ changed: 0, failed: 0, published: expect.any(Number) });

    const putEvents = aws.calls.filter((c) => c.action === "PutEvents");
    expect(putEvents.every((c) => c.service === "events")).toBe(true);
    const types = aws.events.map((e) => e.DetailType);
    expect(types).toEqual(expect.arrayContaining(["cluster.initialized", "node.joined", "keystore.rotated"]));
    expect((outcome.body as { published: number }).published).toBe(aws.events.length);
    for (const entry of aws.events) {
      expect(entry).toMatchObject({ Source: "roster", EventBusName: BUS, Time: expect.any(Number) });
      const detail = JSON.parse(entry.Detail as string);
      expect(detail).toMatchObject({ type: entry.DetailType, clusterId: expect.stringMatching(/^(lambda|reborn)$/), eventId: expect.any(String) });
    }
  });

  it("takes EventBridge Scheduler's event (SST's `{}`, or the default notification): sweeps every cluster, publishes nothing twice", async () => {
    const published = aws.events.length;
    for (const name of ["scheduler-sst-cron-v2", "scheduler-event"]) {
      const outcome = await sweeper.invoke(fixture(name));
      expect(outcome.kind, JSON.stringify(outcome.body)).toBe("response");
      expect(outcome.body).toMatchObject({ failedClusters: [], published: 0, failed: 0 });
    }
    expect(aws.events).toHaveLength(published);
  });
});

describe("failures, as Lambda sees them", () => {
  it("a handler that throws: the invocation's error goes to /error, and the environment takes the next event", async () => {
    const first = await broken.invoke(fixture("scheduler-sst-cron-v2"));
    expect(first).toMatchObject({ kind: "error", errorType: "ResourceNotFoundException", body: { errorType: "ResourceNotFoundException", errorMessage: expect.any(String), stackTrace: expect.any(Array) } });
    const second = await broken.invoke(fixture("async-invoke-sweep"));
    expect(second).toMatchObject({ kind: "error", body: { errorType: "ResourceNotFoundException" } });
    expect(broken.runtime.requests.filter((r) => r.endsWith("/error"))).toHaveLength(2);
  });

  it("a function missing its configuration fails its init: /runtime/init/error, in Roster's words, and the process exits", async () => {
    const init = await unconfigured.runtime.initError;
    expect(init.body).toMatchObject({ errorType: "Error", errorMessage: expect.stringMatching(/^Roster is not configured: set ROSTER_SECRET_PREFIX/) });
    expect(init.errorType).toBe("Error");
    expect(await unconfigured.exited).toBe(1);
    expect(unconfigured.runtime.requests).toEqual(["POST /init/error"]); // it never asked for an event
  });

  it("nothing secret reaches a function's logs: no token, no keystore byte", () => {
    const logs = [api, sweeper, broken, unconfigured].map((f) => f.logs()).join("\n");
    expect(logs).toMatch(/"path":"\/v1\/clusters\/lambda\/nodes\/n1\/join"/); // the logs were captured
    expect(secrets.length).toBeGreaterThanOrEqual(7);
    for (const secret of secrets) {
      // Any 12-character window of a secret in a log line leaks part of it.
      const windows = Array.from({ length: Math.max(1, secret.length - 11) }, (_, i) => secret.slice(i, i + 12));
      const leaked = windows.find((w) => logs.includes(w));
      expect(leaked, `a log holds part of a secret (${secret.slice(0, 4)}…)`).toBeUndefined();
    }
  });
});

describe("the bundles", () => {
  it("npm run build makes one ESM file per function, each well under 2 MiB", () => {
    expect(Object.keys(bundleSizes)).toEqual(["api", "sweeper"]);
    for (const bytes of Object.values(bundleSizes)) expect(bytes).toBeLessThan(2 * 1024 * 1024);
  });
});
