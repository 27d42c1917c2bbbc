import type { OpenAPIHono, RouteConfig } from "@hono/zod-openapi";
import { errors } from "./openapi";

const BODY_METHODS = new Set(["post", "put", "patch", "delete"]);

/**
 * The error answers every route of a kind can give, whatever its handler does:
 * - 400 always: an ill-formed path or query is refused before routing (well-formed.ts), and
 *   input the route takes can fail validation;
 * - 401 and 403 when it takes a token;
 * - 404 when its path has parameters (an id that names nothing, or that matches no route);
 * - 413 when its method can carry a body (the body limit runs before routing);
 * - 415 when it takes a JSON body.
 * Answers a route declares itself (with their own descriptions) win.
 */
export function standardAnswers(route: RouteConfig): number[] {
  const request = route.request ?? {};
  const statuses: number[] = [];
  statuses.push(400);
  if (route.security?.length) statuses.push(401, 403);
  if (route.path.includes("{")) statuses.push(404);
  if (BODY_METHODS.has(route.method)) statuses.push(413);
  if (request.body) statuses.push(415);
  return statuses;
}

/** Add the standard answers to every route in the registry, so the document declares them all. */
export function declareStandardAnswers(registry: OpenAPIHono["openAPIRegistry"]) {
  for (const definition of registry.definitions) {
    if (definition.type !== "route") continue;
    const route = definition.route;
    route.responses = { ...errors(...standardAnswers(route)), ...route.responses };
  }
}
