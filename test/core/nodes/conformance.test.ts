import { describe, expect, it } from "vitest";
import type { ClusterItem } from "../../../core/clusters/cluster-item";
import { nonconformantReasons } from "../../../core/nodes/conformance";
import type { NodeItem } from "../../../core/nodes/node-item";

const cluster = (fields: Partial<ClusterItem> = {}): ClusterItem => ({
  clusterId: "c",
  settings: {},
  joinTokenHash: "h",
  createdAt: "",
  reference: { softwareVersion: "7.1", configFingerprint: "cfg-a" },
  ...fields,
});

const node = (fields: Partial<NodeItem> = {}) =>
  ({ softwareVersion: "7.1", configFingerprint: "cfg-a", clockSkewMs: 0, ...fields }) as NodeItem;

describe("conformance", () => {
  it("a node like the first one conforms", () => {
    expect(nonconformantReasons(node(), cluster())).toEqual([]);
  });

  it("another software version or config fingerprint is a reason each", () => {
    const reasons = nonconformantReasons(node({ softwareVersion: "7.2", configFingerprint: "cfg-b" }), cluster());
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toContain("7.2");
  });

  it.each([
    [1000, true],
    [-1000, true],
    [1001, false],
    [-1001, false],
  ])("clock skew of %i ms with the default 1000 ms allowance conforms: %s", (skew, ok) => {
    expect(nonconformantReasons(node({ clockSkewMs: skew }), cluster()).length === 0).toBe(ok);
  });

  it("follows maxClockSkewMs", () => {
    expect(nonconformantReasons(node({ clockSkewMs: 40 }), cluster({ settings: { maxClockSkewMs: 30 } }))).toHaveLength(1);
  });

  it("an admin's pinned version wins over the first node's", () => {
    const pinned = cluster({ settings: { expectedSoftwareVersion: "7.2" } });
    expect(nonconformantReasons(node({ softwareVersion: "7.2" }), pinned)).toEqual([]);
    expect(nonconformantReasons(node({ softwareVersion: "7.1" }), pinned)).toHaveLength(1);
  });

  it("a rolling upgrade's allowed versions make each of them conformant, over the pin and the first node's", () => {
    const window = cluster({ settings: { expectedSoftwareVersion: "7.1", allowedSoftwareVersions: ["7.1", "7.2"] } });
    expect(nonconformantReasons(node({ softwareVersion: "7.1" }), window)).toEqual([]);
    expect(nonconformantReasons(node({ softwareVersion: "7.2" }), window)).toEqual([]);
    const [reason] = nonconformantReasons(node({ softwareVersion: "7.3" }), window);
    expect(reason).toBe("softwareVersion '7.3' is not among the cluster's allowed versions ('7.1', '7.2')");
    // Exact strings: no range, no prefix.
    expect(nonconformantReasons(node({ softwareVersion: "7.2.0" }), window)).toHaveLength(1);
  });

  it("a keystore fingerprint that is not the cluster's current one is a reason", () => {
    const withKeystore = cluster({ keystore: { version: 2, fingerprint: "ks-2", format: "raw", vaultVersionId: "v2" } });
    expect(nonconformantReasons(node({ keystoreFingerprint: "ks-1" }), withKeystore)).toHaveLength(1);
    expect(nonconformantReasons(node({ keystoreFingerprint: "ks-2" }), withKeystore)).toEqual([]);
  });
});
