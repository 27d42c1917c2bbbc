import { writeFileAtomically } from "../adapters/atomic-file";
import { CHECK_IN_JITTER, fenceAfterMs, requestTimeoutMs } from "../core/clusters/fence";
import { idSchema } from "../core/common/ids";
import type { ClusterSettings } from "../core/clusters/settings";
import { ApiError, type CheckInAnswer, type Endpoint, type JoinResponse, type Peer, type RosterClient, backoffMs, rosterClient, sleep } from "./client";
import { PRIMARY_SETTLE_MS, type PrimaryHooks, primaryRole } from "./primary";

/** What a job handler is given: its payload, and a signal that aborts when the claim is lost. */
export interface JobContext {
  jobId: string;
  runId: string;
  type: string;
  payload: unknown;
  fencingToken: number;
  scheduledFor: string;
  signal: AbortSignal;
}
/** A handler resolves for success (optionally with a message) and throws for failure. */
export type JobHandler = (job: JobContext) => Promise<void | string>;

export interface AgentOptions extends PrimaryHooks {
  url: string;
  clusterId: string;
  joinToken: string;
  nodeId: string;
  /** Join as the cluster's first node (bringing or generating its keystore). */
  first?: boolean;
  softwareVersion: string;
  configFingerprint?: string;
  /** What this node can do: jobs that require capabilities (`requires.capabilities`) go only to nodes that have them all. */
  capabilities?: string[];
  schedulingEnabled?: boolean;
  /** How the other nodes reach this one (the peers list shows it): a URL, which wins, ... */
  nodeUrl?: string;
  /** ... or the parts from which the cluster's `intraClusterUrlPattern` makes it. */
  endpoint?: Endpoint;
  /** The first node's keystore to upload; without it Roster generates a keyring. */
  keystore?: { format: "jceks" | "pkcs12" | "jks" | "raw"; data: string };
  /** Where to write the cluster's keystore (mode 0600, atomically, again on every new version). */
  keystoreOut?: string;
  handlers?: Record<string, JobHandler>;
  /** How many jobs may run at once on this node. */
  capacity?: number;
  log?: (message: string, fields?: Record<string, unknown>) => void;
  fetch?: typeof fetch;
  /**
   * The wall clock, in ms since the epoch (default `Date.now`). It is read for one thing only,
   * the `sentAt` of a check-in, from which Roster measures the node's clock skew. The fence,
   * intervals, timeouts and backoffs run on the monotonic clock (`performance.now()`), so a
   * step of the wall clock, forward or back, changes none of them.
   */
  wallClock?: () => number;
  /**
   * Given the cluster's live nodes (`GET /v1/clusters/{id}/peers`), fetched after a check-in:
   * the first one, every `peersEvery`-th one after, and whenever a check-in's answer names
   * another primary than the one before. A failed fetch is tried again at the next check-in.
   * Calls do not overlap.
   */
  onPeers?: (peers: Peer[]) => Promise<void> | void;
  /** See onPeers (default 5). */
  peersEvery?: number;
}

/** What the agent knows of itself now (read for the health port). */
export interface AgentStatus {
  /** running: checking in; rejoining: between a refusal and a new incarnation; leaving: stop() called; stopped: the agent ended. */
  phase: "running" | "rejoining" | "leaving" | "stopped";
  /** The last successful check-in (or the join): the wall-clock time it was sent. */
  lastCheckIn: string;
  /** How long ago (monotonic clock) the last successful check-in (or join) was sent. */
  sinceCheckInMs: number;
  /** Whether the fence has fallen (no successful check-in sent in the last fenceAfterMs). */
  fenced: boolean;
  /** What the last check-in answer said; undefined before the first one. */
  conformant: boolean | undefined;
  /** The code of the refusal that ended the last check-in (superseded, rejoin_required, ...), until one succeeds. */
  refused: string | undefined;
  /** primary while this node believes it holds the lease (see primary.ts); standby after an answer; undefined before one. */
  role: "primary" | "standby" | undefined;
  /** The term this node believes it holds. */
  term: number | undefined;
  settings: ClusterSettings;
}

export interface Agent {
  readonly nodeId: string;
  /**
   * Leave the cluster: no new claims; running jobs get `graceMs` to finish and report (the node
   * keeps checking in meanwhile), then are aborted; the node becomes `stopped`.
   */
  stop(graceMs?: number): Promise<void>;
  /** Settles when the agent has stopped, with why. Every job has been aborted by then. */
  readonly done: Promise<"left" | "superseded" | "failed">;
  /** The agent's view of itself, now (computed on each call, on the monotonic clock). */
  status(): AgentStatus;
}

type Claim = CheckInAnswer["claims"][number];
type Outcome = { outcome: "succeeded" | "failed"; message?: string };

/** A run this node holds, from its claim until Roster has its outcome (or the run is given up). */
interface Held {
  claim: Claim;
  /** Aborts the work (starting it, then its handler): revoked, self-fenced, or the node leaving. */
  work: AbortController;
  /** Aborts reporting the outcome: revoked, or the stop's grace is over. */
  report: AbortController;
  started: boolean;
  finished: boolean;
  fenced: boolean;
}

/** How long an aborted handler may take to settle before its run is treated as stopped anyway. */
const ABORT_SETTLE_MS = 5000;

/**
 * A node agent: join, check in on the cluster's interval (plus its offset and a little jitter,
 * so a restarted fleet does not check in in lockstep), run claimed jobs, hold their leases, and
 * leave. It fences itself (aborts its work) on a timer of its own, before Roster can give the
 * work to another node. It is a client of the public HTTP API only.
 */
export async function startAgent(options: AgentOptions): Promise<Agent> {
  const log = options.log ?? (() => {});
  const handlers = options.handlers ?? {};
  const types = Object.keys(handlers).filter((type) => idSchema.safeParse(type).success);
  const capacity = types.length === 0 ? 0 : (options.capacity ?? 1);
  const fetchOption = options.fetch ? { fetch: options.fetch } : {};
  const wallClock = options.wallClock ?? (() => Date.now());
  let settings: ClusterSettings | undefined;
  // Before the first join there are no settings: the longest timeout the rule allows.
  const timeoutMs = () => (settings ? requestTimeoutMs(settings) : 10_000);
  const joinClient = rosterClient({ url: options.url, token: options.joinToken, timeoutMs, ...fetchOption });
  const held = new Map<string, Held>();
  let leaving = false;
  let graceOver = false;
  let wakeLoop = () => {};

  // The fence counts from when the last successful check-in (or join) was *sent*, on a monotonic
  // clock (performance.now(): wall-clock steps do not move it).
  let lastSentOk = performance.now();
  let lastSentOkWall = new Date(wallClock()).toISOString();
  let fenceTimer: ReturnType<typeof setTimeout> | undefined;

  // What the health port reads (status()).
  let phase: AgentStatus["phase"] = "running";
  let conformant: boolean | undefined;
  let refused: string | undefined;
  let answeredRole: "primary" | "standby" | undefined;

  // The primary lease, as this node believes it (primary.ts): hooks run in order, off the loop.
  const primary = primaryRole(options, {
    stillValid: () => !fenceIfDue() && !leaving,
    log,
    onIdle: () => {
      if (leaving) wakeLoop();
    },
  });

  // Peers: fetched after the first check-in, then every peersEvery-th, and when the primary changes.
  const peersEvery = Math.max(1, options.peersEvery ?? 5);
  let checkInsSincePeers = peersEvery;
  let peersStale = false;
  let peersInFlight = false;
  let primarySeen: string | undefined;

  let joined = await joinCluster();
  let checkInSeq = 0;
  let node = nodeClient(joined.nodeToken);
  settings = joined.settings;
  armFence();
  let keystoreVersion = 0;
  let keystoreFingerprint: string | undefined;
  try {
    await syncKeystore(joined.keystore?.version);
  } catch (error) {
    clearTimeout(fenceTimer);
    throw error;
  }

  /**
   * Check-ins, start and complete are not retried inside the call: the loop, and the run's own
   * retries, are. The keystore download and leave are, a few times.
   */
  function nodeClient(token: string): RosterClient & { retrying: RosterClient } {
    const client = (attempts: number) => rosterClient({ url: options.url, token, attempts, timeoutMs, ...fetchOption });
    return Object.assign(client(1), { retrying: client(4) });
  }

  async function joinCluster(): Promise<JoinResponse> {
    let first = options.first ?? false;
    for (let attempt = 1; ; attempt++) {
      try {
        const sentAt = performance.now();
        const sentAtWall = new Date(wallClock()).toISOString();
        const response = await joinClient.join(options.clusterId, options.nodeId, {
          instanceType: first ? "clustered-first" : "clustered-additional",
          softwareVersion: options.softwareVersion,
          ...(options.configFingerprint ? { configFingerprint: options.configFingerprint } : {}),
          ...(options.capabilities ? { capabilities: options.capabilities } : {}),
          ...(options.schedulingEnabled === undefined ? {} : { schedulingEnabled: options.schedulingEnabled }),
          ...(options.nodeUrl ? { url: options.nodeUrl } : {}),
          ...(options.endpoint ? { endpoint: options.endpoint } : {}),
          ...(first && options.keystore ? { keystore: options.keystore } : {}),
        });
        lastSentOk = sentAt; // a join is the new incarnation's first heartbeat
        lastSentOkWall = sentAtWall;
        log("joined", { nodeId: options.nodeId, epoch: response.epoch, instanceType: first ? "clustered-first" : "clustered-additional" });
        return response;
      } catch (error) {
        if (error instanceof ApiError && error.code === "cluster_already_initialized" && first) {
          log("the cluster is already initialized: joining as an additional node");
          first = false;
          continue;
        }
        if (error instanceof ApiError && error.code === "cluster_not_initialized" && !leaving) {
          log("waiting for the cluster's first node");
          await nap(Math.min(5000, 500 * attempt));
          continue;
        }
        // Roster busy, restarting or unreachable: a node keeps trying to join (a repeat after a
        // lost answer only starts one more incarnation, which supersedes the unseen one).
        if (error instanceof ApiError && error.transient && !leaving) {
          log("join failed, trying again", { error: error.message });
          await nap(Math.min(10_000, error.retryAfterMs ?? 500 * 2 ** Math.min(attempt, 5)));
          continue;
        }
        throw error;
      }
    }
  }

  async function syncKeystore(version: number | undefined) {
    if (!options.keystoreOut || version === undefined || version === keystoreVersion) return;
    const keystore = await node.retrying.keystore(options.clusterId);
    await writeFileAtomically(options.keystoreOut, Buffer.from(keystore.data, "base64"), 0o600);
    keystoreVersion = keystore.version;
    keystoreFingerprint = keystore.fingerprint;
    log("keystore written", { version: keystore.version, path: options.keystoreOut });
  }

  // --- The fence ---------------------------------------------------------------------------
  //
  // After a pause of the process (SIGSTOP, a VM paused, a long GC), the timers and I/O callbacks
  // that came due meanwhile run in an order nobody controls: a check-in's answer, a start's
  // answer, a handler settling, the next check-in's timer may all run before the fence timer.
  // So the timer is not what the agent relies on: every path that acts on a run (starting it,
  // running its handler, reporting it, sending a check-in or taking in its answer) first calls
  // `fenceIfDue()`, which reads the one predicate `fenced()` on the monotonic clock and, when
  // the fence has fallen, aborts the work (and so kills its commands) before anything else.

  /** The fence rule: the last successful check-in (or join) was *sent* too long ago, on the monotonic clock. */
  function fenced(sentAt = lastSentOk) {
    return performance.now() - sentAt >= fenceAfterMs(settings!);
  }

  /** A timer of its own, so neither a hung check-in nor a busy loop can put the fence off. */
  function armFence() {
    clearTimeout(fenceTimer);
    fenceTimer = setTimeout(onFenceTimer, Math.max(0, lastSentOk + fenceAfterMs(settings!) - performance.now()));
  }

  function onFenceTimer() {
    if (!fenceIfDue()) armFence(); // the settings changed meanwhile
  }

  /**
   * Called first by whatever acts on a run. When the fence has fallen, every run whose work is
   * in progress is aborted (synchronously: a command's process group gets its signal now) and
   * marked fenced. Returns whether the fence has fallen.
   */
  function fenceIfDue(): boolean {
    if (!fenced()) return false;
    const reason = `self-fenced: no successful check-in sent in the last ${fenceAfterMs(settings!)} ms`;
    for (const run of held.values()) {
      if (run.finished || run.work.signal.aborted) continue; // its outcome stands; only work in progress stops
      run.fenced = true;
      abortWork(run, reason);
    }
    // Roster's lease may lapse soon: this node stops acting as primary now (onPrimary's work is killed).
    primary.lose("fenced");
    return true;
  }

  // --- Runs ----------------------------------------------------------------------------------

  function abortWork(run: Held, reason: string) {
    if (run.work.signal.aborted) return;
    log("aborting job", { jobId: run.claim.jobId, runId: run.claim.runId, reason });
    run.work.abort(new Error(reason));
  }

  /** Give a run up entirely: its work and its report. */
  function abandon(run: Held, reason: string) {
    abortWork(run, reason);
    run.report.abort(new Error(reason));
  }

  /** Call until Roster answers: transient failures are retried with backoff; `signal` gives up. */
  async function untilAnswered<T>(what: string, run: Held, call: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      fenceIfDue();
      signal.throwIfAborted();
      try {
        const answer = await call(signal);
        fenceIfDue(); // an answer that comes after the fence: the work stops before anything else
        return answer;
      } catch (error) {
        fenceIfDue();
        signal.throwIfAborted();
        if (!(error instanceof ApiError && error.transient)) throw error;
        log(`${what} failed, retrying`, { runId: run.claim.runId, attempt, error: error.message });
        await sleep(backoffMs(attempt, error, 250, settings!.instanceCheckInIntervalMs), signal);
      }
    }
  }

  /** Start, run, report. Every way out but a reported outcome is logged with why. */
  async function runClaim(run: Held) {
    const { claim } = run;
    try {
      await untilAnswered("start", run, (signal) => node.start(options.clusterId, claim.runId, claim.claimToken, signal), run.work.signal);
      run.started = true;
      const result = await runHandler(run);
      run.finished = true;
      await untilAnswered(
        "complete",
        run,
        (signal) => node.complete(options.clusterId, claim.runId, claim.claimToken, result.outcome, result.message?.slice(0, 4000), signal),
        run.report.signal,
      );
      log("job finished", { jobId: claim.jobId, runId: claim.runId, ...result });
    } catch (error) {
      const why = error instanceof ApiError ? `${error.message} (${error.code})` : (error as Error).message;
      log("run abandoned", { jobId: claim.jobId, runId: claim.runId, started: run.started, why });
    } finally {
      held.delete(claim.runId);
      if (leaving) wakeLoop();
    }
  }

  /** The handler's outcome; a fenced run has failed, a run aborted otherwise has nothing to report (throws). */
  async function runHandler(run: Held): Promise<Outcome> {
    const { signal } = run.work;
    let result: Outcome = { outcome: "failed" };
    fenceIfDue(); // a start answered after the fence: the handler does not run
    if (!signal.aborted) {
      const handled = Promise.resolve()
        .then(() => handlers[run.claim.type]!({ ...run.claim, signal }))
        .then(
          (message): Outcome => ({ outcome: "succeeded", ...(typeof message === "string" ? { message } : {}) }),
          (error): Outcome => ({ outcome: "failed", message: (error as Error).message }),
        );
      result = await settledOrGivenUp(handled, signal);
      // A handler that settles after the fence ran past it: whatever it says, the run is fenced.
      fenceIfDue();
    }
    if (run.fenced) return { outcome: "failed", message: "self-fenced" };
    if (signal.aborted) throw signal.reason;
    return result;
  }

  /** The handler's outcome, or, ABORT_SETTLE_MS after an abort it ignores, a failure: it cannot hold the run forever. */
  async function settledOrGivenUp(handled: Promise<Outcome>, signal: AbortSignal): Promise<Outcome> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const givenUp = new Promise<Outcome>((resolve) => {
      const onAbort = () => {
        timer = setTimeout(() => {
          log("handler did not stop when aborted", { reason: (signal.reason as Error).message });
          resolve({ outcome: "failed" });
        }, ABORT_SETTLE_MS);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      void handled.finally(() => signal.removeEventListener("abort", onAbort));
    });
    try {
      return await Promise.race([handled, givenUp]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Take the claims a check-in brought, unless they can no longer be run safely (then Roster requeues them). */
  function accept(claims: Claim[], sentAt: number) {
    for (const claim of claims) {
      if (held.has(claim.runId)) continue; // handed twice: it is running already
      const refused = leaving
        ? "the node is leaving"
        : fenced(sentAt)
          ? "the answer came after the fence"
          : handlers[claim.type]
            ? undefined
            : `no handler for job type '${claim.type}'`;
      if (refused) {
        log("claim not taken, Roster requeues it", { jobId: claim.jobId, runId: claim.runId, why: refused });
        continue;
      }
      const run: Held = { claim, work: new AbortController(), report: new AbortController(), started: false, finished: false, fenced: false };
      held.set(claim.runId, run);
      void runClaim(run);
    }
  }

  // --- The loop ------------------------------------------------------------------------------

  /** Sleep until `ms` pass or the loop is woken (stop, the last run gone while leaving). */
  function nap(ms: number) {
    const wake = new AbortController();
    wakeLoop = () => wake.abort();
    return sleep(ms, wake.signal);
  }

  async function checkInOnce() {
    // Fenced runs stay held (listed) until reported; work still going on past the fence stops first.
    fenceIfDue();
    const sentAt = performance.now();
    const sentAtWall = new Date(wallClock()).toISOString();
    const believedTerm = primary.claimedTerm();
    let response: CheckInAnswer;
    try {
      response = await node.checkIn(options.clusterId, options.nodeId, {
        epoch: joined.epoch,
        sentAt: sentAtWall,
        capacity: leaving ? 0 : Math.max(0, capacity - held.size),
        holding: [...held.keys()],
        // Orders check-ins: one the agent gave up on that reaches Roster after a later one changes nothing.
        seq: ++checkInSeq,
        types,
        softwareVersion: options.softwareVersion,
        ...(options.configFingerprint ? { configFingerprint: options.configFingerprint } : {}),
        ...(options.capabilities ? { capabilities: options.capabilities } : {}),
        ...(keystoreFingerprint ? { keystoreFingerprint } : {}),
        // The term it believes it holds, or is still letting go of: Roster refuses a stale one
        // (and answers standby), and hands the lease over only once it is claimed no more.
        ...(believedTerm === undefined ? {} : { primaryTerm: believedTerm }),
      });
    } finally {
      // Before the answer (or the failure) is looked at: it may come after the fence fell.
      fenceIfDue();
    }
    if (!wellFormed(response)) throw new Error("a malformed check-in answer");
    if (sentAt >= lastSentOk) lastSentOkWall = sentAtWall;
    lastSentOk = Math.max(lastSentOk, sentAt);
    settings = response.settings;
    armFence();
    conformant = response.conformant;
    refused = undefined;
    answeredRole = response.role === "primary" ? "primary" : "standby";
    for (const warning of response.warnings) log("warning", { warning });
    // The lease: a primary answer counts only while the agent is not fenced (an answer that came
    // after the fence for its send says nothing Roster still holds to) and is not leaving.
    const primaryTerm = response.primary?.nodeId === options.nodeId ? response.primary.term : undefined;
    primary.observe(response.role, primaryTerm, !leaving && !fenced(sentAt));
    peersAfterCheckIn(response);
    const revoked = new Set(response.revoked);
    for (const run of held.values()) {
      if (revoked.has(run.claim.runId) || revoked.has(run.claim.claimToken)) abandon(run, "claim revoked");
    }
    accept(response.claims, sentAt);
    await syncKeystore(response.keystore?.version).catch((error) => log("keystore not written, retrying at the next check-in", { error: (error as Error).message }));
  }

  /** Fetch the peers when due (see AgentOptions.onPeers); never in the loop's way, never two at once. */
  function peersAfterCheckIn(response: CheckInAnswer) {
    if (!options.onPeers || leaving) return;
    const seen = response.primary ? `${response.primary.nodeId}#${response.primary.term}` : "none";
    if (primarySeen !== undefined && seen !== primarySeen) peersStale = true;
    primarySeen = seen;
    checkInsSincePeers++;
    if (peersInFlight || (!peersStale && checkInsSincePeers < peersEvery)) return;
    peersInFlight = true;
    peersStale = false; // a change seen while this fetch is in flight marks them stale again
    void (async () => {
      try {
        const { peers } = await node.peers(options.clusterId);
        if (!Array.isArray(peers)) throw new Error("a malformed peers answer");
        checkInsSincePeers = 0;
        await options.onPeers!(peers);
      } catch (error) {
        peersStale = true;
        log("peers not updated, trying again at the next check-in", { error: (error as Error).message });
      } finally {
        peersInFlight = false;
      }
    })();
  }

  /** The fields the agent relies on: a malformed answer is not a successful check-in. */
  function wellFormed(r: CheckInAnswer) {
    return (
      typeof r?.settings?.instanceTimeoutMs === "number" &&
      typeof r.settings.instanceCheckInIntervalMs === "number" &&
      [r.claims, r.revoked, r.warnings].every(Array.isArray)
    );
  }

  /** What the loop does after a failed check-in: go on (maybe after a wait), or end. */
  async function afterFailure(error: unknown, unauthorized: number): Promise<"continue" | "superseded" | "fatal"> {
    // Roster said no (not a network or server failure, not an out-of-order arrival): the health port says so at once.
    if (error instanceof ApiError && !error.transient && error.status !== 0 && error.code !== "check_in_out_of_order") refused = error.code;
    if (error instanceof ApiError && error.code === "superseded") {
      log("superseded by a newer incarnation of this node: stopping");
      return "superseded";
    }
    if (error instanceof ApiError && !leaving && (error.code === "rejoin_required" || (error.status === 401 && unauthorized <= 1))) {
      log("joining again", { reason: error.code });
      // The old incarnation's runs are Roster's to requeue or orphan: this node holds none of them any more.
      for (const run of held.values()) abandon(run, `the node joins again (${error.code})`);
      // So is its lease: Roster ends it with the incarnation.
      primary.lose("rejoining");
      phase = "rejoining";
      try {
        joined = await joinCluster();
        node = nodeClient(joined.nodeToken);
        armFence();
        // The new incarnation is judged by its own first check-in.
        conformant = undefined;
        answeredRole = undefined;
      } catch (e) {
        log("rejoin failed", { error: (e as Error).message });
      } finally {
        if (phase === "rejoining") phase = leaving ? "leaving" : "running";
      }
      return "continue";
    }
    log("check-in failed", { error: (error as Error).message });
    const transient = error instanceof ApiError && (error.transient || error.status === 409);
    return transient ? "continue" : "fatal";
  }

  async function loop(): Promise<"left" | "superseded" | "failed"> {
    await nap(settings!.instanceCheckInOffsetMs);
    let unauthorized = 0;
    let fatal = false;
    for (;;) {
      // Leaving waits for the runs and for the primary hooks (onStandby: the application stops
      // before Roster is told, and so before another node can take the lease), up to the grace.
      if (leaving && ((held.size === 0 && !primary.busy()) || graceOver)) return "left";
      // A fatal error ends the agent only once no work is held: until then the fence is what stops it.
      if (fatal && held.size === 0) return "failed";
      let retryAfterMs = 0;
      // The interval counts from this send, not from the answer: the fence rule assumes so.
      const sentAt = performance.now();
      try {
        await checkInOnce();
        unauthorized = 0;
        fatal = false;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) unauthorized++;
        const next = await afterFailure(error, unauthorized);
        if (next === "superseded") return "superseded";
        fatal = next === "fatal";
        retryAfterMs = error instanceof ApiError ? (error.retryAfterMs ?? 0) : 0;
      }
      if (leaving && ((held.size === 0 && !primary.busy()) || graceOver)) continue;
      const interval = settings!.instanceCheckInIntervalMs * (1 - CHECK_IN_JITTER + Math.random() * 2 * CHECK_IN_JITTER);
      await nap(Math.max(interval - (performance.now() - sentAt), retryAfterMs));
    }
  }

  /** Whatever way the loop ends, no work goes on after it. */
  async function lifecycle(): Promise<"left" | "superseded" | "failed"> {
    let outcome: "left" | "superseded" | "failed" = "failed";
    try {
      outcome = await loop();
    } catch (error) {
      log("agent failed", { error: (error as Error).message });
    } finally {
      clearTimeout(fenceTimer);
      for (const r of held.values()) abandon(r, outcome === "left" ? "the node is leaving" : `the agent stopped (${outcome})`);
      primary.lose(outcome === "left" ? "leaving" : "stopped");
      phase = "stopped";
      // onStandby gets its time (bounded: a hook that hangs cannot keep the agent from ending).
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([primary.idle(), new Promise((r) => (timer = setTimeout(r, PRIMARY_SETTLE_MS)))]);
      clearTimeout(timer);
    }
    return outcome;
  }

  const done = lifecycle();
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    nodeId: options.nodeId,
    done,
    status: () => ({
      phase,
      lastCheckIn: lastSentOkWall,
      sinceCheckInMs: Math.max(0, performance.now() - lastSentOk),
      fenced: fenced(),
      conformant,
      refused,
      role: primary.term() !== undefined ? "primary" : answeredRole === undefined ? undefined : "standby",
      term: primary.term(),
      settings: settings!,
    }),
    async stop(graceMs = 5000) {
      if (!leaving) {
        leaving = true;
        if (phase === "running") phase = "leaving";
        // No longer primary from now on: onPrimary's work is stopped, onStandby runs.
        primary.lose("leaving");
        // Work not started yet is not started now: Roster requeues it at once (the drain; its
        // check-ins also say capacity 0), and when the node leaves at the latest.
        for (const run of held.values()) if (!run.started) abandon(run, "the node is leaving");
        void node.drain(options.clusterId, options.nodeId).catch((error) => log("drain failed (the leave hands the work back)", { error: (error as Error).message }));
        graceTimer = setTimeout(() => {
          graceOver = true;
          for (const run of held.values()) abandon(run, "the node is leaving (its grace is over)");
          wakeLoop();
        }, graceMs);
        wakeLoop();
      }
      const outcome = await done;
      clearTimeout(graceTimer);
      if (outcome === "left") {
        await node.retrying.leave(options.clusterId, options.nodeId).catch((error) => log("leave failed", { error: (error as Error).message }));
        log("left the cluster");
      }
    },
  };
}
