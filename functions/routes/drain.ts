import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import type { Deps } from "../../core/ports";
import { type Drainer, drainNode, undrainNode } from "../../core/nodes/drain";
import { nodeViewSchema } from "../../core/nodes/nodes";
import type { AuthEnv } from "../http/auth";
import { validationHook } from "../http/errors";
import { type Guard, bearerSecurity, errors, json, nodeParams } from "../http/openapi";

/** Drain and undrain a node: an admin for any node, a node (its own token) for itself. */
export function drainRoutes(deps: Deps, adminOrOwnNode: Guard) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  const common = { middleware: [adminOrOwnNode], security: bearerSecurity, tags: ["nodes"] };
  const by = (node: AuthEnv["Variables"]["node"] | undefined): Drainer => (node ? { cred: node } : { admin: true });

  app.openapi(
    createRoute({
      ...common,
      method: "post",
      path: "/v1/clusters/{clusterId}/nodes/{nodeId}/drain",
      operationId: "drainNode",
      summary: "Drain a node: no new claims, its unstarted claims back to the queue, its started runs may finish",
      description:
        "Admin token, or the node's own token. Idempotent: draining a draining node changes nothing (and hands back any claim still held). " +
        "The answer is the node, with `draining` and `drained` (nothing of it runs any more). A node that is not running or recovering is `409 node_not_live`.",
      request: { params: nodeParams },
      responses: { 200: json(nodeViewSchema, "the node, draining"), ...errors(404, 409) },
    }),
    async (c) => {
      const { clusterId, nodeId } = c.req.valid("param");
      return c.json(await drainNode(deps, clusterId, nodeId, by(c.get("node"))), 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: "post",
      path: "/v1/clusters/{clusterId}/nodes/{nodeId}/undrain",
      operationId: "undrainNode",
      summary: "Undrain a node: it claims again",
      description: "Admin token, or the node's own token. Idempotent: undraining a node that is not draining changes nothing.",
      request: { params: nodeParams },
      responses: { 200: json(nodeViewSchema, "the node, not draining"), ...errors(404) },
    }),
    async (c) => {
      const { clusterId, nodeId } = c.req.valid("param");
      return c.json(await undrainNode(deps, clusterId, nodeId, by(c.get("node"))), 200);
    },
  );

  return app;
}
