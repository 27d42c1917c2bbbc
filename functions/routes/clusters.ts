import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  clusterViewSchema,
  createCluster,
  createClusterSchema,
  getCluster,
  listClusters,
  patchCluster,
  patchClusterSchema,
  rotateJoinToken,
} from "../../core/clusters/clusters";
import type { Deps } from "../../core/ports";
import { clusterSettingsSchema } from "../../core/clusters/settings";
import { errorSchema, validationHook } from "../http/errors";
import { moveAnswerSchema, moveBodySchema, movePrimary } from "../../core/primary/move";
import { type Guard, bearerSecurity, clusterParams, errors, json, jsonBody } from "../http/openapi";

const created = z
  .object({ clusterId: z.string(), settings: clusterSettingsSchema, nodeShards: z.number().int(), joinToken: z.string() })
  .meta({ id: "CreatedCluster" });

/** Admin routes over clusters. */
export function clusterRoutes(deps: Deps, admin: Guard) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  const common = { middleware: [admin], security: bearerSecurity, tags: ["clusters"] };

  app.openapi(
    createRoute({
      ...common,
      method: "post",
      path: "/v1/clusters",
      operationId: "createCluster",
      summary: "Create a cluster; its join token is shown once",
      request: { body: jsonBody(createClusterSchema) },
      responses: { 201: json(created, "created"), ...errors(409) },
    }),
    async (c) => c.json(await createCluster(deps, c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      ...common,
      method: "get",
      path: "/v1/clusters",
      operationId: "listClusters",
      summary: "List clusters",
      responses: { 200: json(z.object({ results: z.array(clusterViewSchema) }), "clusters") },
    }),
    async (c) => c.json({ results: await listClusters(deps) }, 200),
  );

  app.openapi(
    createRoute({
      ...common,
      method: "get",
      path: "/v1/clusters/{clusterId}",
      operationId: "getCluster",
      summary: "A cluster with node counts by state",
      request: { params: clusterParams },
      responses: { 200: json(clusterViewSchema, "the cluster"), ...errors(404) },
    }),
    async (c) => c.json(await getCluster(deps, c.req.valid("param").clusterId), 200),
  );

  app.openapi(
    createRoute({
      ...common,
      method: "patch",
      path: "/v1/clusters/{clusterId}",
      operationId: "patchCluster",
      summary: "Change settings",
      request: { params: clusterParams, body: jsonBody(patchClusterSchema) },
      responses: { 200: json(clusterViewSchema, "the cluster"), ...errors(404) },
    }),
    async (c) => c.json(await patchCluster(deps, c.req.valid("param").clusterId, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      ...common,
      method: "post",
      path: "/v1/clusters/{clusterId}/primary",
      operationId: "movePrimary",
      summary: "Move the primary lease to a running node: at once when no node holds it, else at its holder's next check-in",
      request: { params: clusterParams, body: jsonBody(moveBodySchema) },
      responses: {
        202: json(moveAnswerSchema, "accepted: `primary` holds the lease now; `handoverTo` takes it at the holder's next check-in"),
        404: json(errorSchema, "no such cluster (`cluster_not_found`) or node (`node_not_found`)"),
        409: json(errorSchema, "the node is not running (`node_not_running`), or the cluster's primaryMode is none (`primary_disabled`)"),
        ...errors(503),
      },
    }),
    async (c) => c.json(await movePrimary(deps, c.req.valid("param").clusterId, c.req.valid("json").nodeId), 202),
  );

  app.openapi(
    createRoute({
      ...common,
      method: "post",
      path: "/v1/clusters/{clusterId}/join-token",
      operationId: "rotateJoinToken",
      summary: "Rotate the join token; the old one stops working",
      request: { params: clusterParams },
      responses: { 200: json(z.object({ joinToken: z.string() }), "the new join token"), ...errors(404) },
    }),
    async (c) => c.json(await rotateJoinToken(deps, c.req.valid("param").clusterId), 200),
  );

  return app;
}
