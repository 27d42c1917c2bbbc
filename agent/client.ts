import type { z } from "zod";
import type { clusterViewSchema } from "../core/clusters";
import type { RosterEvent } from "../core/events";
import type { JobView } from "../core/jobs";
import type { CheckInBody, CheckInResponse, JoinBody, joinResponseSchema } from "../core/membership";
import type { NodeView } from "../core/nodes";
import type { RunView } from "../core/run-items";

/** A refusal from the Roster API, with its stable code (API.md). */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
  /** Worth trying again: the server or the network failed, not the request. */
  get transient() {
    return this.status >= 500 || this.status === 0;
  }
}

export type JoinResponse = z.infer<typeof joinResponseSchema>;
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
  /** Attempts for transient failures (network errors, 5xx), with exponential backoff. */
  attempts?: number;
  backoffMs?: number;
  fetch?: typeof fetch;
}

/**
 * A typed client of the public HTTP API: the agent and the CLI use nothing else. Types come
 * from the same zod schemas the server validates with.
 */
export function rosterClient(options: ClientOptions) {
  const base = options.url.replace(/\/+$/, "");
  const attempts = options.attempts ?? 4;
  const backoffMs = options.backoffMs ?? 250;
  const doFetch = options.fetch ?? fetch;

  async function once<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    let res: Response;
    try {
      res = await doFetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${options.token}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError(0, "unreachable", `cannot reach Roster at ${base}: ${(error as Error).cause ?? (error as Error).message}`);
    }
    const text = await res.text();
    const parsed = text ? safeJson(text) : undefined;
    if (!res.ok) {
      const error = (parsed as { error?: { code?: string; message?: string } } | undefined)?.error;
      throw new ApiError(res.status, error?.code ?? "http_error", error?.message ?? `HTTP ${res.status}`);
    }
    return parsed as T;
  }

  async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await once<T>(method, path, body, signal);
      } catch (error) {
        if (!(error instanceof ApiError) || !error.transient || attempt >= attempts || signal?.aborted) throw error;
        await sleep(backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random()));
      }
    }
  }

  const c = (id: string) => `/v1/clusters/${encodeURIComponent(id)}`;
  return {
    request,
    health: () => request<{ status: string }>("GET", "/health"),
    join: (clusterId: string, nodeId: string, body: JoinBody) =>
      request<JoinResponse>("POST", `${c(clusterId)}/nodes/${encodeURIComponent(nodeId)}/join`, body),
    checkIn: (clusterId: string, nodeId: string, body: CheckInBody) =>
      request<CheckInResponse>("POST", `${c(clusterId)}/nodes/${encodeURIComponent(nodeId)}/check-in`, body),
    leave: (clusterId: string, nodeId: string) =>
      request<{ state: string; shutdown: string }>("POST", `${c(clusterId)}/nodes/${encodeURIComponent(nodeId)}/leave`),
    keystore: (clusterId: string) => request<Keystore>("GET", `${c(clusterId)}/keystore`),
    start: (clusterId: string, runId: string, claimToken: string) =>
      request<RunView>("POST", `${c(clusterId)}/runs/${encodeURIComponent(runId)}/start`, { claimToken }),
    complete: (clusterId: string, runId: string, claimToken: string, outcome: "succeeded" | "failed", message?: string) =>
      request<RunView>("POST", `${c(clusterId)}/runs/${encodeURIComponent(runId)}/complete`, {
        claimToken,
        outcome,
        ...(message === undefined ? {} : { message }),
      }),
    // Admin
    clusters: () => request<{ results: ClusterView[] }>("GET", "/v1/clusters"),
    cluster: (clusterId: string) => request<ClusterView>("GET", c(clusterId)),
    nodes: (clusterId: string) => request<{ results: NodeView[] }>("GET", `${c(clusterId)}/nodes`),
    jobs: (clusterId: string) => request<{ results: JobView[] }>("GET", `${c(clusterId)}/jobs`),
    addJob: (clusterId: string, job: Record<string, unknown>) => request<JobView>("POST", `${c(clusterId)}/jobs`, job),
    removeJob: (clusterId: string, jobId: string) => request<void>("DELETE", `${c(clusterId)}/jobs/${encodeURIComponent(jobId)}`),
    triggerJob: (clusterId: string, jobId: string) => request<JobView>("POST", `${c(clusterId)}/jobs/${encodeURIComponent(jobId)}/trigger`),
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

export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
