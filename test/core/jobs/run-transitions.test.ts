import { beforeAll, describe, expect, it } from "vitest";
import { NotATransition, SAME, rowOf } from "../../../core/common/lifecycle-table";
import { readCluster } from "../../../core/clusters/cluster-item";
import { withDefaults } from "../../../core/clusters/settings";
import { hashToken } from "../../../core/common/tokens";
import type { RosterEvent } from "../../../core/events/events";
import { planClaim } from "../../../core/jobs/claim-plan";
import { type JobItem, toJob } from "../../../core/jobs/job-item";
import type { RunItem } from "../../../core/jobs/run-items";
import { CHECKED_ON, MAX_HELD, RUN_LIFECYCLE, type RunCheck, type RunRow } from "../../../core/jobs/run-lifecycle";
import { recoverRun } from "../../../core/jobs/run-recovery";
import { cancellingWrites, checksOn, completeWrites, startWrites, takeBackWrites } from "../../../core/jobs/run-transitions";
import { claimWrites } from "../../../core/jobs/claim-writes";
import type { NodeCredentials } from "../../../core/nodes/credentials";
import type { NodeItem } from "../../../core/nodes/node-item";
import { DEFAULT_NODE_SHARDS,
  activeRunKey,
  activeRunPartition,
  clusterKey,
  eventPartition,
  jobKey,
  nodeKey,
  nodePartitions,
  runHistoryKey,
  runHistoryPartition,
} from "../../../core/store/keys";
import { type Key, TransactionCanceled, type TransactItem } from "../../../core/store/table";
import type { FakeClock } from "../../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness } from "../../support/harness";

/**
 * Every row of the run lifecycle that writes, against DynamoDB Local: the transaction is built
 * as the code builds it (run-transitions.ts, from the items as read), then the stored items are
 * changed so that exactly one of the row's checks fails (as a racing writer would), and the
 * transaction must be refused on that check's item alone, with nothing changed. With no check
 * broken it must succeed and leave the run in the row's `to`.
 */
let h: Harness;
let clock: FakeClock;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
});

const T = 10_000;
const SETTINGS = { instanceTimeoutMs: T, instanceRecoveryTimeoutMs: 10_000, instanceCheckInIntervalMs: 2_000 };
type Node = { nodeId: string; nodeToken: string; epoch: number };
let clusters = 0;

/** A cluster with one node "a", running, and one job "j" due now; optionally claimed, started, or started and cancelled. */
async function situation(stage: "due" | "claimed" | "started" | "cancelling") {
  const { clusterId, first } = await clusterWithFirstNode(h, `rl${++clusters}`, "a", SETTINGS);
  const node: Node = first;
  const made = await h.call("POST", `/v1/clusters/${clusterId}/jobs`, { token: h.adminToken, body: { jobId: "j", type: "t", schedule: { rateMs: 60_000 } } });
  expect(made.status).toBe(201);
  clock.advance(60_000);
  let claim: { runId: string; claimToken: string } | undefined;
  if (stage !== "due") {
    const answer = await checkIn(h, clusterId, node, { capacity: 1, holding: [] });
    claim = answer.body.claims[0];
    expect(claim).toBeDefined();
  }
  if (stage === "started" || stage === "cancelling") {
    const path = `/v1/clusters/${clusterId}/runs/${encodeURIComponent(claim!.runId)}/start`;
    expect((await h.call("POST", path, { token: node.nodeToken, body: { claimToken: claim!.claimToken } })).status).toBe(200);
  }
  if (stage === "cancelling") {
    const cancelled = await h.call("POST", `/v1/clusters/${clusterId}/runs/${encodeURIComponent(claim!.runId)}/cancel`, { token: h.adminToken });
    expect(cancelled.body.state).toBe("cancelling");
  }
  const cred: NodeCredentials = { clusterId, nodeId: node.nodeId, epoch: node.epoch, shards: DEFAULT_NODE_SHARDS, token: node.nodeToken };
  return { clusterId, node, cred, claim };
}
type Situation = Awaited<ReturnType<typeof situation>>;

const get = async (key: Key) => h.deps.table.get({ Key: key, ConsistentRead: true });
const readJob = async (clusterId: string) => toJob((await get(jobKey(clusterId, "j")))!) as JobItem;
const readNode = async (clusterId: string) => (await get(nodeKey(clusterId, "a", DEFAULT_NODE_SHARDS))) as NodeItem | undefined;
const readRun = async (clusterId: string, runId: string) => (await get(activeRunKey(clusterId, runId))) as RunItem | undefined;
const set = (key: Key, attributes: Record<string, unknown>) =>
  h.deps.table.update({
    Key: key,
    UpdateExpression: `SET ${Object.keys(attributes).map((name, i) => `#a${i} = :v${i}`).join(", ")}`,
    ExpressionAttributeNames: Object.fromEntries(Object.keys(attributes).map((name, i) => [`#a${i}`, name])),
    ExpressionAttributeValues: Object.fromEntries(Object.values(attributes).map((value, i) => [`:v${i}`, value])),
  });

/** Every item of the cluster, partition by partition. */
async function everything(clusterId: string) {
  const pks = [
    clusterKey(clusterId).pk,
    ...nodePartitions(clusterId, DEFAULT_NODE_SHARDS),
    activeRunPartition(clusterId),
    runHistoryPartition(clusterId),
    eventPartition(clusterId),
  ];
  const parts = await Promise.all(
    pks.map(async (pk) => (await h.deps.table.query({ KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": pk }, ConsistentRead: true })).items),
  );
  return parts.flat();
}

/** A write of one row, built from the items as read, and the run it is about. */
interface Built {
  s: Situation;
  items: TransactItem[];
  runId: string;
}

/** One row in one situation (take-backs have two: the node item is the run's incarnation, or not). */
interface Case {
  row: RunRow;
  form: string;
  /** The checks this write makes. */
  checks: RunCheck[];
  build(): Promise<Built>;
}

const now = () => clock.now();
const settingsOf = async (clusterId: string) => withDefaults((await readCluster(h.deps, clusterId))!.settings);

function claimCase(row: RunRow): Case {
  return {
    row,
    form: "",
    checks: [...row.checks],
    async build() {
      const s = await situation("due");
      const job = await readJob(s.clusterId);
      const plan = planClaim(job, now(), (await settingsOf(s.clusterId)).misfireThresholdMs);
      if (plan.kind !== "claim") throw new Error(`the job is not due: ${plan.kind}`);
      const { items, runs } = claimWrites(row, { cred: s.cred, claims: [{ job, ...plan }], now: now(), retentionMs: 86_400_000 });
      return { s, items, runId: runs[0]!.run.runId };
    },
  };
}

const startCase = (row: RunRow): Case => ({
  row,
  form: "",
  checks: [...row.checks],
  async build() {
    const s = await situation("claimed");
    return { s, items: startWrites(row, { cred: s.cred, ...s.claim!, now: now(), retentionMs: 86_400_000 }), runId: s.claim!.runId };
  },
});

const completeCase = (row: RunRow): Case => ({
  row,
  form: "",
  checks: [...row.checks],
  async build() {
    const s = await situation(row.from[0] as "started" | "cancelling");
    const run = (await readRun(s.clusterId, s.claim!.runId))!;
    const { items } = completeWrites(row, { cred: s.cred, run, claimToken: s.claim!.claimToken, job: await readJob(s.clusterId), now: now(), retentionMs: 86_400_000 });
    return { s, items, runId: run.runId };
  },
});

/** The node item as each cause finds it: not running for node-down, running (and not listing the run) otherwise. */
const NODE_STATE_FOR: Record<string, Record<string, string>> = {
  "node-down": { claimed: "recovering", started: "offline", cancelling: "offline" },
  "lease-lapsed": { claimed: "running", started: "running", cancelling: "running" },
  "not-held": { claimed: "running", started: "running", cancelling: "running" },
  drained: { claimed: "running" },
  cancel: { claimed: "running", started: "running" }, // an admin's: whatever the node's state
};
/** What else the node item needs for a cause to hold: a drained take-back finds the node draining. */
const NODE_EXTRA_FOR: Record<string, Record<string, unknown>> = { drained: { drainingSince: 1 } };

function takeBackCases(row: RunRow): Case[] {
  const from = row.from[0] as "claimed" | "started" | "cancelling";
  const onNode = checksOn(row, "node");
  const build = (live: boolean) => async () => {
    const s = await situation(from);
    const stored = (await readNode(s.clusterId))!;
    if (live) await set(nodeKey(s.clusterId, "a", DEFAULT_NODE_SHARDS), { state: NODE_STATE_FOR[row.name]![from], ...NODE_EXTRA_FOR[row.name] });
    else await set(nodeKey(s.clusterId, "a", DEFAULT_NODE_SHARDS), { epoch: stored.epoch + 1 }); // another incarnation took its place
    const run = (await readRun(s.clusterId, s.claim!.runId))!;
    const node = (await readNode(s.clusterId))!;
    const settings = await settingsOf(s.clusterId);
    const items =
      row.to === "cancelling" // an admin's cancel of a started run: it stays in flight
        ? cancellingWrites(row, { run, node, shards: DEFAULT_NODE_SHARDS, settings, now: now(), retentionMs: settings.eventRetentionMs }).items
        : takeBackWrites(row, { run, node, shards: DEFAULT_NODE_SHARDS, job: await readJob(s.clusterId), settings, now: now(), seq: 0 });
    return { s, items, runId: run.runId };
  };
  return [
    { row, form: "(the run's incarnation)", checks: row.checks.filter((c) => c !== "incarnation gone"), build: build(true) },
    {
      row,
      form: "(another incarnation)",
      checks: row.checks.filter((c) => !onNode.includes(c) || c === "incarnation gone"),
      build: build(false),
    },
  ];
}

const CASES: Case[] = RUN_LIFECYCLE.transitions.flatMap((row): Case[] => {
  if (row.to === SAME) return []; // renew: the heartbeat writes the node item, never the run (below)
  if (row.name === "claim") return [claimCase(row)];
  if (row.name === "start") return [startCase(row)];
  if (row.name === "complete") return [completeCase(row)];
  return takeBackCases(row);
});

/** Ways to make exactly one check fail in the stored items. */
interface Breach {
  how: string;
  apply(b: Built, row: RunRow): Promise<unknown>;
}
const run = (b: Built) => activeRunKey(b.s.clusterId, b.runId);
const node = (b: Built) => nodeKey(b.s.clusterId, "a", DEFAULT_NODE_SHARDS);
const BREACHES: Record<RunCheck, Breach[]> = {
  absent: [{ how: "a run is already stored under its id", apply: (b) => h.deps.table.put({ Item: { ...run(b), runId: b.runId, state: "claimed" } }) }],
  state: [{ how: "the run moved to another state", apply: (b, row) => set(run(b), { state: row.from[0] === "claimed" ? "started" : "claimed" }) }],
  "claim token": [{ how: "another claim's hash is stored", apply: (b) => set(run(b), { claimTokenHash: hashToken("rct_another") }) }],
  holder: [
    { how: "another node holds the run", apply: (b) => set(run(b), { nodeId: "z" }) },
    { how: "another incarnation holds the run", apply: (b) => set(run(b), { epoch: b.s.node.epoch + 1 }) },
  ],
  "node token": [{ how: "another token's hash is on the node item", apply: (b) => set(node(b), { tokenHash: hashToken("rnode_another") }) }],
  "node running": [{ how: "the node is recovering", apply: (b) => set(node(b), { state: "recovering" }) }],
  "scheduling on": [{ how: "scheduling is off", apply: (b) => set(node(b), { schedulingEnabled: false }) }],
  "not draining": [{ how: "the node is draining", apply: (b) => set(node(b), { drainingSince: now() }) }],
  "node draining": [{ how: "the node is not draining", apply: (b) => h.deps.table.update({ Key: node(b), UpdateExpression: "REMOVE drainingSince" }) }],
  room: [
    {
      how: `the node holds ${MAX_HELD} runs`,
      apply: (b) => set(node(b), { assigned: new Set(Array.from({ length: MAX_HELD }, (_, i) => `j~${i}`)) }),
    },
  ],
  incarnation: [{ how: "another incarnation is on the node item", apply: (b) => set(node(b), { epoch: b.s.node.epoch + 1 }) }],
  "node not running": [{ how: "the node is running again", apply: (b) => set(node(b), { state: "running" }) }],
  "node offline or stopped": [
    { how: "the node is recovering", apply: (b) => set(node(b), { state: "recovering" }) },
    { how: "the node is running", apply: (b) => set(node(b), { state: "running" }) },
  ],
  "lease lapsed": [{ how: "a check-in listed the run just now", apply: (b) => set(node(b), { holding: [b.runId], heldAt: now() }) }],
  "not listed": [
    { how: "the latest check-in listed the run", apply: (b) => set(node(b), { holding: [b.runId], heldAt: now() }) },
    { how: "a check-in a lease ago listed the run", apply: (b) => set(node(b), { holding: [b.runId], heldAt: now() - T - 1 }) },
  ],
  "incarnation gone": [{ how: "the run's incarnation is on the node item", apply: (b) => set(node(b), { epoch: b.s.node.epoch }) }],
  "guard down": [{ how: "the disruption guard holds", apply: (b) => set(clusterKey(b.s.clusterId), { disruptedSince: now() }) }],
  "job version": [
    {
      how: "the job was written since it was read",
      apply: async (b) => set(jobKey(b.s.clusterId, "j"), { version: (await readJob(b.s.clusterId)).version + 1 }),
    },
  ],
};

/** Which transaction item a check is on. */
function itemOf(b: Built, check: RunCheck): number {
  const keys = b.items.map((item) => {
    const body = Object.values(item)[0] as { Key?: Key; Item?: Key };
    return body.Key ?? body.Item!;
  });
  const target = {
    run: activeRunKey(b.s.clusterId, b.runId),
    node: nodeKey(b.s.clusterId, "a", DEFAULT_NODE_SHARDS),
    cluster: clusterKey(b.s.clusterId),
    job: jobKey(b.s.clusterId, "j"),
  }[CHECKED_ON[check]];
  const found = keys.findIndex((k) => k.pk === target.pk && k.sk === target.sk);
  expect(found, `the write has an item for '${check}'`).toBeGreaterThanOrEqual(0);
  return found;
}

describe("every row that writes, against DynamoDB Local", () => {
  it("covers every check of every such row, and knows a way to break each", () => {
    for (const row of RUN_LIFECYCLE.transitions.filter((r) => r.to !== SAME)) {
      const tried = new Set(CASES.filter((c) => c.row === row).flatMap((c) => c.checks));
      expect([...tried].sort(), `${row.name} from ${row.from[0]} to ${row.to}`).toEqual([...row.checks].sort());
    }
    for (const c of CASES) for (const check of c.checks) expect(BREACHES[check]?.length, check).toBeGreaterThan(0);
  });

  for (const c of CASES) {
    const title = `${c.row.name} ${c.row.from.join("|")} → ${c.row.to} ${c.form}`.trim();
    describe(title, () => {
      for (const check of c.checks) {
        for (const breach of BREACHES[check]) {
          it(`is refused when '${check}' fails (${breach.how}), and nothing changes`, async () => {
            const b = await c.build();
            await breach.apply(b, c.row);
            const before = await everything(b.s.clusterId);
            const refusal = await h.deps.table.transact(b.items).then(
              () => undefined,
              (error: unknown) => error,
            );
            expect(refusal).toBeInstanceOf(TransactionCanceled);
            const failed = (refusal as TransactionCanceled).reasons.map((r, i) => (r.code === "None" ? undefined : `${i}:${r.code}`)).filter(Boolean);
            expect(failed).toEqual([`${itemOf(b, check)}:ConditionalCheckFailed`]);
            expect(await everything(b.s.clusterId)).toEqual(before);
          });
        }
      }

      it(`succeeds with every check satisfied, and leaves the run ${c.row.to}`, async () => {
        const b = await c.build();
        const events = async () => ((await everything(b.s.clusterId)).filter((i) => i.pk === eventPartition(b.s.clusterId)) as RosterEvent[]);
        const before = new Set((await events()).map((e) => e.eventId));
        await h.deps.table.transact(b.items);
        const active = await readRun(b.s.clusterId, b.runId);
        const history = (await get(runHistoryKey(b.s.clusterId, b.runId))) as RunItem | undefined;
        if (c.row.to === "claimed" || c.row.to === "started" || c.row.to === "cancelling") {
          expect(active?.state).toBe(c.row.to);
          expect(history).toBeUndefined();
        } else {
          expect(active).toBeUndefined();
          expect(history?.state).toBe(c.row.to);
        }
        // A cancelled started run is on its node item's revoking set (the check-in's `revoked`) until it ends.
        const revoking = ((await readNode(b.s.clusterId)) as (NodeItem & { revoking?: Set<string> }) | undefined)?.revoking;
        if (c.form !== "(another incarnation)" && c.row.to === "cancelling") expect(revoking).toEqual(new Set([b.runId]));
        if (c.form !== "(another incarnation)" && c.row.from[0] === "cancelling") expect(revoking?.has(b.runId) ?? false).toBe(false);
        const written = (await events()).filter((e) => !before.has(e.eventId));
        expect(written.map((e) => e.type)).toEqual(c.row.events);
        if (c.row.to === "requeued" || c.row.to === "orphaned" || c.row.to === "cancelled") expect(written[0]!.detail.reason).toBe(c.row.name);
        if (c.row.to === "requeued") expect((await readJob(b.s.clusterId)).queue).toEqual([{ scheduledFor: history!.scheduledFor, reason: "requeue" }]);
      });
    });
  }
});

describe("the guard and the take-backs", () => {
  it("lets a leave or an admin's force-offline waive the guard (node-down), and not-held never checks it", async () => {
    for (const [name, ignoreGuard] of [["node-down", true], ["not-held", false]] as const) {
      const s = await situation("claimed");
      await set(nodeKey(s.clusterId, "a", DEFAULT_NODE_SHARDS), { state: name === "node-down" ? "stopped" : "running" });
      await set(clusterKey(s.clusterId), { disruptedSince: now() });
      const run = (await readRun(s.clusterId, s.claim!.runId))!;
      const items = takeBackWrites(rowOf(RUN_LIFECYCLE, name, "claimed"), {
        run,
        node: await readNode(s.clusterId),
        shards: DEFAULT_NODE_SHARDS,
        job: await readJob(s.clusterId),
        settings: await settingsOf(s.clusterId),
        now: now(),
        seq: 0,
        ignoreGuard,
      });
      await h.deps.table.transact(items);
      expect(((await get(runHistoryKey(s.clusterId, run.runId))) as RunItem).state).toBe("requeued");
    }
  });

  it("will not write a take-back that is not a row: orphaning a claim throws NotATransition, and nothing changes", async () => {
    const s = await situation("claimed");
    await set(nodeKey(s.clusterId, "a", DEFAULT_NODE_SHARDS), { state: "offline" });
    const cluster = (await readCluster(h.deps, s.clusterId))!;
    const run = (await readRun(s.clusterId, s.claim!.runId))!;
    const before = await everything(s.clusterId);
    await expect(recoverRun(h.deps, cluster, { run, how: "orphan", why: "node-down" }, await readNode(s.clusterId), now())).rejects.toThrow(NotATransition);
    expect(await everything(s.clusterId)).toEqual(before);
  });
});

describe("renew: a check-in that lists the run", () => {
  it("writes the listing on the node item and leaves the run as it was; with another token stored, nothing at all", async () => {
    const s = await situation("started");
    clock.advance(1_000);
    const runBefore = await readRun(s.clusterId, s.claim!.runId);
    expect((await checkIn(h, s.clusterId, s.node, { holding: [s.claim!.runId] })).status).toBe(200);
    const listed = (await readNode(s.clusterId))!;
    expect(listed.holding).toEqual([s.claim!.runId]);
    expect(listed.heldAt).toBe(now());
    expect(await readRun(s.clusterId, s.claim!.runId)).toEqual(runBefore);

    await set(nodeKey(s.clusterId, "a", DEFAULT_NODE_SHARDS), { tokenHash: hashToken("rnode_another") });
    clock.advance(1_000);
    const before = await everything(s.clusterId);
    expect((await checkIn(h, s.clusterId, s.node, { holding: [s.claim!.runId] })).status).toBeGreaterThanOrEqual(400);
    expect(await everything(s.clusterId)).toEqual(before);
  });
});
