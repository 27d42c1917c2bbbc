import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import type { Deps } from "../core/ports";
import { authGuards } from "./http/auth";
import { errorBody, onError, validationHook } from "./http/errors";
import { type Logger, jsonLogger } from "./http/log";
import { requestCounts, takeMetrics } from "./http/metrics";
import { json } from "./http/openapi";
import { declareStandardAnswers } from "./http/standard-answers";
import { wellFormedInput } from "./http/well-formed";
import { clusterRoutes } from "./routes/clusters";
import { eventRoutes } from "./routes/events";
import { jobRoutes } from "./routes/jobs";
import { keystoreRoutes } from "./routes/keystore";
import { membershipRoutes } from "./routes/membership";
import { nodeAdminRoutes } from "./routes/nodes";
import { drainRoutes } from "./routes/drain";
import { overrideRoutes } from "./routes/overrides";
import { runAdminRoutes, runRoutes } from "./routes/runs";
import { uiRoutes } from "./ui/routes";

export interface AppConfig {
  deps: Deps;
  /** SHA-256 of the admin token (see `core/tokens.ts`); the token itself is never kept. */
  adminTokenHash: string;
  log?: Logger;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** The whole HTTP API of API.md, for Lambda and for the local server alike. */
export function createApp(config: AppConfig) {
  const { deps, adminTokenHash } = config;
  const log = config.log ?? jsonLogger;
  const guards = authGuards(deps, adminTokenHash);
  const app = new OpenAPIHono({ defaultHook: validationHook });
  const counts = requestCounts(() => deps.clock.now());

  app.use("*", async (c, next) => {
    const started = performance.now();
    await next();
    log({ level: "info", method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) });
    const noted = takeMetrics(c.req.raw);
    if (noted) counts.add(noted.clusterId, noted.metrics);
    for (const sums of counts.due()) log({ level: "metrics", msg: "request counts", ...sums });
  });
  app.use(
    "*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json(errorBody("payload_too_large", "request body is over 1 MiB"), 413),
    }),
  );
  app.use("*", wellFormedInput);

  app.openapi(
    createRoute({
      method: "get",
      path: "/health",
      operationId: "health",
      summary: "For load balancers: 200 when the store answers, 503 otherwise",
      tags: ["health"],
      security: [], // public: no token
      responses: {
        200: json(z.object({ status: z.literal("ok") }), "the store answers"),
        503: json(z.object({ status: z.literal("unavailable") }), "the store does not answer"),
      },
    }),
    async (c) => {
      try {
        await deps.table.get({ Key: { pk: "HEALTH", sk: "HEALTH" } });
        return c.json({ status: "ok" as const }, 200);
      } catch (error) {
        log({ level: "warn", msg: "health check: store unavailable", error: error instanceof Error ? error.name : "unknown" });
        return c.json({ status: "unavailable" as const }, 503);
      }
    },
  );

  app.route("/", clusterRoutes(deps, guards.admin));
  app.route("/", nodeAdminRoutes(deps, guards.admin));
  app.route("/", drainRoutes(deps, guards.adminOrOwnNode));
  app.route("/", overrideRoutes(deps, guards.admin));
  app.route("/", eventRoutes(deps, guards.admin));
  app.route("/", jobRoutes(deps, guards.admin));
  app.route("/", runRoutes(deps, guards.node("cluster")));
  app.route("/", runAdminRoutes(deps, guards.admin));
  app.route("/", keystoreRoutes(deps, { admin: guards.admin, clusterNode: guards.node("cluster") }));
  app.route("/", membershipRoutes(deps, { join: guards.join, ownNode: guards.node("own-node"), clusterNode: guards.node("cluster") }));

  app.route("/ui", uiRoutes(deps, adminTokenHash));

  declareStandardAnswers(app.openAPIRegistry);
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer" });
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Roster",
      version: "1",
      description: "A serverless control plane for clusters of application servers.",
    },
    // The document is served by the API it describes: paths are relative to wherever it is.
    servers: [{ url: "/", description: "this Roster" }],
  });

  app.notFound((c) => c.json(errorBody("not_found", `no route for ${c.req.method} ${c.req.path}`), 404));
  app.onError(onError(log));
  return app;
}
