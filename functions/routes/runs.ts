import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import type { Deps } from "../../core/ports";
import { runViewSchema } from "../../core/jobs/run-items";
import { completeBodySchema, completeRun, startBodySchema, startRun } from "../../core/jobs/runs";
import { cancelRun } from "../../core/jobs/cancel";
import { idSchema } from "../../core/common/ids";
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

/** An admin's word on a run: cancel it. */
export function runAdminRoutes(deps: Deps, admin: Guard) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      middleware: [admin],
      security: bearerSecurity,
      tags: ["jobs"],
      method: "post",
      path: "/v1/clusters/{clusterId}/runs/{runId}/cancel",
      operationId: "cancelRun",
      summary: "Cancel a run: a claim ends `cancelled` at once; a started run is `cancelling` until its node aborts it",
      description:
        "Admin token. A claimed run ends `cancelled` at once (its occurrence is not requeued; a non-concurrent job is free again). " +
        "A started run turns `cancelling`: its node's next check-in lists it in `revoked`, the agent aborts the handler (the CLI kills the command's process group), " +
        "and the run ends `cancelled` when the node reports its end or stops listing it, or when its node is gone (as a started run would be orphaned). " +
        "Idempotent: cancelling a `cancelling` or `cancelled` run answers it as it is. A run that ended otherwise is `409 run_finished`; an unknown run `404 run_not_found`.",
      request: { params: z.object({ clusterId: idSchema, runId: z.string().min(1).max(400) }) },
      responses: { 200: json(runViewSchema, "the run, cancelled or cancelling"), ...errors(404, 409, 503) },
    }),
    async (c) => {
      const { clusterId, runId } = c.req.valid("param");
      return c.json(await cancelRun(deps, clusterId, runId), 200);
    },
  );
  return app;
}
