import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { keystoreRefSchema } from "../../core/clusters/cluster-item";
import type { Deps } from "../../core/ports";
import { fetchKeystore, keystoreSchema, keystoreUploadSchema, rotateKeystore } from "../../core/keystore/keystore";
import type { AuthEnv } from "../http/auth";
import { validationHook } from "../http/errors";
import { type Guard, bearerSecurity, clusterParams, errors, json, jsonBody, keystoreTooLarge } from "../http/openapi";

const versionQuery = z.strictObject({
  version: z.coerce.number().int().min(1).optional().meta({ description: "a kept version (the current or the previous one); the current by default" }),
});

/** The cluster's keystore: rotated by an admin, fetched by its nodes. Its bytes never reach a log. */
export function keystoreRoutes(deps: Deps, guards: { admin: Guard; clusterNode: Guard }) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: "put",
      path: "/v1/clusters/{clusterId}/keystore",
      operationId: "rotateKeystore",
      summary: "Rotate the keystore (admin): a new version; nodes see it at their next check-in",
      tags: ["keystore"],
      security: bearerSecurity,
      middleware: [guards.admin],
      request: { params: clusterParams, body: jsonBody(keystoreUploadSchema) },
      responses: { 200: json(keystoreRefSchema, "the new version"), ...errors(404, 409, 503), ...keystoreTooLarge },
    }),
    async (c) => c.json(await rotateKeystore(deps, c.req.valid("param").clusterId, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/clusters/{clusterId}/keystore",
      operationId: "fetchKeystore",
      summary: "Fetch the keystore (node token of this cluster); never cached, never logged",
      tags: ["node"],
      security: bearerSecurity,
      middleware: [guards.clusterNode],
      request: { params: clusterParams, query: versionQuery },
      responses: { 200: json(keystoreSchema, "the keystore, base64"), ...errors(404, 409) },
    }),
    async (c) => {
      const keystore = await fetchKeystore(deps, c.get("node"), c.req.valid("query").version);
      c.header("Cache-Control", "no-store");
      return c.json(keystore, 200);
    },
  );

  return app;
}
