import { describe, expect, it } from "vitest";
import { sleep, useLocalRoster } from "../support/local-roster";

/**
 * Against the local server in real time, with 2 s timeouts: three nodes check in, one goes
 * silent; it must be recovering within instanceTimeout + one check-in interval + 1 s, and
 * offline after the recovery timeout, while the others stay running.
 */
// The shortest timeout the fence rule (core/fence.ts) allows with a 1 s interval.
const SETTINGS = { instanceTimeoutMs: 2000, instanceRecoveryTimeoutMs: 1000, instanceCheckInIntervalMs: 1000 };
const roster = useLocalRoster();

describe("failure detection, end to end", () => {
  it("detects a silent node within the bound and keeps the others running", async () => {
    const local = roster();
    const created = await local.admin("POST", "/v1/clusters", { clusterId: "e2e", settings: SETTINGS });
    const joinToken = created.body.joinToken;
    const nodes: { id: string; token: string; lastOk: number; stop: boolean }[] = [];
    for (const [i, id] of ["a", "b", "c"].entries()) {
      const joined = await local.call("POST", `/v1/clusters/e2e/nodes/${id}/join`, joinToken, {
        instanceType: i === 0 ? "clustered-first" : "clustered-additional",
        softwareVersion: "1.0.0",
      });
      expect(joined.status).toBe(200);
      nodes.push({ id, token: joined.body.nodeToken, lastOk: Date.now(), stop: false });
    }
    // Each node checks in every 200 ms (more often than the cluster asks: the test wants no flapping).
    const loops = nodes.map(async (node) => {
      while (!node.stop) {
        const res = await local.call("POST", `/v1/clusters/e2e/nodes/${node.id}/check-in`, node.token, {
          epoch: 1,
          sentAt: new Date().toISOString(),
        });
        if (res.status === 200) node.lastOk = Date.now();
        await sleep(200);
      }
    });

    await sleep(1500);
    const victim = nodes[2]!;
    victim.stop = true;
    await sleep(250); // its loop has ended: lastOk is its last check-in
    const silentSince = victim.lastOk;

    const waitFor = async (state: string, within: number) => {
      const deadline = Date.now() + within;
      for (;;) {
        const res = await local.admin("GET", "/v1/clusters/e2e/nodes/c");
        if (res.body.state === state) return Date.now();
        if (Date.now() > deadline) throw new Error(`node c is ${res.body.state}, not ${state}, after ${within} ms`);
        await sleep(25);
      }
    };
    const recoveringAt = await waitFor("recovering", 3000 + 1000);
    const offlineAt = await waitFor("offline", 3000);
    const detection = recoveringAt - silentSince;
    console.log(`detection latency: ${detection} ms (timeout 1000 ms); recovering → offline: ${offlineAt - recoveringAt} ms`);
    expect(detection).toBeLessThanOrEqual(SETTINGS.instanceTimeoutMs + SETTINGS.instanceCheckInIntervalMs + 1000);
    expect(detection).toBeGreaterThan(SETTINGS.instanceTimeoutMs);
    expect(offlineAt - recoveringAt).toBeGreaterThan(SETTINGS.instanceRecoveryTimeoutMs - 100);

    for (const node of nodes) node.stop = true;
    await Promise.all(loops);
    const listed = await local.admin("GET", "/v1/clusters/e2e/nodes");
    expect(Object.fromEntries(listed.body.results.map((n: { instanceId: string; state: string }) => [n.instanceId, n.state]))).toEqual({
      a: "running",
      b: "running",
      c: "offline",
    });
    const events = await local.admin("GET", "/v1/clusters/e2e/events?limit=1000");
    const transitions = events.body.results
      .filter((e: { type: string }) => !["node.joined", "cluster.initialized"].includes(e.type))
      .map((e: { type: string; nodeId: string }) => `${e.type}:${e.nodeId}`);
    expect(transitions).toEqual(["node.recovering:c", "node.offline:c"]);
  });
});
