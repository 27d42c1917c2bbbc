import { randomBytes } from "node:crypto";
import { z } from "zod";
import { iso } from "../common/clock";
import { eventPartition } from "../store/keys";
import type { TransactItem } from "../store/table";

/** Every state change Roster records (DESIGN.md item 6). */
export const EVENT_TYPES = [
  "cluster.initialized",
  "cluster.disrupted",
  "cluster.stabilized",
  "node.joined",
  "node.recovering",
  "node.recovered",
  "node.offline",
  "node.left",
  "node.superseded",
  "node.forgotten",
  "node.draining",
  "node.drained",
  "node.undrained",
  "job.claimed",
  "job.started",
  "job.completed",
  "job.requeued",
  "job.orphaned",
  "job.cancelling",
  "job.cancelled",
  "job.misfired",
  "keystore.rotated",
  "primary.elected",
  "primary.lost",
  "audit.repaired",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const eventSchema = z
  .object({
    eventId: z.string(),
    time: z.string(),
    type: z.enum(EVENT_TYPES),
    clusterId: z.string(),
    nodeId: z.string().optional(),
    jobId: z.string().optional(),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "Event" });
export type RosterEvent = z.infer<typeof eventSchema>;

export interface EventInput {
  type: EventType;
  nodeId?: string;
  jobId?: string;
  detail?: Record<string, unknown>;
}

export const OUTBOX_PK = "OUTBOX";

/**
 * Event ids sort by the time the writer decided, then by their place in the write that
 * recorded them: the order things happened, except that of two racing writers the one that
 * decided first may commit last. The random tail keeps two writers in the same millisecond apart.
 */
export const newEventId = (now: number, seq: number) =>
  `${iso(now)}_${String(seq).padStart(5, "0")}_${randomBytes(4).toString("hex")}`;

/**
 * The Put that records an event. It goes in the same transaction as the state change it
 * describes, so an event exists exactly when its change happened.
 */
export const recordEvent = (
  clusterId: string,
  event: EventInput,
  now: number,
  retentionMs: number,
  seq = 0,
): TransactItem => {
  const eventId = newEventId(now, seq);
  const record: RosterEvent = {
    eventId,
    time: iso(now),
    type: event.type,
    clusterId,
    ...(event.nodeId === undefined ? {} : { nodeId: event.nodeId }),
    ...(event.jobId === undefined ? {} : { jobId: event.jobId }),
    detail: event.detail ?? {},
  };
  return {
    Put: {
      Item: {
        pk: eventPartition(clusterId),
        sk: eventId,
        ...record,
        expiresAt: Math.ceil((now + retentionMs) / 1000),
        // In the outbox until EventBridge has accepted it (see core/publish.ts).
        outboxPk: OUTBOX_PK,
        outboxSk: eventId,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
};

export const toEvent = (item: Record<string, unknown>): RosterEvent =>
  eventSchema.parse({
    eventId: item.eventId,
    time: item.time,
    type: item.type,
    clusterId: item.clusterId,
    nodeId: item.nodeId,
    jobId: item.jobId,
    detail: item.detail ?? {},
  });
