import { type ServerType, serve } from "@hono/node-server";
import { Hono } from "hono";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dynamoTable } from "../adapters/dynamo-table";
import { type LocalDynamo, freePort, localClient, startLocalDynamo } from "../adapters/local-dynamodb";
import { localVault } from "../adapters/local-vault";
import { ensureTable } from "../adapters/table-setup";
import { type Clock, systemClock } from "../core/common/clock";
import type { Deps } from "../core/ports";
import { CLUSTER_READ_TTL_MS, clusterReadCache } from "../core/jobs/read-cache";
import { hashToken } from "../core/common/tokens";
import { createApp } from "../functions/app";
import { silentLogger } from "../functions/http/log";
import { backgroundSweeps } from "../functions/sweeps";
import { meter } from "./support";

export const ADMIN = "bench-admin-token-0123456789abcdefgh";

/**
 * Roster as the local server runs it (DynamoDB Local, the Hono app on Node, sweeps beside
 * check-ins), plus one bare route that does a single UpdateItem: the floor to compare with.
 */
export async function benchServer(options: { clock?: Clock; dynamo?: LocalDynamo } = {}) {
  const dynamo = options.dynamo ?? (await startLocalDynamo());
  const table = `bench-${Math.random().toString(36).slice(2, 8)}`;
  const client = localClient(dynamo.endpoint); // its own client, so its meter counts only this server
  await ensureTable(client, table);
  const metered = meter(client);
  const deps: Deps = {
    table: dynamoTable(client, table),
    clock: options.clock ?? systemClock,
    vault: localVault(mkdtempSync(join(tmpdir(), "bench-vault-"))),
  };
  deps.sweeps = backgroundSweeps(deps, silentLogger);
  deps.clusterCache = clusterReadCache(CLUSTER_READ_TTL_MS); // as the local server and Lambda run
  const roster = createApp({ deps, adminTokenHash: hashToken(ADMIN), log: silentLogger });
  const app = new Hono();
  app.post("/bench/bare/:id", async (c) => {
    await deps.table.update(bareUpdate(c.req.param("id")));
    return c.json({ ok: true });
  });
  app.all("*", (c) => roster.fetch(c.req.raw, c.env));
  const port = await freePort();
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port }, () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    deps,
    dynamo,
    client,
    metered,
    table,
    async stop() {
      await new Promise<void>((r) => server.close(() => r()));
      if (!options.dynamo) await dynamo.stop();
    },
  };
}

/** An UpdateItem of an item the size of a node item (~450 bytes), as a heartbeat would write it. */
export const bareUpdate = (id: string) => ({
  Key: { pk: `BENCH#${id}`, sk: "BARE" },
  UpdateExpression: "SET lastCheckIn = :now, clockSkewMs = :skew, padding = :padding",
  ExpressionAttributeValues: { ":now": Date.now(), ":skew": 3, ":padding": "x".repeat(380) },
});
