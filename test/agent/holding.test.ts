import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { parseRetryAfter, rosterClient, sleep } from "../../agent/client";
import { claim, error, fakeRoster } from "./fake-roster";
import { advance, agentOn, checkIns, stop, useFakeTime, waiting } from "./helpers";

/** What the agent tells Roster it holds, and what it does when Roster disagrees or cannot be reached. */
describe("holding and types", () => {
  useFakeTime();

  it("check-ins list every run held, claimed to reported, and the types the node has handlers for", async () => {
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("a~1"), claim("b~1", "other"));
    const { agent } = await agentOn(roster, { work: handler, other: handler });
    await advance(1200);
    expect(roster.of("check-in")[0]!.body).toMatchObject({ types: ["work", "other"], holding: [], capacity: 5 });
    expect(roster.of("check-in")[1]!.body).toMatchObject({ holding: ["a~1", "b~1"], capacity: 3 });
    expect(roster.of("check-in")[1]!.body.renew).toBeUndefined();
    runs.get("a~1")!.finish();
    await advance(1200);
    expect(roster.of("check-in")[2]!.body.holding).toEqual(["b~1"]);
    await stop(agent);
  });

  it("revoked, by run id or by claim token: that run is aborted, not reported, and no longer held", async () => {
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("a~1"), claim("b~1"), claim("c~1"));
    checkIns(roster, (n) => (n === 2 ? { body: { ...okBody(roster), revoked: ["a~1", "b~1.token"] } } : undefined));
    const { agent, abandoned } = await agentOn(roster, { work: handler });
    await advance(2300);
    expect(runs.get("a~1")!.reason).toBe("claim revoked");
    expect(runs.get("b~1")!.reason).toBe("claim revoked");
    expect(runs.get("c~1")!.abortedAt).toBeUndefined();
    expect(abandoned("a~1")!.why).toBe("claim revoked");
    expect(roster.of("complete")).toEqual([]);
    expect(roster.of("check-in")[2]!.body.holding).toEqual(["c~1"]);
    await stop(agent);
  });

  it("a claim of a type it has no handler for (an older Roster) is neither started nor held", async () => {
    const roster = fakeRoster();
    roster.offer(claim("x~1", "unknown"));
    const { agent, lines } = await agentOn(roster, { work: async () => {} });
    await advance(1200);
    expect(roster.of("start")).toEqual([]);
    expect(roster.of("check-in")[1]!.body.holding).toEqual([]);
    expect(lines.find((l) => l.message.startsWith("claim not taken"))!.fields).toMatchObject({ runId: "x~1", why: "no handler for job type 'unknown'" });
    await stop(agent);
  });
});

describe("after self-fencing", () => {
  useFakeTime();

  it("a fenced run that started stays held and is reported failed 'self-fenced' once Roster answers; one never started is dropped", async () => {
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("started~1"), claim("never~1"));
    let down = false;
    roster.script((call) => {
      if (call.kind === "start" && call.runId === "never~1") return error(503, "busy"); // never gets started
      if (down && call.kind !== "join") return "unreachable";
      return undefined;
    });
    const { agent, abandoned } = await agentOn(roster, { work: handler });
    await advance(500);
    expect(runs.has("started~1")).toBe(true);
    down = true;
    await advance(3000);
    expect(runs.get("started~1")!.reason).toContain("self-fenced");
    expect(abandoned("never~1")).toMatchObject({ started: false, why: expect.stringContaining("self-fenced") });
    const whileDown = roster.of("check-in").at(-1)!;
    expect(whileDown.body.holding).toEqual(["started~1"]);
    down = false;
    await advance(6000);
    expect(roster.of("check-in").at(-1)!.body.holding).toEqual([]);
    const reported = roster.of("complete").filter((c) => c.answered !== undefined);
    expect(reported.map((c) => [c.runId, c.body.outcome, c.body.message])).toEqual([["started~1", "failed", "self-fenced"]]);
    await stop(agent);
  });

  it("claims in an answer that arrives after the fence are not started", async () => {
    // Settings Roster would call unsafe: a request may take longer than the fence allows.
    const roster = fakeRoster({ instanceTimeoutMs: 2000, instanceCheckInIntervalMs: 4000 });
    checkIns(roster, (n) => (n === 2 ? { delayMs: 1900, body: { ...okBody(roster), claims: [claim("late~1")] } } : undefined));
    const { agent, lines } = await agentOn(roster, { work: async () => {} });
    await advance(8000);
    expect(roster.of("check-in")[1]!.answered).toBeDefined();
    expect(roster.of("start")).toEqual([]);
    expect(lines.find((l) => l.fields?.runId === "late~1")!.fields!.why).toBe("the answer came after the fence");
    await stop(agent);
  });
});

describe("stop", () => {
  useFakeTime();

  it("during an in-flight check-in: the claims it brings are not started, and not held", async () => {
    const roster = fakeRoster();
    checkIns(roster, (n) => (n === 2 ? { delayMs: 300, body: { ...okBody(roster), claims: [claim("new~1")] } } : undefined));
    const ran: string[] = [];
    const { agent, lines } = await agentOn(roster, { work: async (job) => void ran.push(job.runId) });
    await advance(1150); // the second check-in is in flight
    expect(roster.of("check-in")).toHaveLength(2);
    expect(roster.of("check-in")[1]!.answered).toBeUndefined();
    await stop(agent, 1000);
    expect(ran).toEqual([]);
    expect(roster.of("start")).toEqual([]);
    expect(lines.find((l) => l.fields?.runId === "new~1")!.fields!.why).toBe("the node is leaving");
    expect(roster.of("leave")).toHaveLength(1);
  });

  it("keeps checking in while a job finishes within the grace, reports it, then leaves", async () => {
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("a~1"));
    const { agent } = await agentOn(roster, { work: handler });
    await advance(500);
    const stopped = agent.stop(10_000);
    await advance(2500);
    expect(roster.of("check-in").at(-1)!.body).toMatchObject({ capacity: 0, holding: ["a~1"] });
    runs.get("a~1")!.finish();
    await advance(100);
    await stopped;
    expect(roster.of("complete")[0]!.body.outcome).toBe("succeeded");
    expect(roster.of("leave")).toHaveLength(1);
    expect(roster.calls.indexOf(roster.of("complete")[0]!)).toBeLessThan(roster.calls.indexOf(roster.of("leave")[0]!));
  });
});

describe("sleep and requests on one long-lived signal", () => {
  it("leave no listener behind, and raise no MaxListenersExceededWarning", async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on("warning", onWarning);
    try {
      const controller = new AbortController();
      for (let i = 0; i < 60; i++) await sleep(1, controller.signal);
      expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
      const roster = fakeRoster();
      const client = rosterClient({ url: "http://roster.test", token: "t", attempts: 1, timeoutMs: () => 1000, fetch: roster.fetch });
      for (let i = 0; i < 60; i++) await client.start("c", "a~1", "a~1.token", controller.signal);
      expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
      await new Promise((r) => setImmediate(r)); // warnings are emitted on the next tick
      expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("sleep ends early when its signal aborts", async () => {
    const controller = new AbortController();
    const slept = sleep(60_000, controller.signal);
    controller.abort();
    await slept;
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});

describe("Retry-After", () => {
  it("in seconds or as an HTTP date; nonsense is ignored; absurd waits are capped", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Wed, 31 Dec 2025 23:59:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("86400", now)).toBe(60_000);
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
