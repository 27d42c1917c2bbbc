import { type Server, createServer } from "node:http";
import { CHECK_IN_JITTER, requestTimeoutMs } from "../core/clusters/fence";
import type { ClusterSettings } from "../core/clusters/settings";
import type { AgentStatus } from "./agent";

/**
 * The node's health port for a load balancer (`roster agent --health-port`): `GET /health`
 * (and HEAD) answers 200 while this node is fit to take traffic and 503 otherwise, with a JSON
 * body that says why. It is computed at each request from the agent's status, on the monotonic
 * clock, so an agent that was paused answers from the moment it runs again, not from a timer.
 */
export type HealthMode = "node" | "primary";

export interface HealthAnswer {
  status: "ok" | "unavailable";
  /** One short phrase. */
  reason: string;
  role: "primary" | "standby" | null;
  term: number | null;
  lastCheckIn: string | null;
}

/**
 * How old the last successful check-in (counted from its send, like the fence) may be while the
 * node is healthy: one interval, plus the jitter the agent adds to it (10 %), plus the longest
 * an answer may take before the agent gives the request up (requestTimeoutMs, half the
 * interval). That is the longest a node whose every check-in gets through can go between two
 * successful check-ins, so a healthy node never flaps; one missed check-in is enough to pass it.
 * The settings' own rule (unsafeFence) keeps it at or below the fence: a fenced node is always
 * stale as well.
 */
export const staleAfterMs = (s: Pick<ClusterSettings, "instanceCheckInIntervalMs">) =>
  Math.ceil(s.instanceCheckInIntervalMs * (1 + CHECK_IN_JITTER)) + requestTimeoutMs(s);

/** The answer for an agent's status (undefined: not joined yet), in a mode. */
export function healthOf(status: AgentStatus | undefined, mode: HealthMode): { code: 200 | 503; body: HealthAnswer } {
  if (!status) return { code: 503, body: { status: "unavailable", reason: "not joined yet", role: null, term: null, lastCheckIn: null } };
  const reason = unhealthy(status, mode);
  return {
    code: reason ? 503 : 200,
    body: {
      status: reason ? "unavailable" : "ok",
      reason: reason ?? (mode === "primary" ? "primary" : "running"),
      role: status.role ?? null,
      term: status.term ?? null,
      lastCheckIn: status.lastCheckIn,
    },
  };
}

function unhealthy(s: AgentStatus, mode: HealthMode): string | undefined {
  if (s.phase === "stopped") return "stopped";
  if (s.phase === "leaving") return "leaving";
  if (s.phase === "rejoining") return "joining again";
  if (s.refused) return `refused by Roster (${s.refused})`;
  if (s.fenced) return "fenced: no check-in answered in time";
  if (s.conformant === undefined) return "no check-in answered yet";
  const stale = staleAfterMs(s.settings);
  if (s.sinceCheckInMs > stale) return `no check-in answered in ${stale} ms`;
  if (!s.conformant) return "not conformant";
  if (mode === "primary" && s.role !== "primary") {
    const primaryMode = s.settings.primaryMode as string | undefined; // absent from an older Roster
    return primaryMode === undefined || primaryMode === "none" ? "not primary (primaryMode is none)" : "not primary";
  }
  return undefined;
}

/**
 * Serve the health port. Resolves once listening; rejects with a one-line Error naming the
 * address when it cannot (a port in use, a privileged port).
 */
export async function serveHealth(options: { port: number; host: string; mode: HealthMode; status: () => AgentStatus | undefined }): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path !== "/health") return void res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "not found: GET /health" }));
    if (req.method !== "GET" && req.method !== "HEAD") {
      return void res.writeHead(405, { allow: "GET, HEAD", "content-type": "application/json" }).end(JSON.stringify({ error: "method not allowed" }));
    }
    const { code, body } = healthOf(options.status(), options.mode);
    const text = JSON.stringify(body);
    res.writeHead(code, { "content-type": "application/json", "cache-control": "no-store", "content-length": Buffer.byteLength(text) });
    res.end(req.method === "HEAD" ? undefined : text);
  });
  // A load balancer probes often: no connection may keep the agent from ending.
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const where = `${options.host}:${options.port}`;
      const why =
        error.code === "EADDRINUSE"
          ? `health port ${options.port} is in use (${where})`
          : error.code === "EACCES"
            ? `health port ${options.port} needs privileges this process lacks (${where})`
            : error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND"
              ? `health host ${options.host} is not an address of this machine`
              : `cannot listen on health port ${where}: ${error.message}`;
      reject(new Error(why));
    });
    server.listen(options.port, options.host, () => resolve());
  });
  server.on("error", () => {}); // after listening: nothing to report to a caller
  const address = server.address();
  return {
    server,
    port: typeof address === "object" && address ? address.port : options.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
