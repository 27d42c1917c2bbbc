import { describe, expect, it, vi } from "vitest";
import { startAgent } from "../../agent/agent";
import { systemClock } from "../../core/common/clock";
import { fenceAfterMs } from "../../core/clusters/fence";
import { runSweep } from "../../core/detection/sweep";
import { harness, joinNode } from "../support/harness";
import { claim, fakeRoster } from "./fake-roster";
import { advance, agentOn, stop, useFakeTime, waiting } from "./helpers";

/**
 * A step of the node's wall clock (NTP, a VM restored, an admin) changes nothing Roster decides
 * (it judges timeouts on its own clock) and nothing in the agent but the `sentAt` it reports:
 * the fence, intervals and timeouts run on the monotonic clock.
 */
const HOUR = 3_600_000;

describe("a step of the node's wall clock", () => {
  // Fake timers, Date and performance.now; vi.setSystemTime then moves Date alone (the wall
  // clock), neither performance.now() nor the timers.
  useFakeTime();
  const FENCE = fenceAfterMs({ instanceTimeoutMs: 2000 });

  it.each([
    ["forward", HOUR],
    ["back", -HOUR],
  ])("%s by an hour: check-ins keep their cadence, sentAt follows the wall clock, and the fence falls at the same monotonic deadline", async (_, jump) => {
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("job~1"));
    let down = false;
    roster.script((call) => (down && call.kind === "check-in" ? "unreachable" : undefined));
    const { agent } = await agentOn(roster, { work: handler });
    await advance(2500); // check-ins at 0, 1100, 2200
    const before = roster.of("check-in").length;
    vi.setSystemTime(Date.now() + jump);
    await advance(5000); // the jump alone fences nothing: check-ins get through
    expect(runs.get("job~1")!.abortedAt).toBeUndefined();
    down = true; // from now on, none does
    await advance(5000);

    const checkIns = roster.of("check-in");
    // Math.random is 1 here: every interval is the longest, 1.1 × 1000 ms, counted from each send.
    const gaps = checkIns.slice(1).map((c, i) => c.sentAt - checkIns[i]!.sentAt);
    expect(new Set(gaps)).toEqual(new Set([1100]));
    // The reported sentAt moved with the wall clock, by the jump, at the jump and nowhere else.
    const wallGaps = checkIns.slice(1).map((c, i) => Date.parse(c.body.sentAt) - Date.parse(checkIns[i]!.body.sentAt));
    expect(wallGaps).toEqual(gaps.map((gap, i) => (i === before - 1 ? gap + jump : gap)));
    // The fence falls exactly fenceAfterMs after the last successful check-in was sent, monotonic time.
    const lastOk = checkIns.filter((c) => c.answered !== undefined).at(-1)!;
    expect(runs.get("job~1")!.abortedAt).toBe(lastOk.sentAt + FENCE);
    expect(runs.get("job~1")!.reason).toContain("self-fenced");
    await stop(agent);
  });
});

describe("against the app: nodes whose clocks are an hour off", () => {
  it("are flagged non-conformant for their clock, and never marked recovering while they check in", async () => {
    const h = await harness({ clock: systemClock });
    const settings = { instanceTimeoutMs: 2000, instanceRecoveryTimeoutMs: 1000, instanceCheckInIntervalMs: 1000 };
    const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId: "skew", settings } });
    const joinToken: string = created.body.joinToken;
    // A node that joins and goes silent: what the sweeps below do to a node that does not check in.
    await joinNode(h, "skew", "silent", joinToken, "clustered-first");
    const appFetch = (async (input: string | URL | Request, init?: RequestInit) => h.app.request(String(input), init)) as typeof fetch;
    const node = (nodeId: string, offset: number) =>
      startAgent({ url: "http://roster", clusterId: "skew", joinToken, nodeId, softwareVersion: "1.0.0", fetch: appFetch, wallClock: () => Date.now() + offset });
    const agents = [await node("ahead", HOUR), await node("behind", -HOUR)];
    // The sweeps a server would run (the harness has no trigger): often, so a lapse would be seen at once.
    let sweeping = true;
    const sweeps = (async () => {
      while (sweeping) {
        await runSweep(h.deps, "skew");
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    const view = async (nodeId: string) => (await h.call("GET", `/v1/clusters/skew/nodes/${nodeId}`, { token: h.adminToken })).body;
    try {
      const startedAt = Date.now();
      for (;;) {
        if ((await view("silent")).state !== "running") break;
        if (Date.now() - startedAt > 15_000) throw new Error("the silent node was never marked recovering");
        await new Promise((r) => setTimeout(r, 100));
      }
      // Three timeouts in all, while the skewed nodes check in.
      await new Promise((r) => setTimeout(r, Math.max(0, startedAt + 3 * settings.instanceTimeoutMs - Date.now())));
      for (const [nodeId, sign] of [["ahead", 1], ["behind", -1]] as const) {
        const seen = await view(nodeId);
        expect(seen.state, nodeId).toBe("running");
        expect(seen.conformant, nodeId).toBe(false);
        expect(Math.abs(seen.clockSkewMs - sign * HOUR), nodeId).toBeLessThan(60_000); // an hour off, as its sentAt says
        expect(seen.nonconformantReasons.join("; "), nodeId).toMatch(/clock is off/);
      }
      const events = (await h.call("GET", "/v1/clusters/skew/events?limit=500", { token: h.adminToken })).body.results as { type: string; nodeId?: string }[];
      expect(events.filter((e) => e.type === "node.recovering").map((e) => e.nodeId)).toEqual(["silent"]);
    } finally {
      sweeping = false;
      await sweeps;
      await Promise.all(agents.map((a) => a.stop(0)));
    }
  }, 60_000);
});
