import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A scriptable stand-in for Roster's node routes, for faults the real app cannot be made to
 * show on demand (hung requests, lost answers, 503 with Retry-After). As a `fetch` for the agent
 * library, or behind a real HTTP port for agent processes.
 */
export interface Call {
  kind: "join" | "check-in" | "start" | "complete" | "leave" | "drain" | "keystore" | "peers";
  runId?: string;
  /** The node a node route is about (join, check-in, leave). */
  nodeId?: string;
  /** The bearer token the request carried. */
  token?: string;
  body: any;
  /** performance.now() when the request was made, and when its signal aborted (if it did). */
  sentAt: number;
  abortedAt?: number;
  answered?: number;
}

/**
 * What a script returns for a call: an answer, "hang" (until the request's signal aborts),
 * "ignore" (never settle, whatever the signal does: a broken transport), or "unreachable".
 */
export type Answer = { status?: number; body?: unknown; headers?: Record<string, string>; delayMs?: number } | "hang" | "ignore" | "unreachable";

export const SETTINGS = {
  instanceTimeoutMs: 2000,
  instanceRecoveryTimeoutMs: 1000,
  instanceCheckInIntervalMs: 1000,
  instanceCheckInOffsetMs: 0,
  misfireThresholdMs: 60000,
  maxClockSkewMs: 1000,
  eventRetentionMs: 86_400_000,
};

export const claim = (runId: string, type = "work") => ({
  jobId: runId.split("~")[0]!,
  runId,
  claimToken: `${runId}.token`,
  fencingToken: 1,
  type,
  payload: { runId },
  scheduledFor: "2026-01-01T00:00:00.000Z",
});

/** `keepCalls: false` keeps only counts (`count(kind)`), for runs so long that the record would be what grows. */
export function fakeRoster(settings: Partial<typeof SETTINGS> = {}, { keepCalls = true }: { keepCalls?: boolean } = {}) {
  const calls: Call[] = [];
  const counts = new Map<Call["kind"], number>();
  const pending: ReturnType<typeof claim>[] = [];
  const merged = { ...SETTINGS, ...settings };
  /** Override the default answer of a call; return undefined for the default. */
  let script: (call: Call) => Answer | undefined = () => undefined;
  /** The primary lease as this fake has it (issue 17): check-ins answer role and primary from it. */
  let primary: { nodeId: string; term: number; since: string } | null = null;
  let peers: { nodeId: string; url: string | null; state: string; role: "primary" | "standby" }[] = [];

  const defaults = (call: Call): Answer => {
    switch (call.kind) {
      case "join":
        return { body: { nodeToken: "node-token", epoch: 1, state: "running", settings: merged, keystore: null } };
      case "check-in":
        return {
          body: {
            state: "running",
            serverTime: new Date().toISOString(),
            settings: merged,
            keystore: null,
            conformant: true,
            claims: pending.splice(0, call.body.capacity ?? 0),
            revoked: [],
            warnings: [],
            role: primary && primary.nodeId === call.nodeId ? "primary" : "standby",
            primary,
          },
        };
      case "peers":
        return { body: { peers } };
      case "leave":
        return { body: { state: "stopped", shutdown: new Date().toISOString() } };
      case "drain":
        return { body: { instanceId: call.nodeId, state: "running", draining: true, drained: false } };
      default:
        return { body: { runId: call.runId } };
    }
  };

  const kindOf = (path: string): Pick<Call, "kind" | "runId"> => {
    const run = /\/runs\/([^/]+)\/(start|complete)$/.exec(path);
    if (run) return { kind: run[2] as "start" | "complete", runId: decodeURIComponent(run[1]!) };
    const last = path.split("/").at(-1)!;
    const node = /\/nodes\/([^/]+)\//.exec(path);
    return { kind: last as Call["kind"], ...(node ? { nodeId: decodeURIComponent(node[1]!) } : {}) };
  };

  /** One request, as the agent's fetch sees it (rejects like fetch on abort and network errors). */
  async function handle(path: string, body: unknown, signal?: AbortSignal, authorization?: string | null): Promise<{ status: number; body: string; headers: Record<string, string> }> {
    const call: Call = { ...kindOf(path), body, sentAt: performance.now(), ...(authorization ? { token: authorization.replace(/^Bearer /, "") } : {}) };
    if (keepCalls) calls.push(call);
    counts.set(call.kind, (counts.get(call.kind) ?? 0) + 1);
    signal?.addEventListener("abort", () => (call.abortedAt = performance.now()), { once: true });
    let answer = script(call) ?? defaults(call);
    // A delay alone: the default answer, later.
    if (typeof answer === "object" && answer.status === undefined && answer.body === undefined) answer = { ...(defaults(call) as object), ...answer };
    const abortable = <T>(promise: Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
        promise.then(resolve, reject);
      });
    if (answer === "ignore") return new Promise<never>(() => {});
    if (answer === "hang") return abortable(new Promise<never>(() => {}));
    if (answer === "unreachable") throw new TypeError("fetch failed");
    const delayMs = answer.delayMs;
    if (delayMs) await abortable(new Promise((r) => setTimeout(r, delayMs)));
    call.answered = performance.now();
    return { status: answer.status ?? 200, body: JSON.stringify(answer.body ?? {}), headers: { "content-type": "application/json", ...answer.headers } };
  }

  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    const answer = await handle(new URL(String(input)).pathname, body, init?.signal ?? undefined, new Headers(init?.headers).get("authorization"));
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  }) as typeof globalThis.fetch;

  /** The same, on a real port, for agent processes. */
  async function listen() {
    const server = createServer((req, res) => {
      let text = "";
      req.on("data", (d) => (text += d));
      req.on("end", () => {
        const aborted = new AbortController();
        res.on("close", () => aborted.abort());
        handle(req.url!, text ? JSON.parse(text) : undefined, aborted.signal, req.headers.authorization).then(
          (answer) => res.writeHead(answer.status, answer.headers).end(answer.body),
          () => res.destroy(),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
  }

  return {
    calls,
    settings: merged,
    fetch,
    listen,
    /** Make `nodeId` the primary with `term` (null: no primary): the next check-ins answer so. */
    setPrimary(nodeId: string | null, term = 1) {
      primary = nodeId === null ? null : { nodeId, term, since: new Date().toISOString() };
    },
    /** What GET /peers answers from now on. */
    setPeers(next: typeof peers) {
      peers = next;
    },
    /** Claims the next check-ins hand out (as capacity allows). */
    offer: (...claims: ReturnType<typeof claim>[]) => pending.push(...claims),
    script(next: (call: Call) => Answer | undefined) {
      script = next;
    },
    of: (kind: Call["kind"]) => calls.filter((c) => c.kind === kind),
    count: (kind: Call["kind"]) => counts.get(kind) ?? 0,
  };
}

export const error = (status: number, code: string, headers?: Record<string, string>): Answer => ({
  status,
  body: { error: { code, message: code } },
  ...(headers ? { headers } : {}),
});
