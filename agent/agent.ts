import { writeFileAtomically } from "../adapters/atomic-file";
import type { ClusterSettings } from "../core/settings";
import { ApiError, type JoinResponse, type RosterClient, rosterClient, sleep } from "./client";

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

export interface AgentOptions {
  url: string;
  clusterId: string;
  joinToken: string;
  nodeId: string;
  /** Join as the cluster's first node (bringing or generating its keystore). */
  first?: boolean;
  softwareVersion: string;
  configFingerprint?: string;
  schedulingEnabled?: boolean;
  /** The first node's keystore to upload; without it Roster generates a keyring. */
  keystore?: { format: "jceks" | "pkcs12" | "jks" | "raw"; data: string };
  /** Where to write the cluster's keystore (mode 0600, atomically, again on every new version). */
  keystoreOut?: string;
  handlers?: Record<string, JobHandler>;
  /** How many jobs may run at once on this node. */
  capacity?: number;
  log?: (message: string, fields?: Record<string, unknown>) => void;
  fetch?: typeof fetch;
}

export interface Agent {
  readonly nodeId: string;
  /**
   * Leave the cluster: no new claims; running jobs get `graceMs` to finish, then are aborted;
   * the node becomes `stopped`.
   */
  stop(graceMs?: number): Promise<void>;
  /** Settles when the agent has stopped, with why. */
  readonly done: Promise<"left" | "superseded" | "failed">;
}

interface Running {
  claimToken: string;
  controller: AbortController;
  started: boolean;
}

const JITTER = 0.1;

/**
 * A node agent: join, check in on the cluster's interval (plus its offset and a little jitter,
 * so a restarted fleet does not check in in lockstep), run claimed jobs, renew them, and leave.
 * It is a client of the public HTTP API only.
 */
export async function startAgent(options: AgentOptions): Promise<Agent> {
  const log = options.log ?? (() => {});
  const handlers = options.handlers ?? {};
  const capacity = Object.keys(handlers).length === 0 ? 0 : (options.capacity ?? 1);
  const joinClient = rosterClient({ url: options.url, token: options.joinToken, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const stopping = new AbortController();
  const running = new Map<string, Running>();

  let joined = await joinCluster();
  let node = nodeClient(joined.nodeToken);
  let settings: ClusterSettings = joined.settings;
  let keystoreVersion = 0;
  let keystoreFingerprint: string | undefined;
  let lastOk = Date.now();
  await syncKeystore(joined.keystore?.version);

  function nodeClient(token: string): RosterClient {
    // Check-ins are not retried inside the call: the loop is the retry, on the cluster's interval.
    return rosterClient({ url: options.url, token, attempts: 1, ...(options.fetch ? { fetch: options.fetch } : {}) });
  }

  async function joinCluster(): Promise<JoinResponse> {
    let first = options.first ?? false;
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await joinClient.join(options.clusterId, options.nodeId, {
          instanceType: first ? "clustered-first" : "clustered-additional",
          softwareVersion: options.softwareVersion,
          ...(options.configFingerprint ? { configFingerprint: options.configFingerprint } : {}),
          ...(options.schedulingEnabled === undefined ? {} : { schedulingEnabled: options.schedulingEnabled }),
          ...(first && options.keystore ? { keystore: options.keystore } : {}),
        });
        log("joined", { nodeId: options.nodeId, epoch: response.epoch, instanceType: first ? "clustered-first" : "clustered-additional" });
        return response;
      } catch (error) {
        if (error instanceof ApiError && error.code === "cluster_already_initialized" && first) {
          log("the cluster is already initialized: joining as an additional node");
          first = false;
          continue;
        }
        if (error instanceof ApiError && error.code === "cluster_not_initialized") {
          log("waiting for the cluster's first node");
          await sleep(Math.min(5000, 500 * attempt), stopping.signal);
          if (stopping.signal.aborted) throw error;
          continue;
        }
        throw error;
      }
    }
  }

  async function syncKeystore(version: number | undefined) {
    if (!options.keystoreOut || version === undefined || version === keystoreVersion) return;
    const keystore = await node.keystore(options.clusterId);
    await writeFileAtomically(options.keystoreOut, Buffer.from(keystore.data, "base64"), 0o600);
    keystoreVersion = keystore.version;
    keystoreFingerprint = keystore.fingerprint;
    log("keystore written", { version: keystore.version, path: options.keystoreOut });
  }

  function abortAll(reason: string) {
    for (const [runId, run] of running) {
      if (!run.controller.signal.aborted) {
        log("aborting job", { runId, reason });
        run.controller.abort(new Error(reason));
      }
    }
  }

  async function runClaim(claim: { jobId: string; runId: string; claimToken: string; fencingToken: number; type: string; payload: unknown; scheduledFor: string }) {
    const handler = handlers[claim.type];
    const controller = new AbortController();
    const entry: Running = { claimToken: claim.claimToken, controller, started: false };
    running.set(claim.runId, entry);
    try {
      if (!handler) throw new Error(`no handler for job type '${claim.type}'`);
      await node.start(options.clusterId, claim.runId, claim.claimToken);
      entry.started = true;
      let outcome: "succeeded" | "failed" = "succeeded";
      let message: string | undefined;
      try {
        const result = await handler({ ...claim, signal: controller.signal });
        if (typeof result === "string") message = result;
      } catch (error) {
        outcome = "failed";
        message = (error as Error).message;
      }
      if (controller.signal.aborted) return; // the claim is gone: nothing to report
      await node.complete(options.clusterId, claim.runId, claim.claimToken, outcome, message?.slice(0, 4000));
      log("job finished", { jobId: claim.jobId, runId: claim.runId, outcome });
    } catch (error) {
      log("job not run", { jobId: claim.jobId, runId: claim.runId, error: (error as Error).message });
    } finally {
      running.delete(claim.runId);
    }
  }

  async function checkInOnce() {
    const free = Math.max(0, capacity - running.size);
    const response = await node.checkIn(options.clusterId, options.nodeId, {
      epoch: joined.epoch,
      sentAt: new Date().toISOString(),
      capacity: free,
      renew: [...running.values()].filter((r) => r.started).map((r) => r.claimToken),
      softwareVersion: options.softwareVersion,
      ...(options.configFingerprint ? { configFingerprint: options.configFingerprint } : {}),
      ...(keystoreFingerprint ? { keystoreFingerprint } : {}),
    });
    lastOk = Date.now();
    settings = response.settings;
    for (const warning of response.warnings) log("warning", { warning });
    const revoked = new Set(response.revoked);
    for (const [runId, run] of running) if (revoked.has(run.claimToken)) {
      log("claim revoked", { runId });
      run.controller.abort(new Error("claim revoked"));
    }
    for (const claim of response.claims) void runClaim(claim);
    await syncKeystore(response.keystore?.version);
  }

  async function loop(): Promise<"left" | "superseded" | "failed"> {
    await sleep(settings.instanceCheckInOffsetMs, stopping.signal);
    let unauthorized = 0;
    while (!stopping.signal.aborted) {
      try {
        await checkInOnce();
        unauthorized = 0;
      } catch (error) {
        if (error instanceof ApiError && error.code === "superseded") {
          log("superseded by a newer incarnation of this node: stopping");
          abortAll("superseded");
          return "superseded";
        }
        if (error instanceof ApiError && (error.code === "rejoin_required" || (error.status === 401 && ++unauthorized <= 1))) {
          log("joining again", { reason: error.code });
          abortAll("rejoining");
          joined = await joinCluster().catch((e) => {
            log("rejoin failed", { error: (e as Error).message });
            return joined;
          });
          node = nodeClient(joined.nodeToken);
          continue;
        }
        log("check-in failed", { error: (error as Error).message });
        if (error instanceof ApiError && !error.transient && error.status !== 409) return "failed";
      }
      // Self-fencing: past this point the cluster is about to give our work to someone else.
      const margin = Math.max(250, settings.instanceTimeoutMs * 0.2);
      if (running.size > 0 && Date.now() - lastOk > settings.instanceTimeoutMs - margin) abortAll("no check-in for too long (self-fenced)");
      const interval = settings.instanceCheckInIntervalMs;
      await sleep(interval * (1 - JITTER + Math.random() * 2 * JITTER), stopping.signal);
    }
    return "left";
  }

  const done = loop();
  return {
    nodeId: options.nodeId,
    done,
    async stop(graceMs = 5000) {
      stopping.abort();
      const deadline = Date.now() + graceMs;
      while (running.size > 0 && Date.now() < deadline) await sleep(50);
      abortAll("the node is leaving");
      const outcome = await done;
      if (outcome === "left") {
        await node.leave(options.clusterId, options.nodeId).catch((error) => log("leave failed", { error: (error as Error).message }));
        log("left the cluster");
      }
    },
  };
}
