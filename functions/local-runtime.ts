import { type Http2Bindings, type HttpBindings, type ServerType, serve } from "@hono/node-server";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { IncomingMessage, type Server } from "node:http";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { dynamoTable } from "../adapters/dynamo-table";
import { StartupError, startLocalDynamo } from "../adapters/local-dynamodb";
import { localEventSink } from "../adapters/local-event-sink";
import { localVault } from "../adapters/local-vault";
import { ensureTable } from "../adapters/table-setup";
import { CLUSTER_READ_TTL_MS, clusterReadCache } from "../core/jobs/read-cache";
import { peersMemo } from "../core/nodes/peers-memo";
import { cachedVault } from "../core/keystore/vault";
import { type Clock, systemClock } from "../core/common/clock";
import { createCluster } from "../core/clusters/clusters";
import type { Deps } from "../core/ports";
import type { Table } from "../core/store/table";
import { RosterError } from "../core/common/errors";
import { hashToken, newAdminToken } from "../core/common/tokens";
import { createApp } from "./app";
import { type Logger, jsonLogger } from "./http/log";
import { answerClientErrors, drainUnread } from "./http/node-server";
import { backgroundSweeps, scheduledSweep } from "./sweeps";

export const TABLE_NAME = "roster";

export interface LocalOptions {
  port: number;
  dataDir: string;
  /** The admin token to accept; when absent, one is generated on first start and its hash kept. */
  adminToken?: string;
  /** How often the local sweeper timer runs (ROSTER_SWEEP_INTERVAL_MS). */
  sweepIntervalMs?: number;
  log?: Logger;
  clock?: Clock;
  /** Wraps the store (the soak's fault injection; nothing else uses it). */
  wrapTable?: (table: Table) => Table;
}

export interface LocalRoster {
  url: string;
  deps: Deps;
  /** Set when this start generated the admin token (first start without ROSTER_ADMIN_TOKEN). */
  generatedAdminToken?: string;
  /** Set when this start created the `default` cluster. */
  defaultCluster?: { clusterId: string; joinToken: string };
  stop(): Promise<void>;
}

/**
 * Roster on one machine: DynamoDB Local with its state under `dataDir`, the table, a
 * `default` cluster on first start, and the HTTP API on `port`. What `npm start` runs.
 */
export async function startLocalRoster(options: LocalOptions): Promise<LocalRoster> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  await assertPortFree(options.port);
  const dynamo = await startLocalDynamo({ dataDir: join(dataDir, "dynamodb") });
  try {
    await ensureTable(dynamo.client, TABLE_NAME);
    const log = options.log ?? jsonLogger;
    const deps: Deps = {
      table: (options.wrapTable ?? ((t: Table) => t))(dynamoTable(dynamo.client, TABLE_NAME)),
      clock: options.clock ?? systemClock,
      vault: cachedVault(localVault(join(dataDir, "vault"))),
      clusterCache: clusterReadCache(CLUSTER_READ_TTL_MS),
      peersMemo: peersMemo(),
    };
    const sweeps = backgroundSweeps(deps, log);
    deps.sweeps = sweeps;
    const admin = adminTokenHash(dataDir, options.adminToken);
    const defaultCluster = await createDefaultCluster(deps);
    const app = createApp({ deps, adminTokenHash: admin.hash, log });
    const server = await listen(app.fetch, options.port);
    const sink = localEventSink(join(dataDir, "events.jsonl"));
    const timer = everyInterval(scheduledSweep({ ...deps, sink }, log), options.sweepIntervalMs ?? 1000, log);
    return {
      url: `http://127.0.0.1:${options.port}`,
      deps,
      ...(admin.generated ? { generatedAdminToken: admin.generated } : {}),
      ...(defaultCluster ? { defaultCluster } : {}),
      stop: async () => {
        await timer.stop();
        await new Promise<void>((done) => server.close(() => done()));
        await sweeps.idle();
        await dynamo.stop();
      },
    };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}

/** The admin token's hash: from the given token, else the one kept from the first start, else a new token. */
function adminTokenHash(dataDir: string, given: string | undefined) {
  if (given) return { hash: hashToken(given) };
  const file = join(dataDir, "admin-token.sha256");
  if (existsSync(file)) return { hash: readFileSync(file, "utf8").trim() };
  const generated = newAdminToken();
  writeFileSync(file, `${hashToken(generated)}\n`, { mode: 0o600 });
  return { hash: hashToken(generated), generated };
}

async function createDefaultCluster(deps: Deps) {
  try {
    const created = await createCluster(deps, { clusterId: "default" });
    return { clusterId: created.clusterId, joinToken: created.joinToken };
  } catch (error) {
    if (error instanceof RosterError && error.code === "cluster_exists") return undefined;
    throw error;
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((done, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new StartupError(
          error.code === "EADDRINUSE"
            ? `port ${port} is already in use: stop what runs there or set PORT to another port`
            : `cannot listen on port ${port}: ${error.message}`,
        ),
      ),
    );
    probe.listen(port, () => probe.close(() => done()));
  });
}

function listen(fetch: (request: Request) => Response | Promise<Response>, port: number): Promise<ServerType> {
  return new Promise((done, reject) => {
    // The body the app left unread is drained here (drainUnread), not by @hono/node-server,
    // whose drain gives up after half a second and resets the connection.
    const answer = async (request: Request, env: HttpBindings | Http2Bindings) => {
      const response = await fetch(request);
      if (env.incoming instanceof IncomingMessage) drainUnread(env.incoming);
      return response;
    };
    const server = serve({ fetch: answer, port, autoCleanupIncoming: false }, () => done(server));
    answerClientErrors(server as Server);
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new StartupError(error.code === "EADDRINUSE" ? `port ${port} is already in use` : error.message)),
    );
  });
}

/** Run `task` every `ms`, never two at once; `stop` waits for the one in flight. */
function everyInterval(task: () => Promise<unknown>, ms: number, log: Logger) {
  let current: Promise<unknown> = Promise.resolve();
  let busy = false;
  const handle = setInterval(() => {
    if (busy) return;
    busy = true;
    current = task()
      .catch((error: Error) => log({ level: "error", msg: "scheduled sweep failed", error: `${error.name}: ${error.message}` }))
      .finally(() => (busy = false));
  }, ms);
  return {
    stop: async () => {
      clearInterval(handle);
      await current;
    },
  };
}
