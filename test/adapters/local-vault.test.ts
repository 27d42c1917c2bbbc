import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { localVault } from "../../adapters/local-vault";
import type { SecretVault } from "../../core/ports";
import { cachedVault } from "../../core/keystore/vault";
import { harness, joinNode } from "../support/harness";

describe("local vault", () => {
  it("keeps each version in a file only its user can read, and reads it back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vault-"));
    const vault = localVault(dir);
    await vault.put("c1", "v1", new Uint8Array([9, 8, 7]));
    await vault.put("c1", "v2", new Uint8Array([6]));
    expect(await vault.get("c1", "v1")).toEqual(new Uint8Array([9, 8, 7]));
    expect(await vault.get("c1", "v2")).toEqual(new Uint8Array([6]));
    const files = readdirSync(join(dir, "c1"));
    expect(files.sort()).toEqual(["v1.bin", "v2.bin"]); // no temporary file left behind
    for (const file of files) expect(statSync(join(dir, "c1", file)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "c1")).mode & 0o777).toBe(0o700);
  });

  it("a write torn by a crash (a leftover temporary file) never shows as a keystore", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vault-"));
    const vault = localVault(dir);
    await vault.put("c1", "v1", new Uint8Array([1, 2, 3]));
    writeFileSync(join(dir, "c1", "v2.bin.abc123.tmp"), new Uint8Array([1])); // died before the rename
    expect(await vault.get("c1", "v1")).toEqual(new Uint8Array([1, 2, 3]));
    await expect(vault.get("c1", "v2")).rejects.toMatchObject({ code: "keystore_missing" });
  });
});

describe("local vault: a cluster re-created with the same id", () => {
  it("a new table over the same vault folder (the local `sst remove` + deploy): the new first node's keystore is the one served", async () => {
    const vault = localVault(mkdtempSync(join(tmpdir(), "vault-")));
    const initialize = async (data: Buffer) => {
      const h = await harness({ vault });
      const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "shop" } });
      await joinNode(h, "shop", "first", created.body.joinToken, "clustered-first", { keystore: { format: "raw", data: data.toString("base64") } });
      const second = await joinNode(h, "shop", "second", created.body.joinToken);
      return (await h.call("GET", "/v1/clusters/shop/keystore", { token: second.nodeToken })).body.data;
    };
    const [oldBytes, newBytes] = [Buffer.from("old keystore bytes"), Buffer.from("new keystore bytes")];
    expect(await initialize(oldBytes)).toBe(oldBytes.toString("base64"));
    expect(await initialize(newBytes)).toBe(newBytes.toString("base64"));
  });
});

describe("cachedVault", () => {
  const counting = () => {
    const reads: string[] = [];
    const inner: SecretVault = {
      put: async () => {},
      get: async (_clusterId, versionId) => {
        reads.push(versionId);
        await new Promise((r) => setTimeout(r, 5));
        return new TextEncoder().encode(versionId);
      },
    };
    return { reads, inner };
  };

  it("a burst of 100 reads of one version reads the vault once", async () => {
    const { reads, inner } = counting();
    const vault = cachedVault(inner);
    const results = await Promise.all(Array.from({ length: 100 }, () => vault.get("c", "v1")));
    expect(reads).toEqual(["v1"]);
    expect(new Set(results.map((r) => new TextDecoder().decode(r)))).toEqual(new Set(["v1"]));
  });

  it("is bounded: the least recently used version is dropped", async () => {
    const { reads, inner } = counting();
    const vault = cachedVault(inner, 2);
    await vault.get("c", "a");
    await vault.get("c", "b");
    await vault.get("c", "a");
    await vault.get("c", "c"); // drops b
    await vault.get("c", "a");
    await vault.get("c", "b");
    expect(reads).toEqual(["a", "b", "c", "b"]);
  });

  it("does not remember a failed read", async () => {
    let fail = true;
    const vault = cachedVault({
      put: async () => {},
      get: async () => {
        if (fail) throw new Error("throttled");
        return new Uint8Array([1]);
      },
    });
    await expect(vault.get("c", "v")).rejects.toThrow("throttled");
    fail = false;
    expect(await vault.get("c", "v")).toEqual(new Uint8Array([1]));
  });
});
