import { beforeAll, describe, expect, it } from "vitest";
import { newJoinToken, newNodeToken } from "../../core/common/tokens";
import { type Harness, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/**
 * The three token kinds of API.md are never interchangeable: a valid token on the wrong
 * route or cluster is 403, a missing or invalid one 401.
 */
let h: Harness;
let tokens: Record<string, string>;

beforeAll(async () => {
  h = await harness();
  const a = await clusterWithFirstNode(h, "a", "n1");
  const b = await clusterWithFirstNode(h, "b", "n1");
  const otherNode = await joinNode(h, "a", "n2", a.joinToken);
  tokens = {
    admin: h.adminToken,
    joinA: a.joinToken,
    joinB: b.joinToken,
    nodeA1: a.first.nodeToken,
    nodeA2: otherNode.nodeToken,
    nodeB1: b.first.nodeToken,
  };
});

const checkInBody = () => ({ epoch: 1, sentAt: new Date().toISOString() });
const joinBody = { instanceType: "clustered-additional", softwareVersion: "1.0.0" };

/** One route of each family, all aimed at cluster `a`, node `n1`. */
const routes = {
  adminRead: { method: "GET", path: "/v1/clusters/a", body: undefined },
  adminList: { method: "GET", path: "/v1/clusters", body: undefined },
  adminCreate: { method: "POST", path: "/v1/clusters", body: { clusterId: "zz" } },
  adminNodes: { method: "GET", path: "/v1/clusters/a/nodes", body: undefined },
  adminPatchNode: { method: "PATCH", path: "/v1/clusters/a/nodes/n1", body: { schedulingEnabled: true } },
  join: { method: "POST", path: "/v1/clusters/a/nodes/n9/join", body: joinBody },
  checkIn: { method: "POST", path: "/v1/clusters/a/nodes/n1/check-in", body: "checkIn" },
  leave: { method: "POST", path: "/v1/clusters/a/nodes/n1/leave", body: undefined },
} as const;
type Route = keyof typeof routes;

const call = (route: Route, token?: string) => {
  const { method, path, body } = routes[route];
  return h.call(method, path, { ...(token ? { token } : {}), ...(body ? { body: body === "checkIn" ? checkInBody() : body } : {}) });
};

describe("tokens on routes", () => {
  const adminRoutes: Route[] = ["adminRead", "adminList", "adminCreate", "adminNodes", "adminPatchNode"];

  it.each(Object.keys(routes) as Route[])("%s: no token or a forged one is 401", async (route) => {
    expect((await call(route)).status).toBe(401);
    for (const forged of ["radm_nope", newJoinToken("a"), newNodeToken("a", "n1", 1, 4), "garbage"]) {
      const res = await call(route, forged);
      expect(res.status, forged).toBe(401);
      expect(res.body.error.code).toBe("unauthorized");
    }
  });

  it.each(adminRoutes)("%s: join and node tokens are 403", async (route) => {
    for (const token of ["joinA", "nodeA1", "nodeB1"]) {
      const res = await call(route, tokens[token]);
      expect(res.status, token).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
  });

  it("join: the admin token, a node token and another cluster's join token are 403", async () => {
    for (const token of ["admin", "nodeA1", "joinB"]) {
      expect((await call("join", tokens[token])).status, token).toBe(403);
    }
  });

  it.each(["checkIn", "leave"] as Route[])("%s: admin, join, another node's and another cluster's node token are 403", async (route) => {
    for (const token of ["admin", "joinA", "nodeA2", "nodeB1"]) {
      expect((await call(route, tokens[token])).status, token).toBe(403);
    }
  });

  it("each route accepts its own kind of token", async () => {
    expect((await call("adminRead", tokens.admin)).status).toBe(200);
    expect((await call("join", tokens.joinA)).status).toBe(200);
    expect((await call("checkIn", tokens.nodeA1)).status).toBe(200);
  });

  it("a node token with the right id but a wrong secret is 401 on its own routes", async () => {
    const forged = newNodeToken("a", "n2", 1, 4);
    const res = await h.call("POST", "/v1/clusters/a/nodes/n2/check-in", { token: forged, body: checkInBody() });
    expect(res.status).toBe(401);
  });
});
