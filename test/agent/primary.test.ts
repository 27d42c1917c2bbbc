import { describe, expect, it, vi } from "vitest";
import type { AgentOptions } from "../../agent/agent";
import { healthOf, staleAfterMs } from "../../agent/health";
import { PRIMARY_RELEASE_MS, PRIMARY_SETTLE_MS } from "../../agent/primary";
import { fenceAfterMs } from "../../core/clusters/fence";
import { error, fakeRoster } from "./fake-roster";
import { advance, agentOn, checkIns, stop, useFakeTime } from "./helpers";

/**
 * The primary lease as the agent believes it (agent/primary.ts), against a scripted Roster on
 * fake timers: when --on-primary and --on-standby run, exactly, and what the check-ins say.
 * The fake's settings: interval 1000 (the agent waits 1100 with the longest jitter), timeout 2000.
 */
useFakeTime();

const FENCE = fenceAfterMs({ instanceTimeoutMs: 2000 }); // 1750
const INTERVAL = 1100; // with Math.random() = 1

type Event = { hook: "primary" | "standby" | "primary-aborted"; term: number; at: number; reason?: string };

/** Hooks that note when they ran (and when onPrimary's signal aborted); `standbyMs` makes onStandby take that long. */
function hooks({ standbyMs = 0, primaryIgnoresAbort = false } = {}) {
  const events: Event[] = [];
  const options: Partial<AgentOptions> = {
    onPrimary: ({ term, signal }) =>
      new Promise<void>((resolve) => {
        events.push({ hook: "primary", term, at: performance.now() });
        signal.addEventListener("abort", () => {
          events.push({ hook: "primary-aborted", term, at: performance.now(), reason: (signal.reason as Error).message });
          if (!primaryIgnoresAbort) resolve(); // a command killed at the loss
        });
      }),
    onStandby: async ({ term, reason }) => {
      events.push({ hook: "standby", term, reason, at: performance.now() });
      if (standbyMs) await new Promise((r) => setTimeout(r, standbyMs));
    },
  };
  const of = (hook: Event["hook"]) => events.filter((e) => e.hook === hook);
  return { events, options, of };
}

/** Moves performance.now() on by `ms` without firing any timer: the process was stopped (as in pause.test.ts). */
function pausable() {
  const faked = performance.now.bind(performance);
  let paused = 0;
  vi.spyOn(performance, "now").mockImplementation(() => faked() + paused);
  return (ms: number) => void (paused += ms);
}

describe("--on-primary runs exactly once per becoming primary", () => {
  it("a primary answer runs it once with the term; later primary answers do not; check-ins then carry primaryTerm", async () => {
    const roster = fakeRoster();
    const h = hooks();
    const { agent } = await agentOn(roster, {}, h.options);
    await advance(2 * INTERVAL + 100);
    expect(h.events).toEqual([]);
    expect(agent.status()).toMatchObject({ role: "standby", term: undefined });
    roster.setPrimary("n1", 7);
    await advance(5 * INTERVAL);
    expect(h.of("primary").map((e) => e.term)).toEqual([7]);
    expect(agent.status()).toMatchObject({ role: "primary", term: 7 });
    const bodies = roster.of("check-in").map((c) => c.body.primaryTerm);
    // Not before it was told; in every check-in after the answer that made it primary.
    const first = bodies.indexOf(7);
    expect(bodies.slice(0, first).every((t) => t === undefined)).toBe(true);
    expect(first).toBe(4); // the 4th check-in's answer said primary: the 5th carries the term
    expect(bodies.slice(first).every((t) => t === 7)).toBe(true);
    await stop(agent);
  });

  it("a standby answer aborts onPrimary's signal and runs onStandby at that answer; becoming primary again runs onPrimary again", async () => {
    const roster = fakeRoster();
    roster.setPrimary("n1", 1);
    const h = hooks();
    const { agent } = await agentOn(roster, {}, h.options);
    await advance(2 * INTERVAL);
    roster.setPrimary("n2", 2); // handed over (or the warning "primary term 1 is no longer valid"): the answer says standby
    await advance(INTERVAL);
    const standbyAnswer = roster.of("check-in").at(-1)!;
    expect(standbyAnswer.body.primaryTerm).toBe(1); // it still believed it when it sent this one
    expect(h.of("primary-aborted")).toEqual([{ hook: "primary-aborted", term: 1, at: standbyAnswer.answered, reason: "no longer primary (standby)" }]);
    expect(h.of("standby")).toEqual([{ hook: "standby", term: 1, reason: "standby", at: standbyAnswer.answered }]);
    await advance(2 * INTERVAL);
    expect(roster.of("check-in").at(-1)!.body.primaryTerm).toBeUndefined();
    roster.setPrimary("n1", 3);
    await advance(3 * INTERVAL);
    expect(h.events.map((e) => `${e.hook} ${e.term}`)).toEqual(["primary 1", "primary-aborted 1", "standby 1", "primary 3"]);
    await stop(agent);
    expect(h.events.map((e) => `${e.hook} ${e.term} ${e.reason ?? ""}`.trim()).slice(4)).toEqual(["primary-aborted 3 no longer primary (leaving)", "standby 3 leaving"]);
  });

  it("another term in a primary answer: standby for the old term, then primary for the new one", async () => {
    const roster = fakeRoster();
    roster.setPrimary("n1", 4);
    const h = hooks();
    const { agent } = await agentOn(roster, {}, h.options);
    await advance(INTERVAL);
    roster.setPrimary("n1", 5);
    await advance(INTERVAL);
    expect(h.events.map((e) => `${e.hook} ${e.term} ${e.reason ?? ""}`.trim())).toEqual([
      "primary 4",
      "primary-aborted 4 no longer primary (term-changed)",
      "standby 4 term-changed",
      "primary 5",
    ]);
    await stop(agent);
  });

  it("a primary answer that names another node, or no term, does not make it primary", async () => {
    const roster = fakeRoster();
    const h = hooks();
    checkIns(roster, (n) => {
      const body = (role: string, primary: unknown) => ({
        body: { state: "running", serverTime: new Date().toISOString(), settings: roster.settings, keystore: null, conformant: true, claims: [], revoked: [], warnings: [], role, primary },
      });
      return n === 1 ? body("primary", { nodeId: "other", term: 3, since: "x" }) : body("primary", null);
    });
    const { agent } = await agentOn(roster, {}, h.options);
    await advance(3 * INTERVAL);
    expect(h.events).toEqual([]);
    await stop(agent);
  });
});

describe("losing the lease by the fence", () => {
  it("at the fence moment: onPrimary's signal aborts and onStandby runs (reason fenced); health is 503 from before it", async () => {
    const roster = fakeRoster();
    roster.setPrimary("n1", 2);
    const h = hooks();
    let down = false;
    checkIns(roster, () => (down ? "unreachable" : undefined));
    const { agent } = await agentOn(roster, {}, h.options);
    await advance(2 * INTERVAL + 100);
    expect(h.of("primary")).toHaveLength(1);
    down = true;
    const lastOk = roster.of("check-in").filter((c) => c.answered !== undefined).at(-1)!;
    // Health in mode primary, polled every 10 ms from here.
    const polls: { at: number; code: number; reason: string }[] = [];
    for (let t = 0; t < 4000; t += 10) {
      const { code, body } = healthOf(agent.status(), "primary");
      polls.push({ at: performance.now(), code, reason: body.reason });
      await advance(10);
    }
    expect(h.of("primary-aborted")[0]!.at).toBe(lastOk.sentAt + FENCE);
    expect(h.of("standby")).toEqual([{ hook: "standby", term: 2, reason: "fenced", at: lastOk.sentAt + FENCE }]);
    // 200 while the last check-in is fresh; 503 once it is older than staleAfterMs (1600), before the fence (1750).
    const firstDown = polls.find((p) => p.code === 503)!;
    expect(firstDown.at - lastOk.sentAt).toBeGreaterThan(staleAfterMs(roster.settings));
    expect(firstDown.at - lastOk.sentAt).toBeLessThanOrEqual(staleAfterMs(roster.settings) + 10);
    expect(firstDown.reason).toBe("no check-in answered in 1600 ms");
    expect(polls.filter((p) => p.at < firstDown.at).every((p) => p.code === 200)).toBe(true);
    expect(polls.filter((p) => p.at >= firstDown.at).every((p) => p.code === 503)).toBe(true);
    expect(polls.find((p) => p.at >= lastOk.sentAt + FENCE)!.reason).toBe("fenced: no check-in answered in time");
    // Roster would time the node out (and end its lease) no sooner than the timeout after it received that check-in.
    expect(lastOk.sentAt + roster.settings.instanceTimeoutMs).toBeGreaterThan(firstDown.at);
    expect(agent.status()).toMatchObject({ role: "standby", term: undefined, fenced: true });
    // Back: the lease was never lost in Roster's eyes (its answer says primary): onPrimary runs again, once.
    down = false;
    await advance(3 * INTERVAL);
    expect(h.events.map((e) => `${e.hook} ${e.term}`)).toEqual(["primary 2", "primary-aborted 2", "standby 2", "primary 2"]);
    await stop(agent);
  });

  it("a primary answer that comes after the fence for its send (a pause) does not run onPrimary", async () => {
    const pause = pausable();
    const roster = fakeRoster();
    const h = hooks();
    let cut = false;
    // The second check-in is answered slowly; those after it (sent at once: the interval is long past) get nowhere, for now.
    checkIns(roster, (n) => (n === 2 ? { delayMs: 200 } : cut ? "unreachable" : undefined));
    const { agent } = await agentOn(roster, {}, h.options);
    await advance(INTERVAL + 100); // the second check-in is in flight
    roster.setPrimary("n1", 1);
    cut = true;
    pause(3000);
    await advance(150); // its answer is the first thing after the wake
    expect(roster.of("check-in")[1]!.answered).toBeDefined();
    expect(h.events).toEqual([]);
    expect(agent.status()).toMatchObject({ fenced: true, role: "standby" });
    cut = false;
    await advance(2 * INTERVAL); // answered in time again: now it may
    expect(h.of("primary").map((e) => e.term)).toEqual([1]);
    await stop(agent);
  });

  it("a becoming-primary queued behind a slow onStandby is dropped when the fence falls first (and so is its standby)", async () => {
    const pause = pausable();
    const roster = fakeRoster();
    roster.setPrimary("n1", 1);
    const h = hooks({ standbyMs: 3000 });
    let cut = false;
    checkIns(roster, () => (cut ? "unreachable" : undefined));
    const { agent, lines } = await agentOn(roster, {}, h.options);
    await advance(INTERVAL);
    roster.setPrimary("n2", 2);
    await advance(INTERVAL); // standby: onStandby runs for 3 s
    roster.setPrimary("n1", 3);
    await advance(INTERVAL); // primary again, term 3: its onPrimary waits for onStandby
    expect(h.of("primary").map((e) => e.term)).toEqual([1]);
    expect(agent.status()).toMatchObject({ role: "primary", term: 3 });
    cut = true; // no check-in gets through from here
    pause(3000); // the fence falls unseen
    await advance(3000); // onStandby ends: the queued onPrimary finds the fence fallen
    expect(h.events.map((e) => `${e.hook} ${e.term}`)).toEqual(["primary 1", "primary-aborted 1", "standby 1"]);
    expect(lines.filter((l) => l.message === "this node is no longer primary").map((l) => l.fields)).toEqual([
      { term: 1, reason: "standby" },
      { term: 3, reason: "fenced" },
    ]);
    cut = false;
    await stop(agent);
  });
});

describe("hooks run one at a time, in order", () => {
  it("onStandby waits for onPrimary to settle: one that ignores its abort holds it PRIMARY_SETTLE_MS at most", async () => {
    const roster = fakeRoster();
    roster.setPrimary("n1", 1);
    const h = hooks({ primaryIgnoresAbort: true });
    const { agent } = await agentOn(roster, {}, h.options);
    await advance(INTERVAL);
    roster.setPrimary(null);
    await advance(INTERVAL);
    const [aborted] = h.of("primary-aborted");
    expect(h.of("standby")).toEqual([]);
    await advance(PRIMARY_SETTLE_MS);
    expect(h.of("standby")[0]!.at).toBe(aborted!.at + PRIMARY_SETTLE_MS);
    await stop(agent);
  });
});

describe("the term is claimed until the application has stopped", () => {
  it("after a standby answer, check-ins claim the old term while onStandby runs, and none from the first one after it", async () => {
    const roster = fakeRoster();
    roster.setPrimary("n1", 1);
    const h = hooks({ standbyMs: 3000 });
    const { agent } = await agentOn(roster, {}, h.options);
    await advance(2 * INTERVAL);
    roster.setPrimary("n2", 2); // a move: Roster says standby and hands over at a check-in that claims nothing
    await advance(INTERVAL);
    const standby = h.of("standby")[0]!;
    await advance(5 * INTERVAL);
    const after = roster.of("check-in").filter((c) => c.sentAt > standby.at);
    const stopping = after.filter((c) => c.sentAt < standby.at + 3000);
    const stopped = after.filter((c) => c.sentAt >= standby.at + 3000);
    expect(stopping.length).toBeGreaterThan(1);
    expect(stopping.every((c) => c.body.primaryTerm === 1)).toBe(true);
    expect(stopped.length).toBeGreaterThan(1);
    expect(stopped.every((c) => c.body.primaryTerm === undefined)).toBe(true);
    expect(agent.status()).toMatchObject({ role: "standby", term: undefined });
    await stop(agent);
  });

  it("an onStandby that never ends stops claiming after PRIMARY_RELEASE_MS: a hung hook cannot hold a handover", async () => {
    const roster = fakeRoster();
    roster.setPrimary("n1", 1);
    let lostAt = 0;
    const { agent } = await agentOn(roster, {}, {
      onPrimary: () => {},
      onStandby: () => {
        lostAt = performance.now();
        return new Promise<void>(() => {});
      },
    });
    await advance(2 * INTERVAL);
    roster.setPrimary(null);
    await advance(INTERVAL);
    expect(lostAt).toBeGreaterThan(0);
    await advance(PRIMARY_RELEASE_MS + 2 * INTERVAL);
    const after = roster.of("check-in").filter((c) => c.sentAt > lostAt);
    expect(after.filter((c) => c.sentAt < lostAt + PRIMARY_RELEASE_MS).every((c) => c.body.primaryTerm === 1)).toBe(true);
    const late = after.filter((c) => c.sentAt >= lostAt + PRIMARY_RELEASE_MS);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((c) => c.body.primaryTerm === undefined)).toBe(true);
    await stop(agent);
  });
});

describe("leaving and ending", () => {
  it("stop(): onStandby (reason leaving) runs first; the node keeps checking in while it runs, and leaves after it", async () => {
    const roster = fakeRoster();
    roster.setPrimary("n1", 6);
    const h = hooks({ standbyMs: 2000 });
    const { agent } = await agentOn(roster, {}, h.options);
    await advance(INTERVAL);
    const stopping = agent.stop(5000);
    await advance(0);
    const standby = h.of("standby")[0]!;
    expect(standby).toMatchObject({ term: 6, reason: "leaving" });
    expect(agent.status().role).toBe("standby"); // no longer primary from the stop
    await advance(2500);
    await stopping;
    const leave = roster.of("leave")[0]!;
    expect(leave.sentAt).toBeGreaterThanOrEqual(standby.at + 2000);
    // Meanwhile: check-ins still claim the term while the application stops (Roster answers
    // primary: it is not taken up again), and the lease ends with the leave.
    const during = roster.of("check-in").filter((c) => c.sentAt > standby.at && c.sentAt < leave.sentAt);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((c) => c.body.primaryTerm === 6 && c.body.capacity === 0)).toBe(true);
    expect(h.of("primary")).toHaveLength(1);
    expect(healthOf(agent.status(), "node")).toMatchObject({ code: 503, body: { reason: "stopped" } });
  });

  it("superseded while primary: onStandby (reason stopped) runs before done settles", async () => {
    const roster = fakeRoster();
    roster.setPrimary("n1", 2);
    const h = hooks({ standbyMs: 1000 });
    checkIns(roster, (n) => (n === 3 ? error(409, "superseded") : undefined));
    const { agent } = await agentOn(roster, {}, h.options);
    let doneAt: number | undefined;
    void agent.done.then(() => (doneAt = performance.now()));
    await advance(4 * INTERVAL);
    expect(await agent.done).toBe("superseded");
    const standby = h.of("standby")[0]!;
    expect(standby).toMatchObject({ term: 2, reason: "stopped" });
    expect(doneAt).toBe(standby.at + 1000);
  });

  it("rejoin_required while primary: onStandby (reason rejoining) runs before the node joins again", async () => {
    const roster = fakeRoster();
    roster.setPrimary("n1", 2);
    const h = hooks();
    checkIns(roster, (n) => (n === 3 ? error(409, "rejoin_required") : undefined));
    const { agent } = await agentOn(roster, {}, h.options);
    roster.setPrimary("n1", 2);
    await advance(2 * INTERVAL + 100);
    expect(h.of("standby")).toMatchObject([{ term: 2, reason: "rejoining" }]);
    expect(roster.of("join")).toHaveLength(2);
    expect(h.of("standby")[0]!.at).toBeLessThanOrEqual(roster.of("join")[1]!.sentAt);
    await stop(agent);
  });
});
