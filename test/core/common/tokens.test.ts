import { describe, expect, it } from "vitest";
import { hashToken, newAdminToken, newJoinToken, newNodeToken, parseToken, tokenMatches } from "../../../core/common/tokens";

describe("tokens", () => {
  it("carry at least 128 random bits and never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newNodeToken("c", "n", 1, 4)));
    expect(tokens.size).toBe(1000);
    const secret = newJoinToken("c").split(".").pop()!;
    expect(Buffer.from(secret, "base64url").length * 8).toBeGreaterThanOrEqual(128);
  });

  it("name their kind, cluster, node and epoch", () => {
    expect(parseToken(newJoinToken("prod.eu"))).toEqual({ kind: "join", clusterId: "prod.eu" });
    expect(parseToken(newNodeToken("prod", "node-7.a", 42, 20))).toEqual({ kind: "node", clusterId: "prod", nodeId: "node-7.a", epoch: 42, shards: 20 });
    // A node token from before tokens named the shard count: three parts, no count (the default).
    const older = `rnt_${Buffer.from("prod/node-7.a/42").toString("base64url")}.${"a".repeat(43)}`;
    expect(parseToken(older)).toEqual({ kind: "node", clusterId: "prod", nodeId: "node-7.a", epoch: 42 });
    expect(parseToken(newAdminToken())).toEqual({ kind: "admin" });
    expect(parseToken("anything an operator chose")).toEqual({ kind: "admin" });
  });

  it("a malformed node label is no node token", () => {
    const bad = `rnt_${Buffer.from("c/n/0").toString("base64url")}.${"a".repeat(43)}`;
    expect(parseToken(bad)).toEqual({ kind: "admin" });
    for (const label of ["c/n/1/x", "c/n/1/0", "c/n/1/4/5", "c/n/1/", "c/n/1/1234567"]) {
      expect(parseToken(`rnt_${Buffer.from(label).toString("base64url")}.${"a".repeat(43)}`), label).toEqual({ kind: "admin" });
    }
  });

  it("are stored as SHA-256 and matched against the hash only", () => {
    const token = newAdminToken();
    const stored = hashToken(token);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(token);
    expect(tokenMatches(token, stored)).toBe(true);
    expect(tokenMatches(`${token}x`, stored)).toBe(false);
    expect(tokenMatches(token, undefined)).toBe(false);
    expect(tokenMatches(token, "abcd")).toBe(false);
  });
});
