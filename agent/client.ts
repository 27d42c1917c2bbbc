import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { clusterViewSchema } from "../core/clusters/clusters";
import type { RosterEvent } from "../core/events/events";
import type { JobView } from "../core/jobs/jobs";
import type { Explanation } from "../core/jobs/explain";
import type { CheckInBody, CheckInResponse, JoinBody, joinResponseSchema } from "../core/nodes/schemas";
import type { NodeView } from "../core/nodes/nodes";
import type { RunView } from "../core/jobs/run-items";

/** A refusal from the Roster API, with its stable code (API.md). Status 0: no answer (network error, timeout). */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** How long the server asked us to wait (`Retry-After`), when it did. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
  /** Worth trying again: the server or the network failed, or asked us to slow down; not the request. */
  get transient() {
    return this.status >= 500 || this.status === 0 || this.status === 429;
  }
}

/** A `Retry-After` header (delay in seconds, or an HTTP date) in ms; capped, so a wrong proxy cannot park us for hours. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const ms = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}
const MAX_RETRY_AFTER_MS = 60_000;

/** The wait before retry `attempt` (1-based): jittered exponential backoff, at least what the server asked for. */
export function backoffMs(attempt: number, error: unknown, baseMs = 250, maxMs = 5000) {
  const exponential = Math.min(maxMs, baseMs * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
  return Math.max(exponential, error instanceof ApiError ? (error.retryAfterMs ?? 0) : 0);
}

export type JoinResponse = z.infer<typeof joinResponseSchema>;

/** The primary lease as Roster shows it (issue 17): who holds it, with which term, since when. */
export interface PrimaryLease {
  nodeId: string;
  term: number;
  since: string;
}
/**
 * A check-in's answer with the primary lease's fields. Optional here: a Roster without the
 * lease (or a cluster with `primaryMode: "none"`) may leave them out, and then this node is a
 * standby.
 */
export type CheckInAnswer = CheckInResponse & { role?: "primary" | "standby"; primary?: PrimaryLease | null };
/** How the other nodes reach a node, from which the cluster's `intraClusterUrlPattern` makes its URL. */
export interface Endpoint {
  host: string;
  port?: number;
  path?: string;
  scheme?: "http" | "https";
}
/** A join's body with the node's endpoint. */
export type JoinRequest = JoinBody & { endpoint?: Endpoint };

/**
 * `[scheme://]host[:port][/path]` as given on the command line (`--node-endpoint`), or why not.
 * Only what is written is sent: no scheme, no port, no path means none (the pattern's or Roster's default).
 */
export function parseEndpoint(text: string): Endpoint | string {
  const match = /^(?:(https?):\/\/)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_-][A-Za-z0-9._-]*)(?::(\d{1,5}))?(\/[^\s?#]*)?$/.exec(text.trim());
  if (!match) return `--node-endpoint takes [scheme://]host[:port][/path], not '${text}'`;
  const [, scheme, host, port, path] = match;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return `--node-endpoint: port ${port} is not from 1 to 65535`;
  return {
    host: host!,
    ...(port === undefined ? {} : { port: Number(port) }),
    ...(path === undefined ? {} : { path }),
    ...(scheme === undefined ? {} : { scheme: scheme as "http" | "https" }),
  };
}

/** A check-in's body with the term the node believes it holds, sent only while it believes so. */
export type CheckInRequest = CheckInBody & { primaryTerm?: number };
/** One entry of `GET /v1/clusters/{clusterId}/peers`: a live node, how to reach it, its state and role. */
export interface Peer {
  nodeId: string;
  url: string | null;
  state: string;
  role: "primary" | "standby";
}
export type ClusterView = z.infer<typeof clusterViewSchema>;
export interface Keystore {
  version: number;
  fingerprint: string;
  format: string;
  data: string;
}

export interface ClientOptions {
  url: string;
  token: string;
  /** Attempts for transient failures (network errors, 5xx, 429), with exponential backoff. */
  attempts?: number;
  backoffMs?: number;
  /** Each request gives up after this long (read before every request: the agent's follows the cluster's settings). */
  timeoutMs?: () => number;
  fetch?: typeof fetch;
}

/**
 * A typed client of the public HTTP API: the agent and the CLI use nothing else. Types come
 * from the same zod schemas the server validates with.
 */
export function rosterClient(options: ClientOptions) {
  const base = options.url.replace(/\/+$/, "");
  const attempts = options.attempts ?? 4;
  const baseBackoffMs = options.backoffMs ?? 250;
  const doFetch = options.fetch ?? fetch;

  async function once<T>(method: string, path: string, body?: unknown, signal?: AbortSignal, headers: Record<string, string> = {}): Promise<T> {
    const deadline = withTimeout(options.timeoutMs?.(), signal);
    try {
      let res: Response;
      try {
        res = await raceAbort(doFetch(`${base}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${options.token}`,
            ...(body === undefined ? {} : { "content-type": "application/json" }),
            ...headers,
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: deadline.signal,
        }), deadline.signal);
      } catch (error) {
        throw deadline.explain(error, base);
      }
      // The body may hang too: it is read under the same deadline.
      const text = await raceAbort(res.text(), deadline.signal).catch((error) => Promise.reject(deadline.explain(error, base)));
      const parsed = text ? safeJson(text) : undefined;
      if (!res.ok) {
        const error = (parsed as { error?: { code?: string; message?: string } } | undefined)?.error;
        throw new ApiError(res.status, error?.code ?? "http_error", error?.message ?? `HTTP ${res.status}`, parseRetryAfter(res.headers.get("retry-after")));
      }
      return parsed as T;
    } finally {
      deadline.clear();
    }
  }

  async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal, headers?: Record<string, string>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await once<T>(method, path, body, signal, headers);
      } catch (error) {
        if (!(error instanceof ApiError) || !error.transient || attempt >= attempts || signal?.aborted) throw error;
        await sleep(backoffMs(attempt, error, baseBackoffMs), signal);
      }
    }
  }

  const c = (id: string) => `/v1/clusters/${encodeURIComponent(id)}`;
  return {
    request,
    health: () => request<{ status: string }>("GET", "/health"),
    join: (clusterId: string, nodeId: string, body: JoinRequest) =>
      request<JoinResponse>("POST", `${c(clusterId)}/nodes/${encodeURIComponent(nodeId)}/join`, body),
    checkIn: (clusterId: string, nodeId: string, body: CheckInRequest, signal?: AbortSignal) =>
      request<CheckInAnswer>("POST", `${c(clusterId)}/nodes/${encodeURIComponent(nodeId)}/check-in`, body, signal),
    leave: (clusterId: string, nodeId: string) =>
      request<{ state: string; shutdown: string }>("POST", `${c(clusterId)}/nodes/${encodeURIComponent(nodeId)}/leave`),
    /** Drain (its own node token, or an admin's for any node): no new claims; unstarted ones go back. */
    drain: (clusterId: string, nodeId: string) => request<NodeView>("POST", `${c(clusterId)}/nodes/${encodeURIComponent(nodeId)}/drain`),
    undrain: (clusterId: string, nodeId: string) => request<NodeView>("POST", `${c(clusterId)}/nodes/${encodeURIComponent(nodeId)}/undrain`),
    node: (clusterId: string, nodeId: string) => request<NodeView>("GET", `${c(clusterId)}/nodes/${encodeURIComponent(nodeId)}`),
    keystore: (clusterId: string) => request<Keystore>("GET", `${c(clusterId)}/keystore`),
    peers: (clusterId: string, signal?: AbortSignal) => request<{ peers: Peer[] }>("GET", `${c(clusterId)}/peers`, undefined, signal),
    start: (clusterId: string, runId: string, claimToken: string, signal?: AbortSignal) =>
      request<RunView>("POST", `${c(clusterId)}/runs/${encodeURIComponent(runId)}/start`, { claimToken }, signal),
    complete: (clusterId: string, runId: string, claimToken: string, outcome: "succeeded" | "failed", message?: string, signal?: AbortSignal) =>
      request<RunView>(
        "POST",
        `${c(clusterId)}/runs/${encodeURIComponent(runId)}/complete`,
        { claimToken, outcome, ...(message === undefined ? {} : { message }) },
        signal,
      ),
    // Admin
    clusters: () => request<{ results: ClusterView[] }>("GET", "/v1/clusters"),
    cluster: (clusterId: string) => request<ClusterView>("GET", c(clusterId)),
    /** Change some settings (`null` removes a pin or a window). */
    patchSettings: (clusterId: string, settings: Record<string, unknown>) => request<ClusterView>("PATCH", c(clusterId), { settings }),
    nodes: (clusterId: string) => request<{ results: NodeView[] }>("GET", `${c(clusterId)}/nodes`),
    /** Move the primary lease to `nodeId`: 202 with the lease as it stands and the pending handover. */
    movePrimary: (clusterId: string, nodeId: string) =>
      request<{ primary: PrimaryLease | null; handoverTo?: string | null }>("POST", `${c(clusterId)}/primary`, { nodeId }),
    jobs: (clusterId: string) => request<{ results: JobView[] }>("GET", `${c(clusterId)}/jobs`),
    addJob: (clusterId: string, job: Record<string, unknown>) => request<JobView>("POST", `${c(clusterId)}/jobs`, job),
    removeJob: (clusterId: string, jobId: string) => request<void>("DELETE", `${c(clusterId)}/jobs/${encodeURIComponent(jobId)}`),
    // One key per trigger, the same on every retry: a retry after a lost answer queues nothing more.
    triggerJob: (clusterId: string, jobId: string) =>
      request<JobView>("POST", `${c(clusterId)}/jobs/${encodeURIComponent(jobId)}/trigger`, undefined, undefined, {
        "idempotency-key": randomUUID(),
      }),
    cancelRun: (clusterId: string, runId: string) => request<RunView>("POST", `${c(clusterId)}/runs/${encodeURIComponent(runId)}/cancel`),
    explainJob: (clusterId: string, jobId: string, count = 10) =>
      request<Explanation>("GET", `${c(clusterId)}/jobs/${encodeURIComponent(jobId)}/explain?count=${count}`),
    runs: (clusterId: string, jobId: string) => request<{ results: RunView[] }>("GET", `${c(clusterId)}/jobs/${encodeURIComponent(jobId)}/runs`),
    events: (clusterId: string, after?: string, limit = 100) =>
      request<{ results: RosterEvent[]; next?: string }>(
        "GET",
        `${c(clusterId)}/events?limit=${limit}${after ? `&after=${encodeURIComponent(after)}` : ""}`,
      ),
    rotateKeystore: (clusterId: string, format: string, data: string) =>
      request<{ version: number; fingerprint: string }>("PUT", `${c(clusterId)}/keystore`, { format, data }),
  };
}
export type RosterClient = ReturnType<typeof rosterClient>;

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Wait `ms`, or less if `signal` aborts. Its abort listener goes away when the wait ends, so a
 * loop can sleep on one long-lived signal forever without piling up listeners.
 */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });

/** `promise`, or a rejection when `signal` aborts first: a fetch that ignores its signal cannot hang us. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * A signal that aborts after `timeoutMs` or with `parent`, whichever comes first, and a way to
 * tell a timeout from the caller's abort. `clear()` removes the timer and the parent listener.
 * (Not AbortSignal.timeout/any: their timers ignore fake clocks and leak listeners on Node 20.)
 */
function withTimeout(timeoutMs: number | undefined, parent: AbortSignal | undefined) {
  const controller = new AbortController();
  const onParent = () => controller.abort(parent?.reason);
  if (parent?.aborted) onParent();
  else parent?.addEventListener("abort", onParent, { once: true });
  let timedOut = false;
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort(new Error(`no answer in ${timeoutMs} ms`));
        }, timeoutMs);
  return {
    signal: controller.signal,
    clear() {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onParent);
    },
    /** The error to throw for a failed fetch: the caller's abort as is, else a transient ApiError. */
    explain(error: unknown, base: string): unknown {
      if (parent?.aborted) return parent.reason ?? error;
      if (timedOut) return new ApiError(0, "timeout", `Roster at ${base} did not answer in ${timeoutMs} ms`);
      return new ApiError(0, "unreachable", `cannot reach Roster at ${base}: ${(error as Error).cause ?? (error as Error).message}`);
    },
  };
}
