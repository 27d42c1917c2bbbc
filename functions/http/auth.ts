import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { verifyToken } from "../../core/clusters/auth";
import type { Deps } from "../../core/ports";
import { forbidden, unauthorized } from "../../core/common/errors";
import { type NodeCredentials, credentialsOf, plausibleNodeToken } from "../../core/nodes/credentials";
import { parseToken, tokenMatches } from "../../core/common/tokens";

export type AuthEnv = { Variables: { node: NodeCredentials; joinToken: string } };

const bearer = (c: Context): string => {
  const match = /^Bearer +(\S+)$/i.exec(c.req.header("authorization") ?? "");
  if (!match) throw unauthorized("missing bearer token");
  return match[1]!;
};

/**
 * The three token kinds of API.md, never interchangeable. Each guard lets through the kind
 * its routes take; anything else is verified in full so that a valid token on the wrong route
 * or cluster is told 403, and an invalid one 401.
 */
export function authGuards(deps: Deps, adminTokenHash: string) {
  const refuse = async (token: string): Promise<never> => {
    throw (await verifyToken(deps, adminTokenHash, token)) ? forbidden() : unauthorized();
  };

  const admin = createMiddleware(async (c, next) => {
    const token = bearer(c);
    if (parseToken(token).kind === "admin" && tokenMatches(token, adminTokenHash)) return next();
    await refuse(token);
  });

  /** The join route; the join itself checks the token against the cluster it reads anyway. */
  const join = createMiddleware<AuthEnv>(async (c, next) => {
    const token = bearer(c);
    const parsed = parseToken(token);
    if (parsed.kind === "join" && parsed.clusterId === c.req.param("clusterId")) {
      c.set("joinToken", token);
      return next();
    }
    await refuse(token);
  });

  /**
   * Node routes. The token names its cluster, node and epoch; the write the route makes is
   * conditioned on the token's hash, so the hot path reads nothing here.
   */
  const node = (scope: "own-node" | "cluster") =>
    createMiddleware<AuthEnv>(async (c, next) => {
      const token = bearer(c);
      const parsed = parseToken(token);
      if (parsed.kind === "node" && !plausibleNodeToken(parsed)) throw unauthorized();
      if (
        parsed.kind === "node" &&
        parsed.clusterId === c.req.param("clusterId") &&
        (scope === "cluster" || parsed.nodeId === c.req.param("nodeId"))
      ) {
        c.set("node", credentialsOf(parsed, token));
        return next();
      }
      await refuse(token);
    });

  /** A route an admin may call for any node, and a node for itself (drain): `node` is set only for the latter. */
  const adminOrOwnNode = createMiddleware<AuthEnv>(async (c, next) => {
    const token = bearer(c);
    const parsed = parseToken(token);
    if (parsed.kind === "admin" && tokenMatches(token, adminTokenHash)) return next();
    if (parsed.kind === "node" && plausibleNodeToken(parsed) && parsed.clusterId === c.req.param("clusterId") && parsed.nodeId === c.req.param("nodeId")) {
      c.set("node", credentialsOf(parsed, token));
      return next();
    }
    await refuse(token);
  });

  return { admin, join, node, adminOrOwnNode };
}
