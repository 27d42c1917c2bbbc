import { describe, expect, it } from "vitest";
import { readCluster } from "../../../core/clusters/cluster-item";
import { fenceAfterMs } from "../../../core/clusters/fence";
import { runSweep, sweepCluster } from "../../../core/detection/sweep";
import type { NodeItem } from "../../../core/nodes/node-item";
import { DEFAULT_NODE_SHARDS, clusterKey, nodeKey } from "../../../core/store/keys";
import type { Table } from "../../../core/store/table";
import { silentLogger } from "../../../functions/http/log";
import { backgroundSweeps } from "../../../functions/sweeps";
import type { FakeClock } from "../../support/fake-clock";
import { eventTypesOf, faults, transactWithEvent } from "../../support/faults";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../../support/harness";
import { rounds } from "../../support/rounds";

/**
 * Attacks on the primary lease (issue 17). Each test drives nodes as the agent does: a check-in
 * carries `seq` and, while the node believes it holds a term, `primaryTerm`; a node believes a
 * primary answer from the server's answer until its next answer it heard, or until its fence
 * (`instanceTimeoutMs − max(250, 0.1 T)` after the check-in was sent, by the settings of the last
 * answer it heard). Answers can be lost (Roster did the work; the node never hears it). Races run
 * against DynamoDB Local; where one interleaving matters it is forced by holding one request of
 * the table (`gate`), everything else runs for real. Timing runs on the fake clock.
 */

const T = 10_000; // instanceTimeoutMs
const I = 2_000; // instanceCheckInIntervalMs
const BASE = { instanceTimeoutMs: T, instanceRecoveryTimeoutMs: T, instanceCheckInIntervalMs: I, primaryMode: "any" };

// ---------------------------------------------------------------------------------------------
// Nodes as the agent drives them, and the timeline of what they heard.

interface Agent {
  nodeId: string;
  nodeToken: string;
  epoch: number;
  seq: number;
  /** The term it believes it holds, until when (its fence). */
  believed?: { term: number; until: number };
}
const agent = (j: { nodeId: string; nodeToken: string; epoch: number }): Agent => ({ ...j, seq: 0 });

interface Heard {
  nodeId: string;
  at: number;
  sent: number;
  role: "primary" | "standby" | "refused";
  term?: number;
  fenceMs: number;
  order: number;
}

interface Belief {
  nodeId: string;
  term: number;
  start: number;
  end: number;
}

function timeline() {
  const heard: Heard[] = [];
  let order = 0;
  const beliefs = (): Belief[] => {
    const byNode = new Map<string, Heard[]>();
    for (const a of heard) byNode.set(a.nodeId, [...(byNode.get(a.nodeId) ?? []), a]);
    const out: Belief[] = [];
    for (const list of byNode.values()) {
      list.sort((x, y) => x.at - y.at || x.order - y.order);
      list.forEach((a, i) => {
        if (a.role !== "primary") return;
        const next = list[i + 1];
        out.push({ nodeId: a.nodeId, term: a.term!, start: a.at, end: Math.min(next ? next.at : Number.POSITIVE_INFINITY, a.sent + a.fenceMs) });
      });
    }
    return out.sort((x, y) => x.start - y.start);
  };
  return {
    heard,
    add(h: Heard) {
      heard.push({ ...h, order: order++ });
    },
    beliefs,
    /** Two nodes believing at one instant (half-open intervals), as readable lines. */
    overlaps(): string[] {
      const all = beliefs();
      const found: string[] = [];
      for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++) {
          const [x, y] = [all[i]!, all[j]!];
          if (x.nodeId === y.nodeId || x.start >= x.end || y.start >= y.end) continue;
          if (x.start < y.end && y.start < x.end) {
            found.push(`${x.nodeId}#${x.term} [${x.start}, ${x.end}) and ${y.nodeId}#${y.term} [${y.start}, ${y.end}): both believe for ${Math.min(x.end, y.end) - Math.max(x.start, y.start)} ms`);
          }
        }
      }
      return found;
    },
    /** The share of [from, to) during which some node believes it is primary. */
    coverage(from: number, to: number) {
      const spans = beliefs()
        .map((b) => [Math.max(b.start, from), Math.min(b.end, to)] as const)
        .filter(([s, e]) => s < e)
        .sort((x, y) => x[0] - y[0]);
      let covered = 0;
      let reach = from;
      for (const [s, e] of spans) {
        if (e <= reach) continue;
        covered += e - Math.max(s, reach);
        reach = e;
      }
      return covered / (to - from);
    },
  };
}
type Timeline = ReturnType<typeof timeline>;

/**
 * One check-in as the agent sends it. `lost`: the node never hears the answer (Roster did the
 * work). A 503 is not heard either (the node keeps what it believed); a 409 ends the belief.
 */
async function ask(h: Harness, clusterId: string, node: Agent, tl: Timeline, opts: { lost?: boolean } = {}) {
  const clock = h.clock as FakeClock;
  const sent = clock.now();
  if (node.believed && sent >= node.believed.until) node.believed = undefined; // the fence fell
  node.seq += 1;
  const res = await checkIn(h, clusterId, node, { seq: node.seq, ...(node.believed ? { primaryTerm: node.believed.term } : {}) });
  if (opts.lost || (res.status !== 200 && res.status !== 409)) return res;
  if (res.status === 409) {
    tl.add({ nodeId: node.nodeId, at: clock.now(), sent, role: "refused", fenceMs: 0, order: 0 });
    node.believed = undefined;
    return res;
  }
  const at = Date.parse(res.body.serverTime);
  const fenceMs = fenceAfterMs(res.body.settings);
  const primary = res.body.role === "primary" && res.body.primary?.nodeId === node.nodeId;
  tl.add({ nodeId: node.nodeId, at, sent, role: primary ? "primary" : "standby", ...(primary ? { term: res.body.primary.term } : {}), fenceMs, order: 0 });
  node.believed = primary ? { term: res.body.primary.term, until: sent + fenceMs } : undefined;
  return res;
}

let clusters = 0;
async function setup(h: Harness, ids: string[], settings: object = {}) {
  const clusterId = `atk${++clusters}`;
  const made = await clusterWithFirstNode(h, clusterId, ids[0]!, { ...BASE, ...settings });
  const n: Record<string, Agent> = { [ids[0]!]: agent(made.first) };
  for (const id of ids.slice(1)) n[id] = agent(await joinNode(h, clusterId, id, made.joinToken));
  return { clusterId, joinToken: made.joinToken, n };
}

const admin = (h: Harness, method: string, path: string, body?: unknown) => h.call(method, path, { token: h.adminToken, ...(body === undefined ? {} : { body }) });
const move = (h: Harness, clusterId: string, nodeId: string) => admin(h, "POST", `/v1/clusters/${clusterId}/primary`, { nodeId });
const patch = (h: Harness, clusterId: string, settings: object) => admin(h, "PATCH", `/v1/clusters/${clusterId}`, { settings });

async function eventsOf(h: Harness, clusterId: string) {
  return (await admin(h, "GET", `/v1/clusters/${clusterId}/events?limit=1000`)).body.results as { type: string; nodeId?: string; time: string; detail: any }[];
}
/** The terms elected, in the order of the log, with when and to whom. */
const elected = async (h: Harness, clusterId: string) =>
  (await eventsOf(h, clusterId)).filter((e) => e.type === "primary.elected").map((e) => ({ term: e.detail.term as number, to: e.nodeId!, at: Date.parse(e.time) }));

/**
 * The stored lease against guarantee 1: the cluster's `primary` names X epoch e term t, and
 * X's item is epoch e, running, term t; no other node item carries a term. Problems as lines.
 */
async function storedProblems(h: Harness, clusterId: string, ids: string[]) {
  const table = realTableOf(h);
  const cluster = (await readCluster({ ...h.deps, table }, clusterId, { consistent: true }))!;
  const problems: string[] = [];
  for (const id of ids) {
    const item = (await table.get({ Key: nodeKey(clusterId, id, DEFAULT_NODE_SHARDS), ConsistentRead: true })) as NodeItem | undefined;
    const holds = cluster.primary?.nodeId === id;
    if (holds) {
      const p = cluster.primary!;
      if (!item || item.epoch !== p.epoch || item.state !== "running" || item.primaryTerm !== p.term) {
        problems.push(`cluster says ${id}#${p.term} (epoch ${p.epoch}); its item: epoch ${item?.epoch} ${item?.state} term ${item?.primaryTerm}`);
      }
    } else if (item?.primaryTerm !== undefined) {
      problems.push(`${id} carries term ${item.primaryTerm} but the cluster names ${cluster.primary ? `${cluster.primary.nodeId}#${cluster.primary.term}` : "nobody"}`);
    }
  }
  if (cluster.primary && cluster.primaryTerm !== cluster.primary.term) problems.push(`last term ${cluster.primaryTerm} but holder's term ${cluster.primary.term}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// A table that holds one chosen request until told to let it go (to force one interleaving).

const REAL = new WeakMap<Harness, Table>();
const realTableOf = (h: Harness) => REAL.get(h) ?? h.deps.table;

function gate(h: Harness) {
  const real = h.deps.table;
  REAL.set(h, real);
  const pauses: { match: (method: string, input: any) => boolean; reach: () => void; wait: Promise<void> }[] = [];
  const wrap =
    (method: keyof Table) =>
    async (input: any, ...rest: any[]) => {
      const i = pauses.findIndex((p) => p.match(method, input));
      if (i >= 0) {
        const [p] = pauses.splice(i, 1);
        p!.reach();
        await p!.wait;
      }
      return (real[method] as (...a: any[]) => Promise<any>)(input, ...rest);
    };
  h.deps.table = {
    get: wrap("get"),
    put: wrap("put"),
    update: wrap("update"),
    delete: wrap("delete"),
    query: wrap("query"),
    batchGet: wrap("batchGet"),
    transact: wrap("transact"),
  } as Table;
  return {
    real,
    /** Hold the next request `match` picks: `reached` when it comes, it goes on at `release()`. */
    hold(match: (method: string, input: any) => boolean) {
      let reach!: () => void;
      let release!: () => void;
      const reached = new Promise<void>((r) => (reach = r));
      const wait = new Promise<void>((r) => (release = r));
      pauses.push({ match, reach, wait });
      return { reached, release };
    },
  };
}

const clusterQuery = (clusterId: string) => (method: string, input: any) =>
  method === "query" && input.ExpressionAttributeValues?.[":pk"] === clusterKey(clusterId).pk && input.ExpressionAttributeValues?.[":from"] === "CLUSTER";
const transactRecording = (type: string) => (method: string, input: any) => method === "transact" && eventTypesOf({ port: "table", method, input, seq: 0 }).includes(type);

async function until(what: () => Promise<boolean>, label: string) {
  for (let i = 0; i < 500; i++) {
    if (await what()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${label}`);
}

// =============================================================================================

describe("attack: a check-in the holder gave up on, still in flight, hands the lease over", () => {
  it("a holder's earlier check-in (sent before it knew it held the lease, so claiming nothing) hands the lease over after a later check-in told it primary: two nodes believe at once", async () => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    const { clusterId, n } = await setup(h, ["a", "b"]);
    const { a, b } = n as { a: Agent; b: Agent };
    const tl = timeline();
    // The admin gives the free lease to a (appoint); a learns it at its next check-in.
    expect((await move(h, clusterId, "a")).body).toMatchObject({ primary: { nodeId: "a", term: 1 } });
    expect((await ask(h, clusterId, b, tl)).body).toMatchObject({ role: "standby", primary: { nodeId: "a", term: 1 } });

    // X: a's check-in, claiming nothing (a does not know yet). Its heartbeat lands, then the
    // request stalls in the server (its cluster read is slow): a's agent gives up on it after
    // requestTimeoutMs (I / 2) and never hears its answer.
    const g = gate(h);
    clock.advance(500);
    const t0 = clock.now();
    const slow = g.hold(clusterQuery(clusterId));
    const x = ask(h, clusterId, a, tl, { lost: true });
    await slow.reached;
    await until(async () => ((await g.real.get({ Key: nodeKey(clusterId, "a", DEFAULT_NODE_SHARDS), ConsistentRead: true })) as NodeItem).lastCheckIn === t0, "X's heartbeat");

    // Y: a's next check-in, I / 2 later (seq higher, claims nothing still): a is told primary and believes it.
    clock.advance(I / 2);
    const y = await ask(h, clusterId, a, tl);
    expect(y.body).toMatchObject({ role: "primary", primary: { nodeId: "a", term: 1 } });
    // The admin moves the lease to b: a should stand down at its next check-in (it claims term 1), and only then hand over.
    expect((await move(h, clusterId, "b")).body).toMatchObject({ handoverTo: "b" });

    // X goes on: its heartbeat's item says a holds term 1; it claimed nothing, so it hands over at once.
    slow.release();
    const xr = await x;
    clock.advance(500);
    const rb = await ask(h, clusterId, b, tl);
    clock.advance(I - 500);
    const ra = await ask(h, clusterId, a, tl); // a's next check-in, claiming term 1

    const terms = await elected(h, clusterId);
    const report = {
      overlaps: tl.overlaps(),
      // A term that begins before the last primary answer of the term it replaces.
      termsBegunBeforeAnAnswerOfTheOldOne: terms
        .filter((e) => tl.heard.some((x) => x.role === "primary" && x.term! < e.term && x.at > e.at))
        .map((e) => `term ${e.term} (${e.to}) begins at ${e.at}, but a was told primary #1 at ${y.body.serverTime}`),
    };
    expect(
      report,
      `X answered ${JSON.stringify({ role: xr.body.role, primary: xr.body.primary })}; b then ${JSON.stringify({ role: rb.body.role, primary: rb.body.primary })}; a then ${JSON.stringify({ role: ra.body.role, warnings: ra.body.warnings })}`,
    ).toEqual({ overlaps: [], termsBegunBeforeAnAnswerOfTheOldOne: [] });
  });
});

describe("attack: a lost answer when the holder releases (primaryMode none), then the mode is turned back on", () => {
  it("a holder that claims its term is told standby and keeps the lease; that answer is lost, the mode goes back to any: nobody else is elected while it believes; it releases at a check-in that claims nothing", async () => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    const { clusterId, n } = await setup(h, ["a", "b"]);
    const { a, b } = n as { a: Agent; b: Agent };
    const tl = timeline();
    expect((await ask(h, clusterId, a, tl)).body).toMatchObject({ role: "primary", primary: { nodeId: "a", term: 1 } });
    expect((await ask(h, clusterId, b, tl)).body.role).toBe("standby");

    expect((await patch(h, clusterId, { primaryMode: "none" })).status).toBe(200);
    clock.advance(I);
    // a's check-in claims term 1: it is answered standby and keeps the lease (step one); a never hears it.
    const first = await ask(h, clusterId, a, tl, { lost: true });
    expect(first.body.role).toBe("standby");
    expect((await readCluster(h.deps, clusterId, { consistent: true }))!.primary).toMatchObject({ nodeId: "a", term: 1 });
    expect(a.believed?.term).toBe(1); // a heard nothing new: it still believes, until its fence

    // The admin turns the lease back on; b checks in before a's retry: a still holds it.
    expect((await patch(h, clusterId, { primaryMode: "any" })).status).toBe(200);
    clock.advance(100);
    const rb = await ask(h, clusterId, b, tl);
    expect(rb.body).toMatchObject({ role: "standby", primary: { nodeId: "a", term: 1 } });
    clock.advance(900);
    const ra = await ask(h, clusterId, a, tl);
    expect(ra.body).toMatchObject({ role: "primary", primary: { nodeId: "a", term: 1 } });
    expect(tl.overlaps()).toEqual([]);

    // Mode none again, answers heard: standby while it claims, released at the check-in that claims nothing.
    expect((await patch(h, clusterId, { primaryMode: "none" })).status).toBe(200);
    clock.advance(I);
    expect((await ask(h, clusterId, a, tl)).body.role).toBe("standby");
    expect((await readCluster(h.deps, clusterId, { consistent: true }))!.primary).toMatchObject({ nodeId: "a" });
    clock.advance(I);
    expect((await ask(h, clusterId, a, tl)).body.role).toBe("standby");
    expect((await readCluster(h.deps, clusterId, { consistent: true }))!.primary).toBeUndefined();
    expect(tl.overlaps()).toEqual([]);
  });
});

describe("attack: shrinking instanceTimeoutMs while the holder cannot reach Roster", () => {
  it("the holder fences by the timeout it last heard; Roster times it out by the new one and elects another: two nodes believe at once", async () => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    const { clusterId, n } = await setup(h, ["a", "b"], { instanceTimeoutMs: 30_000, instanceRecoveryTimeoutMs: 30_000, instanceCheckInIntervalMs: 5_000 });
    const { a, b } = n as { a: Agent; b: Agent };
    const tl = timeline();
    const ra = await ask(h, clusterId, a, tl);
    expect(ra.body).toMatchObject({ role: "primary", primary: { nodeId: "a", term: 1 }, settings: { instanceTimeoutMs: 30_000 } });
    expect((await ask(h, clusterId, b, tl)).body.role).toBe("standby");
    // a is cut off from Roster from here on (alive, acting as primary until its fence: 27 s after it sent).
    // The admin shortens the timeout (a safe pair by unsafeFence: 2 s interval, 5 s timeout).
    const patched = await patch(h, clusterId, { instanceTimeoutMs: 5_000, instanceCheckInIntervalMs: 2_000 });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    for (let t = 0; t < 40 && !b.believed; t++) {
      clock.advance(1_000);
      await sweepCluster(h.deps, (await readCluster(h.deps, clusterId, { consistent: true }))!);
      if (t % 2 === 1) await ask(h, clusterId, b, tl);
    }
    expect(b.believed, "b was elected").toBeDefined();
    expect(tl.overlaps()).toEqual([]);
  });
});

describe("attack: the check-in's own time out of the holder against the disruption guard", () => {
  /**
   * Five nodes, a holds; a, c, d go silent at once (Roster more likely lost them: the sweep's
   * rule trips the guard at their deadline). b checks in past the deadline and asks for the
   * sweep. Returns b's answer at that moment and what followed once the sweep ran.
   */
  async function silentMajority(order: "sweep first" | "check-in first" | "real race") {
    const h = await harness();
    const clock = h.clock as FakeClock;
    const pending: string[] = [];
    const bg = order === "real race" ? backgroundSweeps(h.deps, silentLogger) : undefined;
    h.deps.sweeps = bg ?? { request: (id) => void pending.push(id) };
    const ids = ["a", "b", "c", "d", "e"];
    const { clusterId, n } = await setup(h, ids);
    const tl = timeline();
    const sweepsAsked = async () => {
      if (bg) await bg.idle();
      for (const id of pending.splice(0)) await runSweep(h.deps, id);
    };
    for (const id of ids) {
      await ask(h, clusterId, n[id]!, tl);
      await sweepsAsked();
    }
    expect(n.a!.believed?.term).toBe(1);
    for (let t = I; t <= T; t += I) {
      clock.advance(I);
      for (const id of ["b", "e"]) {
        await ask(h, clusterId, n[id]!, tl);
        await sweepsAsked();
      }
    }
    clock.advance(I); // a, c, d silent for T + I
    if (order === "sweep first") await runSweep(h.deps, clusterId);
    const rb = await ask(h, clusterId, n.b!, tl);
    await sweepsAsked();
    const cluster = (await readCluster(h.deps, clusterId, { consistent: true }))!;
    const terms = await elected(h, clusterId);
    const disrupted = (await eventsOf(h, clusterId)).find((e) => e.type === "cluster.disrupted");
    return {
      b: rb.body.role as string,
      guardTripped: cluster.disruptedSince !== undefined,
      elected: terms.map((e) => e.term),
      detail: `b told ${rb.body.role} at ${rb.body.serverTime}; cluster.disrupted at ${disrupted?.time}; elections ${JSON.stringify(terms.map((e) => [e.term, e.to, new Date(e.at).toISOString()]))}`,
    };
  }

  it("the same instant, the same nodes: with the sweep first nobody is elected; with b's check-in first (the sweep runs beside it) b is elected as the guard trips", async () => {
    const results: Record<string, unknown> = {};
    for (const order of ["sweep first", "check-in first"] as const) {
      const r = await silentMajority(order);
      results[order] = { b: r.b, guardTripped: r.guardTripped, elected: r.elected };
      console.log(`guard attack, ${order}: ${r.detail}`);
    }
    const expected = { b: "standby", guardTripped: true, elected: [1] };
    expect(results).toEqual({ "sweep first": expected, "check-in first": expected });
  });

  it("real race: the server's background sweep (functions/sweeps.ts) beside b's check-in, 4 clusters: nobody elected at the instant the guard trips", { timeout: 60_000 }, async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await silentMajority("real race");
      outcomes.push(`${r.b}, guard ${r.guardTripped ? "tripped" : "down"}, terms ${r.elected.join(",")}`);
    }
    expect(outcomes).toEqual(Array(4).fill("standby, guard tripped, terms 1"));
  });

  it.each([
    ["between its read of the holder and its time-out write", (method: string, input: any) => method === "get" && input.Key?.sk === "a" && !input.ConsistentRead],
    ["between its time-out write and its election", transactRecording("primary.elected")],
  ])("the guard trips %s: nobody is elected (held)", async (_name, where) => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    h.deps.sweeps = { request: () => {} };
    const { clusterId, n } = await setup(h, ["a", "b"]);
    const tl = timeline();
    expect((await ask(h, clusterId, n.a!, tl)).body.role).toBe("primary");
    clock.advance(T + 1);
    const g = gate(h);
    const held = g.hold(where);
    const pending = ask(h, clusterId, n.b!, tl);
    await held.reached;
    await g.real.update({
      Key: clusterKey(clusterId),
      UpdateExpression: "SET disruptedSince = :now",
      ConditionExpression: "attribute_not_exists(disruptedSince)",
      ExpressionAttributeValues: { ":now": clock.now() },
    });
    held.release();
    const rb = await pending;
    expect(rb.body).toMatchObject({ role: "standby" });
    expect((await elected(h, clusterId)).map((e) => e.term)).toEqual([1]);
    expect(await storedProblems(h, clusterId, ["a", "b"])).toEqual([]);
  });
});

describe("attack: the holder checks in right at its deadline while a standby's check-in times it out", () => {
  it.each([-1, 0, 1])("holder at L + T %+d ms, racing the standby's sweep-asking check-in (real concurrency, 6 rounds): never two primaries (held)", { timeout: 60_000 }, async (offset) => {
    const problems: string[] = [];
    const outcomes: string[] = [];
    for (let round = 0; round < rounds(6); round++) {
      const h = await harness();
      const clock = h.clock as FakeClock;
      h.deps.sweeps = { request: () => {} };
      const { clusterId, n } = await setup(h, ["a", "b"]);
      const tl = timeline();
      expect((await ask(h, clusterId, n.a!, tl)).body.role).toBe("primary");
      clock.advance(T + offset); // a's own check-in and b's land at this one server time
      const [ra, rb] = await Promise.all([ask(h, clusterId, n.a!, tl), ask(h, clusterId, n.b!, tl)]);
      outcomes.push(`a ${ra.body.role}/b ${rb.body.role}`);
      if (ra.body.role === "primary" && rb.body.role === "primary") problems.push(`round ${round}: both primary`);
      problems.push(...(await storedProblems(h, clusterId, ["a", "b"])), ...tl.overlaps());
      const terms = (await elected(h, clusterId)).map((e) => e.term);
      if (terms.join() !== terms.map((_, i) => i + 1).join()) problems.push(`terms ${terms}`);
      clock.advance(I);
      await ask(h, clusterId, n.a!, tl);
      await ask(h, clusterId, n.b!, tl);
      problems.push(...tl.overlaps().map((o) => `round ${round}: ${o}`));
    }
    console.log(`deadline race at L + T ${offset >= 0 ? "+" : ""}${offset}: ${outcomes.join("; ")}`);
    expect(problems).toEqual([]);
  });

  it.each([
    ["b's check-in (time out and election) first, a's check-in after", "b"],
    ["a's heartbeat lands between b's read of a and b's time-out write", "a"],
  ])("at L + T + 1, forced order: %s: one primary, no overlap (held)", async (_name, first) => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    h.deps.sweeps = { request: () => {} };
    const { clusterId, n } = await setup(h, ["a", "b"]);
    const tl = timeline();
    expect((await ask(h, clusterId, n.a!, tl)).body.role).toBe("primary");
    clock.advance(T + 1);
    let ra: Awaited<ReturnType<typeof ask>>;
    let rb: Awaited<ReturnType<typeof ask>>;
    if (first === "b") {
      rb = await ask(h, clusterId, n.b!, tl);
      ra = await ask(h, clusterId, n.a!, tl);
      expect([ra.body.role, rb.body.role]).toEqual(["standby", "primary"]);
    } else {
      const g = gate(h);
      const held = g.hold(transactRecording("node.recovering"));
      const pending = ask(h, clusterId, n.b!, tl);
      await held.reached;
      ra = await ask(h, clusterId, n.a!, tl);
      held.release();
      rb = await pending;
      expect([ra.body.role, rb.body.role]).toEqual(["primary", "standby"]);
    }
    clock.advance(I);
    await ask(h, clusterId, n.a!, tl);
    await ask(h, clusterId, n.b!, tl);
    expect(tl.overlaps()).toEqual([]);
    expect(await storedProblems(h, clusterId, ["a", "b"])).toEqual([]);
  });

  it("the sweep and a standby's check-in time out the same holder at once (real concurrency, 6 rounds): one time out, one primary.lost, one election (held)", { timeout: 60_000 }, async () => {
    const problems: string[] = [];
    for (let round = 0; round < rounds(6); round++) {
      const h = await harness();
      const clock = h.clock as FakeClock;
      h.deps.sweeps = { request: () => {} };
      const { clusterId, n } = await setup(h, ["a", "b", "c"]);
      const tl = timeline();
      await ask(h, clusterId, n.a!, tl);
      clock.advance(T + 1);
      const cluster = (await readCluster(h.deps, clusterId, { consistent: true }))!;
      await Promise.all([ask(h, clusterId, n.b!, tl), ask(h, clusterId, n.c!, tl), sweepCluster(h.deps, cluster)]);
      const evs = await eventsOf(h, clusterId);
      const count = (type: string) => evs.filter((e) => e.type === type && (type !== "node.recovering" || e.nodeId === "a")).length;
      if (count("node.recovering") !== 1 || count("primary.lost") !== 1) problems.push(`round ${round}: ${count("node.recovering")} time outs, ${count("primary.lost")} losses`);
      const terms = (await elected(h, clusterId)).map((e) => e.term);
      if (terms.join() !== "1,2" && terms.join() !== "1") problems.push(`round ${round}: terms ${terms}`);
      problems.push(...(await storedProblems(h, clusterId, ["a", "b", "c"])), ...tl.overlaps());
    }
    expect(problems).toEqual([]);
  });
});

describe("attack: moves racing other changes of the lease", () => {
  it("an admin move races the sweep that times the holder out and a standby's check-in (real concurrency, 6 rounds): one valid lease, terms once each (held)", { timeout: 60_000 }, async () => {
    const problems: string[] = [];
    for (let round = 0; round < rounds(6); round++) {
      const h = await harness();
      const clock = h.clock as FakeClock;
      const { clusterId, n } = await setup(h, ["a", "b", "c"]);
      const tl = timeline();
      await ask(h, clusterId, n.a!, tl);
      clock.advance(T + 1);
      const cluster = (await readCluster(h.deps, clusterId, { consistent: true }))!;
      const [moved] = await Promise.all([move(h, clusterId, "b"), sweepCluster(h.deps, cluster), ask(h, clusterId, n.c!, tl)]);
      // b may be timed out by the same sweep (it never checked in): then the move is refused, cleanly.
      const refusedCleanly = moved.status === 409 && moved.body.error.code === "node_not_running";
      if (moved.status !== 202 && !refusedCleanly) problems.push(`round ${round}: move ${moved.status} ${JSON.stringify(moved.body)}`);
      clock.advance(I);
      for (const id of ["b", "c"]) await ask(h, clusterId, n[id]!, tl);
      clock.advance(I);
      for (const id of ["b", "c"]) await ask(h, clusterId, n[id]!, tl);
      const terms = (await elected(h, clusterId)).map((e) => e.term);
      if (terms.join() !== terms.map((_, i) => i + 1).join()) problems.push(`round ${round}: terms ${terms}`);
      problems.push(...(await storedProblems(h, clusterId, ["a", "b", "c"])), ...tl.overlaps().map((o) => `round ${round}: ${o}`));
    }
    expect(problems).toEqual([]);
  });

  it.each([
    ["leaves", async (h: Harness, clusterId: string, b: Agent) => (await h.call("POST", `/v1/clusters/${clusterId}/nodes/b/leave`, { token: b.nodeToken })).status],
    ["rejoins (a new epoch)", async (h: Harness, clusterId: string, _b: Agent, joinToken: string) => (await joinNode(h, clusterId, "b", joinToken)).epoch],
  ])("the node a move names %s between the holder's read of it and the hand-over write: the write is refused, the holder keeps a valid lease (held)", async (_name, change) => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    const { clusterId, joinToken, n } = await setup(h, ["a", "b"]);
    const tl = timeline();
    expect((await ask(h, clusterId, n.a!, tl)).body.role).toBe("primary");
    await ask(h, clusterId, n.b!, tl);
    expect((await move(h, clusterId, "b")).status).toBe(202);
    clock.advance(I);
    expect((await ask(h, clusterId, n.a!, tl)).body.role).toBe("standby"); // claims term 1: told standby
    clock.advance(I);
    const g = gate(h);
    const held = g.hold(transactRecording("primary.elected"));
    const pending = ask(h, clusterId, n.a!, tl); // claims nothing: hands over
    await held.reached;
    await change(h, clusterId, n.b!, joinToken);
    held.release();
    const ra = await pending;
    expect(ra.body).toMatchObject({ role: "primary", primary: { nodeId: "a", term: 1 } });
    expect(await storedProblems(h, clusterId, ["a", "b"])).toEqual([]);
    expect((await elected(h, clusterId)).map((e) => e.term)).toEqual([1]);
  });

  it("a move to a node that then dies does not hold the cluster without a primary for longer than its timeout (held)", async () => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    h.deps.sweeps = { request: () => {} };
    const { clusterId, n } = await setup(h, ["a", "b", "c"]);
    const tl = timeline();
    for (const id of ["a", "b", "c"]) await ask(h, clusterId, n[id]!, tl);
    const bLast = clock.now();
    expect((await move(h, clusterId, "b")).status).toBe(202);
    // b dies now; a and c go on checking in, with the sweep.
    let back: number | undefined;
    for (let t = 0; t < 12 && back === undefined; t++) {
      clock.advance(I);
      for (const id of ["a", "c"]) await ask(h, clusterId, n[id]!, tl);
      await sweepCluster(h.deps, (await readCluster(h.deps, clusterId, { consistent: true }))!);
      if (t > 0 && (n.a!.believed || n.c!.believed)) back = clock.now();
    }
    expect(back, "a primary again").toBeDefined();
    expect(back! - bLast).toBeLessThanOrEqual(T + 2 * I);
    expect(tl.overlaps()).toEqual([]);
    expect(await storedProblems(h, clusterId, ["a", "b", "c"])).toEqual([]);
  });
});

describe("attack: terms across everything that ends or moves a lease", () => {
  it("release, mode none → any, leave + forget + rejoin, supersede of the holder, a stale-epoch check-in, a guard that trips and lifts, a move: each term once, strictly growing (held)", async () => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    const { clusterId, joinToken, n } = await setup(h, ["a", "b", "c", "d"]);
    const tl = timeline();
    const step = async (ids: string[]) => {
      clock.advance(I);
      for (const id of ids) await ask(h, clusterId, n[id]!, tl);
    };
    await step(["a", "b", "c", "d"]); // a: term 1
    expect(n.a!.believed?.term).toBe(1);
    await patch(h, clusterId, { primaryMode: "none" });
    await step(["a"]); // told standby (it claimed its term)
    await step(["a"]); // released (it claims nothing)
    await patch(h, clusterId, { primaryMode: "any" });
    await step(["b", "a", "c", "d"]); // b: term 2
    expect(n.b!.believed?.term).toBe(2);
    expect((await h.call("POST", `/v1/clusters/${clusterId}/nodes/b/leave`, { token: n.b!.nodeToken })).status).toBe(200);
    expect((await admin(h, "DELETE", `/v1/clusters/${clusterId}/nodes/b`)).status).toBe(204);
    n.b = agent(await joinNode(h, clusterId, "b", joinToken));
    await step(["c", "a", "b", "d"]); // c: term 3
    expect(n.c!.believed?.term).toBe(3);
    // c restarts: a new incarnation supersedes the old one (and ends its lease); the old one's check-in is refused.
    const old = { ...n.c! };
    n.c = agent(await joinNode(h, clusterId, "c", joinToken));
    const stale = await checkIn(h, clusterId, old, { primaryTerm: 3, seq: old.seq + 1 });
    expect(stale.status).toBe(409);
    await step(["d", "a", "b", "c"]); // d: term 4
    expect(n.d!.believed?.term).toBe(4);
    // The guard trips (everyone but d silent, then d too), the lease is lost; it lifts; an election.
    clock.advance(T + 1);
    await sweepCluster(h.deps, (await readCluster(h.deps, clusterId, { consistent: true }))!);
    expect((await readCluster(h.deps, clusterId, { consistent: true }))!.disruptedSince).toBeDefined();
    await step(["a", "b", "c", "d"]);
    await sweepCluster(h.deps, (await readCluster(h.deps, clusterId, { consistent: true }))!);
    await step(["a", "b", "c", "d"]);
    const afterGuard = n.a!.believed?.term;
    expect(afterGuard).toBe(5);
    expect((await move(h, clusterId, "b")).status).toBe(202);
    await step(["a", "b", "c", "d"]);
    await step(["a", "b", "c", "d"]);
    await step(["a", "b", "c", "d"]);
    expect(n.b!.believed?.term).toBe(6);
    const terms = await elected(h, clusterId);
    expect(terms.map((e) => e.term)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(terms.map((e) => e.at)).toEqual([...terms.map((e) => e.at)].sort((x, y) => x - y));
    expect(tl.overlaps()).toEqual([]);
    expect(await storedProblems(h, clusterId, ["a", "b", "c", "d"])).toEqual([]);
  });
});

describe("attack: a flapping preferred node", () => {
  it("the preferred node checks in once every T + 2I (timed out, recovers, asks for the lease, gets it, goes silent): a primary at least half the time", { timeout: 120_000 }, async () => {
    const h = await harness();
    const clock = h.clock as FakeClock;
    const pending: string[] = [];
    h.deps.sweeps = { request: (id) => void pending.push(id) };
    const { clusterId, n } = await setup(h, ["a", "p", "c"], { primaryMode: "preferred", preferredPrimary: "p" });
    const tl = timeline();
    const start = clock.now();
    const FLAP = T + 2 * I;
    const CYCLES = 8;
    for (let tick = 0; tick <= FLAP * CYCLES; tick += 500) {
      clock.set(start + tick);
      const due = [tick % I === 0 ? "a" : undefined, tick % I === 1000 ? "c" : undefined, tick % FLAP === 500 ? "p" : undefined].filter((x) => x !== undefined);
      for (const id of due) {
        await ask(h, clusterId, n[id]!, tl);
        for (const c of pending.splice(0)) await runSweep(h.deps, c);
      }
    }
    const coverage = tl.coverage(start + FLAP, start + FLAP * CYCLES);
    const holders = (await elected(h, clusterId)).map((e) => `${e.to}#${e.term}`);
    console.log(`flapping preferred: a primary ${(coverage * 100).toFixed(0)}% of the time; elections ${holders.join(" ")}`);
    expect(tl.overlaps()).toEqual([]);
    expect(coverage, `share of time with a primary (elections: ${holders.join(" ")})`).toBeGreaterThanOrEqual(0.5);
  });
});
