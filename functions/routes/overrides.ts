import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import type { Deps } from "../../core/ports";
import { forceOffline, liftGuard } from "../../core/detection/overrides";
import { validationHook } from "../http/errors";
import { type Guard, bearerSecurity, clusterParams, errors, json, nodeParams } from "../http/openapi";

/** The admin's exits from the disruption guard (`core/overrides.ts`). */
export function overrideRoutes(deps: Deps, admin: Guard) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  const common = { middleware: [admin], security: bearerSecurity };

  app.openapi(
    createRoute({
      ...common,
      tags: ["nodes"],
      method: "post",
      path: "/v1/clusters/{clusterId}/nodes/{nodeId}/offline",
      operationId: "forceNodeOffline",
      summary: "Declare a recovering node offline now and give its work back, even while the disruption guard holds",
      request: { params: nodeParams },
      responses: {
        200: json(
          z.object({ nodeId: z.string(), state: z.literal("offline"), runsLeft: z.number().int() }),
          "the node is offline; `runsLeft` counts runs that could not be taken back yet (the sweep retries)",
        ),
        ...errors(400, 401, 403, 404, 409, 503),
      },
    }),
    async (c) => {
      const { clusterId, nodeId } = c.req.valid("param");
      return c.json(await forceOffline(deps, clusterId, nodeId), 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      tags: ["clusters"],
      method: "post",
      path: "/v1/clusters/{clusterId}/stabilize",
      operationId: "liftDisruptionGuard",
      summary: "Lift the disruption guard by hand (409 not_disrupted when it is down)",
      request: { params: clusterParams },
      responses: {
        200: json(z.object({ clusterId: z.string(), disrupted: z.literal(false), stabilizedAt: z.string() }), "the guard is down"),
        ...errors(400, 401, 403, 404, 409, 503),
      },
    }),
    async (c) => c.json(await liftGuard(deps, c.req.valid("param").clusterId), 200),
  );

  return app;
}
