import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import type { Fixtures } from "./fixtures";

/** A request as sent: the path is already encoded, the body already text. */
export interface Req {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body?: string;
  /** What was done to the valid request, for the failure message. */
  variant: string;
  /** Statuses this variant must get, when it is that certain. */
  expect?: number[];
}
export interface Res {
  status: number;
  text: string;
  json: any;
  contentType: string;
}
export type Send = (req: Req) => Promise<Res>;

export type TokenKind = "none" | "admin" | "join" | "node";

/** The valid parts of a request to one operation. */
export interface Parts {
  params: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** For a baseline that cannot reach 2xx on these fixtures: the status it gets, and why. */
  refused?: { status: number; why: string };
}

/** How to make valid requests for one operation. */
export interface Recipe {
  token: TokenKind;
  tokenOf?: (fx: Fixtures) => string;
  /** One request that must succeed (2xx) on the fixtures, run before any fuzzing. */
  baseline: (fx: Fixtures, now: () => number) => Parts;
  /** Valid requests, generated; they may still conflict with the state (409, 404). */
  valid: (fx: Fixtures, now: () => number) => fc.Arbitrary<Parts>;
  /** More checks of a 2xx answer. */
  check?: (body: unknown, res: Res, send: Send, fx: Fixtures) => Promise<void>;
}

const idArb = fc.stringMatching(/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/);
const some = <T>(...values: T[]) => fc.constantFrom(...values);
const ms = (min: number) => fc.integer({ min, max: 86_400_000 });
const settingsArb = fc.record(
  {
    instanceTimeoutMs: ms(1000),
    instanceRecoveryTimeoutMs: ms(1000),
    instanceCheckInIntervalMs: ms(1000),
    instanceCheckInOffsetMs: ms(0),
    misfireThresholdMs: ms(1000),
    maxClockSkewMs: ms(0),
    expectedSoftwareVersion: fc.option(fc.string({ minLength: 1, maxLength: 128, unit: "grapheme" }), { nil: null }),
    allowedSoftwareVersions: fc.option(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 128 }), { minLength: 1, maxLength: 3 }), { nil: null }),
    primaryMode: some("none", "any", "preferred"),
    preferredPrimary: fc.option(fc.oneof(some("n1", "m1"), idArb), { nil: null }),
    // Valid patterns, and ones with an unknown macro or no http(s) URL (400).
    intraClusterUrlPattern: fc.option(some("https://$host:$port$path", "$scheme://$host/idm", "http://$host/$nodeId", "ftp://$host"), { nil: null }),
  },
  { requiredKeys: [] },
);
const iso = (t: number) => new Date(t).toISOString();
const capabilitiesArb = fc.uniqueArray(some("gpu", "reports", "eu-west:1"), { maxLength: 3 });
/** A job's requirements: a semver range, capabilities, or both (never neither). */
const requiresArb = fc.oneof(
  fc.record({ softwareVersion: some(">=1.0.0", "^2", "1.x || >=3.0.0-rc.1", "*") }),
  fc.record({ capabilities: capabilitiesArb.filter((c) => c.length > 0) }),
  fc.record({ softwareVersion: some(">=2.0.0"), capabilities: some(["gpu"]) }),
);
const scheduleArb = (now: () => number) =>
  fc.oneof(
    fc.record({ cron: some("*/5 * * * *", "0 3 * * *", "* * * * *") }, { requiredKeys: ["cron"] }),
    fc.record({ cron: some("0 3 * * *"), timezone: some("Europe/Paris", "UTC", "America/New_York") }),
    fc.record({ rateMs: fc.integer({ min: 1000, max: 31_622_400_000 }) }),
    fc.integer({ min: -86_400_000, max: 86_400_000 }).map((d) => ({ at: iso(now() + d) })),
  );
const base64Arb = (maxBytes: number) => fc.uint8Array({ minLength: 1, maxLength: maxBytes }).map((b) => Buffer.from(b).toString("base64"));
/** Any JSON value: fast-check's own, and the edges DynamoDB has (deep, odd keys, odd numbers). */
const payloadArb = fc.oneof(
  fc.jsonValue(),
  fc.jsonValue({ depthSize: "large", maxDepth: 40 }),
  fc.dictionary(fc.string({ unit: "binary" }), fc.jsonValue({ maxDepth: 2 })),
  fc.oneof(fc.double(), fc.integer(), fc.constantFrom(2 ** 53, -(2 ** 53), 1e300, 5e-324, 1e-130, 0.1)),
  fc.integer({ min: 28, max: 36 }).map((depth) => nested(depth)),
);
const nested = (depth: number): unknown => (depth === 0 ? "leaf" : { [`k${depth}`]: nested(depth - 1) });

const nodeToken = (pick: (fx: Fixtures) => { nodeToken: string }) => (fx: Fixtures) => pick(fx).nodeToken;

/** Keyed by `METHOD /path` of the document. */
export const recipes: Record<string, Recipe> = {
  "GET /health": { token: "none", baseline: () => ({ params: {} }), valid: () => fc.constant({ params: {} }) },

  "POST /v1/clusters": {
    token: "admin",
    baseline: () => ({ params: {}, body: { clusterId: "fz-created" } }),
    valid: () =>
      fc.record(
        { params: fc.constant({}), body: fc.record({ clusterId: fc.oneof(idArb, some("fz", "fz-other", "fz-x")), settings: settingsArb, expectedNodes: fc.integer({ min: 1, max: 250_000 }) }, { requiredKeys: ["clusterId"] }) },
      ),
  },
  "GET /v1/clusters": { token: "admin", baseline: () => ({ params: {} }), valid: () => fc.constant({ params: {} }) },
  "GET /v1/clusters/{clusterId}": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId } }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: fc.oneof(some(fx.clusterId, fx.other.clusterId), idArb) }) }),
  },
  "PATCH /v1/clusters/{clusterId}": {
    token: "admin",
    // Also switches the other cluster's primary lease on: the baseline of POST …/primary, run after this one, moves it there.
    baseline: (fx) => ({ params: { clusterId: fx.other.clusterId }, body: { settings: { misfireThresholdMs: 60000, primaryMode: "any" } } }),
    valid: (fx) =>
      fc.record({
        params: fc.record({ clusterId: some(fx.other.clusterId, "fz-none") }),
        body: fc.record({ settings: settingsArb.filter((s) => Object.keys(s).length > 0) }),
      }),
  },
  "POST /v1/clusters/{clusterId}/primary": {
    token: "admin",
    // The other cluster's lease was switched on by PATCH's baseline; nobody holds it: appointed at once.
    baseline: (fx) => ({ params: { clusterId: fx.other.clusterId }, body: { nodeId: fx.other.first.nodeId } }),
    valid: (fx) =>
      fc.record({
        params: fc.record({ clusterId: some(fx.clusterId, fx.other.clusterId, "fz-none") }),
        body: fc.record({ nodeId: fc.oneof(some(fx.first.nodeId, fx.additional.nodeId, fx.stoppedNodeId, fx.other.first.nodeId), idArb) }),
      }),
  },
  "POST /v1/clusters/{clusterId}/join-token": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.rotatingClusterId } }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: some(fx.rotatingClusterId, "fz-none") }) }),
  },
  "GET /v1/clusters/{clusterId}/nodes": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId } }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: fc.oneof(some(fx.clusterId), idArb) }) }),
  },
  "GET /v1/clusters/{clusterId}/nodes/{nodeId}": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId, nodeId: fx.first.nodeId } }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: some(fx.clusterId, "fz-none"), nodeId: fc.oneof(some(fx.first.nodeId, fx.additional.nodeId), idArb) }) }),
  },
  "PATCH /v1/clusters/{clusterId}/nodes/{nodeId}": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId, nodeId: fx.additional.nodeId }, body: { schedulingEnabled: false } }),
    valid: (fx) =>
      fc.record({
        params: fc.record({ clusterId: some(fx.clusterId), nodeId: fc.oneof(some(fx.additional.nodeId), idArb) }),
        body: fc.record(
          { schedulingEnabled: fc.boolean(), urlOverride: fc.option(some("https://n2.lan:8443/idm", "http://10.0.0.2/", "ftp://x/"), { nil: null }) },
          { requiredKeys: [] },
        ),
      }),
  },
  "DELETE /v1/clusters/{clusterId}/nodes/{nodeId}": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId, nodeId: fx.stoppedNodeId } }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: some(fx.clusterId), nodeId: fc.oneof(some(fx.first.nodeId, "gone"), idArb) }) }),
  },
  "GET /v1/clusters/{clusterId}/events": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId }, query: { limit: "5" } }),
    valid: (fx) =>
      fc.record({
        params: fc.record({ clusterId: some(fx.clusterId) }),
        query: fc.record({ after: fc.string({ maxLength: 128 }), limit: fc.integer({ min: 1, max: 1000 }).map(String) }, { requiredKeys: [] }),
      }),
  },
  "POST /v1/clusters/{clusterId}/jobs": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId }, body: { jobId: "created", type: "fuzz", payload: { deep: [{ "ü 😀 \u0000": null, n: 0.1, big: 2 ** 53 - 1 }], empty: {}, list: [] }, schedule: { rateMs: 60000 } } }),
    valid: (fx, now) =>
      fc.record({
        params: fc.record({ clusterId: some(fx.clusterId) }),
        body: fc.record(
          {
            jobId: fc.oneof(idArb, some(fx.jobId)),
            type: some("fuzz", "shell"),
            payload: payloadArb,
            schedule: scheduleArb(now),
            concurrent: fc.boolean(),
            misfirePolicy: some("fireAndProceed", "doNothing"),
            requires: requiresArb,
          },
          { requiredKeys: ["jobId", "type", "schedule"] },
        ),
      }),
    // The payload comes back from the table exactly as it was sent.
    check: async (sentBody, res, send, fx) => {
      const body = sentBody as { jobId: string; payload?: unknown };
      const stored = await send({
        method: "GET",
        path: `/v1/clusters/${fx.clusterId}/jobs/${body.jobId}`,
        query: "",
        headers: { authorization: `Bearer ${fx.adminToken}` },
        variant: "read back",
      });
      const sent = JSON.parse(JSON.stringify(body)).payload ?? null;
      if (!isDeepStrictEqual(stored.json?.payload, sent)) {
        throw new Error(`payload changed in the table: sent ${JSON.stringify(sent)}, read ${stored.text.slice(0, 2000)}`);
      }
      if (!isDeepStrictEqual(res.json.payload, sent)) throw new Error("payload changed in the create answer");
    },
  },
  "GET /v1/clusters/{clusterId}/jobs": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId } }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: fc.oneof(some(fx.clusterId), idArb) }) }),
  },
  "GET /v1/clusters/{clusterId}/jobs/{jobId}": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId, jobId: fx.jobId } }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: some(fx.clusterId), jobId: fc.oneof(some(fx.jobId), idArb) }) }),
  },
  "DELETE /v1/clusters/{clusterId}/jobs/{jobId}": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId, jobId: fx.deletableJobId } }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: some(fx.clusterId), jobId: fc.oneof(some(fx.deletableJobId), idArb) }) }),
  },
  "POST /v1/clusters/{clusterId}/jobs/{jobId}/trigger": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId, jobId: fx.jobId } }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: some(fx.clusterId, "fz-none"), jobId: fc.oneof(some(fx.jobId), idArb) }) }),
  },
  "GET /v1/clusters/{clusterId}/jobs/{jobId}/runs": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId, jobId: "jclaim" }, query: { limit: "10" } }),
    valid: (fx) =>
      fc.record({
        params: fc.record({ clusterId: some(fx.clusterId), jobId: fc.oneof(some(fx.jobId, "jclaim"), idArb) }),
        query: fc.record({ limit: fc.integer({ min: 1, max: 1000 }).map(String) }, { requiredKeys: [] }),
      }),
  },
  "GET /v1/clusters/{clusterId}/jobs/{jobId}/upcoming": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId, jobId: fx.jobId }, query: { count: "5" } }),
    valid: (fx) =>
      fc.record({
        params: fc.record({ clusterId: some(fx.clusterId, "fz-none"), jobId: fc.oneof(some(fx.jobId, "jclaim", fx.deletableJobId), idArb) }),
        query: fc.record({ count: fc.integer({ min: 1, max: 100 }).map(String) }, { requiredKeys: [] }),
      }),
    // At most `count` occurrences, in time order, each with its local time.
    check: async (_, res) => {
      const { occurrences } = res.json as { occurrences: { at: string; local: string }[] };
      const times = occurrences.map((o) => Date.parse(o.at));
      if (times.some((at, i) => Number.isNaN(at) || (i > 0 && at < times[i - 1]!))) throw new Error(`occurrences out of order: ${res.text}`);
      if (occurrences.some((o) => Date.parse(o.local) !== Date.parse(o.at))) throw new Error(`local and UTC times differ: ${res.text}`);
    },
  },
  "GET /v1/clusters/{clusterId}/jobs/{jobId}/explain": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId, jobId: "jclaim" }, query: { count: "5" } }),
    valid: (fx) =>
      fc.record({
        params: fc.record({ clusterId: some(fx.clusterId, "fz-none"), jobId: fc.oneof(some(fx.jobId, "jclaim", fx.deletableJobId), idArb) }),
        query: fc.record({ count: fc.integer({ min: 1, max: 50 }).map(String) }, { requiredKeys: [] }),
      }),
    // At most `count` occurrences, newest first; nodes are listed only for a due occurrence.
    check: async (_, res) => {
      const body = res.json as { next: { status: string }; nodes?: unknown[]; occurrences: { scheduledFor: string }[] };
      if (body.occurrences.length > 50) throw new Error(`more than 50 occurrences: ${res.text}`);
      const times = body.occurrences.map((o) => Date.parse(o.scheduledFor));
      if (times.some((at, i) => Number.isNaN(at) || (i > 0 && at > times[i - 1]!))) throw new Error(`occurrences not newest first: ${res.text}`);
      if (body.nodes && !["due", "no-eligible-node"].includes(body.next.status)) throw new Error(`nodes listed for a ${body.next.status} occurrence: ${res.text}`);
    },
  },
  "POST /v1/clusters/{clusterId}/runs/{runId}/start": {
    token: "node",
    tokenOf: nodeToken((fx) => fx.first),
    baseline: (fx) => ({ params: { clusterId: fx.clusterId, runId: fx.toStart.runId }, body: { claimToken: fx.toStart.claimToken } }),
    valid: (fx) =>
      fc.record({
        params: fc.record({ clusterId: some(fx.clusterId), runId: fc.oneof(some(fx.toStart.runId, fx.toComplete.runId), fc.string({ minLength: 1, maxLength: 400 })) }),
        body: fc.record({ claimToken: fc.oneof(some(fx.toStart.claimToken), fc.string({ minLength: 1, maxLength: 512 })) }),
      }),
  },
  "POST /v1/clusters/{clusterId}/runs/{runId}/complete": {
    token: "node",
    tokenOf: nodeToken((fx) => fx.first),
    baseline: (fx) => ({
      params: { clusterId: fx.clusterId, runId: fx.toComplete.runId },
      body: { claimToken: fx.toComplete.claimToken, outcome: "succeeded", message: "done ✓ \u{1F600}" },
    }),
    valid: (fx) =>
      fc.record({
        params: fc.record({ clusterId: some(fx.clusterId), runId: fc.oneof(some(fx.toStart.runId, fx.toComplete.runId), fc.string({ minLength: 1, maxLength: 400 })) }),
        body: fc.record(
          { claimToken: fc.oneof(some(fx.toComplete.claimToken, fx.toStart.claimToken), fc.string({ minLength: 1, maxLength: 512 })), outcome: some("succeeded", "failed"), message: fc.string({ maxLength: 4096, unit: "grapheme" }) },
          { requiredKeys: ["claimToken", "outcome"] },
        ),
      }),
  },
  "PUT /v1/clusters/{clusterId}/keystore": {
    token: "admin",
    baseline: (fx) => ({ params: { clusterId: fx.clusterId }, body: { format: "jceks", data: Buffer.from("keystore").toString("base64") } }),
    valid: (fx) =>
      fc.record({
        params: fc.record({ clusterId: some(fx.clusterId, fx.rotatingClusterId, "fz-none") }),
        body: fc.record({ format: some("jceks", "pkcs12", "jks", "raw"), data: fc.oneof(base64Arb(2048), some(Buffer.alloc(64 * 1024 + 1).toString("base64"))) }),
      }),
  },
  "GET /v1/clusters/{clusterId}/keystore": {
    token: "node",
    tokenOf: nodeToken((fx) => fx.additional),
    baseline: (fx) => ({ params: { clusterId: fx.clusterId } }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: some(fx.clusterId) }), query: fc.record({ version: fc.integer({ min: 1, max: 5 }).map(String) }, { requiredKeys: [] }) }),
  },
  "POST /v1/clusters/{clusterId}/nodes/{nodeId}/join": {
    token: "join",
    tokenOf: (fx) => fx.joinToken,
    baseline: (fx) => ({ params: { clusterId: fx.clusterId, nodeId: "joiner" }, body: { instanceType: "clustered-additional", softwareVersion: "1.0.0" } }),
    valid: (fx) =>
      fc.record({
        params: fc.record({ clusterId: some(fx.clusterId), nodeId: fc.integer({ min: 0, max: 30 }).map((i) => `fzn-${i}`) }),
        body: fc.record(
          {
            instanceType: some("clustered-additional", "clustered-first"),
            softwareVersion: fc.string({ minLength: 1, maxLength: 128, unit: "grapheme" }),
            configFingerprint: fc.string({ minLength: 1, maxLength: 256 }),
            capabilities: capabilitiesArb,
            schedulingEnabled: fc.boolean(),
            url: some("http://10.0.0.1:8080", "https://node.example/x?y=1"),
            endpoint: fc.record(
              {
                host: fc.oneof(some("10.0.0.1", "node-1.lan", "[::1]"), fc.string({ minLength: 1, maxLength: 20 })),
                port: fc.integer({ min: 0, max: 70_000 }),
                path: some("/", "/idm", "idm", "/a b"),
                scheme: some("http", "https", "ftp"),
              },
              { requiredKeys: ["host"] },
            ),
          },
          { requiredKeys: ["instanceType", "softwareVersion"] },
        ),
      }),
  },
  "POST /v1/clusters/{clusterId}/nodes/{nodeId}/check-in": {
    token: "node",
    tokenOf: nodeToken((fx) => fx.first),
    baseline: (fx, now) => ({ params: { clusterId: fx.clusterId, nodeId: fx.first.nodeId }, body: { epoch: fx.first.epoch, sentAt: iso(now()) } }),
    valid: (fx, now) =>
      fc.record({
        params: fc.constant({ clusterId: fx.clusterId, nodeId: fx.first.nodeId }),
        body: fc.record(
          {
            epoch: fc.constant(fx.first.epoch),
            sentAt: fc.constant(0).map(() => iso(now())),
            capacity: fc.integer({ min: 0, max: 3 }),
            renew: fc.array(fc.string({ maxLength: 512 }), { maxLength: 3 }),
            types: fc.array(some("fuzz", "shell"), { maxLength: 2 }),
            softwareVersion: fc.string({ minLength: 1, maxLength: 128 }),
            keystoreFingerprint: fc.string({ minLength: 1, maxLength: 256 }),
            capabilities: capabilitiesArb,
            primaryTerm: fc.integer({ min: 1, max: 5 }),
          },
          { requiredKeys: ["epoch", "sentAt"] },
        ),
      }),
  },
  "POST /v1/clusters/{clusterId}/nodes/{nodeId}/offline": {
    token: "admin",
    baseline: (fx) => ({
      params: { clusterId: fx.clusterId, nodeId: fx.additional.nodeId },
      refused: { status: 409, why: "a recovering node needs the sweep and a moved clock, which the other fixtures must not see" },
    }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: some(fx.clusterId, "fz-none"), nodeId: fc.oneof(some(fx.additional.nodeId, fx.stoppedNodeId), idArb) }) }),
  },
  "POST /v1/clusters/{clusterId}/nodes/{nodeId}/drain": {
    token: "admin",
    baseline: (fx) => ({
      params: { clusterId: fx.clusterId, nodeId: "fz-nobody" },
      refused: { status: 404, why: "draining a live fixture node would stop it claiming for the other recipes (test/functions/drain.test.ts drains)" },
    }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: some(fx.clusterId, "fz-none"), nodeId: fc.oneof(some(fx.stoppedNodeId), idArb) }) }),
  },
  "POST /v1/clusters/{clusterId}/nodes/{nodeId}/undrain": {
    token: "admin",
    // Undraining a node that is not draining changes nothing.
    baseline: (fx) => ({ params: { clusterId: fx.clusterId, nodeId: fx.additional.nodeId } }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: some(fx.clusterId, "fz-none"), nodeId: fc.oneof(some(fx.additional.nodeId, fx.stoppedNodeId), idArb) }) }),
  },
  "POST /v1/clusters/{clusterId}/runs/{runId}/cancel": {
    token: "admin",
    baseline: (fx) => ({
      params: { clusterId: fx.clusterId, runId: "jclaim~nothing" },
      refused: { status: 404, why: "cancelling a fixture run would take it from the start and complete recipes (test/functions/cancel.test.ts cancels)" },
    }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: some(fx.clusterId, "fz-none"), runId: fc.oneof(some("jclaim~nothing"), fc.string({ minLength: 1, maxLength: 400 })) }) }),
  },
  "POST /v1/clusters/{clusterId}/stabilize": {
    token: "admin",
    baseline: (fx) => ({
      params: { clusterId: fx.clusterId },
      refused: { status: 409, why: "a disrupted cluster needs several nodes going silent in one sweep" },
    }),
    valid: (fx) => fc.record({ params: fc.record({ clusterId: fc.oneof(some(fx.clusterId, fx.other.clusterId), idArb) }) }),
  },
  "GET /v1/clusters/{clusterId}/peers": {
    token: "node",
    tokenOf: nodeToken((fx) => fx.additional),
    baseline: (fx) => ({ params: { clusterId: fx.clusterId } }),
    valid: (fx) => fc.constant({ params: { clusterId: fx.clusterId } }),
  },
  "POST /v1/clusters/{clusterId}/nodes/{nodeId}/leave": {
    token: "node",
    tokenOf: nodeToken((fx) => fx.leaver),
    baseline: (fx) => ({ params: { clusterId: fx.clusterId, nodeId: fx.leaver.nodeId } }),
    valid: (fx) => fc.constant({ params: { clusterId: fx.clusterId, nodeId: fx.leaver.nodeId } }),
  },
};

export const tokenFor = (recipe: Recipe, fx: Fixtures) =>
  recipe.tokenOf ? recipe.tokenOf(fx) : recipe.token === "admin" ? fx.adminToken : undefined;
