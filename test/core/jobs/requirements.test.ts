import { describe, expect, it } from "vitest";
import type { ClusterItem } from "../../../core/clusters/cluster-item";
import { meets, requirementsSchema, semverOf, unclaimableReason, unmet } from "../../../core/jobs/requirements";
import type { NodeItem } from "../../../core/nodes/node-item";

/** A job's requirements (issue 18, rolling upgrades): semver ranges, capabilities, and why a job is unclaimable. */
const node = (softwareVersion: string, capabilities?: string[], fields: Partial<NodeItem> = {}) =>
  ({ nodeId: `n-${softwareVersion}`, state: "running", schedulingEnabled: true, softwareVersion, clockSkewMs: 0, ...(capabilities ? { capabilities } : {}), ...fields }) as NodeItem;
const cluster = (settings: ClusterItem["settings"] = { allowedSoftwareVersions: ["1.0.0", "2.0.0", "2.1.0-rc.1", "7.2", "v2.3.0"] }): ClusterItem => ({
  clusterId: "c",
  settings,
  joinTokenHash: "h",
  createdAt: "",
  reference: { softwareVersion: "1.0.0" },
});

describe("software version ranges", () => {
  it.each([
    [">=2.0.0", "2.0.0", true],
    [">=2.0.0", "1.9.9", false],
    [">=2.0.0", "10.0.0", true],
    ["^2.1", "2.9.3", true],
    ["^2.1", "3.0.0", false],
    ["2.x", "2.0.5", true],
    [">=1.4 <3", "2.0.0", true],
    ["1.2.3 - 2", "2.99.0", true],
    ["*", "0.0.1", true],
    // Prereleases count by their order: a release candidate of 2.0.0 comes before 2.0.0 …
    [">=2.0.0", "2.0.0-rc.1", false],
    [">=2.0.0-rc.1", "2.0.0-rc.1", true],
    [">=2.0.0-rc.1", "2.0.0-rc.2", true],
    [">=2.0.0-rc.2", "2.0.0-rc.1", false],
    // … one of a later version comes after it, even outside the range's own x.y.z.
    [">=2.0.0", "2.1.0-beta.1", true],
    ["^2.0.0", "3.0.0-alpha", false],
    // Versions that are not strict semver: a leading v, or the first x.y.z of the rest.
    [">=2.0.0", "v2.3.0", true],
    [">=7.2.0", "7.2", true],
    [">=7.3.0", "7.2", false],
    [">=7.2.0", "7.2.0.1", true],
    [">=0.0.0", "nightly", false],
  ])("%s against %s: %s", (range, version, ok) => {
    expect(meets({ softwareVersion: range }, node(version))).toBe(ok);
  });

  it("reads a node's version as semver where it can", () => {
    expect(semverOf("2.0.0")).toBe("2.0.0");
    expect(semverOf("v2.0.0")).toBe("2.0.0");
    expect(semverOf("7.2")).toBe("7.2.0");
    expect(semverOf("build-abc")).toBeUndefined();
  });
});

describe("capabilities", () => {
  it("a node must have every capability required", () => {
    const requires = { capabilities: ["gpu", "reports"] };
    expect(meets(requires, node("1.0.0", ["reports", "gpu", "other"]))).toBe(true);
    expect(unmet(requires, node("1.0.0", ["gpu"]))).toEqual(["capability 'reports'"]);
    expect(unmet(requires, node("1.0.0"))).toEqual(["capability 'gpu'", "capability 'reports'"]);
  });

  it("version and capabilities together; nothing required is met by any node", () => {
    const requires = { softwareVersion: ">=2.0.0", capabilities: ["gpu"] };
    expect(unmet(requires, node("1.0.0", ["gpu"]))).toEqual(["softwareVersion matching >=2.0.0"]);
    expect(meets(requires, node("2.0.0", ["gpu"]))).toBe(true);
    expect(meets(undefined, node("0.1"))).toBe(true);
  });
});

describe("the requirements' schema", () => {
  it.each([
    [{ softwareVersion: ">=2.0.0" }, true],
    [{ softwareVersion: "^2.1", capabilities: ["gpu", "eu-west:1"] }, true],
    [{ softwareVersion: ">>2" }, false],
    [{ softwareVersion: "latest" }, false],
    [{ softwareVersion: "" }, false],
    [{ capabilities: [] }, false],
    [{ capabilities: [".hidden"] }, false],
    [{ capabilities: ["has space"] }, false],
    [{}, false],
    [{ softwareVersion: ">=2", extra: 1 }, false],
  ])("%j is valid: %s", (requires, ok) => {
    expect(requirementsSchema.safeParse(requires).success).toBe(ok);
  });

  it("names the field of a malformed range", () => {
    const result = requirementsSchema.safeParse({ softwareVersion: "not a range" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["softwareVersion"], message: expect.stringContaining("semver range") });
  });
});

describe("unclaimable", () => {
  const c = cluster();
  const v1 = ["a", "b", "c"].map((id) => node("1.0.0", ["reports"], { nodeId: id }));

  it("names the version no running node has, then a claimable job is not flagged", () => {
    expect(unclaimableReason({ softwareVersion: ">=2.0.0" }, v1, c)).toBe("no running node has softwareVersion matching >=2.0.0");
    expect(unclaimableReason({ softwareVersion: ">=2.0.0" }, [...v1, node("2.0.0", [], { nodeId: "d" })], c)).toBeUndefined();
    expect(unclaimableReason({ softwareVersion: ">=1.0.0" }, v1, c)).toBeUndefined();
    expect(unclaimableReason(undefined, [], c)).toBeUndefined();
  });

  it("names the capability no running node has", () => {
    expect(unclaimableReason({ capabilities: ["reports", "gpu"] }, v1, c)).toBe("no running node has capability 'gpu'");
  });

  it("when each requirement is met by some node but none meets all", () => {
    const nodes = [node("2.0.0", [], { nodeId: "d" }), ...v1];
    expect(unclaimableReason({ softwareVersion: ">=2.0.0", capabilities: ["reports"] }, nodes, c)).toBe(
      "no running node has all of softwareVersion matching >=2.0.0, capability 'reports'",
    );
  });

  it("counts only nodes that take jobs, and names one that would meet them and why it does not take any", () => {
    const requires = { softwareVersion: ">=2.0.0" };
    for (const [fields, why] of [
      [{ drainingSince: 1 }, "draining"],
      [{ schedulingEnabled: false }, "scheduling off"],
      [{ state: "recovering" }, "recovering"],
    ] as const) {
      expect(unclaimableReason(requires, [...v1, node("2.0.0", [], { nodeId: "d", ...fields })], c)).toBe(
        `no running node has softwareVersion matching >=2.0.0 (node 'd' would, but it is ${why})`,
      );
    }
    // Outside the allowed versions, a v2 node is not conformant: it takes no jobs.
    const pinned = cluster({ allowedSoftwareVersions: ["1.0.0"] });
    expect(unclaimableReason(requires, [...v1, node("2.0.0", [], { nodeId: "d" })], pinned)).toBe(
      "no running node has softwareVersion matching >=2.0.0 (node 'd' would, but it is not conformant)",
    );
    expect(unclaimableReason(requires, [node("2.0.0", [], { nodeId: "d", state: "offline" })], c)).toBe("no running node has softwareVersion matching >=2.0.0");
  });
});
