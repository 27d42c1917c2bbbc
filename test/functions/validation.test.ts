import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, clusterWithFirstNode, harness } from "../support/harness";

let h: Harness;
let joinToken: string;
let nodeToken: string;

beforeAll(async () => {
  h = await harness();
  const c = await clusterWithFirstNode(h, "v", "n1");
  joinToken = c.joinToken;
  nodeToken = c.first.nodeToken;
});

const pathsOf = (body: any) => body.error.details.map((d: { path: string }) => d.path);

describe("bad input is a 4xx, never a 500", () => {
  it("unknown fields are 400 invalid_request naming the field", async () => {
    const res = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "x", colour: "blue" } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_request");
    expect(pathsOf(res.body)).toEqual(["body.colour"]);
  });

  it("unknown settings are 400 too", async () => {
    const res = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "x", settings: { speed: 3 } } });
    expect(res.status).toBe(400);
    expect(pathsOf(res.body)).toEqual(["body.settings.speed"]);
  });

  it.each([".hidden", "a b", "x".repeat(129), "ü", ""])("cluster id %j is refused", async (clusterId) => {
    const res = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId } });
    expect(res.status).toBe(400);
    expect(pathsOf(res.body)).toEqual(["body.clusterId"]);
  });

  it("accepts ids at the edges of the rule", async () => {
    for (const clusterId of ["x".repeat(128), "a.b_c-d", "_lead", "9"]) {
      const res = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId } });
      expect(res.status, clusterId).toBe(201);
    }
  });

  it("a bad node id in the path is 400 with the path field", async () => {
    const res = await h.call("GET", "/v1/clusters/v/nodes/.dot", { token: h.adminToken });
    expect(res.status).toBe(400);
    expect(pathsOf(res.body)).toEqual(["path.nodeId"]);
  });

  it("a malformed join body lists every offending field", async () => {
    const res = await h.call("POST", "/v1/clusters/v/nodes/n2/join", {
      token: joinToken,
      body: { instanceType: "clustered-sometimes", softwareVersion: "", url: "ftp://x", schedulingEnabled: "yes" },
    });
    expect(res.status).toBe(400);
    expect(pathsOf(res.body).sort()).toEqual(
      ["body.instanceType", "body.schedulingEnabled", "body.softwareVersion", "body.url"].sort(),
    );
  });

  it("a check-in without epoch or with a bad sentAt is 400", async () => {
    const res = await h.call("POST", "/v1/clusters/v/nodes/n1/check-in", {
      token: nodeToken,
      body: { sentAt: "yesterday", capacity: -1 },
    });
    expect(res.status).toBe(400);
    expect(pathsOf(res.body).sort()).toEqual(["body.capacity", "body.epoch", "body.sentAt"]);
  });

  it("malformed JSON is 400 invalid_request", async () => {
    const res = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: '{"clusterId":' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_request");
  });

  it("a JSON body that is not an object is 400", async () => {
    const res = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: "[1,2]" });
    expect(res.status).toBe(400);
  });

  it("a missing body is 400", async () => {
    const res = await h.app.request("/v1/clusters", {
      method: "POST",
      headers: { authorization: `Bearer ${h.adminToken}`, "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
  });

  it("a body that is not JSON is 415 in the error format", async () => {
    const res = await h.app.request("/v1/clusters", {
      method: "POST",
      headers: { authorization: `Bearer ${h.adminToken}`, "content-type": "text/plain" },
      body: "clusterId=x",
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
  });

  it("a 2 MiB body is 413 and creates nothing", async () => {
    const big = JSON.stringify({ clusterId: "big", settings: {}, pad: "x".repeat(2 * 1024 * 1024) });
    const res = await h.app.request("/v1/clusters", {
      method: "POST",
      headers: { authorization: `Bearer ${h.adminToken}`, "content-type": "application/json" },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
    expect((await h.call("GET", "/v1/clusters/big", { token: h.adminToken })).status).toBe(404);
  });

  it("an unknown route is 404 not_found in the error format", async () => {
    const res = await h.call("GET", "/v1/nothing-here", { token: h.adminToken });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});

describe("health and the OpenAPI document", () => {
  it("GET /health is 200 while the store answers", async () => {
    const res = await h.call("GET", "/health");
    expect(res).toEqual({ status: 200, body: { status: "ok" } });
  });

  it("GET /openapi.json documents every route with its schemas", async () => {
    const res = await h.call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    const paths = res.body.paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        "/health",
        "/v1/clusters",
        "/v1/clusters/{clusterId}",
        "/v1/clusters/{clusterId}/join-token",
        "/v1/clusters/{clusterId}/nodes",
        "/v1/clusters/{clusterId}/nodes/{nodeId}",
        "/v1/clusters/{clusterId}/nodes/{nodeId}/join",
        "/v1/clusters/{clusterId}/nodes/{nodeId}/check-in",
        "/v1/clusters/{clusterId}/nodes/{nodeId}/leave",
      ]),
    );
    const checkIn = paths["/v1/clusters/{clusterId}/nodes/{nodeId}/check-in"].post;
    const bodySchema = checkIn.requestBody.content["application/json"].schema;
    expect(bodySchema.required).toEqual(expect.arrayContaining(["epoch", "sentAt"]));
    expect(bodySchema.additionalProperties).toBe(false);
    expect(res.body.components.schemas.Node.properties).toHaveProperty("nonconformantReasons");
  });
});
