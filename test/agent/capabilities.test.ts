import { beforeAll, describe, expect, it } from "vitest";
import { startAgent } from "../../agent/agent";
import { systemClock } from "../../core/common/clock";
import { type Harness, harness, joinNode } from "../support/harness";

/** The agent library's `capabilities` option (issue 18): sent at join and check-in; jobs that require them come to it. */
let h: Harness;
let joinToken: string;
beforeAll(async () => {
  h = await harness({ clock: systemClock });
  const created = await h.call("POST", "/v1/clusters", {
    token: h.adminToken,
    body: { clusterId: "caps", settings: { instanceTimeoutMs: 4000, instanceRecoveryTimeoutMs: 1000, instanceCheckInIntervalMs: 1000 } },
  });
  joinToken = created.body.joinToken;
  await joinNode(h, "caps", "seed", joinToken, "clustered-first");
});

const appFetch = (async (input: string | URL | Request, init?: RequestInit) => h.app.request(String(input), init)) as typeof fetch;

describe("agent capabilities", () => {
  it("a node with the capability a job requires claims it; the node view lists the capabilities", async () => {
    const job = { jobId: "render", type: "render", schedule: { at: "2099-01-01T00:00:00Z" }, requires: { capabilities: ["gpu"] } };
    expect((await h.call("POST", "/v1/clusters/caps/jobs", { token: h.adminToken, body: job })).status).toBe(201);
    await h.call("POST", "/v1/clusters/caps/jobs/render/trigger", { token: h.adminToken });
    expect((await h.call("GET", "/v1/clusters/caps/jobs/render", { token: h.adminToken })).body.unclaimable).toBe("no running node has capability 'gpu'");

    let ran!: () => void;
    const done = new Promise<void>((resolve) => (ran = resolve));
    const agent = await startAgent({
      url: "http://roster",
      clusterId: "caps",
      joinToken,
      nodeId: "g1",
      softwareVersion: "1.0.0",
      capabilities: ["gpu", "reports"],
      handlers: { render: async () => ran() },
      fetch: appFetch,
    });
    try {
      expect((await h.call("GET", "/v1/clusters/caps/nodes/g1", { token: h.adminToken })).body.capabilities).toEqual(["gpu", "reports"]);
      await done;
      expect((await h.call("GET", "/v1/clusters/caps/jobs/render", { token: h.adminToken })).body.unclaimable).toBeUndefined();
    } finally {
      await agent.stop();
    }
  });
});
