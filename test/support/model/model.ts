/**
 * A small reference model of Roster's guarantees (README "Guarantees", docs/design.md), in
 * plain TypeScript: which node incarnations exist and in which state, which runs are live and
 * whose, what each job has queued, its fencing counter, the disruption guard, and the events
 * each change must record. It knows nothing of DynamoDB: each operation takes the real answer,
 * checks that the model allows it, and moves the model the way the rules say.
 *
 * Drain and cancel (issue 18) are modelled from README "Drain a node before an update", "Cancel
 * a run" and the run lifecycle table, not from core/: see `drain`, `undrain`, `cancel`, and
 * their parts in `checkIn`, `start`, `complete` and `takeBack`. Where the text leaves a choice,
 * the reading taken is written beside the code.
 */

export const T = 10_000; // instanceTimeoutMs: node timeout and lease length
export const R = 10_000; // instanceRecoveryTimeoutMs
export const THRESHOLD = 0.55; // disruptionThreshold (default)
export const SETTINGS = { instanceTimeoutMs: T, instanceRecoveryTimeoutMs: R, instanceCheckInIntervalMs: 2_000, misfireThresholdMs: 86_400_000 };
export const NODE_IDS = ["n0", "n1", "n2"] as const;
export const JOBS = [
  { jobId: "j0", type: "a", concurrent: false },
  { jobId: "j1", type: "b", concurrent: true },
  { jobId: "j2", type: "a", concurrent: false },
] as const;

export type NodeState = "running" | "recovering" | "offline" | "stopped";
export interface MNode {
  epoch: number;
  state: NodeState;
  lastCheckIn: number;
  recoveringSince?: number;
  holding?: string[];
  heldAt?: number;
  assigned: Set<string>;
  prev?: { epoch: number; state: NodeState };
  /** Since when this incarnation drains (an admin's or its own word), and when `node.drained` was recorded. */
  drainingSince?: number;
  drainedAt?: number;
}
export type RunState = "claimed" | "started" | "cancelling" | "succeeded" | "failed" | "requeued" | "orphaned" | "cancelled";
/** In flight: in the active partition, held on a lease, blocking a non-concurrent job. */
export const IN_FLIGHT: readonly RunState[] = ["claimed", "started", "cancelling"];
const inFlight = (r: MRun) => IN_FLIGHT.includes(r.state);
export interface MRun {
  runId: string;
  jobId: string;
  jobInc: number;
  nodeId: string;
  epoch: number;
  claimToken: string;
  state: RunState;
  scheduledFor: number;
  claimedAt: number;
  fencing: number;
}
export interface MJob {
  jobId: string;
  type: string;
  concurrent: boolean;
  status: "live" | "deleted";
  inc: number;
  queue: number[];
  fencing: number;
  activeRunId?: string;
}

/** What a real call answered: 200 with a body, or an error status and code. */
export interface Answer {
  status: number;
  code?: string;
  body?: any;
}
export interface Cred {
  nodeId: string;
  epoch: number;
  token: string;
}

export class ModelViolation extends Error {
  override name = "ModelViolation";
}
export const fail = (message: string): never => {
  throw new ModelViolation(message);
};
const expectAnswer = (what: string, answer: Answer, status: number, code?: string) => {
  if (answer.status !== status || (code !== undefined && answer.code !== code)) {
    fail(`${what}: the model expects ${status}${code ? ` ${code}` : ""}, the system answered ${answer.status}${answer.code ? ` ${answer.code}` : ""}`);
  }
};

const live = (s: NodeState | undefined) => s === "running" || s === "recovering";
const massive = (count: number, of: number) => count >= 3 && count >= THRESHOLD * of;

export class Model {
  nodes = new Map<string, MNode>();
  /** The last epoch ever given to a node id (kept across forget). */
  lastEpoch = new Map<string, number>();
  jobs = new Map<string, MJob>();
  runs = new Map<string, MRun>();
  /** Fencing tokens of each job id, in claim order. */
  fencings = new Map<string, number[]>();
  disruptedSince?: number;
  stabilizedAt?: number;
  /** The events the current step must have recorded, as `type subject reason`. */
  expected: string[] = [];

  constructor(public now: number) {}

  liveRuns() {
    return [...this.runs.values()].filter(inFlight);
  }

  /** The runs in flight of one incarnation. */
  runsOf(nodeId: string, epoch: number) {
    return this.liveRuns().filter((r) => r.nodeId === nodeId && r.epoch === epoch);
  }

  /** The node item's `revoking` set: its incarnation's started runs an admin cancelled that have not ended. */
  revoking(nodeId: string) {
    const node = this.nodes.get(nodeId);
    return node ? this.runsOf(nodeId, node.epoch).filter((r) => r.state === "cancelling").map((r) => r.runId) : [];
  }

  /** What a node answer (drain, undrain) must say of draining. */
  private expectView(what: string, nodeId: string, answer: Answer) {
    const node = this.nodes.get(nodeId)!;
    const draining = node.drainingSince !== undefined;
    const drained = draining && this.runsOf(nodeId, node.epoch).length === 0;
    if (answer.body?.draining !== draining || answer.body?.drained !== drained) {
      fail(`${what}: answered draining ${answer.body?.draining} drained ${answer.body?.drained}, the model expects draining ${draining} drained ${drained}`);
    }
  }

  private emit(type: string, subject: string, reason?: string) {
    this.expected.push([type, subject, ...(reason ? [reason] : [])].join(" "));
  }

  // ---- cluster and jobs (admin) -------------------------------------------------------------

  firstJoin(nodeId: string, answer: Answer) {
    expectAnswer(`first join of ${nodeId}`, answer, 200);
    this.emit("cluster.initialized", nodeId);
    this.joined(nodeId, answer);
  }

  createJob(def: (typeof JOBS)[number], answer: Answer) {
    const job = this.jobs.get(def.jobId);
    if (job?.status === "live") return expectAnswer(`create ${def.jobId}`, answer, 409, "job_exists");
    expectAnswer(`create ${def.jobId}`, answer, 200);
    this.jobs.set(def.jobId, {
      jobId: def.jobId,
      type: def.type,
      concurrent: def.concurrent,
      status: "live",
      inc: (job?.inc ?? 0) + 1,
      queue: [],
      fencing: job?.fencing ?? 0,
    });
  }

  trigger(jobId: string, answer: Answer) {
    const job = this.jobs.get(jobId);
    if (job?.status !== "live") return expectAnswer(`trigger ${jobId}`, answer, 404, "job_not_found");
    expectAnswer(`trigger ${jobId}`, answer, 200);
    job.queue = [...job.queue, this.now].sort((a, b) => a - b);
  }

  deleteJob(jobId: string, answer: Answer) {
    const job = this.jobs.get(jobId);
    if (job?.status !== "live") return expectAnswer(`delete ${jobId}`, answer, 404, "job_not_found");
    expectAnswer(`delete ${jobId}`, answer, 200);
    job.status = "deleted";
    job.queue = [];
    delete job.activeRunId;
  }

  // ---- membership ---------------------------------------------------------------------------

  /** A join (clustered-additional once initialized): a new epoch; a live previous incarnation is superseded. */
  join(nodeId: string, answer: Answer) {
    expectAnswer(`join ${nodeId}`, answer, 200);
    const previous = this.nodes.get(nodeId);
    if (previous && live(previous.state)) {
      this.emit("node.superseded", nodeId);
      this.joined(nodeId, answer);
      this.releaseRunsOf(nodeId, previous.epoch);
    } else this.joined(nodeId, answer);
  }

  private joined(nodeId: string, answer: Answer) {
    const epoch = (this.lastEpoch.get(nodeId) ?? 0) + 1;
    if (answer.body?.epoch !== epoch) fail(`join ${nodeId}: epoch ${answer.body?.epoch}, the model expects ${epoch} (epochs strictly increase per node id)`);
    const previous = this.nodes.get(nodeId);
    this.lastEpoch.set(nodeId, epoch);
    this.nodes.set(nodeId, {
      epoch,
      state: "running",
      lastCheckIn: this.now,
      assigned: new Set(),
      ...(previous ? { prev: { epoch: previous.epoch, state: previous.state } } : {}),
    });
    this.emit("node.joined", nodeId);
  }

  /** Why a write conditioned on this credential is refused, when it is (core/node-credentials.ts). */
  private refusal(cred: Cred): { status: number; code: string } | "recovering" | "stopped" | "ok" {
    const node = this.nodes.get(cred.nodeId);
    if (!node) return { status: 401, code: "unauthorized" };
    if (node.epoch === cred.epoch) {
      if (node.state === "running") return "ok";
      if (node.state === "recovering") return "recovering";
      if (node.state === "stopped") return "stopped";
      return { status: 409, code: "rejoin_required" };
    }
    if (node.prev?.epoch === cred.epoch) {
      return live(node.prev.state) ? { status: 409, code: "superseded" } : { status: 409, code: "rejoin_required" };
    }
    return { status: 401, code: "unauthorized" };
  }

  leave(cred: Cred, answer: Answer) {
    const why = this.refusal(cred);
    const what = `leave ${cred.nodeId}#${cred.epoch}`;
    if (typeof why === "object") return expectAnswer(what, answer, why.status, why.code);
    expectAnswer(what, answer, 200);
    const node = this.nodes.get(cred.nodeId)!;
    if (why !== "stopped") {
      node.state = "stopped";
      delete node.recoveringSince;
      this.emit("node.left", cred.nodeId);
    }
    this.releaseRunsOf(cred.nodeId, cred.epoch, true);
  }

  forget(nodeId: string, answer: Answer) {
    const node = this.nodes.get(nodeId);
    const what = `forget ${nodeId}`;
    if (!node) return expectAnswer(what, answer, 404, "node_not_found");
    if (live(node.state)) return expectAnswer(what, answer, 409, "node_active");
    const left = this.releaseRunsOf(nodeId, node.epoch);
    if (left > 0) return expectAnswer(what, answer, 409, "node_has_runs");
    expectAnswer(what, answer, 200);
    this.nodes.delete(nodeId);
    this.emit("node.forgotten", nodeId);
  }

  /** A node's check-in: heartbeat, listing, reconcile, claims (core/nodes/check-in.ts checkIn). */
  checkIn(
    cred: Cred,
    body: { capacity: number; holding?: string[]; types?: string[] },
    answer: Answer,
  ) {
    const what = `check-in ${cred.nodeId}#${cred.epoch}`;
    const why = this.refusal(cred);
    if (why === "stopped") return expectAnswer(what, answer, 409, "rejoin_required");
    if (typeof why === "object") return expectAnswer(what, answer, why.status, why.code);
    expectAnswer(what, answer, 200);
    const node = this.nodes.get(cred.nodeId)!;
    node.lastCheckIn = this.now;
    if (body.holding !== undefined) {
      if (body.holding.length > 0) {
        node.holding = [...new Set(body.holding)];
        node.heldAt = this.now;
      } else {
        delete node.holding;
        delete node.heldAt;
      }
    }
    if (why === "recovering") {
      node.state = "running";
      delete node.recoveringSince;
      this.emit("node.recovered", cred.nodeId);
    }
    const claimableBefore = [...this.jobs.values()].filter(
      (j) =>
        j.status === "live" &&
        j.queue.length > 0 &&
        j.queue[0]! <= this.now &&
        (j.concurrent || !j.activeRunId) &&
        (!body.types || body.types.includes(j.type)),
    );
    this.touched.clear();
    // A draining node's check-in hands back any claim still held, and records `node.drained`
    // when nothing of it runs as it arrives (README: "recorded by the drain, or by the node's
    // first check-in once nothing of it runs"). Reading taken: "once nothing of it runs" is
    // the state the check-in finds, so a check-in whose own listing ends the last run (not
    // held, below) leaves `node.drained` to the next check-in; the view's `drained` is true at once.
    if (node.drainingSince !== undefined) this.settleDrain(cred.nodeId);
    const listed = new Set(body.holding ?? []);
    // Revoked: listed runs no longer this node's (a requeued or drained claim, a cancelled
    // one), and its cancelling runs ("every check-in that lists it answers it in revoked").
    const cancelling = new Set(this.revoking(cred.nodeId));
    const revoked = (body.holding ?? []).filter((runId, i, all) => all.indexOf(runId) === i && (!node.assigned.has(runId) || cancelling.has(runId)));
    const got: string[] = answer.body.revoked;
    if (JSON.stringify([...got].sort()) !== JSON.stringify([...revoked].sort())) {
      fail(`${what}: revoked ${JSON.stringify(got)}, the model expects ${JSON.stringify(revoked)}`);
    }
    if (body.holding !== undefined) {
      for (const runId of [...node.assigned].filter((r) => !listed.has(r))) {
        const run = this.runs.get(runId);
        if (run && inFlight(run) && run.nodeId === cred.nodeId && run.epoch === cred.epoch) {
          this.takeBack(run, "not-held");
        } else node.assigned.delete(runId);
      }
    }
    // Claims: a non-concurrent job at most once, a concurrent one once per due occurrence (one
    // write takes several: README "Claims"), as many as the capacity allows. The due pointers
    // were read beside the heartbeat, before the take-backs: a job a take-back wrote is not
    // claimable in this check-in (its pointer is stale, the claim loses on its version).
    const claimable = claimableBefore.filter((j) => !this.touched.has(j.jobId));
    const claims: { jobId: string; runId: string; claimToken: string; fencingToken: number; scheduledFor: string }[] = answer.body.claims;
    // A draining node claims nothing new.
    const draining = node.drainingSince !== undefined;
    const offered = claimable.reduce((n, j) => n + (j.concurrent ? j.queue.filter((t) => t <= this.now).length : 1), 0);
    const want = body.capacity > 0 && !draining ? Math.min(body.capacity, offered) : 0;
    if (claims.length !== want) {
      fail(`${what}: ${claims.length} claims, the model expects ${want} (capacity ${body.capacity}, claimable ${claimable.map((j) => j.jobId).join(",") || "none"}${draining ? ", draining" : ""})`);
    }
    for (const claim of claims) {
      const job = claimable.find((j) => j.jobId === claim.jobId);
      if (!job) fail(`${what}: claimed ${claim.jobId}, which the model says is not claimable`);
      if (claim.fencingToken !== job!.fencing + 1) {
        fail(`${what}: ${claim.jobId} fencing token ${claim.fencingToken}, the model expects ${job!.fencing + 1} (strictly increasing per job id)`);
      }
      const scheduledFor = job!.queue.shift()!;
      // The earliest due first; a concurrent job stays claimable while it has more due.
      if (!job!.concurrent || !(job!.queue.length > 0 && job!.queue[0]! <= this.now)) claimable.splice(claimable.indexOf(job!), 1);
      if (Date.parse(claim.scheduledFor) !== scheduledFor) {
        fail(`${what}: ${claim.jobId} scheduledFor ${claim.scheduledFor}, the model expects ${new Date(scheduledFor).toISOString()}`);
      }
      job!.fencing = claim.fencingToken;
      this.fencings.set(job!.jobId, [...(this.fencings.get(job!.jobId) ?? []), claim.fencingToken]);
      if (!job!.concurrent) job!.activeRunId = claim.runId;
      node.assigned.add(claim.runId);
      this.runs.set(claim.runId, {
        runId: claim.runId,
        jobId: job!.jobId,
        jobInc: job!.inc,
        nodeId: cred.nodeId,
        epoch: cred.epoch,
        claimToken: claim.claimToken,
        state: "claimed",
        scheduledFor,
        claimedAt: this.now,
        fencing: claim.fencingToken,
      });
      this.emit("job.claimed", claim.runId);
    }
  }

  // ---- runs ---------------------------------------------------------------------------------

  start(cred: Cred, runId: string, answer: Answer) {
    const what = `start ${runId} by ${cred.nodeId}#${cred.epoch}`;
    const run = this.runs.get(runId)!;
    const why = this.refusal(cred);
    const ours = run.nodeId === cred.nodeId && run.epoch === cred.epoch;
    if (why === "ok" && ours && run.state === "claimed") {
      // README: a start checks `not draining` (a draining node's claims go back, never start).
      if (this.nodes.get(cred.nodeId)!.drainingSince !== undefined) return expectAnswer(what, answer, 409, "claim_lost");
      expectAnswer(what, answer, 200);
      run.state = "started";
      this.emit("job.started", runId);
      return;
    }
    // A repeat: the same answer (also while its node drains: "started runs may finish").
    if (why === "ok" && ours && run.state === "started") return expectAnswer(what, answer, 200);
    if (typeof why === "object") return expectAnswer(what, answer, why.status, why.code); // the node's refusal comes first
    // Anything else, a cancelling run among them (its node is told to abort it: no answer says
    // "go on"), lost its claim.
    return expectAnswer(what, answer, 409, "claim_lost");
  }

  complete(cred: Cred, runId: string, outcome: "succeeded" | "failed", answer: Answer) {
    const what = `complete ${runId} by ${cred.nodeId}#${cred.epoch}`;
    const run = this.runs.get(runId)!;
    const ours = run.nodeId === cred.nodeId && run.epoch === cred.epoch;
    // A run that ended with an outcome of this claim's, and a cancelled one (the end the node
    // was told of): the history answers with it (guide: "Roster finds this claim's outcome in
    // the history and answers the same"). Requeued and orphaned runs have no outcome: claim lost.
    const finishedByUs = ours && (run.state === "succeeded" || run.state === "failed" || run.state === "cancelled");
    if (!inFlight(run)) {
      if (finishedByUs) {
        expectAnswer(what, answer, 200);
        if (answer.body?.state !== run.state) fail(`${what}: answered ${answer.body?.state}, the model expects ${run.state} (the history's)`);
        return;
      }
      return expectAnswer(what, answer, 409, "claim_lost");
    }
    if (run.state === "claimed") return expectAnswer(what, answer, 409, "run_not_started");
    const node = this.nodes.get(cred.nodeId);
    const tokenOk = node !== undefined && node.epoch === cred.epoch;
    if (tokenOk && ours) {
      expectAnswer(what, answer, 200);
      // A cancelling run ends cancelled whatever the outcome reported (README "Cancel a run").
      const cancelled = run.state === "cancelling";
      run.state = cancelled ? "cancelled" : outcome;
      node.assigned.delete(runId);
      this.releaseJob(run);
      if (cancelled) this.emit("job.cancelled", runId, "complete");
      else this.emit("job.completed", runId);
      if (answer.body?.state !== run.state) fail(`${what}: answered ${answer.body?.state}, the model expects ${run.state}`);
      return;
    }
    if (!tokenOk) {
      const why = this.refusal(cred);
      if (typeof why === "object" && why.code !== "claim_lost") return expectAnswer(what, answer, why.status, why.code);
    }
    return expectAnswer(what, answer, 409, "claim_lost");
  }

  // ---- taking work back ---------------------------------------------------------------------

  /** Jobs written by take-backs in the current operation. */
  private touched = new Set<string>();

  private releaseJob(run: MRun, requeue = false) {
    const job = this.jobs.get(run.jobId);
    if (!job || job.status !== "live" || job.inc !== run.jobInc) return; // deleted or re-created: not this job
    this.touched.add(job.jobId);
    if (job.activeRunId === run.runId) delete job.activeRunId;
    if (requeue) job.queue = [...job.queue, run.scheduledFor].sort((a, b) => a - b);
  }

  /**
   * A take-back: a claim is requeued, a started run orphaned, a cancelling run ends cancelled
   * (run lifecycle: node-down, lease-lapsed, not-held from cancelling; "the sweep decides as
   * for an orphan"), its job free again, requeued only for a claim.
   */
  private takeBack(run: MRun, reason: "node-down" | "lease-lapsed" | "not-held" | "drained") {
    const requeue = run.state === "claimed";
    const ended = requeue ? "requeued" : run.state === "cancelling" ? "cancelled" : "orphaned";
    run.state = ended;
    const node = this.nodes.get(run.nodeId);
    if (node && node.epoch === run.epoch) node.assigned.delete(run.runId);
    this.releaseJob(run, requeue);
    this.emit(`job.${ended}`, run.runId, reason);
  }

  // ---- drain and cancel (issue 18) ------------------------------------------------------------

  /**
   * What a draining node is owed: its claims not started go back to the queue at once (the
   * `drained` row: "even while the guard holds"), started runs may finish; `node.drained` once
   * nothing of it runs, recorded once.
   */
  private settleDrain(nodeId: string) {
    const node = this.nodes.get(nodeId)!;
    if (node.drainingSince === undefined || node.drainedAt !== undefined) return;
    for (const run of this.runsOf(nodeId, node.epoch).filter((r) => r.state === "claimed")) this.takeBack(run, "drained");
    if (this.runsOf(nodeId, node.epoch).length === 0) {
      node.drainedAt = this.now;
      this.emit("node.drained", nodeId);
    }
  }

  /**
   * Drain (README "Drain a node before an update"): an admin, or the node with its own token.
   * Unknown node: 404 node_not_found; not running or recovering: 409 node_not_live. With a node
   * token, the token's refusals come first, as for every write made with one (a stopped or
   * offline incarnation's own token: 409 rejoin_required). Idempotent: `node.draining` once.
   */
  drain(nodeId: string, by: Cred | "admin", answer: Answer) {
    const what = `drain ${nodeId} by ${by === "admin" ? "an admin" : `its token #${by.epoch}`}`;
    const node = this.nodes.get(nodeId);
    if (by !== "admin") {
      const why = this.refusal(by);
      if (why === "stopped") return expectAnswer(what, answer, 409, "rejoin_required");
      if (typeof why === "object") return expectAnswer(what, answer, why.status, why.code);
    }
    if (!node) return expectAnswer(what, answer, 404, "node_not_found");
    if (!live(node.state)) return expectAnswer(what, answer, 409, "node_not_live");
    expectAnswer(what, answer, 200);
    if (node.drainingSince === undefined) {
      node.drainingSince = this.now;
      this.emit("node.draining", nodeId);
    }
    this.settleDrain(nodeId);
    this.expectView(what, nodeId, answer);
  }

  /**
   * Undrain: the mark goes, `node.undrained`; idempotent. An admin lifts it whatever the
   * incarnation's state (only drain names a state it needs, node_not_live). With a node token,
   * the token's refusals come first, as for drain and every write made with one: an older
   * incarnation's, a forgotten node's, and a stopped or offline incarnation's own token are
   * refused, draining or not (so a repeat gets the first answer).
   */
  undrain(nodeId: string, by: Cred | "admin", answer: Answer) {
    const what = `undrain ${nodeId} by ${by === "admin" ? "an admin" : `its token #${by.epoch}`}`;
    const node = this.nodes.get(nodeId);
    if (by !== "admin") {
      const why = this.refusal(by);
      if (why === "stopped") return expectAnswer(what, answer, 409, "rejoin_required");
      if (typeof why === "object") return expectAnswer(what, answer, why.status, why.code);
    }
    if (!node) return expectAnswer(what, answer, 404, "node_not_found");
    expectAnswer(what, answer, 200);
    if (node.drainingSince !== undefined) {
      delete node.drainingSince;
      delete node.drainedAt;
      this.emit("node.undrained", nodeId);
    }
    this.expectView(what, nodeId, answer);
  }

  /**
   * An admin cancels a run (README "Cancel a run"): a claim ends cancelled at once (not
   * requeued, its job free again, gone from its node's claims); a started run turns cancelling
   * (its job stays locked until it ends); cancelling and cancelled runs are answered as they
   * are; a run that ended otherwise is 409 run_finished; an unknown one 404 run_not_found.
   */
  cancel(runId: string, answer: Answer) {
    const what = `cancel ${runId}`;
    const run = this.runs.get(runId);
    if (!run) return expectAnswer(what, answer, 404, "run_not_found");
    if (run.state !== "claimed" && run.state !== "started" && run.state !== "cancelling" && run.state !== "cancelled") {
      return expectAnswer(what, answer, 409, "run_finished");
    }
    expectAnswer(what, answer, 200);
    if (run.state === "claimed") {
      run.state = "cancelled";
      const node = this.nodes.get(run.nodeId);
      if (node && node.epoch === run.epoch) node.assigned.delete(runId);
      this.releaseJob(run);
      this.emit("job.cancelled", runId, "cancel");
    } else if (run.state === "started") {
      run.state = "cancelling";
      this.emit("job.cancelling", runId);
    }
    if (answer.body?.state !== run.state) fail(`${what}: answered ${answer.body?.state}, the model expects ${run.state}`);
  }

  /**
   * releaseRunsOf: the runs of one incarnation, node-down, unless the guard holds (a leave
   * ignores the guard: the node itself says it is gone). Returns how many stay.
   */
  private releaseRunsOf(nodeId: string, epoch: number, ignoreGuard = false) {
    const runs = this.liveRuns().filter((r) => r.nodeId === nodeId && r.epoch === epoch);
    if (this.disruptedSince !== undefined && !ignoreGuard) return runs.length;
    for (const run of runs) this.takeBack(run, "node-down");
    return 0;
  }

  private leaseLapsed(run: MRun, node: MNode) {
    const listed = node.epoch === run.epoch && (node.holding ?? []).includes(run.runId);
    return this.now > Math.max(run.claimedAt, listed ? node.heldAt! : 0) + T;
  }

  /** One sweep (core/detection/sweep.ts, planned as core/detection/sweep-plan.ts says, written sequentially). */
  sweep(stillInFlight: Set<string>) {
    const windowStart = this.stabilizedAt ?? 0;
    const entries = [...this.nodes.entries()];
    const running = entries.filter(([, n]) => n.state === "running");
    const recovering = entries.filter(([, n]) => n.state === "recovering");
    const goingSilent = running.filter(([, n]) => this.now - Math.max(n.lastCheckIn, windowStart) > T);
    const toOffline = recovering.filter(([, n]) => this.now - Math.max(n.recoveringSince ?? n.lastCheckIn, windowStart) > R);
    const guardedAtStart = this.disruptedSince !== undefined;
    let transitions: { id: string; to: "recovering" | "offline" }[];
    let entered = false;
    if (guardedAtStart) {
      if (massive(recovering.length + goingSilent.length, running.length + recovering.length)) {
        transitions = goingSilent.map(([id]) => ({ id, to: "recovering" as const }));
      } else {
        transitions = [];
        delete this.disruptedSince;
        this.stabilizedAt = this.now;
        this.emit("cluster.stabilized", "-");
      }
    } else if (goingSilent.length > 0 && massive(recovering.length + goingSilent.length, running.length + recovering.length)) {
      transitions = goingSilent.map(([id]) => ({ id, to: "recovering" as const }));
      this.disruptedSince = this.now;
      entered = true;
      this.emit("cluster.disrupted", "-");
    } else {
      transitions = [...goingSilent.map(([id]) => ({ id, to: "recovering" as const })), ...toOffline.map(([id]) => ({ id, to: "offline" as const }))];
    }
    for (const { id, to } of transitions) {
      const node = this.nodes.get(id)!;
      node.state = to;
      if (to === "recovering") node.recoveringSince = this.now;
      this.emit(`node.${to}`, id);
    }
    if (guardedAtStart || entered) return;
    const decisions: { run: MRun; why: "node-down" | "lease-lapsed" }[] = [];
    for (const run of this.liveRuns()) {
      const node = this.nodes.get(run.nodeId);
      const gone = !node || node.epoch !== run.epoch || node.state === "offline" || node.state === "stopped";
      if (gone) decisions.push({ run, why: "node-down" });
      else if (node.state === "recovering" && run.state === "claimed") decisions.push({ run, why: "node-down" });
      else if (this.leaseLapsed(run, node)) decisions.push({ run, why: "lease-lapsed" });
    }
    // The sweep takes back the runs of different nodes in parallel: two that write the same job
    // (same incarnation, still live) can lose to each other, and the loser waits for a later
    // sweep. At least one of each such group must succeed; the others may.
    const writesJob = (r: MRun) => {
      const job = this.jobs.get(r.jobId);
      return job !== undefined && job.status === "live" && job.inc === r.jobInc;
    };
    for (const { run, why } of decisions) {
      const rivals = decisions.filter((d) => d.run !== run && d.run.jobId === run.jobId && d.run.nodeId !== run.nodeId && writesJob(d.run));
      if (stillInFlight.has(run.runId) && writesJob(run) && rivals.length > 0) {
        if (rivals.every((d) => stillInFlight.has(d.run.runId))) fail(`sweep: none of the competing take-backs of job ${run.jobId} succeeded`);
        continue;
      }
      this.takeBack(run, why);
    }
  }

  // ---- invariants that need no system ---------------------------------------------------------

  invariants() {
    const liveRuns = this.liveRuns();
    const byOccurrence = new Map<string, string>();
    for (const run of liveRuns) {
      const key = `${run.jobId}@${run.scheduledFor}#${run.jobInc}`;
      if (byOccurrence.has(key) && !this.jobs.get(run.jobId)?.concurrent) {
        fail(`occurrence ${key} is held by two live runs: ${byOccurrence.get(key)} and ${run.runId}`);
      }
      byOccurrence.set(key, run.runId);
    }
    for (const job of this.jobs.values()) {
      if (job.concurrent) continue;
      const mine = liveRuns.filter((r) => r.jobId === job.jobId && r.jobInc === job.inc);
      if (mine.length > 1) fail(`non-concurrent job ${job.jobId} has ${mine.length} live runs`);
    }
    for (const [nodeId, node] of this.nodes) {
      const mine = this.runsOf(nodeId, node.epoch);
      if (node.drainingSince !== undefined && mine.some((r) => r.state === "claimed")) {
        fail(`draining node ${nodeId} still holds a claim it has not started: ${mine.filter((r) => r.state === "claimed").map((r) => r.runId).join(", ")}`);
      }
      if (node.drainedAt !== undefined && (node.drainingSince === undefined || mine.length > 0)) fail(`node ${nodeId} noted drained while something of it runs`);
    }
    for (const [jobId, tokens] of this.fencings) {
      tokens.forEach((t, i) => i > 0 && t <= tokens[i - 1]! && fail(`fencing tokens of ${jobId} do not strictly increase: ${tokens.join(",")}`));
    }
  }
}
