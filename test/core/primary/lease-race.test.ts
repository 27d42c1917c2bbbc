import { describe, expect, it } from "vitest";
import { readCluster } from "../../../core/clusters/cluster-item";
import { sweepCluster } from "../../../core/detection/sweep";
import type { FakeClock } from "../../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../../support/harness";
import { type Answer, leasesOf, overlaps, staleAnswers, termProblems } from "../../support/lease-timeline";
import { prng } from "../../support/faults";

/**
 * Issue 17's race: 20 nodes checking in at once, round after round, against DynamoDB Local,
 * with the sweep running beside them, the primary killed (it stops checking in) and brought
 * back, and admin moves racing the check-ins. Every answer goes on one timeline
 * (test/support/lease-timeline.ts); no two nodes may hold valid leases at one instant, terms
 * only grow and are never reused, a failover happens within T + I of the holder's last
 * check-in (plus one round: see below), a move hands over, and the preferred node takes the
 * lease back.
 */

const T = 10_000; // instanceTimeoutMs
const I = 2_000; // instanceCheckInIntervalMs: one round
const NODES = 20;

interface Node {
  nodeId: string;
  nodeToken: string;
  epoch: number;
}

async function cluster(h: Harness, clusterId: string, settings: object) {
  const made = await clusterWithFirstNode(h, clusterId, "n00", {
    instanceTimeoutMs: T,
    instanceRecoveryTimeoutMs: T,
    instanceCheckInIntervalMs: I,
    ...settings,
  });
  const nodes: Node[] = [made.first];
  for (let i = 1; i < NODES; i++) nodes.push(await joinNode(h, clusterId, `n${String(i).padStart(2, "0")}`, made.joinToken));
  return { joinToken: made.joinToken, nodes };
}

/** Rounds of concurrent check-ins with the sweep beside them; `each` adds what a round also does. */
function rounds(h: Harness, clusterId: string, joinToken: string, nodes: Node[]) {
  const clock = h.clock as FakeClock;
  const answers: Answer[] = [];
  const killed = new Set<string>();
  let order = 0;
  const checkInOf = async (node: Node) => {
    const res = await checkIn(h, clusterId, node);
    const at = res.status === 200 ? Date.parse(res.body.serverTime) : clock.now();
    answers.push({ at, nodeId: node.nodeId, role: res.status === 200 ? res.body.role : "refused", term: res.body?.primary?.term, order: order++ });
    if (res.status === 200 && res.body.role === "primary") expect(res.body.primary.nodeId).toBe(node.nodeId);
    if (res.status === 409 && res.body.error.code === "rejoin_required") {
      Object.assign(node, await joinNode(h, clusterId, node.nodeId, joinToken)); // it was offline: a new incarnation
    } else if (res.status !== 200) {
      throw new Error(`${node.nodeId}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  };
  const round = async (also: Promise<unknown>[] = []) => {
    clock.advance(I);
    const read = (await readCluster(h.deps, clusterId, { consistent: true }))!;
    await Promise.all([...nodes.filter((n) => !killed.has(n.nodeId)).map(checkInOf), sweepCluster(h.deps, read), ...also]);
  };
  /** Who each node was told it is in the last round it checked in. */
  const lastRole = (nodeId: string) => answers.filter((a) => a.nodeId === nodeId).at(-1)?.role;
  const holder = () => nodes.find((n) => !killed.has(n.nodeId) && lastRole(n.nodeId) === "primary");
  return { answers, killed, round, holder, lastRole, clock };
}

async function checkTimeline(h: Harness, clusterId: string, answers: Answer[]) {
  const leases = leasesOf(answers, T);
  const elected = await electedTerms(h, clusterId);
  expect(elected.map((e) => e.term)).toEqual(elected.map((_, i) => i + 1)); // each term once: 1, 2, 3, …
  expect(staleAnswers(answers, new Map(elected.map((e) => [e.term, e.at])))).toEqual([]);
  expect(leases.length).toBeGreaterThan(10);
  expect(overlaps(leases).map(([a, b]) => `${a.nodeId}#${a.term} [${a.start}, ${a.end}) and ${b.nodeId}#${b.term} [${b.start}, ${b.end})`)).toEqual([]);
  expect(termProblems(leases)).toEqual([]);
  expect(new Set(leases.map((l) => l.term)).size).toBe(elected.length); // every elected term was answered, none other
}

/** The terms elected and when each began, from the event log (sorted by term). */
async function electedTerms(h: Harness, clusterId: string) {
  const elected: { term: number; at: number }[] = [];
  let after: string | undefined;
  do {
    const page = await h.call("GET", `/v1/clusters/${clusterId}/events?limit=1000${after ? `&after=${encodeURIComponent(after)}` : ""}`, { token: h.adminToken });
    for (const e of page.body.results) if (e.type === "primary.elected") elected.push({ term: e.detail.term, at: Date.parse(e.time) });
    after = page.body.next ?? undefined;
  } while (after);
  return elected.sort((a, b) => a.term - b.term);
}

describe("the primary lease under real concurrency (20 nodes, DynamoDB Local)", () => {
  it("mode any: kills of the primary and admin moves never give two valid leases at one instant; terms grow; failover follows", { timeout: 240_000 }, async () => {
    const h = await harness();
    const clusterId = "race-any";
    const { joinToken, nodes } = await cluster(h, clusterId, { primaryMode: "any" });
    const { answers, killed, round, holder, lastRole } = rounds(h, clusterId, joinToken, nodes);
    const random = prng(17);
    const failovers: number[] = [];
    let moves = 0;
    for (let cycle = 0; cycle < 6; cycle++) {
      for (let r = 0; r < 3; r++) await round();
      // An admin moves the lease to another running node, racing a round of check-ins.
      const from = holder();
      expect(from, `a primary in cycle ${cycle}`).toBeDefined();
      const candidates = nodes.filter((n) => n !== from && !killed.has(n.nodeId));
      const to = candidates[Math.floor(random() * candidates.length)]!;
      let accepted: { status: number; body: any } | undefined;
      await round([h.call("POST", `/v1/clusters/${clusterId}/primary`, { token: h.adminToken, body: { nodeId: to.nodeId } }).then((r) => (accepted = r))]);
      expect(accepted!.status).toBe(202);
      for (let r = 0; r < 2; r++) await round();
      // The move was a handover (the holder's check-in gave it) or, if the round's check-ins raced it, at most one more round.
      expect(lastRole(to.nodeId), `moved to ${to.nodeId} in cycle ${cycle}`).toBe("primary");
      moves += 1;

      // Kill the primary: it stops checking in; its last answer was at `last`.
      const victim = holder()!;
      const last = answers.filter((a) => a.nodeId === victim.nodeId).at(-1)!.at;
      killed.add(victim.nodeId);
      // Down long enough to time out; every other cycle long enough to go offline and rejoin.
      const down = cycle % 2 === 0 ? 7 : 12;
      let failedOver: number | undefined;
      for (let r = 0; r < down; r++) {
        await round();
        const next = answers.find((a) => a.at > last && a.role === "primary" && a.nodeId !== victim.nodeId);
        if (next && failedOver === undefined) failedOver = next.at - last;
      }
      expect(failedOver, `failover after killing ${victim.nodeId}`).toBeDefined();
      failovers.push(failedOver!);
      killed.delete(victim.nodeId);
      await round();
      expect(lastRole(victim.nodeId)).not.toBe("primary"); // back as a standby (recovered, or a new incarnation)
    }
    await checkTimeline(h, clusterId, answers);
    // The sweep that times the holder out runs beside a round's check-ins (which may have read
    // the cluster before it), so in lockstep rounds the next round elects: T + 2I at most. The
    // T + I of spread check-ins, at the boundaries, is test/core/primary/failover.test.ts.
    for (const took of failovers) expect(took).toBeLessThanOrEqual(T + 2 * I);
    expect(moves).toBe(6);
  });

  it("mode preferred: the preferred node holds it, others take over while it is down, and it takes the lease back", { timeout: 240_000 }, async () => {
    const h = await harness();
    const clusterId = "race-preferred";
    const { joinToken, nodes } = await cluster(h, clusterId, { primaryMode: "preferred", preferredPrimary: "n05" });
    const { answers, killed, round, lastRole, clock } = rounds(h, clusterId, joinToken, nodes);
    await round();
    await round();
    expect(lastRole("n05")).toBe("primary");
    for (const down of [7, 12]) {
      killed.add("n05");
      for (let r = 0; r < down; r++) await round();
      const others = nodes.filter((n) => n.nodeId !== "n05" && lastRole(n.nodeId) === "primary");
      expect(others.length, "another node holds it while the preferred one is down").toBe(1);
      killed.delete("n05");
      // Back: it recovers (or rejoins), asks for the lease, the holder hands it over, it learns it.
      const back = clock.now();
      const roleSinceBack = () => answers.filter((a) => a.nodeId === "n05" && a.at > back).at(-1)?.role;
      let waited = 0;
      while (roleSinceBack() !== "primary" && waited < 4) {
        await round();
        waited += 1;
      }
      expect(roleSinceBack(), `the preferred node took the lease back after ${waited} rounds`).toBe("primary");
      // Recovered: ask (1), the holder hands over (2), it learns it (3); offline: one more round to rejoin.
      expect(waited).toBeLessThanOrEqual(down === 7 ? 3 : 4);
      for (let r = 0; r < 2; r++) await round();
      expect(nodes.filter((n) => lastRole(n.nodeId) === "primary").map((n) => n.nodeId)).toEqual(["n05"]);
    }
    await checkTimeline(h, clusterId, answers);
  });
});
