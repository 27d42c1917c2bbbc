import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import type { Deps } from "../../core/ports";
import { runViewSchema } from "../../core/jobs/run-items";
import { completeBodySchema, completeRun, startBodySchema, startRun } from "../../core/jobs/runs";
import type { AuthEnv } from "../http/auth";
import { validationHook } from "../http/errors";
import { type Guard, bearerSecurity, errors, json, jsonBody } from "../http/openapi";

const runParams = z.object({ clusterId: z.string(), runId: z.string().min(1).max(400) });

/** The routes a node uses for the runs it claimed (node token and claim token). */
export function runRoutes(deps: Deps, clusterNode: Guard) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  const common = { middleware: [clusterNode], security: bearerSecurity, tags: ["node"] };

  app.openapi(
    createRoute({
      ...common,
      method: "post",
      path: "/v1/clusters/{clusterId}/runs/{runId}/start",
      operationId: "startRun",
      summary: "Start a claimed run (`409 claim_lost` once the claim is gone)",
      request: { params: runParams, body: jsonBody(startBodySchema) },
      responses: { 200: json(runViewSchema, "started"), ...errors(409, 503) },
    }),
    async (c) => c.json(await startRun(deps, c.get("node"), c.req.valid("param").runId, c.req.valid("json").claimToken), 200),
  );

  app.openapi(
    createRoute({
      ...common,
      method: "post",
      path: "/v1/clusters/{clusterId}/runs/{runId}/complete",
      operationId: "completeRun",
      summary: "Complete a started run with its outcome (`409 claim_lost` once the claim is gone)",
      request: { params: runParams, body: jsonBody(completeBodySchema) },
      responses: { 200: json(runViewSchema, "completed"), ...errors(409, 503) },
    }),
    async (c) => c.json(await completeRun(deps, c.get("node"), c.req.valid("param").runId, c.req.valid("json")), 200),
  );

  return app;
}
