import { beforeAll, describe, expect, it } from "vitest";
import { type UpgradeClient, runUpgrade } from "../../agent/upgrade";
import { type Harness, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/** `roster upgrade` (issue 18): each run takes the cluster one step on, from the cluster as it is. */
let h: Harness;
beforeAll(async () => {
  h = await harness();
});

/** The admin calls the command makes, through the real app. */
const client = (): UpgradeClient => {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await h.call(method, path, { token: h.adminToken, ...(body === undefined ? {} : { body }) });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return {
    cluster: (id) => call("GET", `/v1/clusters/${id}`),
    nodes: (id) => call("GET", `/v1/clusters/${id}/nodes`),
    jobs: (id) => call("GET", `/v1/clusters/${id}/jobs`),
    patchSettings: (id, settings) => call("PATCH", `/v1/clusters/${id}`, { settings }),
  };
};

describe("roster upgrade", () => {
  it("allows both versions, names the nodes to restart one by one with what to run, then pins the new version", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, "up1", "a");
    for (const id of ["b", "c"]) await joinNode(h, clusterId, id, joinToken);
    await h.call("POST", `/v1/clusters/${clusterId}/jobs`, { token: h.adminToken, body: { jobId: "new", type: "t", schedule: { rateMs: 60_000 }, requires: { softwareVersion: ">=2.0.0" } } });
    const run = async (dryRun = false) => {
      const lines: string[] = [];
      const step = await runUpgrade(client(), { clusterId, to: "2.0.0", dryRun }, (line) => lines.push(line));
      return { step, lines };
    };

    const dry = await run(true);
    expect(dry.step).toEqual({ kind: "allow", versions: ["1.0.0", "2.0.0"] });
    expect((await h.call("GET", `/v1/clusters/${clusterId}`, { token: h.adminToken })).body.settings.allowedSoftwareVersions).toBeUndefined();

    let { step, lines } = await run();
    expect(lines[0]).toBe("made '1.0.0', '2.0.0' conformant together while the nodes move to '2.0.0' (allowedSoftwareVersions)");
    expect(step).toMatchObject({ kind: "restart", node: { instanceId: "a" }, left: 3 });
    expect(lines).toContain(`  1. roster drain a --cluster ${clusterId} --wait`);
    expect(lines.at(-1)).toBe("  job 'new' waits: no running node has softwareVersion matching >=2.0.0");

    for (const [id, left] of [["a", 2], ["b", 1]] as const) {
      await joinNode(h, clusterId, id, joinToken, "clustered-additional", { softwareVersion: "2.0.0" }); // restarted on 2.0.0
      ({ step, lines } = await run());
      expect(step).toMatchObject({ kind: "restart", left });
      expect(lines.some((line) => line.includes("job 'new' waits"))).toBe(false);
    }
    await joinNode(h, clusterId, "c", joinToken, "clustered-additional", { softwareVersion: "2.0.0" });
    ({ step, lines } = await run());
    expect(step).toEqual({ kind: "done" });
    expect(lines).toEqual(["made '2.0.0' pinned (expectedSoftwareVersion) and the window removed: every live node runs it"]);
    const cluster = (await h.call("GET", `/v1/clusters/${clusterId}`, { token: h.adminToken })).body;
    expect(cluster.settings).toMatchObject({ expectedSoftwareVersion: "2.0.0" });
    expect(cluster.settings.allowedSoftwareVersions).toBeUndefined();
    const nodes = (await h.call("GET", `/v1/clusters/${clusterId}/nodes`, { token: h.adminToken })).body.results;
    expect(nodes.map((n: { conformant: boolean }) => n.conformant)).toEqual([true, true, true]);
    expect((await run()).lines).toEqual(["every live node runs '2.0.0', and it is pinned: the upgrade is done"]);
  });
});
