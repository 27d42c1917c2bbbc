/**
 * The commands of the model-based test: plain data (so fast-check shrinks them and a trace
 * reads them back), each run against the model and the real system, whose answers and stored
 * state are compared after every step.
 */
import fc from "fast-check";
import { activeRuns } from "../../../core/jobs/run-recovery";
import { JOBS, Model, NODE_IDS, R, T } from "./model";
import { type Client, START, System } from "./system";

type Via = "current" | "zombie";
/** Who drains or undrains: an admin, or the node with a token of its own (current or previous incarnation). */
type By = "admin" | "self";
export type Step =
  | { k: "checkIn"; n: number; capacity: number; listing: "known" | "empty" | "omit" | "forget1"; types: "all" | "a" | "b"; lost: boolean; via: Via }
  | { k: "start"; n: number; pick: number; lost: boolean; repeat: boolean; via: Via }
  | { k: "complete"; n: number; pick: number; outcome: "succeeded" | "failed"; lost: boolean; repeat: boolean; via: Via }
  | { k: "advance"; ms: number }
  | { k: "sweep" }
  | { k: "leave"; n: number; lost: boolean; via: Via }
  | { k: "join"; n: number; lost: boolean }
  | { k: "forget"; n: number }
  | { k: "trigger"; j: number }
  | { k: "deleteJob"; j: number }
  | { k: "createJob"; j: number }
  /** busy: the first node from n whose incarnation holds a claim (else any run in flight), so that drains meet work. */
  | { k: "drain"; n: number; by: By; via: Via; busy: boolean }
  /** busy: the first node from n that drains, so that undrains meet drains. */
  | { k: "undrain"; n: number; by: By; via: Via; busy: boolean }
  /** An admin cancels a run: a started one (else one in flight), one in flight, any the cluster ever had, or an id it never had. */
  | { k: "cancel"; which: "started" | "live" | "any" | "unknown"; pick: number }
  /** Settling only: a node id whose newest incarnation its processes do not know joins again. */
  | { k: "rejoinIfUnknown"; n: number };

const node = fc.integer({ min: 0, max: NODE_IDS.length - 1 });
const job = fc.integer({ min: 0, max: JOBS.length - 1 });
const via = fc.constantFrom<Via>("current", "current", "current", "zombie");
const rarely = fc.integer({ min: 0, max: 4 }).map((x) => x === 0);
const by = fc.constantFrom<By>("admin", "admin", "self");

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ k: fc.constant("checkIn" as const), n: node, capacity: fc.constantFrom(0, 1, 1, 2), listing: fc.constantFrom("known" as const, "known" as const, "known" as const, "empty" as const, "omit" as const, "forget1" as const), types: fc.constantFrom("all" as const, "all" as const, "a" as const, "b" as const), lost: rarely, via }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant("start" as const), n: node, pick: fc.nat(5), lost: rarely, repeat: rarely, via }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant("complete" as const), n: node, pick: fc.nat(5), outcome: fc.constantFrom("succeeded" as const, "failed" as const), lost: rarely, repeat: rarely, via }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("advance" as const), ms: fc.constantFrom(1_000, 3_000, 6_000, T, T + 1, R + T + 2) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("sweep" as const) }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant("trigger" as const), j: job }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("leave" as const), n: node, lost: rarely, via }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("join" as const), n: node, lost: rarely }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("forget" as const), n: node }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("deleteJob" as const), j: job }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("createJob" as const), j: job }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("drain" as const), n: node, by, via, busy: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("undrain" as const), n: node, by, via, busy: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("cancel" as const), which: fc.constantFrom("started" as const, "started" as const, "live" as const, "live" as const, "any" as const, "unknown" as const), pick: fc.nat(5) }) },
);

/** The steps that end every sequence: time passes, every node comes back without listing, sweeps. */
export const settle: Step[] = [
  { k: "advance", ms: T + 1 },
  ...NODE_IDS.map((_, n) => ({ k: "rejoinIfUnknown" as const, n })),
  ...NODE_IDS.map((_, n) => ({ k: "checkIn" as const, n, capacity: 0, listing: "omit" as const, types: "all" as const, lost: false, via: "current" as const })),
  { k: "sweep" },
  { k: "sweep" },
  { k: "sweep" },
  { k: "sweep" },
];

export function describeStep(s: Step): string {
  const id = "n" in s ? NODE_IDS[s.n] : "";
  const flags = (x: { lost?: boolean; repeat?: boolean; via?: Via }) =>
    [x.via === "zombie" ? "by its previous incarnation" : "", x.repeat ? "twice" : "", x.lost ? "(answer lost)" : ""].filter(Boolean).join(" ");
  switch (s.k) {
    case "checkIn":
      return `${id} checks in, capacity ${s.capacity}, holding ${s.listing === "omit" ? "not sent" : s.listing === "known" ? "= what it knows" : s.listing === "empty" ? "[]" : "= what it knows minus one (forgets it)"}${s.types === "all" ? "" : `, types [${s.types}]`} ${flags(s)}`.trim();
    case "start":
    case "complete":
      return `${id} (or the next node that knows a claim) ${s.k === "start" ? "starts" : `completes (${s.outcome})`} its claim #${s.pick} ${flags(s)}`.trim();
    case "advance":
      return `clock +${s.ms} ms`;
    case "sweep":
      return "sweep";
    case "leave":
      return `${id} leaves ${flags(s)}`.trim();
    case "join":
      return `${id} joins again ${flags(s)}`.trim();
    case "forget":
      return `admin forgets ${id}`;
    case "rejoinIfUnknown":
      return `${id} joins again if its newest incarnation is unknown to it`;
    case "drain":
    case "undrain": {
      const target = s.busy ? `${id} (or the next node ${s.k === "drain" ? "with work" : "that drains"})` : id;
      return `${s.by === "admin" ? "admin" : `the node itself${s.via === "zombie" ? " (its previous incarnation)" : ""}`} ${s.k}s ${target}`;
    }
    case "cancel":
      return `admin cancels ${s.which === "unknown" ? "a run id never claimed" : `${s.which === "started" ? "a started run (else one in flight)" : s.which === "live" ? "a run in flight" : "a run"} #${s.pick}`}`;
    case "trigger":
    case "deleteJob":
    case "createJob":
      return `admin ${s.k === "trigger" ? "triggers" : s.k === "deleteJob" ? "deletes" : "creates"} job ${JOBS[s.j]!.jobId}`;
  }
}

/** The run a start/complete names: the client's own claims first, then any its node id ever heard of. */
function pickRun(sys: System, client: Client, nodeId: string, pick: number) {
  const own = [...client.known.keys()];
  const others = [...(sys.everKnown.get(nodeId)?.keys() ?? [])].filter((r) => !client.known.has(r));
  const all = [...own, ...others];
  if (all.length === 0) return undefined;
  const runId = all[pick % all.length]!;
  return { runId, claimToken: client.known.get(runId)?.claimToken ?? sys.everKnown.get(nodeId)!.get(runId)! };
}

/** From node n on, the first whose current incarnation holds a claim, else one with a run in flight, else n. */
function busyNode(model: Model, n: number) {
  const ids = NODE_IDS.map((_, k) => NODE_IDS[(n + k) % NODE_IDS.length]!);
  const runs = (id: string) => {
    const node = model.nodes.get(id);
    return node ? model.runsOf(id, node.epoch) : [];
  };
  return ids.find((id) => runs(id).some((r) => r.state === "claimed")) ?? ids.find((id) => runs(id).length > 0) ?? ids[0]!;
}

/** From node n on, the first that drains, else n. */
function drainingNode(model: Model, n: number) {
  const ids = NODE_IDS.map((_, k) => NODE_IDS[(n + k) % NODE_IDS.length]!);
  return ids.find((id) => model.nodes.get(id)?.drainingSince !== undefined) ?? ids[0]!;
}

const short = (runId: string) => runId.replace(/~0*(\d+)~/, "~$1~");
const said = (a: { status: number; code?: string }) => (a.status === 200 ? "200" : `${a.status} ${a.code}`);

/** Run one step on both sides; returns what happened, for the trace. Throws a ModelViolation on disagreement. */
export async function runStep(s: Step, model: Model, sys: System): Promise<string> {
  let nodeId: string = "n" in s ? NODE_IDS[s.n]! : "";
  switch (s.k) {
    case "advance": {
      sys.clock.advance(s.ms);
      model.now += s.ms;
      return `t=${model.now - START}`;
    }
    case "sweep": {
      const answer = await sys.sweep();
      model.sweep(new Set((await activeRuns(sys.deps, sys.clusterId)).map((r) => r.runId)));
      return said(answer);
    }
    case "trigger": {
      const jobId = JOBS[s.j]!.jobId;
      const answer = await sys.trigger(jobId);
      model.trigger(jobId, answer);
      return said(answer);
    }
    case "deleteJob": {
      const jobId = JOBS[s.j]!.jobId;
      const answer = await sys.deleteJob(jobId);
      model.deleteJob(jobId, answer);
      return said(answer);
    }
    case "createJob": {
      const answer = await sys.createJob(JOBS[s.j]!.jobId);
      model.createJob(JOBS[s.j]!, answer);
      return said(answer);
    }
    case "forget": {
      const answer = await sys.forget(nodeId);
      model.forget(nodeId, answer);
      return said(answer);
    }
    case "drain":
    case "undrain": {
      if (s.busy) nodeId = s.k === "drain" ? busyNode(model, s.n) : drainingNode(model, s.n);
      const cred = s.by === "self" ? sys.cred(nodeId, s.via)!.cred : undefined;
      const answer = s.k === "drain" ? await sys.drain(nodeId, cred) : await sys.undrain(nodeId, cred);
      if (s.k === "drain") model.drain(nodeId, cred ?? "admin", answer);
      else model.undrain(nodeId, cred ?? "admin", answer);
      return `${cred ? `#${cred.epoch}: ` : ""}${said(answer)}${answer.status === 200 ? ` draining ${answer.body.draining} drained ${answer.body.drained}` : ""}`;
    }
    case "cancel": {
      // The run named from the model's list (claim order): both sides see the same ids.
      const all = [...model.runs.values()];
      const live = model.liveRuns();
      const started = live.filter((r) => r.state !== "claimed");
      const runs = s.which === "unknown" ? [] : s.which === "started" && started.length > 0 ? started : s.which !== "any" && live.length > 0 ? live : all;
      const runId = runs.length > 0 ? runs[s.pick % runs.length]!.runId : `${JOBS[s.pick % JOBS.length]!.jobId}~never~${s.pick}`;
      const before = model.runs.get(runId)?.state ?? "unknown";
      const answer = await sys.cancel(runId);
      model.cancel(runId, answer);
      tally(sys, `cancel ${before} -> ${said(answer)}${answer.status === 200 ? ` ${answer.body.state}` : ""}`);
      return `${short(runId)} (${before}): ${said(answer)}${answer.status === 200 ? ` ${answer.body.state}` : ""}`;
    }
    case "join":
    case "rejoinIfUnknown": {
      if (s.k === "rejoinIfUnknown") {
        const m = model.nodes.get(nodeId);
        const known = sys.cred(nodeId, "current")?.cred.epoch;
        if (m && m.epoch === known && m.state !== "offline" && m.state !== "stopped") return "not needed";
      }
      const answer = await sys.join(nodeId);
      model.join(nodeId, answer);
      if (!(s.k === "join" && s.lost)) sys.learned(nodeId, answer);
      return `${said(answer)} epoch ${answer.body?.epoch}`;
    }
    case "leave": {
      const client = sys.cred(nodeId, s.via)!;
      const answer = await sys.leave(client.cred);
      model.leave(client.cred, answer);
      if (!s.lost && answer.status === 200) client.known.clear();
      return `#${client.cred.epoch}: ${said(answer)}`;
    }
    case "checkIn": {
      const client = sys.cred(nodeId, s.via)!;
      const known = [...client.known.keys()];
      let holding: string[] | undefined;
      if (s.listing === "known") holding = known;
      else if (s.listing === "empty") holding = [];
      else if (s.listing === "forget1") {
        holding = known.slice(1);
        if (known[0]) client.known.delete(known[0]); // the node lost it for good (a crashed handler, a restart)
      }
      const body = { capacity: s.capacity, ...(holding ? { holding } : {}), ...(s.types === "all" ? {} : { types: [s.types] }) };
      const answer = await sys.checkIn(client.cred, body);
      model.checkIn(client.cred, body, answer);
      if (answer.status === 200) {
        for (const c of answer.body.claims) sys.heard(nodeId, c.runId, c.claimToken);
        if (!s.lost) {
          for (const c of answer.body.claims) client.known.set(c.runId, { claimToken: c.claimToken, started: false });
          for (const r of answer.body.revoked) client.known.delete(r);
        }
        return `#${client.cred.epoch}: 200 claims [${answer.body.claims.map((c: { runId: string; fencingToken: number }) => `${short(c.runId)} f${c.fencingToken}`).join(", ")}] revoked [${answer.body.revoked.map(short).join(", ")}]`;
      }
      return `#${client.cred.epoch}: ${said(answer)}`;
    }
    case "start":
    case "complete": {
      // The node named, or the next one whose processes know of a claim (steps that name nothing are wasted).
      const holder = NODE_IDS.map((_, k) => NODE_IDS[(s.n + k) % NODE_IDS.length]!)
        .map((id) => ({ id, client: sys.cred(id, s.via)! }))
        .map((c) => ({ ...c, picked: pickRun(sys, c.client, c.id, s.pick) }))
        .find((c) => c.picked);
      if (!holder) return "nothing to name";
      const { client, picked } = holder as { client: Client; picked: NonNullable<ReturnType<typeof pickRun>> };
      const results: string[] = [];
      for (let i = 0; i < (s.repeat ? 2 : 1); i++) {
        const answer =
          s.k === "start"
            ? await sys.start(client.cred, picked.runId, picked.claimToken)
            : await sys.complete(client.cred, picked.runId, picked.claimToken, s.outcome);
        if (s.k === "start") model.start(client.cred, picked.runId, answer);
        else model.complete(client.cred, picked.runId, s.outcome, answer);
        results.push(said(answer));
        if (!s.lost) {
          if (answer.status === 200 && s.k === "start") client.known.set(picked.runId, { claimToken: picked.claimToken, started: true });
          if ((answer.status === 200 && s.k === "complete") || answer.code === "claim_lost") client.known.delete(picked.runId);
        }
      }
      return `${short(picked.runId)} with ${client.cred.nodeId}#${client.cred.epoch}: ${results.join(", ")}`;
    }
  }
}

/**
 * What a sequence reached: the events the model expected (type and reason), and the cancels'
 * answers. The test adds them up, prints them, and checks that drains, undrains and cancels did
 * reach the states they are meant to exercise.
 */
const tally = (sys: System, what: string) => sys.reached.set(what, (sys.reached.get(what) ?? 0) + 1);

const prof = new Map<string, [number, number, number]>();
export const profile = prof;
function PROFILE(k: string, op: number, cmp: number) {
  const p = prof.get(k) ?? [0, 0, 0];
  prof.set(k, [p[0] + 1, p[1] + op, p[2] + cmp]);
}

/** One step as a fast-check command: always applicable (a step that names nothing is a no-op). */
class StepCommand implements fc.AsyncCommand<Model, System> {
  constructor(
    readonly step: Step,
    readonly index: number,
    readonly trace: string[],
    readonly settleStart: number,
  ) {}
  check() {
    return true;
  }
  async run(model: Model, sys: System) {
    const line = `${String(this.index + 1).padStart(3)}. ${this.index >= this.settleStart ? "[settle] " : ""}${describeStep(this.step)}`;
    try {
      const t0 = performance.now();
      const outcome = await runStep(this.step, model, sys);
      const t1 = performance.now();
      for (const e of model.expected) tally(sys, `${this.index >= this.settleStart ? "[settle] " : ""}${e.split(" ").filter((_, i) => i !== 1).join(" ")}`);
      // The clock alone changes nothing stored, and a step that named nothing sent nothing.
      if (this.step.k !== "advance" && outcome !== "nothing to name" && outcome !== "not needed") await sys.compare(model);
      if (process.env.ROSTER_MODEL_PROFILE) PROFILE(this.step.k, t1 - t0, performance.now() - t1);
      this.trace.push(`${line} -> ${outcome}`);
    } catch (error) {
      this.trace.push(`${line}\n       !! ${(error as Error).message.split("\n").join("\n       ")}`);
      (error as Error).message = `model and system disagree at step ${this.index + 1} (cluster ${sys.clusterId}):\n${this.trace.join("\n")}`;
      throw error;
    }
  }
  toString() {
    return describeStep(this.step);
  }
}

/**
 * A fresh cluster, the model beside it, the steps and then the settling run by fc.asyncModelRun
 * with the comparison after each; then no run may be left in flight (no job blocked forever).
 */
export async function runSequence(h: ConstructorParameters<typeof System>[0], label: string, steps: Step[]) {
  const trace: string[] = [];
  const sys = new System(h, label);
  const model = new Model(START);
  const all = [...steps, ...settle];
  await fc.asyncModelRun(
    async () => {
      await sys.setup(model);
      await sys.compare(model);
      return { model, real: sys };
    },
    all.map((step, i) => new StepCommand(step, i, trace, steps.length)),
  );
  if (model.liveRuns().length > 0) {
    throw new Error(`runs still in flight after settling: ${model.liveRuns().map((r) => r.runId).join(", ")}\n${trace.join("\n")}`);
  }
  for (const j of model.jobs.values()) {
    if (j.activeRunId) throw new Error(`job ${j.jobId} still blocked by ${j.activeRunId} after settling\n${trace.join("\n")}`);
  }
  return { steps: all.length, trace, reached: sys.reached };
}
