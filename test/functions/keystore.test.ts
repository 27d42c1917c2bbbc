import { createHash, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { RosterError } from "../../core/common/errors";
import type { SecretVault } from "../../core/ports";
import { type Harness, checkIn, harness, joinNode } from "../support/harness";

let h: Harness;
let failNextPut = false;
const puts: string[] = [];
beforeAll(async () => {
  h = await harness();
  const inner = h.deps.vault;
  const watched: SecretVault = {
    put: async (clusterId, versionId, bytes) => {
      if (failNextPut) {
        failNextPut = false;
        throw new RosterError(503, "vault_unavailable", "Secrets Manager is throttling or unavailable: retry shortly");
      }
      puts.push(clusterId);
      return inner.put(clusterId, versionId, bytes);
    },
    get: (clusterId, versionId) => inner.get(clusterId, versionId),
  };
  h.deps.vault = watched;
});

let seq = 0;
const newCluster = async () => {
  const clusterId = `k${++seq}`;
  const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId } });
  return { clusterId, joinToken: created.body.joinToken as string };
};
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const fetchKeystore = (clusterId: string, nodeToken: string, query = "") =>
  h.app.request(`/v1/clusters/${clusterId}/keystore${query}`, { headers: { authorization: `Bearer ${nodeToken}` } });

describe("the first node's keystore", () => {
  it("reaches an additional node byte for byte, with its SHA-256 fingerprint, never cached", async () => {
    const { clusterId, joinToken } = await newCluster();
    const bytes = randomBytes(3000);
    const first = await joinNode(h, clusterId, "first", joinToken, "clustered-first", {
      keystore: { format: "jceks", data: bytes.toString("base64") },
    });
    const extra = await h.call("POST", `/v1/clusters/${clusterId}/nodes/second/join`, {
      token: joinToken,
      body: { instanceType: "clustered-additional", softwareVersion: "1.0.0" },
    });
    expect(extra.body.keystore).toEqual({ version: 1, fingerprint: sha256(bytes) });
    const res = await fetchKeystore(clusterId, extra.body.nodeToken);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { version: number; fingerprint: string; format: string; data: string };
    expect(body).toMatchObject({ version: 1, fingerprint: sha256(bytes), format: "jceks" });
    expect(Buffer.from(body.data, "base64").equals(bytes)).toBe(true);
    expect((await fetchKeystore(clusterId, first.nodeToken)).status).toBe(200);
    const cluster = await h.call("GET", `/v1/clusters/${clusterId}`, { token: h.adminToken });
    expect(cluster.body.keystore).toEqual({ version: 1, fingerprint: sha256(bytes) });
  });

  it("without one, Roster generates a keyring of named 256-bit keys", async () => {
    const { clusterId, joinToken } = await newCluster();
    const first = await joinNode(h, clusterId, "first", joinToken, "clustered-first");
    const body = (await (await fetchKeystore(clusterId, first.nodeToken)).json()) as { format: string; data: string };
    expect(body.format).toBe("roster-keyring");
    const keyring = JSON.parse(Buffer.from(body.data, "base64").toString());
    const keys = Object.values(keyring.keys) as string[];
    expect(keys.length).toBeGreaterThanOrEqual(1);
    for (const key of keys) expect(Buffer.from(key, "base64")).toHaveLength(32);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("racing first nodes: one keystore, one 409", async () => {
    const { clusterId, joinToken } = await newCluster();
    const keystores = [randomBytes(100), randomBytes(100)];
    const results = await Promise.all(
      keystores.map((bytes, i) =>
        h.call("POST", `/v1/clusters/${clusterId}/nodes/f${i}/join`, {
          token: joinToken,
          body: { instanceType: "clustered-first", softwareVersion: "1", keystore: { format: "pkcs12", data: bytes.toString("base64") } },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const fetched = (await (await fetchKeystore(clusterId, winner.body.nodeToken)).json()) as { data: string; fingerprint: string };
    expect(keystores.map((k) => k.toString("base64"))).toContain(fetched.data);
    expect(fetched.fingerprint).toBe(winner.body.keystore.fingerprint);
  });

  it("if the vault fails, the cluster stays uninitialized and the join can be retried", async () => {
    const { clusterId, joinToken } = await newCluster();
    failNextPut = true;
    const failed = await h.call("POST", `/v1/clusters/${clusterId}/nodes/first/join`, {
      token: joinToken,
      body: { instanceType: "clustered-first", softwareVersion: "1" },
    });
    expect(failed.status).toBe(503);
    expect(failed.body.error.code).toBe("vault_unavailable");
    const cluster = await h.call("GET", `/v1/clusters/${clusterId}`, { token: h.adminToken });
    expect(cluster.body).toMatchObject({ initialized: false, keystore: null });
    await joinNode(h, clusterId, "first", joinToken, "clustered-first");
  });

  it("an additional node before the first is told to wait; a keystore from an additional node is refused", async () => {
    const { clusterId, joinToken } = await newCluster();
    const early = await h.call("POST", `/v1/clusters/${clusterId}/nodes/early/join`, {
      token: joinToken,
      body: { instanceType: "clustered-additional", softwareVersion: "1" },
    });
    expect(early.body.error.code).toBe("cluster_not_initialized");
    await joinNode(h, clusterId, "first", joinToken, "clustered-first");
    const sneaky = await h.call("POST", `/v1/clusters/${clusterId}/nodes/sneaky/join`, {
      token: joinToken,
      body: { instanceType: "clustered-additional", softwareVersion: "1", keystore: { format: "raw", data: "AAAA" } },
    });
    expect(sneaky.status).toBe(400);
  });

  it("another cluster's node token is 403, an admin token too", async () => {
    const a = await newCluster();
    const b = await newCluster();
    await joinNode(h, a.clusterId, "first", a.joinToken, "clustered-first");
    const other = await joinNode(h, b.clusterId, "first", b.joinToken, "clustered-first");
    expect((await fetchKeystore(a.clusterId, other.nodeToken)).status).toBe(403);
    expect((await fetchKeystore(a.clusterId, h.adminToken)).status).toBe(403);
    expect((await fetchKeystore(a.clusterId, "rnt_bogus")).status).toBe(401);
  });

  it.each([
    ["garbage", { format: "jks", data: "not base64!!" }, 400, "invalid_request"],
    ["empty", { format: "jks", data: "" }, 400, "invalid_request"],
    ["oversize", { format: "jks", data: randomBytes(64 * 1024 + 1).toString("base64") }, 413, "keystore_too_large"],
    ["unknown format", { format: "zip", data: "AAAA" }, 400, "invalid_request"],
  ])("a %s upload is refused and stores nothing", async (_name, keystore, status, code) => {
    const { clusterId, joinToken } = await newCluster();
    const before = puts.length;
    const res = await h.call("POST", `/v1/clusters/${clusterId}/nodes/first/join`, {
      token: joinToken,
      body: { instanceType: "clustered-first", softwareVersion: "1", keystore },
    });
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(puts.length).toBe(before);
    const rotated = await h.call("PUT", `/v1/clusters/${clusterId}/keystore`, { token: h.adminToken, body: keystore });
    expect(rotated.status).toBe(status === 413 ? 413 : 400);
  });
});

describe("rotation", () => {
  it("an admin rotates; nodes see the new version at their next check-in; the previous one stays readable", async () => {
    const { clusterId, joinToken } = await newCluster();
    const v1 = randomBytes(500);
    const node = await joinNode(h, clusterId, "first", joinToken, "clustered-first", { keystore: { format: "jceks", data: v1.toString("base64") } });
    const v2 = randomBytes(600);
    const rotated = await h.call("PUT", `/v1/clusters/${clusterId}/keystore`, { token: h.adminToken, body: { format: "jceks", data: v2.toString("base64") } });
    expect(rotated.body).toEqual({ version: 2, fingerprint: sha256(v2) });
    const check = await checkIn(h, clusterId, node, { keystoreFingerprint: sha256(v1) });
    expect(check.body.keystore).toEqual({ version: 2, fingerprint: sha256(v2) });
    expect(check.body.conformant).toBe(false); // it still holds the old keystore
    const current = (await (await fetchKeystore(clusterId, node.nodeToken)).json()) as { data: string };
    expect(current.data).toBe(v2.toString("base64"));
    const previous = (await (await fetchKeystore(clusterId, node.nodeToken, "?version=1")).json()) as { data: string };
    expect(previous.data).toBe(v1.toString("base64"));
    expect((await checkIn(h, clusterId, node, { keystoreFingerprint: sha256(v2) })).body.conformant).toBe(true);
    const events = await h.call("GET", `/v1/clusters/${clusterId}/events`, { token: h.adminToken });
    const rotatedEvent = events.body.results.find((e: { type: string }) => e.type === "keystore.rotated");
    expect(rotatedEvent.detail).toEqual({ version: 2, fingerprint: sha256(v2), format: "jceks" });
  });

  it("rotation before the first node is a 409; a stopped node may no longer fetch", async () => {
    const { clusterId, joinToken } = await newCluster();
    const early = await h.call("PUT", `/v1/clusters/${clusterId}/keystore`, { token: h.adminToken, body: { format: "raw", data: "AAAA" } });
    expect(early.body.error.code).toBe("cluster_not_initialized");
    const node = await joinNode(h, clusterId, "first", joinToken, "clustered-first");
    await h.call("POST", `/v1/clusters/${clusterId}/nodes/first/leave`, { token: node.nodeToken });
    expect((await fetchKeystore(clusterId, node.nodeToken)).status).toBe(409);
  });
});
