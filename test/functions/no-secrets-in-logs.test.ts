import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Harness, checkIn, harness, joinNode } from "../support/harness";

/**
 * A whole join / fetch / rotate / claim flow with every log line captured (Roster's logger,
 * and anything written to the console or stderr): no part of a keystore or a token appears.
 */
const lines: string[] = [];
let h: Harness;

beforeEach(async () => {
  lines.length = 0;
  h = await harness({ log: (entry) => lines.push(JSON.stringify(entry)) });
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
  }
  const write = process.stderr.write.bind(process.stderr);
  vi.spyOn(process.stderr, "write").mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
    lines.push(String(chunk));
    return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stderr.write);
});
afterEach(() => vi.restoreAllMocks());

/** Every 12-character window of a secret: a log line holding any of them leaks part of it. */
const fragments = (secret: string) => Array.from({ length: Math.max(1, secret.length - 11) }, (_, i) => secret.slice(i, i + 12));

describe("secrets stay out of logs", () => {
  it("no log line holds any part of a keystore or a token", async () => {
    const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "quiet" } });
    const joinToken: string = created.body.joinToken;
    const v1 = randomBytes(2048);
    const v2 = randomBytes(2048);
    const first = await joinNode(h, "quiet", "first", joinToken, "clustered-first", { keystore: { format: "jks", data: v1.toString("base64") } });
    const second = await joinNode(h, "quiet", "second", joinToken);
    await h.app.request("/v1/clusters/quiet/keystore", { headers: { authorization: `Bearer ${second.nodeToken}` } });
    await h.call("PUT", "/v1/clusters/quiet/keystore", { token: h.adminToken, body: { format: "jks", data: v2.toString("base64") } });
    await h.app.request("/v1/clusters/quiet/keystore?version=1", { headers: { authorization: `Bearer ${first.nodeToken}` } });
    await h.call("POST", "/v1/clusters/quiet/jobs", { token: h.adminToken, body: { jobId: "j", type: "t", schedule: { rateMs: 1000 } } });
    (h.clock as { advance(ms: number): void }).advance(1000);
    const claims = (await checkIn(h, "quiet", first, { capacity: 1 })).body.claims;
    // Failures log too: a forged token, a wrong claim token, a bad upload.
    await h.call("POST", "/v1/clusters/quiet/nodes/first/check-in", { token: `${first.nodeToken.slice(0, -2)}xx`, body: { epoch: 1, sentAt: new Date().toISOString() } });
    await h.call("POST", `/v1/clusters/quiet/runs/${encodeURIComponent(claims[0].runId)}/start`, { token: second.nodeToken, body: { claimToken: claims[0].claimToken } });
    await h.call("PUT", "/v1/clusters/quiet/keystore", { token: h.adminToken, body: { format: "jks", data: `${v2.toString("base64")}!` } });

    expect(lines.length).toBeGreaterThan(10); // the flow was logged
    const secrets = [
      v1.toString("base64"),
      v2.toString("base64"),
      v1.toString("hex"),
      h.adminToken,
      joinToken,
      first.nodeToken.split(".")[1]!,
      second.nodeToken.split(".")[1]!,
      claims[0].claimToken.split(".")[1]!,
    ];
    const log = lines.join("\n");
    for (const secret of secrets) {
      for (const fragment of fragments(secret)) expect(log.includes(fragment), `a log line holds part of a secret`).toBe(false);
    }
    const events = await h.call("GET", "/v1/clusters/quiet/events?limit=1000", { token: h.adminToken });
    const eventText = JSON.stringify(events.body);
    for (const fragment of [...fragments(v1.toString("base64")), ...fragments(v2.toString("base64"))]) {
      expect(eventText.includes(fragment)).toBe(false);
    }
  });
});
