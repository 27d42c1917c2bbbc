import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getPath } from "hono/utils/url";
import { z } from "zod";
import type { Deps } from "../core/ports";
import { authGuards } from "./http/auth";
import { errorBody, onError, validationHook } from "./http/errors";
import { type Logger, jsonLogger } from "./http/log";
import { requestCounts, takeMetrics } from "./http/metrics";
import { json } from "./http/openapi";
import { wellFormedInput } from "./http/well-formed";
import { clusterRoutes } from "./routes/clusters";
import { eventRoutes } from "./routes/events";
import { membershipRoutes } from "./routes/membership";
import { nodeAdminRoutes } from "./routes/nodes";
import { drainRoutes } from "./routes/drain";
import { overrideRoutes } from "./routes/overrides";
import { runAdminRoutes, runRoutes } from "./routes/runs";

export interface AppConfig {
  deps: Deps;
  /** SHA-256 of the admin token (see `core/tokens.ts`); the token itself is never kept. */
  adminTokenHash: string;
  log?: Logger;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** What every part of the API shares: its ports, guards, logger and request counts. */
interface Shared {
  deps: Deps;
  adminTokenHash: string;
  log: Logger;
  guards: ReturnType<typeof authGuards>;
  counts: ReturnType<typeof requestCounts>;
}

/**
 * One part of the API: the middleware every request goes through (its log line and metrics,
 * the body limit, well-formed input), the routes `mount` adds, Roster's 404 and error answers.
 */
function apiPart(shared: Shared, mount: (app: OpenAPIHono) => void) {
  const { log, counts } = shared;
  const app = new OpenAPIHono({ defaultHook: validationHook });
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
  mount(app);
  app.notFound((c) => c.json(errorBody("not_found", `no route for ${c.req.method} ${c.req.path}`), 404));
  app.onError(onError(log));
  return app;
}

/** `/health` and the cluster and node admin routes (in the document's order, before the job routes). */
function mountAdmin(app: OpenAPIHono, { deps, log, guards }: Shared) {
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
}

/** What nodes call: start and complete (and an admin's cancel, from the same module), join, check-in, leave, peers. */
function mountRuns(app: OpenAPIHono, { deps, guards }: Shared) {
  app.route("/", runRoutes(deps, guards.node("cluster")));
  app.route("/", runAdminRoutes(deps, guards.admin));
}

function mountMembership(app: OpenAPIHono, { deps, guards }: Shared) {
  app.route("/", membershipRoutes(deps, { join: guards.join, ownNode: guards.node("own-node"), clusterNode: guards.node("cluster") }));
}

type Part = Pick<OpenAPIHono, "fetch">;

/** A part of the API built on its first request, its modules imported then (issue 20: cold start). */
function onFirstUse(build: () => Promise<Part>) {
  let built: Promise<Part> | undefined;
  return () => {
    built ??= build().catch((error) => {
      built = undefined; // tried again by the next request
      throw error;
    });
    return built;
  };
}

/**
 * Which part of the API a request goes to, by its path alone (as Hono reads it), so every route
 * keeps its path and a path no part has is answered 404 the same way by any part. The parts a
 * check-in does not need are each imported on their first request: the job admin routes (with
 * schedule previews and explain), the keystore routes, the dashboard (`/ui`) and the OpenAPI
 * document. No other route has a path of theirs.
 */
const JOBS_PATH = /^\/v1\/clusters\/[^/]+\/jobs(\/|$)/;
const KEYSTORE_PATH = /^\/v1\/clusters\/[^/]+\/keystore$/;
const UI_PATH = /^\/ui(\/|$)/;
const DOCUMENT_PATH = "/openapi.json";

const jobsPart = async (shared: Shared) => {
  const { jobRoutes } = await import("./routes/jobs");
  return jobRoutes(shared.deps, shared.guards.admin);
};
const keystorePart = async ({ deps, guards }: Shared) => {
  const { keystoreRoutes } = await import("./routes/keystore");
  return keystoreRoutes(deps, { admin: guards.admin, clusterNode: guards.node("cluster") });
};
const uiPart = async ({ deps, adminTokenHash }: Shared) => {
  const { uiRoutes } = await import("./ui/routes");
  return uiRoutes(deps, adminTokenHash);
};

/**
 * The whole API of API.md, every route in the order the OpenAPI document lists them (the
 * document is generated from it): built only for `GET /openapi.json`.
 */
async function wholeApi(shared: Shared) {
  const [jobs, keystore, ui, { declareStandardAnswers }] = await Promise.all([jobsPart(shared), keystorePart(shared), uiPart(shared), import("./http/standard-answers")]);
  return apiPart(shared, (app) => {
    mountAdmin(app, shared);
    app.route("/", jobs);
    mountRuns(app, shared);
    app.route("/", keystore);
    mountMembership(app, shared);
    app.route("/ui", ui);
    declareStandardAnswers(app.openAPIRegistry);
    app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer" });
    app.doc31(DOCUMENT_PATH, {
      openapi: "3.1.0",
      info: {
        title: "Roster",
        version: "1",
        description: "A serverless control plane for clusters of application servers.",
      },
      // The document is served by the API it describes: paths are relative to wherever it is.
      servers: [{ url: "/", description: "this Roster" }],
    });
  });
}

/** The whole HTTP API of API.md, for Lambda and for the local server alike. */
export function createApp(config: AppConfig) {
  const { deps, adminTokenHash } = config;
  const log = config.log ?? jsonLogger;
  const shared: Shared = { deps, adminTokenHash, log, guards: authGuards(deps, adminTokenHash), counts: requestCounts(() => deps.clock.now()) };
  const main = apiPart(shared, (app) => {
    mountAdmin(app, shared);
    mountRuns(app, shared);
    mountMembership(app, shared);
  });
  const jobs = onFirstUse(async () => {
    const routes = await jobsPart(shared);
    return apiPart(shared, (app) => app.route("/", routes));
  });
  const keystore = onFirstUse(async () => {
    const routes = await keystorePart(shared);
    return apiPart(shared, (app) => app.route("/", routes));
  });
  const ui = onFirstUse(async () => {
    const routes = await uiPart(shared);
    return apiPart(shared, (app) => app.route("/ui", routes));
  });
  const document = onFirstUse(() => wholeApi(shared));
  const partFor = (path: string): Part | Promise<Part> =>
    JOBS_PATH.test(path) ? jobs() : KEYSTORE_PATH.test(path) ? keystore() : UI_PATH.test(path) ? ui() : path === DOCUMENT_PATH ? document() : main;

  // The front: reads nothing of the request but its path, and hands it over whole. There is no
  // execution context to pass on Node or Lambda (asking Hono for one throws, which cost 6 % of a
  // check-in's own CPU: bench/own-cpu.ts).
  const app = new Hono();
  app.all("*", async (c) => (await partFor(getPath(c.req.raw))).fetch(c.req.raw, c.env as object));
  app.onError(onError(log)); // a part that failed to load
  return app;
}
