import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import type { AgentStatus } from "../../agent/agent";
import { healthOf, serveHealth, staleAfterMs } from "../../agent/health";
import { error, fakeRoster } from "./fake-roster";
import { advance, agentOn, checkIns, stop, useFakeTime } from "./helpers";

/** The health port's answer (agent/health.ts) by the agent's state, and the port itself. */

describe("the answer, by the agent's state (fake time)", () => {
  useFakeTime();
  const INTERVAL = 1100; // the fake's 1000 with the longest jitter

  it("503 before the join; 200 'running' once a check-in is answered; JSON with status, reason, role, term, lastCheckIn", async () => {
    expect(healthOf(undefined, "node")).toEqual({
      code: 503,
      body: { status: "unavailable", reason: "not joined yet", role: null, term: null, lastCheckIn: null },
    });
    const roster = fakeRoster();
    const { agent } = await agentOn(roster, {});
    await advance(100);
    const { code, body } = healthOf(agent.status(), "node");
    expect(code).toBe(200);
    expect(body).toEqual({ status: "ok", reason: "running", role: "standby", term: null, lastCheckIn: roster.of("check-in")[0]!.body.sentAt });
    await stop(agent);
  });

  it("mode primary: 503 'not primary' until an answer says primary, then 200 'primary' with the term; 503 again at a standby answer", async () => {
    const roster = fakeRoster();
    const { agent } = await agentOn(roster, {});
    await advance(100);
    expect(healthOf(agent.status(), "primary")).toMatchObject({ code: 503, body: { reason: "not primary (primaryMode is none)", role: "standby" } });
    roster.setPrimary("n1", 3);
    await advance(INTERVAL);
    expect(healthOf(agent.status(), "primary")).toMatchObject({ code: 200, body: { status: "ok", reason: "primary", role: "primary", term: 3 } });
    expect(healthOf(agent.status(), "node")).toMatchObject({ code: 200, body: { reason: "running", role: "primary", term: 3 } });
    roster.setPrimary("n2", 4);
    await advance(INTERVAL);
    const answered = roster.of("check-in").at(-1)!.answered!;
    expect(healthOf(agent.status(), "primary")).toMatchObject({ code: 503, body: { reason: expect.stringMatching(/^not primary/), role: "standby", term: null } });
    expect(answered).toBeLessThanOrEqual(performance.now()); // at that answer, not later
    await stop(agent);
  });

  it("mode primary with primaryMode set: the reason says only 'not primary'", () => {
    const status: AgentStatus = {
      phase: "running",
      lastCheckIn: new Date().toISOString(),
      sinceCheckInMs: 10,
      fenced: false,
      conformant: true,
      refused: undefined,
      role: "standby",
      term: undefined,
      settings: { instanceCheckInIntervalMs: 1000, primaryMode: "any" } as unknown as AgentStatus["settings"],
    };
    expect(healthOf(status, "primary")).toMatchObject({ code: 503, body: { reason: "not primary" } });
    expect(healthOf(status, "node").code).toBe(200);
  });

  it("503 'not conformant' when the answer says so", async () => {
    const roster = fakeRoster();
    checkIns(roster, () => ({
      body: { state: "running", serverTime: new Date().toISOString(), settings: roster.settings, keystore: null, conformant: false, claims: [], revoked: [], warnings: ["software version 0.9 differs from 1.0"] },
    }));
    const { agent } = await agentOn(roster, {});
    await advance(100);
    expect(healthOf(agent.status(), "node")).toMatchObject({ code: 503, body: { reason: "not conformant" } });
    await stop(agent);
  });

  it("Roster unreachable: 200 until the last successful check-in is staleAfterMs old (interval + 10 % + interval / 2), 503 from then", async () => {
    const roster = fakeRoster();
    let down = false;
    checkIns(roster, () => (down ? "unreachable" : undefined));
    const { agent } = await agentOn(roster, {});
    await advance(INTERVAL + 100);
    down = true;
    const last = roster.of("check-in").at(-1)!;
    const stale = staleAfterMs(roster.settings);
    expect(stale).toBe(1600);
    await advance(last.sentAt + stale - performance.now());
    expect(healthOf(agent.status(), "node").code).toBe(200);
    await advance(1);
    expect(healthOf(agent.status(), "node")).toMatchObject({ code: 503, body: { reason: "no check-in answered in 1600 ms" } });
    await advance(1000);
    expect(healthOf(agent.status(), "node")).toMatchObject({ code: 503, body: { reason: "fenced: no check-in answered in time" } });
    down = false;
    await advance(INTERVAL);
    expect(healthOf(agent.status(), "node").code).toBe(200);
    await stop(agent);
  });

  it("a refusal is unhealthy at once: 'joining again' while it rejoins, 200 after the new incarnation's first check-in", async () => {
    const roster = fakeRoster();
    checkIns(roster, (n) => (n === 2 ? error(409, "rejoin_required") : undefined), (call) => (call.kind === "join" && roster.of("join").length === 2 ? { delayMs: 300 } : undefined));
    const { agent } = await agentOn(roster, {});
    await advance(INTERVAL + 100);
    expect(roster.of("join")).toHaveLength(2);
    expect(healthOf(agent.status(), "node")).toMatchObject({ code: 503, body: { reason: "joining again" } });
    await advance(300); // joined: the status waits for its check-in
    await advance(INTERVAL);
    expect(healthOf(agent.status(), "node").code).toBe(200);
    await stop(agent);
  });

  it("a fatal refusal: 503 'refused by Roster (forbidden)'", async () => {
    const roster = fakeRoster();
    checkIns(roster, (n) => (n >= 2 ? error(403, "forbidden") : undefined));
    const { agent } = await agentOn(roster, {});
    await advance(INTERVAL + 10);
    expect(healthOf(agent.status(), "node")).toMatchObject({ code: 503, body: { reason: "refused by Roster (forbidden)" } });
    await advance(3000);
    expect(await agent.done).toBe("failed");
    expect(healthOf(agent.status(), "node").body.reason).toBe("stopped");
  });

  it("503 'leaving' from stop(), 'stopped' once left", async () => {
    const roster = fakeRoster();
    roster.script((call) => (call.kind === "leave" ? { delayMs: 200 } : undefined));
    const { agent } = await agentOn(roster, {});
    await advance(100);
    expect(healthOf(agent.status(), "node").code).toBe(200);
    const stopping = agent.stop(0);
    expect(healthOf(agent.status(), "node")).toMatchObject({ code: 503, body: { reason: "leaving" } });
    await advance(1000);
    await stopping;
    expect(healthOf(agent.status(), "node")).toMatchObject({ code: 503, body: { reason: "stopped" } });
  });
});

describe("the port (real time)", () => {
  const status = { current: undefined as AgentStatus | undefined };
  const running: AgentStatus = {
    phase: "running",
    lastCheckIn: "2026-01-01T00:00:00.000Z",
    sinceCheckInMs: 5,
    fenced: false,
    conformant: true,
    refused: undefined,
    role: "primary",
    term: 9,
    settings: { instanceCheckInIntervalMs: 1000 } as AgentStatus["settings"],
  };

  it("GET /health and HEAD answer the status; other paths 404, other methods 405; no-store", async () => {
    const health = await serveHealth({ port: 0, host: "127.0.0.1", mode: "primary", status: () => status.current });
    const url = `http://127.0.0.1:${health.port}/health`;
    try {
      let res = await fetch(url);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: "unavailable", reason: "not joined yet" });
      status.current = running;
      res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.json()).toEqual({ status: "ok", reason: "primary", role: "primary", term: 9, lastCheckIn: "2026-01-01T00:00:00.000Z" });
      res = await fetch(url, { method: "HEAD" });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe("");
      status.current = { ...running, role: "standby", term: undefined };
      expect((await fetch(url, { method: "HEAD" })).status).toBe(503);
      expect((await fetch(`${url}?probe=1`)).status).toBe(503);
      expect((await fetch(`http://127.0.0.1:${health.port}/`)).status).toBe(404);
      expect((await fetch(url, { method: "POST" })).status).toBe(405);
    } finally {
      await health.close();
    }
    await expect(fetch(url)).rejects.toThrow(); // closed
  });

  it("a port in use: a one-line error naming the port", async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, "127.0.0.1", r));
    const port = (taken.address() as { port: number }).port;
    try {
      const failed = await serveHealth({ port, host: "127.0.0.1", mode: "node", status: () => undefined }).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(failed?.message).toBe(`health port ${port} is in use (127.0.0.1:${port})`);
    } finally {
      await new Promise((r) => taken.close(r));
    }
  });
});
