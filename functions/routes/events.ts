import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import type { Deps } from "../../core/ports";
import { eventPageQuerySchema, eventPageSchema, listEvents } from "../../core/events/event-log";
import { validationHook } from "../http/errors";
import { type Guard, bearerSecurity, clusterParams, errors, json } from "../http/openapi";

/** `after=` with nothing after it is the first page, as if absent (an empty key bound is no query). */
const eventPageQuery = eventPageQuerySchema.extend({
  after: z.preprocess((after) => (after === "" ? undefined : after), eventPageQuerySchema.shape.after),
});

/** The admin route over a cluster's durable event log. */
export function eventRoutes(deps: Deps, admin: Guard) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/clusters/{clusterId}/events",
      operationId: "listEvents",
      summary: "The event log, oldest first; pass `next` as `after` for the following page",
      tags: ["events"],
      security: bearerSecurity,
      middleware: [admin],
      request: { params: clusterParams, query: eventPageQuery },
      responses: { 200: json(eventPageSchema, "a page of events"), ...errors(404) },
    }),
    async (c) => c.json(await listEvents(deps, c.req.valid("param").clusterId, c.req.valid("query")), 200),
  );
  return app;
}
