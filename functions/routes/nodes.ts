import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import type { Deps } from "../../core/ports";
import { forgetNode, getNode, listNodes, nodeViewSchema, patchNode, patchNodeSchema } from "../../core/nodes/nodes";
import { validationHook } from "../http/errors";
import { type Guard, bearerSecurity, clusterParams, errors, json, jsonBody, nodeParams } from "../http/openapi";

/** Admin routes over a cluster's nodes. */
export function nodeAdminRoutes(deps: Deps, admin: Guard) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  const common = { middleware: [admin], security: bearerSecurity, tags: ["nodes"] };

  app.openapi(
    createRoute({
      ...common,
      method: "get",
      path: "/v1/clusters/{clusterId}/nodes",
      operationId: "listNodes",
      summary: "List a cluster's nodes",
      request: { params: clusterParams },
      responses: { 200: json(z.object({ results: z.array(nodeViewSchema) }), "nodes"), ...errors(404) },
    }),
    async (c) => c.json({ results: await listNodes(deps, c.req.valid("param").clusterId) }, 200),
  );

  app.openapi(
    createRoute({
      ...common,
      method: "get",
      path: "/v1/clusters/{clusterId}/nodes/{nodeId}",
      operationId: "getNode",
      summary: "One node",
      request: { params: nodeParams },
      responses: { 200: json(nodeViewSchema, "the node"), ...errors(404) },
    }),
    async (c) => {
      const { clusterId, nodeId } = c.req.valid("param");
      return c.json(await getNode(deps, clusterId, nodeId), 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: "patch",
      path: "/v1/clusters/{clusterId}/nodes/{nodeId}",
      operationId: "patchNode",
      summary: "Switch clustered jobs off or on for a node; set or remove its URL override",
      request: { params: nodeParams, body: jsonBody(patchNodeSchema) },
      responses: { 200: json(nodeViewSchema, "the node"), ...errors(404) },
    }),
    async (c) => {
      const { clusterId, nodeId } = c.req.valid("param");
      return c.json(await patchNode(deps, clusterId, nodeId, c.req.valid("json")), 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: "delete",
      path: "/v1/clusters/{clusterId}/nodes/{nodeId}",
      operationId: "forgetNode",
      summary: "Forget an offline or stopped node",
      request: { params: nodeParams },
      responses: { 204: { description: "forgotten" }, ...errors(404, 409) },
    }),
    async (c) => {
      const { clusterId, nodeId } = c.req.valid("param");
      await forgetNode(deps, clusterId, nodeId);
      return c.body(null, 204);
    },
  );

  return app;
}
