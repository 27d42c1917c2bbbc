import { z } from "zod";
import { keystoreRefSchema } from "../clusters/cluster-item";
import { keystoreUploadSchema } from "../keystore/keystore";
import { idSchema } from "../common/ids";
import { capabilityNameSchema } from "../jobs/requirements";
import { INSTANCE_TYPES } from "./node-item";
import { clusterSettingsSchema } from "../clusters/settings";
import { ROLES, primaryViewSchema } from "../primary/lease-views";

/** The requests a node makes for itself (join, check-in) and Roster's answers, as zod schemas. */

const text = (max: number) => z.string().min(1).max(max);
/** A count that only grows, from 1 (a check-in's seq, a lease term). */
const counter = () => z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const endpointSchema = z
  .strictObject({
    host: z
      .string()
      .min(1)
      .max(253)
      .regex(/^([A-Za-z0-9_-][A-Za-z0-9._-]*|\[[0-9A-Fa-f:.]+\])$/, "a host name, an IPv4 address, or an IPv6 address in brackets"),
    port: z.number().int().min(1).max(65535).optional(),
    path: z.string().max(1024).regex(/^\/[^\s?#]*$/, "starts with '/', no spaces, query or fragment").optional(),
    scheme: z.enum(["http", "https"]).optional(),
  })
  .meta({
    id: "Endpoint",
    description: "how the other nodes reach this one, from which the cluster's `intraClusterUrlPattern` (or `scheme://host:port/path`) makes its URL",
  });

/** What a node can do, as it says at its join and check-in (jobs may require some: `requires.capabilities`). */
const capabilities = () =>
  z
    .array(capabilityNameSchema)
    .max(32)
    .optional()
    .meta({
      description:
        "what this node can do, for jobs that require capabilities (`requires.capabilities` of a job); a check-in that sends it replaces the list the node had",
    });

export const joinBodySchema = z.strictObject({
  instanceType: z.enum(INSTANCE_TYPES),
  softwareVersion: text(128),
  configFingerprint: text(256).optional(),
  capabilities: capabilities(),
  schedulingEnabled: z.boolean().optional(),
  url: z.url({ protocol: /^https?$/ }).max(2048).optional().meta({ description: "how the other nodes reach this one; wins over `endpoint`" }),
  endpoint: endpointSchema.optional(),
  keystore: keystoreUploadSchema.optional().meta({ description: "clustered-first only; omit it to have Roster generate a keyring" }),
});
export type JoinBody = z.infer<typeof joinBodySchema>;

export const joinResponseSchema = z
  .object({
    nodeToken: z.string(),
    epoch: z.number().int(),
    state: z.literal("running"),
    settings: clusterSettingsSchema,
    keystore: keystoreRefSchema.nullable(),
  })
  .meta({ id: "JoinResponse" });

export const checkInBodySchema = z.strictObject({
  epoch: z.number().int().min(1),
  sentAt: z.iso.datetime({ offset: true }),
  capacity: z.number().int().min(0).max(100).optional(),
  renew: z
    .array(z.string().max(512))
    .max(100)
    .optional()
    .meta({ description: "claim tokens of runs the node holds (older form of `holding`); each renews its run's lease" }),
  holding: z
    .array(z.string().min(1).max(512))
    .max(100)
    .optional()
    .meta({
      description:
        "every run id the node holds (claimed or started). Renews their leases; Roster takes back the runs of this incarnation the list leaves out (unstarted: requeued; started: orphaned) and answers in `revoked` the listed ones that are no longer this node's",
    }),
  seq: counter()
    .optional()
    .meta({
      description:
        "a number the node increases with every check-in of this incarnation. A check-in that arrives after a later one (a request the node gave up on) is refused with `409 check_in_out_of_order` and changes nothing; send it whenever a check-in can still be in flight when the next one is sent",
    }),
  types: z
    .array(idSchema)
    .max(100)
    .optional()
    .meta({ description: "the job types this node has handlers for; when given, it is only handed claims of these types" }),
  softwareVersion: text(128).optional(),
  configFingerprint: text(256).optional(),
  keystoreFingerprint: text(256).optional(),
  capabilities: capabilities(),
  primaryTerm: counter()
    .optional()
    .meta({
      description:
        "the primary lease term this node believes it holds: send it on every check-in while you act as primary. When it is not the node's current term, the answer says so in `warnings` (`primary term N is no longer valid`); while it is claimed, a move of the lease waits (the holder is answered standby, and the lease moves at its first check-in that no longer claims it)",
    }),
});
export type CheckInBody = z.infer<typeof checkInBodySchema>;

export const claimSchema = z
  .object({
    jobId: z.string(),
    runId: z.string(),
    claimToken: z.string(),
    fencingToken: z.number().int(),
    type: z.string(),
    payload: z.unknown(),
    scheduledFor: z.string(),
  })
  .meta({ id: "Claim" });

export const checkInResponseSchema = z
  .object({
    state: z.literal("running"),
    serverTime: z.string(),
    role: z.enum(ROLES).meta({
      description:
        "`primary` while this incarnation holds the cluster's primary lease (valid until its next check-in's answer, or the fence); `standby` otherwise",
    }),
    primary: primaryViewSchema
      .nullable()
      .meta({ description: "the lease's holder as Roster knows it at this check-in; null when nobody holds it, or while this node is handing it over" }),
    settings: clusterSettingsSchema,
    keystore: keystoreRefSchema.nullable(),
    conformant: z.boolean(),
    claims: z.array(claimSchema).meta({
      description: "the occurrences claimed for this node, up to its capacity: a concurrent job with several due appears once per occurrence, earliest first, each with its own run and fencing token",
    }),
    revoked: z.array(z.string()).meta({ description: "the entries of `renew` and `holding` that are no longer this node's: abort that work" }),
    warnings: z.array(z.string()),
  })
  .meta({ id: "CheckInResponse" });
export type CheckInResponse = z.infer<typeof checkInResponseSchema>;
