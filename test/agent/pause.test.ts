import { describe, expect, it, vi } from "vitest";
import { fenceAfterMs } from "../../core/clusters/fence";
import { claim, error, fakeRoster } from "./fake-roster";
import { advance, agentOn, checkIns, stop, useFakeTime, waiting } from "./helpers";

/**
 * A paused agent (SIGSTOP, a VM paused) wakes up to find that the monotonic clock moved on
 * while none of its timers fired; the callbacks that came due then run in an order nobody
 * controls. Here the pause is that jump of `performance.now()` alone: the fake timers stay where
 * they were, so the fence timer is late by the whole pause, and the test picks what runs first
 * after the wake. Whatever it is, the work is aborted before anything acts on it.
 */
useFakeTime();

const FENCE = fenceAfterMs({ instanceTimeoutMs: 2000 }); // 1750 with the fake's settings
const PAUSE = 3000; // longer than the timeout

/** Moves performance.now() on by `ms` without firing any timer: the process was stopped. */
function pausable() {
  const faked = performance.now.bind(performance);
  let paused = 0;
  vi.spyOn(performance, "now").mockImplementation(() => faked() + paused);
  return (ms: number) => void (paused += ms);
}

/** Lets promise callbacks run (a settled handler, an answer already there) without moving time. */
const flush = () => advance(0);

describe("after a pause longer than the timeout, the work is aborted before anything acts on it", () => {
  it("a handler that settles first, as if the job ended during the pause: reported failed 'self-fenced', never succeeded", async () => {
    const pause = pausable();
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("job~1"));
    const { agent } = await agentOn(roster, { work: handler });
    await advance(300);
    const run = runs.get("job~1")!;
    pause(PAUSE);
    run.finish(); // the first thing after the wake: the handler resolves, no timer has fired yet
    await flush();
    await advance(2000);
    const completes = roster.of("complete");
    expect(completes.map((c) => c.body)).toEqual([{ claimToken: "job~1.token", outcome: "failed", message: "self-fenced" }]);
    expect(run.reason).toContain("self-fenced"); // its signal aborted (a command is killed) ...
    expect(run.abortedAt).toBeLessThanOrEqual(completes[0]!.sentAt); // ... before the report
    await stop(agent);
  });

  it("a start answered after the pause: the handler never runs; the started run is reported failed 'self-fenced'", async () => {
    const pause = pausable();
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("job~1"));
    roster.script((call) => (call.kind === "start" ? { delayMs: 200 } : undefined));
    const { agent, lines } = await agentOn(roster, { work: handler });
    await advance(100); // the start is in flight
    expect(roster.of("start")).toHaveLength(1);
    pause(PAUSE);
    await advance(100); // its answer is the first thing after the wake (the fence timer is not due yet)
    expect(roster.of("start")[0]!.answered).toBeDefined();
    expect(runs.has("job~1")).toBe(false);
    expect(lines.find((l) => l.message === "aborting job")!.fields!.reason).toContain("self-fenced");
    await advance(3000);
    expect(runs.has("job~1")).toBe(false);
    expect(roster.of("complete").map((c) => c.body)).toEqual([{ claimToken: "job~1.token", outcome: "failed", message: "self-fenced" }]);
    await stop(agent);
  });

  it("a claim not yet started when the pause came is not started after it", async () => {
    const pause = pausable();
    const roster = fakeRoster();
    roster.offer(claim("job~1"));
    let failStart = true;
    roster.script((call) => (call.kind === "start" && failStart ? error(503, "busy") : undefined));
    const { agent, abandoned } = await agentOn(roster, { work: async () => {} });
    await advance(100); // the first start failed; its retry waits on a backoff timer
    pause(PAUSE);
    failStart = false;
    await advance(1000); // the retry's timer fires first after the wake
    expect(roster.of("start")).toHaveLength(1); // the one refused before the pause; no other
    expect(abandoned("job~1")).toMatchObject({ started: false, why: expect.stringContaining("self-fenced") });
    expect(roster.of("complete")).toEqual([]);
    await stop(agent);
  });

  it("the next check-in's timer fires first: the work is aborted before that check-in is sent (its success does not revive the work)", async () => {
    const pause = pausable();
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("job~1"));
    const { agent } = await agentOn(roster, { work: handler });
    await advance(500);
    pause(PAUSE);
    await advance(700); // the second check-in's timer (at 1100) fires before the fence timer (at 1750)
    const [first, second] = roster.of("check-in");
    const run = runs.get("job~1")!;
    expect(run.reason).toContain("self-fenced");
    expect(run.abortedAt).toBeLessThanOrEqual(second!.sentAt);
    expect(second!.sentAt - first!.sentAt).toBeGreaterThan(FENCE);
    expect(second!.body.holding).toEqual(["job~1"]); // held until reported
    await advance(2000);
    expect(roster.of("complete").map((c) => c.body.message)).toEqual(["self-fenced"]);
    expect(roster.of("check-in").at(-1)!.body.holding).toEqual([]);
    await stop(agent);
  });

  it("a check-in answer that arrives after the pause: the work is aborted before the answer is taken in (its claims are not taken)", async () => {
    const pause = pausable();
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("job~1"));
    checkIns(roster, (n) => (n === 2 ? { delayMs: 300, body: { ...okBody(roster), claims: [claim("late~1")] } } : undefined));
    const { agent, lines } = await agentOn(roster, { work: handler });
    await advance(1150); // the second check-in is in flight
    pause(PAUSE);
    await advance(300); // its answer is the first thing after the wake
    expect(roster.of("check-in")[1]!.answered).toBeDefined();
    const order = lines.map((l) => l.message);
    expect(order.indexOf("aborting job")).toBeGreaterThanOrEqual(0);
    expect(order.indexOf("aborting job")).toBeLessThan(order.indexOf("claim not taken, Roster requeues it"));
    expect(runs.get("job~1")!.reason).toContain("self-fenced");
    expect(runs.has("late~1")).toBe(false);
    expect(roster.of("start").map((c) => c.runId)).toEqual(["job~1"]);
    await stop(agent);
  });

  it("told rejoin_required after the pause: the work is fenced first, the node joins again and goes on running jobs", async () => {
    const pause = pausable();
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("job~1"));
    checkIns(roster, (n) => (n === 2 ? error(409, "rejoin_required") : undefined));
    const { agent, lines } = await agentOn(roster, { work: handler });
    await advance(500);
    pause(PAUSE);
    await advance(700);
    expect(runs.get("job~1")!.reason).toContain("self-fenced");
    const order = lines.map((l) => l.message);
    expect(order.indexOf("aborting job")).toBeLessThan(order.indexOf("joining again"));
    expect(roster.of("join")).toHaveLength(2);
    roster.offer(claim("job~2"));
    await advance(2500);
    expect(runs.get("job~2")!.abortedAt).toBeUndefined(); // it runs: the agent went on
    expect(roster.of("complete").some((c) => c.body.outcome === "succeeded")).toBe(false);
    await stop(agent);
  });
});

const okBody = (roster: ReturnType<typeof fakeRoster>) => ({
  state: "running",
  serverTime: new Date().toISOString(),
  settings: roster.settings,
  keystore: null,
  conformant: true,
  claims: [],
  revoked: [],
  warnings: [],
});
