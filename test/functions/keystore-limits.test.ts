import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, clusterWithFirstNode, harness } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await harness();
  await clusterWithFirstNode(h, "ks", "n1");
  await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "fresh" } });
});

const keystore = (bytes: number) => ({ format: "jceks", data: randomBytes(bytes).toString("base64") });

describe("a keystore over 64 KiB once decoded is 413 keystore_too_large, whatever its size", () => {
  it.each([64 * 1024 + 1, 70 * 1024, 700 * 1024])("rotation with %i bytes", async (bytes) => {
    const res = await h.call("PUT", "/v1/clusters/ks/keystore", { token: h.adminToken, body: keystore(bytes) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("keystore_too_large");
  });

  it.each([64 * 1024 + 1, 70 * 1024, 700 * 1024])("join with %i bytes", async (bytes) => {
    const created = await h.call("POST", "/v1/clusters/fresh/join-token", { token: h.adminToken });
    const res = await h.call("POST", "/v1/clusters/fresh/nodes/n1/join", {
      token: created.body.joinToken,
      body: { instanceType: "clustered-first", softwareVersion: "1", keystore: keystore(bytes) },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("keystore_too_large");
  });

  it("exactly 64 KiB is taken", async () => {
    const res = await h.call("PUT", "/v1/clusters/ks/keystore", { token: h.adminToken, body: keystore(64 * 1024) });
    expect(res.status).toBe(200);
  });

  it("a body over 1 MiB is still payload_too_large", async () => {
    const res = await h.call("PUT", "/v1/clusters/ks/keystore", { token: h.adminToken, body: keystore(900 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });

  it("the document declares 413 with keystore_too_large on both routes", async () => {
    const doc = (await h.call("GET", "/openapi.json")).body;
    expect(doc.paths["/v1/clusters/{clusterId}/keystore"].put.responses["413"].description).toContain("keystore_too_large");
    expect(doc.paths["/v1/clusters/{clusterId}/nodes/{nodeId}/join"].post.responses["413"].description).toContain("keystore_too_large");
  });
});
