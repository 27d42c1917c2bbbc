import { describe, expect, it } from "vitest";
import { startAgent } from "../../agent/agent";
import { fenceAfterMs, requestTimeoutMs } from "../../core/clusters/fence";
import { type Answer, claim, error, fakeRoster } from "./fake-roster";
import { advance, agentOn, checkIns, stop, useFakeTime, waiting } from "./helpers";

/**
 * The agent against a scripted Roster, on fake timers (setTimeout, Date and performance.now):
 * time moves only when the test says, so "when" is asserted exactly, without flaking.
 */
useFakeTime();

const FENCE = fenceAfterMs({ instanceTimeoutMs: 2000 }); // 1750 with the fake's settings
const TIMEOUT = requestTimeoutMs({ instanceCheckInIntervalMs: 1000 }); // 500

describe("the fence", () => {
  it("falls fenceAfterMs after the last successful check-in was sent (not answered), while the next one hangs", async () => {
    // A long timeout beside the interval, so that a check-in is in flight when the fence falls.
    const roster = fakeRoster({ instanceTimeoutMs: 10_000, instanceCheckInIntervalMs: 4000 });
    const { runs, handler } = waiting();
    roster.offer(claim("job~1"));
    // The second check-in succeeds slowly; from then on the transport never answers, not even to an abort.
    checkIns(roster, (n) => (n === 1 ? undefined : n === 2 ? { delayMs: 400 } : "ignore"));
    const { agent } = await agentOn(roster, { work: handler });
    await advance(30_000);
    const [, second, ...hung] = roster.of("check-in");
    const run = runs.get("job~1")!;
    expect(second!.answered! - second!.sentAt).toBe(400);
    expect(run.abortedAt).toBe(second!.sentAt + fenceAfterMs(roster.settings));
    expect(run.reason).toContain("self-fenced");
    // A check-in was hanging when the fence fell: it did not put it off.
    expect(hung.some((c) => c.sentAt < run.abortedAt! && c.abortedAt! > run.abortedAt!)).toBe(true);
    expect(hung.every((c) => c.answered === undefined)).toBe(true);
    await stop(agent);
  });

  it("is not reached by a node whose check-ins get through, however slowly within the timeout", async () => {
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("job~1"));
    checkIns(roster, () => ({ delayMs: TIMEOUT - 1 }));
    const { agent } = await agentOn(roster, { work: handler });
    await advance(20_000);
    expect(runs.get("job~1")!.abortedAt).toBeUndefined();
    runs.get("job~1")!.finish();
    await advance(100);
    expect(roster.of("complete")[0]!.body).toMatchObject({ outcome: "succeeded" });
    await stop(agent);
  });
});

describe("every request has a timeout shorter than the interval", () => {
  it("check-in, start, complete and leave give up after requestTimeoutMs, and are tried again", async () => {
    const roster = fakeRoster();
    roster.offer(claim("job~1"));
    const hungOnce = new Set<string>();
    roster.script((call) => {
      const key = `${call.kind}:${roster.of(call.kind).length}`;
      if (call.kind === "join" || hungOnce.has(call.kind)) return undefined;
      // The first check-in answers (with the claim); the second hangs; the first start, complete, leave hang.
      if (call.kind === "check-in" && key === "check-in:1") return undefined;
      hungOnce.add(call.kind);
      return "hang";
    });
    const { agent } = await agentOn(roster, { work: async () => {} });
    await advance(5000);
    await Promise.all([agent.stop(0), advance(5000)]);
    for (const kind of ["check-in", "start", "complete", "leave"] as const) {
      const hung = roster.of(kind).find((c) => c.answered === undefined)!;
      expect(hung.abortedAt! - hung.sentAt, kind).toBe(TIMEOUT);
    }
    expect(TIMEOUT).toBeLessThan(roster.settings.instanceCheckInIntervalMs);
    expect(roster.of("start").length).toBe(2);
    expect(roster.of("complete").at(-1)!.answered).toBeDefined();
  });

  it("a keystore download that hangs is given up after requestTimeoutMs, tried again, then fails the start", async () => {
    const roster = fakeRoster();
    roster.script((call) =>
      call.kind === "join"
        ? { body: { nodeToken: "t", epoch: 1, state: "running", settings: roster.settings, keystore: { version: 1, fingerprint: "f" } } }
        : call.kind === "keystore"
          ? "hang"
          : undefined,
    );
    const started = startAgent({ url: "http://roster.test", clusterId: "c", joinToken: "j", nodeId: "n", softwareVersion: "1", keystoreOut: "/nonexistent/ks", fetch: roster.fetch });
    const failed = expect(started).rejects.toThrow(/did not answer in 500 ms/);
    await advance(10_000);
    await failed;
    expect(roster.of("keystore").length).toBeGreaterThan(1); // tried again first
    for (const call of roster.of("keystore")) expect(call.abortedAt! - call.sentAt).toBe(TIMEOUT);
  });
});

describe("transient errors", () => {
  it("a check-in answered 503 with Retry-After is tried again no sooner than asked", async () => {
    const roster = fakeRoster();
    checkIns(roster, (n) => (n === 1 ? error(503, "busy", { "retry-after": "4" }) : undefined));
    const { agent } = await agentOn(roster, {});
    await advance(6000);
    const [first, second] = roster.of("check-in");
    expect(second!.sentAt - first!.answered!).toBe(4000);
    await stop(agent);
  });

  it("start is retried through 429, 5xx and network errors, with growing waits, until answered", async () => {
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("job~1"));
    const failures: Answer[] = [error(429, "too_many_requests"), error(503, "busy"), "unreachable", error(500, "internal")];
    roster.script((call) => (call.kind === "start" ? failures.shift() : undefined));
    const { agent } = await agentOn(roster, { work: handler });
    await advance(10_000);
    const starts = roster.of("start");
    expect(starts).toHaveLength(5);
    const waits = starts.slice(1).map((c, i) => c.sentAt - (starts[i]!.answered ?? starts[i]!.sentAt));
    expect(waits).toEqual([...waits].sort((a, b) => a - b)); // exponential backoff
    expect(runs.get("job~1")).toBeDefined(); // then it ran
    await stop(agent);
  });

  it("no error ends the loop while work runs: after a fatal check-in error the work runs on until the fence, then the agent ends", async () => {
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("job~1"));
    checkIns(roster, (n) => (n === 1 ? undefined : error(403, "forbidden")));
    const { agent } = await agentOn(roster, { work: handler });
    let outcome: string | undefined;
    void agent.done.then((o) => (outcome = o));
    await advance(1500); // the second check-in failed: fatal, but a job runs
    expect(roster.of("check-in").length).toBeGreaterThanOrEqual(2);
    expect(outcome).toBeUndefined();
    expect(runs.get("job~1")!.abortedAt).toBeUndefined();
    await advance(10_000);
    expect(runs.get("job~1")!.reason).toContain("self-fenced");
    expect(outcome).toBe("failed");
  });

  it("a malformed answer (an exception in the agent) is handled like a fatal error: work fenced, then the agent ends", async () => {
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("job~1"));
    checkIns(roster, (n) => (n === 1 ? undefined : { body: { state: "running" } }));
    const { agent } = await agentOn(roster, { work: handler });
    await advance(10_000);
    expect(runs.get("job~1")!.reason).toContain("self-fenced");
    expect(await agent.done).toBe("failed");
  });

  it("superseded: the agent ends, its work aborted", async () => {
    const roster = fakeRoster();
    const { runs, handler } = waiting();
    roster.offer(claim("job~1"));
    checkIns(roster, (n) => (n === 1 ? undefined : error(409, "superseded")));
    const { agent } = await agentOn(roster, { work: handler });
    await advance(3000);
    expect(await agent.done).toBe("superseded");
    expect(runs.get("job~1")!.reason).toBe("the agent stopped (superseded)");
  });
});

describe("complete", () => {
  it("retried after a lost answer; a 200 on the repeat is success", async () => {
    const roster = fakeRoster();
    roster.offer(claim("job~1"));
    let completes = 0;
    roster.script((call) => (call.kind === "complete" && ++completes === 1 ? "unreachable" : undefined));
    const { agent, lines } = await agentOn(roster, { work: async () => "done" });
    await advance(3000);
    expect(roster.of("complete").map((c) => c.body.claimToken)).toEqual(["job~1.token", "job~1.token"]);
    expect(lines.some((l) => l.message === "job finished" && l.fields?.runId === "job~1" && l.fields.outcome === "succeeded")).toBe(true);
    await stop(agent);
  });

  it("409 claim_lost ends the retries: the run is given up, and logged with why", async () => {
    const roster = fakeRoster();
    roster.offer(claim("job~1"));
    roster.script((call) => (call.kind === "complete" ? error(409, "claim_lost") : undefined));
    const { agent, abandoned } = await agentOn(roster, { work: async () => {} });
    await advance(5000);
    expect(roster.of("complete")).toHaveLength(1);
    expect(abandoned("job~1")).toMatchObject({ started: true, why: expect.stringContaining("claim_lost") });
    expect(roster.of("check-in").at(-1)!.body.holding).toEqual([]);
    await stop(agent);
  });

  it("retried until the stop's grace is over, the run held meanwhile; then given up and the node leaves", async () => {
    const roster = fakeRoster();
    roster.offer(claim("job~1"));
    roster.script((call) => (call.kind === "complete" ? error(503, "busy") : undefined));
    const { agent, abandoned } = await agentOn(roster, { work: async () => {} });
    await advance(2500);
    const stopped = agent.stop(3000);
    await advance(2000);
    expect(abandoned("job~1")).toBeUndefined();
    expect(roster.of("check-in").at(-1)!.body).toMatchObject({ holding: ["job~1"], capacity: 0 });
    await advance(2000);
    await stopped;
    expect(abandoned("job~1")!.why).toContain("grace is over");
    expect(roster.of("complete").length).toBeGreaterThan(2);
    expect(roster.of("leave")).toHaveLength(1);
  });
});

describe("handlers that misbehave", () => {
  it("one that ignores its abort does not hold the run: 5 s after the fence it is reported failed 'self-fenced'", async () => {
    const roster = fakeRoster();
    roster.offer(claim("deaf~1"));
    let down = false;
    roster.script((call) => (down && call.kind === "check-in" ? "unreachable" : undefined));
    const { agent, lines } = await agentOn(roster, { work: () => new Promise<void>(() => {}) });
    await advance(500);
    down = true;
    await advance(FENCE + 1000);
    expect(roster.of("complete")).toEqual([]);
    await advance(5000);
    expect(lines.some((l) => l.message === "handler did not stop when aborted")).toBe(true);
    expect(roster.of("complete")[0]!.body).toMatchObject({ outcome: "failed", message: "self-fenced" });
    await stop(agent);
  });

  it("one that throws before returning a promise: the run is reported failed, with the message", async () => {
    const roster = fakeRoster();
    roster.offer(claim("sync~1"));
    const { agent, lines } = await agentOn(roster, {
      work: () => {
        throw new Error("bad payload");
      },
    });
    await advance(500);
    expect(roster.of("complete")[0]!.body).toMatchObject({ outcome: "failed", message: "bad payload" });
    expect(lines.some((l) => l.message === "handler did not stop when aborted")).toBe(false);
    await stop(agent);
  });
});
