import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { freePort } from "../../adapters/local-dynamodb";
import { roster as rosterCli, rosterProcess } from "../support/cli";
import { cuttableProxy } from "../support/cuttable-proxy";
import { sleep, useLocalRoster } from "../support/local-roster";
import type { Running } from "../support/processes";

/**
 * The primary lease end to end, in real time: a local Roster, three `roster agent` processes
 * (primaryMode any) each with --on-primary / --on-standby writing marker files, a health port in
 * mode primary, and its own cuttable proxy to Roster. The primary's agent is killed (-9), then
 * the lease is moved (`roster primary move`), then the primary is cut off from Roster, then
 * paused (SIGSTOP) past its fence; each time another node takes over, within the bounds.
 */
const local = useLocalRoster();
// An agent gives a request up after I / 2: 1 s here, so that a check-in slowed by a busy machine
// (two test files at once, DynamoDB Local, five processes) is not given up, which would fence a
// primary that did nothing wrong, and run its hooks once more.
const T = 5000; // instanceTimeoutMs: the fence falls at 4500 (T − max(250, 0.1 T))
const I = 2000; // instanceCheckInIntervalMs
const SETTINGS = {
  instanceTimeoutMs: T,
  instanceRecoveryTimeoutMs: 2000,
  instanceCheckInIntervalMs: I,
  primaryMode: "any",
  intraClusterUrlPattern: "https://$host:8443$path",
};
const CLUSTER = "prim";
const STANDBY_MS = 1500; // how long each --on-standby command takes
/**
 * How soon after the holder's last check-in (as Roster received it) another node holds the lease:
 * the issue's T + one interval. An agent waits up to 1.1 I between check-ins (its jitter), and
 * the standby check-in that finds the holder overdue times it out and is elected in the same
 * request; SLACK_MS is that request's own time on a loaded machine (it is measured from the
 * holder's check-in as Roster received it to the election as Roster recorded it).
 */
const SLACK_MS = 400;
const FAILOVER_BOUND_MS = T + 1.1 * I + SLACK_MS;
const dir = mkdtempSync(join(tmpdir(), "roster-primary-"));

interface Node {
  id: string;
  agent: Running;
  proxy: Awaited<ReturnType<typeof cuttableProxy>>;
  healthPort: number;
}
const nodes = new Map<string, Node>();
const timings: Record<string, number> = {};
let joinToken: string;

beforeAll(async () => {
  const created = await local().admin("POST", "/v1/clusters", { clusterId: CLUSTER, settings: SETTINGS });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  joinToken = created.body.joinToken;
});

// Everything this file started goes, pass or fail: agents (continued first if paused), proxies.
afterAll(async () => {
  for (const node of nodes.values()) {
    if (node.agent.child.exitCode === null && node.agent.child.signalCode === null) {
      node.agent.child.kill("SIGCONT");
      node.agent.child.kill("SIGKILL");
      await node.agent.exited;
    }
    await node.proxy.close();
  }
  console.log(`primary e2e timings (ms): ${JSON.stringify(timings)}`);
});

async function startNode(id: string, extra: string[]) {
  const proxy = await cuttableProxy(local().roster.url);
  const healthPort = await freePort();
  const agent = rosterProcess([
    "agent", "--url", proxy.url, "--cluster", CLUSTER, "--join-token", joinToken, "--node-id", id,
    "--health-port", String(healthPort), "--health-host", "127.0.0.1", "--health-mode", "primary",
    // The values reach the commands through the environment only; each line ends with the time in ms.
    "--on-primary", `echo "$ROSTER_PRIMARY_TERM $ROSTER_CLUSTER_ID $(($(date +%s%N) / 1000000))" >> ${dir}/$ROSTER_NODE_ID.primary`,
    // --on-standby takes a while, as stopping an application does; .stopped notes when it ended.
    "--on-standby",
    `echo "$ROSTER_PRIMARY_TERM $ROSTER_STANDBY_REASON $(($(date +%s%N) / 1000000))" >> ${dir}/$ROSTER_NODE_ID.standby; ` +
      `sleep ${STANDBY_MS / 1000}; echo "$ROSTER_PRIMARY_TERM $ROSTER_STANDBY_REASON $(($(date +%s%N) / 1000000))" >> ${dir}/$ROSTER_NODE_ID.stopped`,
    "--peers-out", join(dir, `${id}.peers.json`),
    ...extra,
  ]);
  nodes.set(id, { id, agent, proxy, healthPort });
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    // Not faster: Roster's reads go to DynamoDB Local, and a test file beside this one needs the CPU too.
    await sleep(100);
  }
}

/** The lines a node's hook wrote: [term, cluster or reason, time in ms]. */
const marks = (id: string, hook: "primary" | "standby" | "stopped") => {
  const path = join(dir, `${id}.${hook}`);
  return existsSync(path)
    ? readFileSync(path, "utf8").split("\n").filter(Boolean).map((line) => {
        const [term, word, at] = line.split(" ");
        return { term: Number(term), word: word!, at: Number(at) };
      })
    : [];
};

const cluster = async () => (await local().admin("GET", `/v1/clusters/${CLUSTER}`)).body as { primary: { nodeId: string; term: number; since: string } | null };
const nodeView = async (id: string) => (await local().admin("GET", `/v1/clusters/${CLUSTER}/nodes/${id}`)).body;

type RosterEvent = { type: string; time: string; nodeId?: string; detail: Record<string, unknown> };
async function events(type: string): Promise<RosterEvent[]> {
  const all: RosterEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const page = (await local().admin("GET", `/v1/clusters/${CLUSTER}/events?limit=500${after ? `&after=${encodeURIComponent(after)}` : ""}`)).body;
    all.push(...page.results);
    if (!page.next) return all.filter((e) => e.type === type);
    after = page.next;
  }
}

/** One health probe, as a load balancer makes it: a code, or 0 for no answer within `timeoutMs`. */
async function probe(port: number, timeoutMs = 500): Promise<{ code: number; reason?: string }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: abort.signal });
    return { code: res.status, reason: ((await res.json()) as { reason: string }).reason };
  } catch {
    return { code: 0 };
  } finally {
    clearTimeout(timer);
  }
}

/** Probes a health port every 50 ms until stopped: when (wall clock, ms) each answer came, and its code. */
function watchHealth(port: number) {
  const seen: { at: number; code: number; reason?: string }[] = [];
  let on = true;
  const done = (async () => {
    while (on) {
      const answer = await probe(port);
      seen.push({ at: Date.now(), ...answer });
      await sleep(50);
    }
  })();
  return {
    seen,
    firstUnavailableAfter: (t: number) => seen.find((s) => s.at >= t && s.code === 503),
    stop: async () => {
      on = false;
      await done;
    },
  };
}

const others = (...ids: string[]) => [...nodes.keys()].filter((id) => !ids.includes(id));

/** On a failure: what each agent said about the lease and its check-ins, and what its hooks wrote. */
function explainOnFailure() {
  onTestFailed(() => {
    for (const node of nodes.values()) {
      const said = node.agent
        .errors()
        .split("\n")
        .filter((l) => /primary|fence|check-in failed|joining|aborting|health/.test(l))
        .slice(-30);
      console.log(`--- ${node.id}: hooks ${JSON.stringify({ primary: marks(node.id, "primary"), standby: marks(node.id, "standby") })}\n${said.join("\n")}`);
    }
  });
}

describe("one primary, failover, handover and fencing with real agents", () => {
  it("kill -9, primary move, a partition and a pause: the lease moves within its bounds, the hooks run once each, health follows", async () => {
    explainOnFailure();
    await startNode("n1", ["--first", "--node-url", "http://n1.test:8080/"]);
    await until("n1 running", async () => (await nodeView("n1")).state === "running");
    await startNode("n2", ["--node-endpoint", "n2.test/app"]);
    await startNode("n3", ["--node-endpoint", "n3.test/app"]);
    const first = await until("a primary with all three running", async () => {
      const views = await Promise.all(["n1", "n2", "n3"].map(nodeView));
      const { primary } = await cluster();
      return views.every((v) => v.state === "running") && primary ? primary : undefined;
    });
    const p1 = first.nodeId;
    await until("p1's --on-primary", () => marks(p1, "primary").length === 1);
    expect(marks(p1, "primary")[0]).toMatchObject({ term: first.term, word: CLUSTER });
    await until("p1's health 200", async () => (await probe(nodes.get(p1)!.healthPort)).code === 200);
    for (const id of others(p1)) {
      expect(marks(id, "primary")).toEqual([]);
      // 503 from its join on; "not primary" once its first check-in is answered.
      await until(`${id}'s health: not primary`, async () => {
        const answer = await probe(nodes.get(id)!.healthPort);
        expect(answer.code).toBe(503);
        return answer.reason === "not primary";
      });
    }

    // The peers, their URLs (explicit, or the pattern over the endpoint) and roles, in every node's file.
    const expectedPeers = ["n1", "n2", "n3"].map((id) => ({
      nodeId: id,
      url: id === "n1" ? "http://n1.test:8080/" : `https://${id}.test:8443/app`,
      state: "running",
      role: id === p1 ? "primary" : "standby",
    }));
    for (const id of ["n1", "n2", "n3"]) {
      await until(`${id}'s peers file`, () => {
        const path = join(dir, `${id}.peers.json`);
        return existsSync(path) && JSON.stringify(JSON.parse(readFileSync(path, "utf8"))) === JSON.stringify(expectedPeers);
      });
    }
    // The operator's view.
    const env = { ROSTER_ADMIN_TOKEN: local().adminToken };
    const listed = await rosterCli(["nodes", "--url", local().roster.url, "--cluster", CLUSTER], env);
    expect(listed.stdout).toMatch(/NODE\s+STATE\s+LAST CHECK-IN\s+EPOCH\s+SCHEDULING\s+CONFORMANT\s+ROLE\s+URL/);
    expect(listed.stdout).toMatch(new RegExp(`${p1}\\s+running\\s+\\d+s ago\\s+1\\s+on\\s+yes\\s+primary\\s+http`));
    const shown = await rosterCli(["primary", "show", "--url", local().roster.url, "--cluster", CLUSTER], env);
    expect(shown.stdout.trim()).toBe(`primary: ${p1} (term ${first.term}) (primaryMode any)`);

    // --- 1. kill -9 the primary's agent: another node is primary within FAILOVER_BOUND_MS of its last check-in.
    nodes.get(p1)!.agent.child.kill("SIGKILL");
    await nodes.get(p1)!.agent.exited;
    await sleep(300); // a check-in in flight through the proxy lands first
    const lastOfP1 = Date.parse((await nodeView(p1)).lastCheckIn);
    const second = await until("another primary", async () => {
      const { primary } = await cluster();
      return primary && primary.nodeId !== p1 ? primary : undefined;
    }, T + I + 10_000);
    const p2 = second.nodeId;
    const elected = (await events("primary.elected")).find((e) => e.nodeId === p2)!;
    const lost = (await events("primary.lost")).find((e) => e.nodeId === p1)!;
    expect(lost.detail).toMatchObject({ term: first.term, reason: "timed-out" });
    expect(second.term).toBeGreaterThan(first.term);
    timings.killToFailover = Date.parse(elected.time) - lastOfP1;
    expect(Date.parse(elected.time) - lastOfP1).toBeLessThanOrEqual(FAILOVER_BOUND_MS);
    await sleep(2 * I);
    expect(marks(p2, "primary").map((m) => m.term)).toEqual([second.term]); // exactly once
    const p3 = others(p1, p2)[0]!;
    expect(marks(p3, "primary")).toEqual([]);
    timings.failoverToOnPrimary = marks(p2, "primary")[0]!.at - Date.parse(elected.time);
    await until("p2's health 200", async () => (await probe(nodes.get(p2)!.healthPort)).code === 200);

    // --- 2. roster primary move: the old primary's health answers 503 within one interval of losing the lease.
    const watch2 = watchHealth(nodes.get(p2)!.healthPort);
    await sleep(200);
    const movedAt = Date.now();
    const moved = await rosterCli(["primary", "move", p3, "--url", local().roster.url, "--cluster", CLUSTER], env);
    expect(moved.stderr).toBe("");
    expect(moved.stdout.trim()).toBe(`primary moving to '${p3}': '${p2}' (term ${second.term}) stands down at its next check-in and hands over at the one after`);
    const third = await until("p3 primary", async () => {
      const { primary } = await cluster();
      return primary?.nodeId === p3 ? primary : undefined;
    });
    const handedOver = (await events("primary.lost")).find((e) => e.nodeId === p2)!;
    expect(handedOver.detail).toMatchObject({ term: second.term, reason: "handover" });
    const lostAt2 = Date.parse(handedOver.time);
    // Told standby at its first check-in after the move, p2 answers 503 from then; the lease moves at its next one.
    const down2 = await until("p2's health 503", () => watch2.firstUnavailableAfter(movedAt), 2 * I);
    await watch2.stop();
    timings.handoverTo503 = down2.at - lostAt2; // negative: before the lease was lost
    expect(down2.at - lostAt2).toBeLessThanOrEqual(I);
    expect(watch2.seen.filter((s) => s.at < down2.at && s.at >= movedAt).every((s) => s.code === 200)).toBe(true);
    expect(watch2.seen.filter((s) => s.at > down2.at).every((s) => s.code === 503)).toBe(true);
    await until("p2's --on-standby", () => marks(p2, "standby").length === 1);
    expect(marks(p2, "standby")[0]).toMatchObject({ term: second.term, word: "standby" });
    await until("p3's --on-primary", () => marks(p3, "primary").length === 1);
    expect(marks(p3, "primary")[0]!.term).toBe(third.term);
    // The old primary's application had stopped (its --on-standby ended) before the new one started:
    // p2's check-ins claimed its term until then, and Roster handed over only after.
    await until("p2's --on-standby ended", () => marks(p2, "stopped").length === 1);
    expect(marks(p2, "stopped")[0]!.at).toBeGreaterThanOrEqual(marks(p2, "standby")[0]!.at + STANDBY_MS);
    expect(marks(p2, "stopped")[0]!.at).toBeLessThanOrEqual(marks(p3, "primary")[0]!.at);
    expect(lostAt2).toBeGreaterThanOrEqual(marks(p2, "stopped")[0]!.at);
    await until("p3's health 200", async () => (await probe(nodes.get(p3)!.healthPort)).code === 200);

    // --- 3. a partition between the primary (p3) and Roster: it stops at its fence, before Roster ends its lease.
    const watch3 = watchHealth(nodes.get(p3)!.healthPort);
    await sleep(200);
    const cutAt = Date.now();
    nodes.get(p3)!.proxy.cut();
    const fourth = await until("p2 primary again", async () => {
      const { primary } = await cluster();
      return primary?.nodeId === p2 ? primary : undefined;
    }, T + I + 10_000);
    await until("p3's --on-standby", () => marks(p3, "standby").length === 1);
    await until("p2's second --on-primary", () => marks(p2, "primary").length === 2);
    await watch3.stop();
    const lastOfP3 = Date.parse((await nodeView(p3)).lastCheckIn);
    const timedOut3 = (await events("primary.lost")).find((e) => e.nodeId === p3)!;
    const elected4 = (await events("primary.elected")).filter((e) => e.nodeId === p2).at(-1)!;
    expect(timedOut3.detail).toMatchObject({ term: third.term, reason: "timed-out" });
    const fenced3 = marks(p3, "standby")[0]!;
    expect(fenced3).toMatchObject({ term: third.term, word: "fenced" });
    const down3 = watch3.firstUnavailableAfter(cutAt)!;
    timings.partitionFenceBeforeLoss = Date.parse(timedOut3.time) - fenced3.at;
    timings.partition503BeforeLoss = Date.parse(timedOut3.time) - down3.at;
    timings.partitionFailover = Date.parse(elected4.time) - lastOfP3;
    expect(down3.at).toBeLessThanOrEqual(Date.parse(timedOut3.time)); // 503 before the lease is even lost
    expect(fenced3.at).toBeLessThan(Date.parse(timedOut3.time)); // --on-standby at its fence, before Roster ended the lease
    expect(fenced3.at).toBeLessThan(marks(p2, "primary")[1]!.at); // never two primaries acting at once
    expect(Date.parse(elected4.time) - lastOfP3).toBeLessThanOrEqual(FAILOVER_BOUND_MS);
    expect(marks(p2, "primary")[1]!.term).toBe(fourth.term);
    // Back on the network: p3 recovers as a standby; its --on-primary does not run again.
    nodes.get(p3)!.proxy.restore();
    await until("p3 running again", async () => (await nodeView(p3)).state === "running");
    await sleep(2 * I);
    expect(marks(p3, "primary")).toHaveLength(1);
    expect((await probe(nodes.get(p3)!.healthPort)).code).toBe(503);

    // --- 4. the primary (p2) paused past its fence (SIGSTOP): p3 takes over; when p2 runs again its health says 503 at once.
    const paused = nodes.get(p2)!.agent.child;
    paused.kill("SIGSTOP");
    const stoppedAt = Date.now();
    const fifth = await until("p3 primary again", async () => {
      const { primary } = await cluster();
      return primary?.nodeId === p3 ? primary : undefined;
    }, T + I + 10_000);
    expect(fifth.term).toBeGreaterThan(fourth.term);
    await until("p3's second --on-primary", () => marks(p3, "primary").length === 2);
    const pending = probe(nodes.get(p2)!.healthPort, 5000); // a probe while it is stopped: no answer yet
    await sleep(300);
    const continuedAt = Date.now();
    paused.kill("SIGCONT");
    // Answered once it runs again, from its state then (fenced; or joining again, if Roster declared it offline meanwhile).
    expect((await pending).code).toBe(503);
    await until("p2's --on-standby", () => marks(p2, "standby").length === 2);
    expect(marks(p2, "standby")[1]).toMatchObject({ term: fourth.term, word: "fenced" });
    expect(marks(p2, "standby")[1]!.at).toBeGreaterThanOrEqual(continuedAt);
    timings.pauseToFailover = Date.parse((await events("primary.elected")).at(-1)!.time) - stoppedAt;
    await sleep(2 * I);
    expect(marks(p2, "primary")).toHaveLength(2); // not again: the answers say standby now
    expect((await probe(nodes.get(p2)!.healthPort)).code).toBe(503);
    expect((await probe(nodes.get(p3)!.healthPort)).code).toBe(200);

    // --- The end: SIGTERM; the primary's --on-standby runs (leaving) before it leaves.
    for (const id of [p2, p3]) nodes.get(id)!.agent.child.kill("SIGTERM");
    expect(await nodes.get(p3)!.agent.exited).toBe(0);
    expect(await nodes.get(p2)!.agent.exited).toBe(0);
    expect(marks(p3, "standby").at(-1)).toMatchObject({ term: fifth.term, word: "leaving" });
    expect((await events("primary.lost")).at(-1)).toMatchObject({ nodeId: p3, detail: { reason: "left" } });
    // Each --on-standby followed exactly one --on-primary.
    for (const id of [p2, p3]) expect(marks(id, "standby").map((m) => m.term)).toEqual(marks(id, "primary").map((m) => m.term));
  }, 150_000);

  it("roster primary move: bad input gets Roster's one-line refusal", async () => {
    const env = { ROSTER_ADMIN_TOKEN: local().adminToken };
    const args = (cluster: string, node: string) => ["primary", "move", node, "--url", local().roster.url, "--cluster", cluster];
    const unknown = await rosterCli(args(CLUSTER, "no-such-node"), env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^roster: [^\n]*no-such-node[^\n]* \(node_not_found\)\n$/);
    const plain = await local().admin("POST", "/v1/clusters", { clusterId: "plain" });
    await local().call("POST", "/v1/clusters/plain/nodes/w1/join", plain.body.joinToken, { instanceType: "clustered-first", softwareVersion: "1" });
    const disabled = await rosterCli(args("plain", "w1"), env);
    expect(disabled.code).toBe(1);
    expect(disabled.stderr).toMatch(/^roster: [^\n]* \(primary_disabled\)\n$/);
    const shown = await rosterCli(["primary", "show", "--url", local().roster.url, "--cluster", "plain"], env);
    expect(shown.stdout.trim()).toBe("no primary: the cluster's primaryMode is none");
    const noToken = await rosterCli(args(CLUSTER, "n1"), { ROSTER_ADMIN_TOKEN: "" });
    expect(noToken.stderr).toBe("roster: set ROSTER_ADMIN_TOKEN to the admin token\n");
  }, 60_000);
});
