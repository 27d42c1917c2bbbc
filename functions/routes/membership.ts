import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import type { Deps } from "../../core/ports";
import { checkInBodySchema, checkInResponseSchema, joinBodySchema, joinResponseSchema } from "../../core/nodes/schemas";
import { join } from "../../core/nodes/join";
import { checkIn } from "../../core/nodes/check-in";
import { leave } from "../../core/nodes/leave";
import type { AuthEnv } from "../http/auth";
import { validationHook } from "../http/errors";
import { noteMetrics } from "../http/metrics";
import { type Guard, bearerSecurity, clusterParams, errors, json, jsonBody, keystoreTooLarge, nodeParams } from "../http/openapi";
import { listPeers, peersSchema } from "../../core/nodes/peers";

const left = z.object({ state: z.literal("stopped"), shutdown: z.string() }).meta({ id: "LeaveResponse" });

/** The routes a node calls for itself: join (join token), check-in and leave (node token), its peers (node token of the cluster). */
export function membershipRoutes(deps: Deps, guards: { join: Guard; ownNode: Guard; clusterNode: Guard }) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/clusters/{clusterId}/nodes/{nodeId}/join",
      operationId: "join",
      summary: "Join: start a new incarnation of this node (join token)",
      tags: ["node"],
      security: bearerSecurity,
      middleware: [guards.join],
      request: { params: nodeParams, body: jsonBody(joinBodySchema) },
      responses: { 200: json(joinResponseSchema, "joined"), ...errors(409, 503), ...keystoreTooLarge },
    }),
    async (c) => {
      const { clusterId, nodeId } = c.req.valid("param");
      const joined = await join(deps, { clusterId, nodeId, joinToken: c.get("joinToken"), body: c.req.valid("json") });
      return c.json(joined, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/clusters/{clusterId}/nodes/{nodeId}/check-in",
      operationId: "checkIn",
      summary: "Check in: heartbeat, settings, claims (node token)",
      tags: ["node"],
      security: bearerSecurity,
      middleware: [guards.ownNode],
      request: { params: nodeParams, body: jsonBody(checkInBodySchema) },
      responses: { 200: json(checkInResponseSchema, "checked in"), ...errors(409, 503) },
    }),
    async (c) => {
      const answer = await checkIn(deps, c.get("node"), c.req.valid("json"));
      noteMetrics(c.req.raw, c.get("node").clusterId, { CheckIns: 1, Claims: answer.claims.length });
      return c.json(answer, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/clusters/{clusterId}/nodes/{nodeId}/leave",
      operationId: "leave",
      summary: "Leave: the node is stopped (node token)",
      tags: ["node"],
      security: bearerSecurity,
      middleware: [guards.ownNode],
      request: { params: nodeParams },
      responses: { 200: json(left, "stopped"), ...errors(409, 503) },
    }),
    async (c) => c.json(await leave(deps, c.get("node")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/clusters/{clusterId}/peers",
      operationId: "listPeers",
      summary: "The cluster's live nodes with their URL, state and role (node token of this cluster)",
      tags: ["node"],
      security: bearerSecurity,
      middleware: [guards.clusterNode],
      request: { params: clusterParams },
      responses: { 200: json(peersSchema, "running and recovering nodes, by node id"), ...errors(409) },
    }),
    async (c) => c.json(await listPeers(deps, c.get("node")), 200),
  );

  return app;
}
