import type { OpenAPIHono, RouteConfig } from "@hono/zod-openapi";
import { z } from "zod";
import { RETRY_AFTER_SECONDS, errorSchema } from "./errors";
import { errors } from "./openapi";

const BODY_METHODS = new Set(["post", "put", "patch", "delete"]);

/**
 * The error answers every route of a kind can give, whatever its handler does:
 * - 400 always: an ill-formed path or query is refused before routing (well-formed.ts), and
 *   input the route takes can fail validation;
 * - 401 and 403 when it takes a token;
 * - 404 when its path has parameters (an id that names nothing, or that matches no route);
 * - 413 when its method can carry a body (the body limit runs before routing);
 * - 415 when it takes a JSON body;
 * - 503 always: the store may not answer (`unavailable`), and with `Retry-After`.
 * Answers a route declares itself (with their own descriptions) win, except the plain 503 of
 * `errors(503)` (`busy`), which becomes this fuller one: a route that can be busy can also
 * find the store unavailable.
 */
export function standardAnswers(route: RouteConfig): number[] {
  const request = route.request ?? {};
  const statuses: number[] = [];
  statuses.push(400);
  if (route.security?.length) statuses.push(401, 403);
  if (route.path.includes("{")) statuses.push(404);
  if (BODY_METHODS.has(route.method)) statuses.push(413);
  if (request.body) statuses.push(415);
  statuses.push(503);
  return statuses;
}

/** Every 503: the store unavailable, or an item busy; both carry `Retry-After`. */
export const unavailableAnswer = {
  description:
    "retry after `Retry-After` seconds: the store is throttling, timing out or failing (`unavailable`), or the item is changing under concurrent writes (`busy`)",
  headers: z.object({
    "Retry-After": z.string().meta({ description: `seconds to wait before retrying (${RETRY_AFTER_SECONDS})`, example: String(RETRY_AFTER_SECONDS) }),
  }),
  content: { "application/json": { schema: errorSchema } },
};

const PLAIN_503 = errors(503)[503]!.description;

/** Add the standard answers to every route in the registry, so the document declares them all. */
export function declareStandardAnswers(registry: OpenAPIHono["openAPIRegistry"]) {
  for (const definition of registry.definitions) {
    if (definition.type !== "route") continue;
    const route = definition.route;
    const own = route.responses[503];
    route.responses = {
      ...errors(...standardAnswers(route)),
      ...route.responses,
      ...(!own || ("description" in own && own.description === PLAIN_503) ? { 503: unavailableAnswer } : {}),
    };
  }
}
