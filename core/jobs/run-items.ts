import { randomBytes } from "node:crypto";
import { z } from "zod";
import { iso } from "../common/clock";
import { padTime } from "../store/keys";

/**
 * `cancelling`: an admin cancelled the started run; its node is told (`revoked`) until it ends,
 * `cancelled` (also a claim cancelled before it started: its occurrence is not requeued).
 */
export const RUN_STATES = ["claimed", "started", "cancelling", "succeeded", "failed", "requeued", "orphaned", "cancelled"] as const;
export type RunState = (typeof RUN_STATES)[number];

/** A run: one occurrence of a job, claimed by one node incarnation. */
export interface RunItem {
  runId: string;
  clusterId: string;
  jobId: string;
  type: string;
  payload: unknown;
  state: RunState;
  nodeId: string;
  epoch: number;
  claimTokenHash: string;
  fencingToken: number;
  scheduledFor: number;
  claimedAt: number;
  startedAt?: number;
  finishedAt?: number;
  /** When an admin cancelled the run (a started run is `cancelling` from then until it ends). */
  cancelledAt?: number;
  message?: string;
  misfired?: boolean;
  /** The run lifecycle row that ended it (`complete`, `cancel`, `node-down`, `lease-lapsed`, `not-held`, `drained`): why, for explain. */
  endedBy?: string;
  /**
   * The job's version written by the claim, and by the write that finished the run. Job
   * versions order every change of a job, so a history can prove that a non-concurrent job's
   * next claim came after its previous run finished.
   */
  claimVersion: number;
  finishVersion?: number;
  /** The incarnation of the job it was claimed from (see `JobItem.incarnation`). */
  jobIncarnation?: string;
}

/** Run ids sort by claim time within their job, so a job's history is one range read. */
export const newRunId = (jobId: string, now: number) => `${jobId}~${padTime(now)}~${randomBytes(4).toString("hex")}`;
export const jobOfRun = (runId: string) => runId.split("~")[0]!;

/** A claim token names its run (readable, not secret) and carries 256 random bits. */
export const newClaimToken = (runId: string) =>
  `rct_${Buffer.from(runId).toString("base64url")}.${randomBytes(32).toString("base64url")}`;
export const runOfClaimToken = (token: string): string | undefined => {
  const match = /^rct_([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]{43}$/.exec(token);
  return match ? Buffer.from(match[1]!, "base64url").toString() : undefined;
};

export const runViewSchema = z
  .object({
    runId: z.string(),
    jobId: z.string(),
    state: z.enum(RUN_STATES),
    nodeId: z.string(),
    epoch: z.number().int(),
    fencingToken: z.number().int(),
    scheduledFor: z.string(),
    claimedAt: z.string(),
    startedAt: z.string().optional(),
    finishedAt: z.string().optional(),
    cancelledAt: z.string().optional(),
    outcome: z.enum(["succeeded", "failed"]).optional(),
    message: z.string().optional(),
    misfired: z.boolean().optional(),
  })
  .meta({ id: "Run" });
export type RunView = z.infer<typeof runViewSchema>;

export const toRunView = (run: RunItem): RunView => ({
  runId: run.runId,
  jobId: run.jobId,
  state: run.state,
  nodeId: run.nodeId,
  epoch: run.epoch,
  fencingToken: run.fencingToken,
  scheduledFor: iso(run.scheduledFor),
  claimedAt: iso(run.claimedAt),
  ...(run.startedAt === undefined ? {} : { startedAt: iso(run.startedAt) }),
  ...(run.finishedAt === undefined ? {} : { finishedAt: iso(run.finishedAt) }),
  ...(run.cancelledAt === undefined ? {} : { cancelledAt: iso(run.cancelledAt) }),
  ...(run.state === "succeeded" || run.state === "failed" ? { outcome: run.state } : {}),
  ...(run.message === undefined ? {} : { message: run.message }),
  ...(run.misfired ? { misfired: true } : {}),
});
