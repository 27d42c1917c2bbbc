/**
 * The real Roster under the model: core functions called directly (what the routes call,
 * with the credentials the auth middleware builds from a node token), on DynamoDB Local, with a
 * fake clock of its own per sequence. Also reads the stored state back for comparison.
 */
import { randomBytes } from "node:crypto";
import { type ClusterItem, readCluster } from "../../../core/clusters/cluster-item";
import { createCluster } from "../../../core/clusters/clusters";
import type { Deps } from "../../../core/ports";
import { RosterError } from "../../../core/common/errors";
import { type JobItem, createJob, deleteJob, triggerJob } from "../../../core/jobs/jobs";
import { DEFAULT_NODE_SHARDS, clusterKey, eventPartition, nodeKey } from "../../../core/store/keys";
import { queryAll } from "../../../core/store/table";
import { join } from "../../../core/nodes/join";
import { checkIn } from "../../../core/nodes/check-in";
import { leave } from "../../../core/nodes/leave";
import { forgetNode } from "../../../core/nodes/nodes";
import { drainNode, undrainNode } from "../../../core/nodes/drain";
import { cancelRun } from "../../../core/jobs/cancel";
import { type NodeItem } from "../../../core/nodes/node-item";
import { activeRuns } from "../../../core/jobs/run-recovery";
import { completeRun, startRun } from "../../../core/jobs/runs";
import { sweepCluster } from "../../../core/detection/sweep";
import { iso } from "../../../core/common/clock";
import { fakeClock, type FakeClock } from "../fake-clock";
import type { Harness } from "../harness";
import { type Answer, type Cred, JOBS, type Model, NODE_IDS, SETTINGS, fail } from "./model";

export const START = Date.parse("2026-11-23T10:00:00.000Z");
const FAR = "2036-01-01T00:00:00.000Z"; // the jobs' own schedule never fires: occurrences come from triggers and requeues

/** What one node id's processes know: each incarnation's token and the claims it has heard of. */
export interface Client {
  cred: Cred;
  known: Map<string, { claimToken: string; started: boolean }>;
}

export class System {
  readonly deps: Deps;
  readonly clock: FakeClock;
  readonly clusterId: string;
  joinToken = "";
  /** Per node id, its incarnations as the node processes know them, oldest first. */
  clients = new Map<string, Client[]>();
  /** Every claim token any process of a node id ever heard of. */
  everKnown = new Map<string, Map<string, string>>();
  /** What this sequence reached, for the test's coverage (commands.ts). */
  reached = new Map<string, number>();
  private seenEvents = new Set<string>();

  constructor(h: Harness, label: string) {
    this.clock = fakeClock(START);
    this.deps = { table: h.deps.table, clock: this.clock, vault: h.deps.vault };
    this.clusterId = `${label}-${randomBytes(4).toString("hex")}`;
  }

  async call(fn: () => Promise<unknown>): Promise<Answer> {
    try {
      return { status: 200, body: await fn() };
    } catch (error) {
      if (error instanceof RosterError) return { status: error.status, code: error.code };
      throw error;
    }
  }

  cred(nodeId: string, via: "current" | "zombie"): Client | undefined {
    const list = this.clients.get(nodeId) ?? [];
    return via === "zombie" ? (list.at(-2) ?? list.at(-1)) : list.at(-1);
  }

  learned(nodeId: string, answer: Answer) {
    const cred = { nodeId, epoch: answer.body.epoch as number, token: answer.body.nodeToken as string };
    this.clients.set(nodeId, [...(this.clients.get(nodeId) ?? []), { cred, known: new Map() }]);
  }

  heard(nodeId: string, runId: string, claimToken: string) {
    const all = this.everKnown.get(nodeId) ?? new Map<string, string>();
    all.set(runId, claimToken);
    this.everKnown.set(nodeId, all);
  }

  // ---- operations -----------------------------------------------------------------------------

  async setup(model: Model) {
    const created = await createCluster(this.deps, { clusterId: this.clusterId, settings: SETTINGS });
    this.joinToken = created.joinToken;
    for (const [i, nodeId] of NODE_IDS.entries()) {
      const answer = await this.join(nodeId, i === 0 ? "clustered-first" : "clustered-additional");
      if (i === 0) model.firstJoin(nodeId, answer);
      else model.join(nodeId, answer);
      this.learned(nodeId, answer);
    }
    for (const def of JOBS) model.createJob(def, await this.createJob(def.jobId));
  }

  join(nodeId: string, instanceType: "clustered-first" | "clustered-additional" = "clustered-additional") {
    return this.call(() =>
      join(this.deps, { clusterId: this.clusterId, nodeId, joinToken: this.joinToken, body: { instanceType, softwareVersion: "1.0.0" } }),
    );
  }
  checkIn(cred: Cred, body: { capacity: number; holding?: string[]; types?: string[] }) {
    return this.call(() =>
      checkIn(this.deps, { clusterId: this.clusterId, shards: DEFAULT_NODE_SHARDS, ...cred }, { epoch: cred.epoch, sentAt: iso(this.clock.now()), ...body }),
    );
  }
  start(cred: Cred, runId: string, claimToken: string) {
    return this.call(() => startRun(this.deps, { clusterId: this.clusterId, shards: DEFAULT_NODE_SHARDS, ...cred }, runId, claimToken));
  }
  complete(cred: Cred, runId: string, claimToken: string, outcome: "succeeded" | "failed") {
    return this.call(() => completeRun(this.deps, { clusterId: this.clusterId, shards: DEFAULT_NODE_SHARDS, ...cred }, runId, { claimToken, outcome }));
  }
  leave(cred: Cred) {
    return this.call(() => leave(this.deps, { clusterId: this.clusterId, shards: DEFAULT_NODE_SHARDS, ...cred }));
  }
  forget(nodeId: string) {
    return this.call(() => forgetNode(this.deps, this.clusterId, nodeId));
  }
  createJob(jobId: string) {
    const def = JOBS.find((j) => j.jobId === jobId)!;
    return this.call(() =>
      createJob(this.deps, this.clusterId, { jobId, type: def.type, concurrent: def.concurrent, schedule: { at: FAR } }),
    );
  }
  trigger(jobId: string) {
    return this.call(() => triggerJob(this.deps, this.clusterId, jobId));
  }
  deleteJob(jobId: string) {
    return this.call(() => deleteJob(this.deps, this.clusterId, jobId));
  }
  /** Drain or undrain as an admin, or with a node token (what the route passes for a node's own token). */
  drain(nodeId: string, cred?: Cred) {
    return this.call(() => drainNode(this.deps, this.clusterId, nodeId, cred ? { cred: { clusterId: this.clusterId, shards: DEFAULT_NODE_SHARDS, ...cred } } : { admin: true }));
  }
  undrain(nodeId: string, cred?: Cred) {
    return this.call(() => undrainNode(this.deps, this.clusterId, nodeId, cred ? { cred: { clusterId: this.clusterId, shards: DEFAULT_NODE_SHARDS, ...cred } } : { admin: true }));
  }
  cancel(runId: string) {
    return this.call(() => cancelRun(this.deps, this.clusterId, runId));
  }
  async sweep() {
    const cluster = await readCluster(this.deps, this.clusterId, { consistent: true });
    return this.call(() => sweepCluster(this.deps, cluster!));
  }

  // ---- the stored state against the model ------------------------------------------------------

  /** Compare everything stored with the model; also the events this step recorded. */
  async compare(model: Model) {
    const now = this.clock.now();
    if (now !== model.now) fail(`clock ${now} but model ${model.now}`);
    const [nodes, runs, partition, events] = await Promise.all([
      // Only the shards our node ids live in, each one query.
      Promise.all(
        [...new Set(NODE_IDS.map((n) => nodeKey(this.clusterId, n, DEFAULT_NODE_SHARDS).pk))].map((pk) =>
          queryAll(this.deps.table, { KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": pk }, ConsistentRead: true }),
        ),
      ).then((x) => x.flat() as NodeItem[]),
      activeRuns(this.deps, this.clusterId),
      // The cluster item, the due pointers and the jobs share one partition: one query.
      queryAll(this.deps.table, { KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": clusterKey(this.clusterId).pk }, ConsistentRead: true }),
      this.deps.table.query({
        KeyConditionExpression: "pk = :pk AND sk >= :from",
        ExpressionAttributeValues: { ":pk": eventPartition(this.clusterId), ":from": iso(now) },
        ConsistentRead: true,
      }),
    ]);
    const cluster = partition.find((i) => i.sk === "CLUSTER") as ClusterItem | undefined;
    const jobs = JOBS.map((j) => partition.find((i) => i.sk === `JOB#${j.jobId}`) as JobItem | undefined);
    // Events: exactly one per change the model made in this step.
    const fresh = events.items.filter((e) => !this.seenEvents.has(e.eventId as string));
    for (const e of fresh) this.seenEvents.add(e.eventId as string);
    const got = fresh
      .map((e) => [e.type, e.detail?.runId ?? e.nodeId ?? "-", ...(e.detail?.reason ? [e.detail.reason] : [])].join(" "))
      .sort();
    const want = [...model.expected].sort();
    model.expected = [];
    if (JSON.stringify(got) !== JSON.stringify(want)) fail(`events recorded:\n    ${got.join("\n    ") || "(none)"}\n  the model expects:\n    ${want.join("\n    ") || "(none)"}`);

    // Due pointers: one per job with something due (its own far schedule counts) and nothing blocking it (core/jobs.ts).
    const pointers = partition.filter((i) => String(i.sk).startsWith("DUE#")).map((i) => String(i.sk).split("#").at(-1)).sort();
    const wantPointers = [...model.jobs.values()]
      .filter((j) => j.status === "live" && (j.concurrent || !j.activeRunId))
      .map((j) => j.jobId)
      .sort();
    if (JSON.stringify(pointers) !== JSON.stringify(wantPointers)) fail(`due pointers ${JSON.stringify(pointers)}, the model expects ${JSON.stringify(wantPointers)}`);
    // Nodes.
    const stored = new Map(nodes.map((n) => [n.nodeId, n]));
    for (const nodeId of NODE_IDS) {
      const m = model.nodes.get(nodeId);
      const s = stored.get(nodeId);
      if (!m || !s) {
        if (m || s) fail(`node ${nodeId}: stored ${s ? `${s.state}#${s.epoch}` : "absent"}, the model says ${m ? `${m.state}#${m.epoch}` : "absent"}`);
        continue;
      }
      type Seen = { state: string; epoch: number; assigned?: Iterable<string>; holding?: string[]; lastCheckIn: number; drainingSince?: number; drainedAt?: number };
      const view = (n: Seen, revoking: Iterable<string>) =>
        JSON.stringify({
          state: n.state,
          epoch: n.epoch,
          lastCheckIn: n.lastCheckIn,
          assigned: [...(n.assigned ?? [])].sort(),
          holding: [...(n.holding ?? [])].sort(),
          draining: n.drainingSince ?? null,
          drained: n.drainedAt ?? null,
          revoking: [...revoking].sort(),
        });
      const sv = view(s, s.revoking ?? []);
      const mv = view(m, model.revoking(nodeId));
      if (sv !== mv) fail(`node ${nodeId}: stored ${sv}, the model says ${mv}`);
    }
    // Runs in flight.
    const runView = (r: { runId: string; state: string; nodeId: string; epoch: number; fencing: number; scheduledFor: number }) =>
      `${r.runId} ${r.state} ${r.nodeId}#${r.epoch} f${r.fencing} @${r.scheduledFor}`;
    const storedRuns = runs.map((r) => runView({ ...r, fencing: r.fencingToken })).sort();
    const modelRuns = model.liveRuns().map(runView).sort();
    if (JSON.stringify(storedRuns) !== JSON.stringify(modelRuns)) {
      fail(`runs in flight:\n    ${storedRuns.join("\n    ") || "(none)"}\n  the model says:\n    ${modelRuns.join("\n    ") || "(none)"}`);
    }
    // Jobs.
    for (const [i, def] of JOBS.entries()) {
      const s = jobs[i];
      const m = model.jobs.get(def.jobId);
      const view = (j: { deleted: boolean; queue: number[]; fencing: number; activeRunId?: string | undefined }) =>
        JSON.stringify({ deleted: j.deleted, queue: j.queue, fencing: j.fencing, active: j.activeRunId ?? null });
      const sv = s ? view({ deleted: s.deleted === true, queue: s.queue.map((o) => o.scheduledFor), fencing: s.fencing, activeRunId: s.activeRunId }) : "absent";
      const mv = m ? view({ deleted: m.status === "deleted", queue: m.queue, fencing: m.fencing, activeRunId: m.activeRunId }) : "absent";
      if (sv !== mv) fail(`job ${def.jobId}: stored ${sv}, the model says ${mv}`);
    }
    // The guard.
    const guard = (d?: number, s?: number) => `disruptedSince=${d ?? "-"} stabilizedAt=${s ?? "-"}`;
    if (guard(cluster?.disruptedSince, cluster?.stabilizedAt) !== guard(model.disruptedSince, model.stabilizedAt)) {
      fail(`guard: stored ${guard(cluster?.disruptedSince, cluster?.stabilizedAt)}, the model says ${guard(model.disruptedSince, model.stabilizedAt)}`);
    }
    model.invariants();
  }
}
