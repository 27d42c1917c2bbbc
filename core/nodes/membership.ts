import { z } from "zod";
import { iso } from "../common/clock";
import { type ClusterItem, type KeystoreRecord, keystoreRefSchema, readCluster } from "../clusters/cluster-item";
import { KEYRING_FORMAT, decodeUpload, generateKeyring, keystoreRef, keystoreUploadSchema, storeKeystore } from "../keystore/keystore";
import { nonconformantReasons } from "./conformance";
import type { Deps } from "../ports";
import { RosterError, conflict, invalidRequest, unauthorized } from "../common/errors";
import { type EventInput, recordEvent } from "../events/events";
import { idSchema } from "../common/ids";
import { clusterKey, forgottenNodeKey, nodeKey } from "../store/keys";
import { INSTANCE_TYPES, type NodeItem, isLive } from "./node-item";
import { clusterSettingsSchema, withDefaults } from "../clusters/settings";
import { ConditionFailed, type Item, TransactionCanceled, type TransactItem } from "../store/table";
import { claimDue, claimWindow, readClusterAndDue } from "../jobs/claims";
import { type Listing, MAX_HELD, holdingUpdate, listingOf, reconcile, takeBack } from "../jobs/holdings";
import { releaseRunsOf } from "../jobs/run-recovery";
import type { SweepTrigger } from "../ports";
import { sweepDue } from "../detection/sweep";
import { type NodeCredentials, explainRefusal, ownIncarnation, rejoinRequired } from "./credentials";
import { hashToken, newNodeToken, tokenMatches } from "../common/tokens";

const text = (max: number) => z.string().min(1).max(max);

export const joinBodySchema = z.strictObject({
  instanceType: z.enum(INSTANCE_TYPES),
  softwareVersion: text(128),
  configFingerprint: text(256).optional(),
  schedulingEnabled: z.boolean().optional(),
  url: z.url({ protocol: /^https?$/ }).max(2048).optional(),
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
  seq: z
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
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
    settings: clusterSettingsSchema,
    keystore: keystoreRefSchema.nullable(),
    conformant: z.boolean(),
    claims: z.array(claimSchema),
    revoked: z.array(z.string()).meta({ description: "the entries of `renew` and `holding` that are no longer this node's: abort that work" }),
    warnings: z.array(z.string()),
  })
  .meta({ id: "CheckInResponse" });
export type CheckInResponse = z.infer<typeof checkInResponseSchema>;

const MAX_ATTEMPTS = 5;
const retention = (cluster: ClusterItem) => withDefaults(cluster.settings).eventRetentionMs;
const events = (clusterId: string, list: EventInput[], now: number, retentionMs: number) =>
  list.map((event, seq) => recordEvent(clusterId, event, now, retentionMs, seq));

/**
 * Join: a new incarnation (epoch) of a node. The node item is replaced whole by a Put whose
 * condition is the epoch and state this join read, so two racing joins of one node id cannot
 * both win, and a sweep that moved the old incarnation meanwhile sends the join round again.
 * A clustered-first join also initializes the cluster in the same transaction; its condition
 * (`attribute_not_exists(initializedAt)`) is what makes a second first node get 409.
 */
export async function join(
  deps: Deps,
  input: { clusterId: string; nodeId: string; joinToken: string; body: JoinBody },
) {
  const { clusterId, nodeId, body } = input;
  const first = body.instanceType === "clustered-first";
  if (body.keystore && !first) {
    throw invalidRequest("only a clustered-first node brings a keystore", [{ path: "body.keystore", message: "only with clustered-first" }]);
  }
  const uploaded = body.keystore ? decodeUpload(body.keystore) : undefined;
  let keystore: KeystoreRecord | undefined;
  for (let attempt = 1; ; attempt++) {
    const [cluster, previous] = await Promise.all([
      readCluster(deps, clusterId, { consistent: true }), // a join token just created or rotated must work
      deps.table.get({ Key: nodeKey(clusterId, nodeId), ConsistentRead: true }) as Promise<NodeItem | undefined>,
    ]);
    if (!cluster || !tokenMatches(input.joinToken, cluster.joinTokenHash)) throw unauthorized();
    if (first && cluster.initializedAt) throw alreadyInitialized(clusterId);
    // Initialization never reverts, so refusing on this read can only be early, never wrong.
    if (!first && !cluster.initializedAt) {
      throw conflict("cluster_not_initialized", `cluster '${clusterId}' has no first node yet: wait for it, then join`);
    }

    const now = deps.clock.now();
    const epoch = (previous?.epoch ?? (await forgottenEpoch(deps, clusterId, nodeId))) + 1;
    const nodeToken = newNodeToken(clusterId, nodeId, epoch);
    const node = newIncarnation({ clusterId, nodeId, epoch, nodeToken, body, now, previous });
    const happened: EventInput[] = [];
    const writes: TransactItem[] = [];
    if (first) {
      // The keystore goes to the vault before the write that points to it: if the vault fails,
      // the cluster stays uninitialized and the join can be retried.
      keystore ??= await storeKeystore(
        deps,
        clusterId,
        uploaded ?? generateKeyring(),
        body.keystore?.format ?? KEYRING_FORMAT,
        1,
      );
      writes.push(initializeCluster(clusterId, nodeId, body, now, keystore));
      happened.push({ type: "cluster.initialized", nodeId, detail: { keystore: { version: 1, fingerprint: keystore.fingerprint } } });
    }
    writes.push({
      Put: {
        Item: node,
        ...(previous
          ? {
              ConditionExpression: "epoch = :epoch AND #state = :state",
              ExpressionAttributeNames: { "#state": "state" },
              ExpressionAttributeValues: { ":epoch": previous.epoch, ":state": previous.state },
            }
          : { ConditionExpression: "attribute_not_exists(pk)" }),
      },
    });
    const superseded = previous && isLive(previous.state) ? previous : undefined;
    if (superseded) {
      happened.push({ type: "node.superseded", nodeId, detail: { epoch: superseded.epoch, by: epoch } });
    }
    happened.push({
      type: "node.joined",
      nodeId,
      detail: { epoch, instanceType: body.instanceType, softwareVersion: body.softwareVersion },
    });
    try {
      await deps.table.transact([...writes, ...events(clusterId, happened, now, retention(cluster))]);
    } catch (error) {
      if (!(error instanceof TransactionCanceled)) throw error;
      if (first && error.reasons[0]?.code === "ConditionalCheckFailed") throw alreadyInitialized(clusterId);
      if (attempt < MAX_ATTEMPTS) continue; // another writer moved the node item: read again
      throw busy(nodeId);
    }
    // The replaced incarnation's work goes back at once (the sweep would find it too).
    if (superseded) await releaseRunsOf(deps, cluster, nodeId, superseded.epoch, node);
    return {
      nodeToken,
      epoch,
      state: "running" as const,
      settings: withDefaults(cluster.settings),
      keystore: keystoreRef(first ? { ...cluster, keystore } : cluster),
    };
  }
}

/** The last epoch of a node id that was forgotten, or 0: epochs never repeat. */
const forgottenEpoch = async (deps: Deps, clusterId: string, nodeId: string) =>
  ((await deps.table.get({ Key: forgottenNodeKey(clusterId, nodeId), ConsistentRead: true }))?.epoch as number | undefined) ?? 0;

const alreadyInitialized = (clusterId: string) =>
  conflict(
    "cluster_already_initialized",
    `cluster '${clusterId}' is already initialized: join as clustered-additional`,
  );

const busy = (nodeId: string) =>
  new RosterError(503, "busy", `node '${nodeId}' is changing under concurrent writes; retry`);

function newIncarnation(args: {
  clusterId: string;
  nodeId: string;
  epoch: number;
  nodeToken: string;
  body: JoinBody;
  now: number;
  previous: NodeItem | undefined;
}): NodeItem {
  const { body, previous } = args;
  return {
    ...nodeKey(args.clusterId, args.nodeId),
    clusterId: args.clusterId,
    nodeId: args.nodeId,
    state: "running",
    epoch: args.epoch,
    tokenHash: hashToken(args.nodeToken),
    startup: iso(args.now),
    shutdown: "",
    lastCheckIn: args.now,
    instanceType: body.instanceType,
    schedulingEnabled: body.schedulingEnabled ?? true,
    softwareVersion: body.softwareVersion,
    clockSkewMs: 0,
    ...(body.configFingerprint === undefined ? {} : { configFingerprint: body.configFingerprint }),
    ...(body.url === undefined ? {} : { url: body.url }),
    ...(previous
      ? { prevEpoch: previous.epoch, prevTokenHash: previous.tokenHash, prevState: previous.state }
      : {}),
  };
}

function initializeCluster(clusterId: string, nodeId: string, body: JoinBody, now: number, keystore: KeystoreRecord): TransactItem {
  return {
    Update: {
      Key: clusterKey(clusterId),
      UpdateExpression: "SET initializedAt = :at, initializedBy = :by, #reference = :reference, keystore = :keystore",
      ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(initializedAt)",
      ExpressionAttributeNames: { "#reference": "reference" },
      ExpressionAttributeValues: {
        ":at": iso(now),
        ":by": nodeId,
        ":keystore": keystore,
        ":reference": {
          softwareVersion: body.softwareVersion,
          ...(body.configFingerprint === undefined ? {} : { configFingerprint: body.configFingerprint }),
        },
      },
    },
  };
}

/**
 * What a check-in reports about the node, written with the heartbeat: also what it holds, which
 * renews their leases, and its sequence number, which orders check-ins: one that arrives after a
 * later one must not write an older listing over a newer one (`order` is the condition for it).
 */
function reported(body: CheckInBody, listing: Listing, now: number) {
  const holding = holdingUpdate(listing);
  const sets = ["lastCheckIn = :now", "clockSkewMs = :skew", ...(holding.set ? [holding.set] : [])];
  const removes = holding.remove ? [holding.remove] : [];
  const values: Record<string, unknown> = { ":now": now, ":skew": Date.parse(body.sentAt) - now, ...holding.values };
  let order = "";
  if (body.seq !== undefined) {
    sets.push("checkInSeq = :seq");
    values[":seq"] = body.seq;
    order = " AND (attribute_not_exists(checkInSeq) OR checkInSeq < :seq)";
  }
  for (const field of ["softwareVersion", "configFingerprint", "keystoreFingerprint"] as const) {
    if (body[field] !== undefined) {
      sets.push(`${field} = :${field}`);
      values[`:${field}`] = body[field];
    }
  }
  return { sets, removes, values, order };
}

/** A check-in of this very incarnation that a later one (by `seq`) has overtaken. */
const overtaken = (stored: Item | undefined, cred: NodeCredentials, body: CheckInBody) =>
  body.seq !== undefined &&
  stored?.epoch === cred.epoch &&
  typeof stored.checkInSeq === "number" &&
  stored.checkInSeq >= body.seq &&
  tokenMatches(cred.token, stored.tokenHash as string);

const outOfOrder = (body: CheckInBody) =>
  conflict("check_in_out_of_order", `check-in ${body.seq} arrived after a later one of this incarnation: it changed nothing`);

const updateExpression = (sets: string[], removes: string[]) =>
  `SET ${sets.join(", ")}${removes.length ? ` REMOVE ${removes.join(", ")}` : ""}`;

/**
 * Check-in: the heartbeat is one UpdateItem whose condition is the whole access rule (this
 * token, this epoch, state running); the cluster item is read beside it, in parallel, for the
 * settings in the response. So an idle check-in costs one write and one read, and a refused
 * one explains itself from the item the refusal returns.
 *
 * The token's hash is matched by DynamoDB's condition: that compares SHA-256 digests of
 * 256-bit secrets, which leaks nothing a caller could steer; refusals are explained with the
 * constant-time comparison of `tokenMatches`.
 */
export async function checkIn(deps: Deps, cred: NodeCredentials, body: CheckInBody): Promise<CheckInResponse> {
  if (body.epoch !== cred.epoch) {
    throw invalidRequest("epoch does not match the node token", [{ path: "epoch", message: "must be the epoch of the node token" }]);
  }
  const capacity = body.capacity ?? 0;
  const listing = listingOf(body);
  for (let attempt = 1; ; attempt++) {
    const now = deps.clock.now();
    const { sets, removes, values, order } = reported(body, listing, now);
    const own = ownIncarnation(cred);
    const [read, heartbeat] = await Promise.all([
      readClusterAndDue(deps, cred.clusterId, now, claimWindow(capacity)),
      deps.table
        .update({
          Key: nodeKey(cred.clusterId, cred.nodeId),
          UpdateExpression: updateExpression(sets, removes),
          ConditionExpression: `${own.condition} AND #state = :running${order}`,
          ExpressionAttributeNames: { "#state": "state" },
          ExpressionAttributeValues: { ...values, ...own.values, ":running": "running" },
          ReturnValues: "ALL_NEW",
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        })
        .then(
          (node) => node as NodeItem,
          (error) => {
            if (!(error instanceof ConditionFailed)) return Promise.reject(error);
            return overtaken(error.item, cred, body) ? outOfOrder(body) : explainRefusal(error.item, cred);
          },
        ),
    ]);
    const { cluster } = read;
    if (heartbeat instanceof RosterError) throw heartbeat;
    if (!cluster) throw unauthorized();
    if (heartbeat === "stopped") throw rejoinRequired(cred.nodeId, "stopped");
    // The trigger is decided from the cluster item read above, so it costs the check-in no
    // request; the sweep itself runs beside the request, never in it.
    if (deps.sweeps && sweepDue(cluster, now)) {
      deps.clusterCache?.forget(cred.clusterId); // the sweep moves the turn: read it afresh next time
      await requestSweep(deps.sweeps, cred.clusterId);
    }
    const node = heartbeat === "recovering" ? await recover(deps, cred, cluster, { sets, removes, values, order }, now) : heartbeat;
    if (!node) {
      if (attempt < MAX_ATTEMPTS) continue;
      throw busy(cred.nodeId);
    }
    // Leases: what the node listed and no longer has is revoked; what it has and left out goes back.
    const { revoked, forgotten } = reconcile(node, listing);
    if (forgotten.length) await takeBack(deps, cluster, cred, node, forgotten, now);
    const warnings = nonconformantReasons(node, cluster);
    const held = Math.max(node.assigned?.size ?? 0, listing.runIds.length);
    const room = Math.min(capacity, MAX_HELD - held);
    const eligible = room > 0 && node.schedulingEnabled && warnings.length === 0;
    const runnable = body.types ? read.due.filter((job) => body.types!.includes(job.type)) : read.due;
    const claiming = eligible && runnable.length > 0;
    if (claiming) deps.clusterCache?.forget(cred.clusterId); // claims move the due pointers
    const claims = claiming ? await claimDue(deps, cluster, cred, runnable, room, now) : [];
    return {
      state: "running",
      serverTime: iso(now),
      settings: withDefaults(cluster.settings),
      keystore: keystoreRef(cluster),
      conformant: warnings.length === 0,
      claims,
      revoked,
      warnings,
    };
  }
}

/**
 * A recovering node checked in: back to running, with its `node.recovered` event in the same
 * transaction. Returns undefined when the state moved under it (the caller tries again).
 */
async function recover(
  deps: Deps,
  cred: NodeCredentials,
  cluster: ClusterItem,
  { sets, removes, values, order }: ReturnType<typeof reported>,
  now: number,
): Promise<NodeItem | undefined> {
  const own = ownIncarnation(cred);
  const key = nodeKey(cred.clusterId, cred.nodeId);
  try {
    await deps.table.transact([
      {
        Update: {
          Key: key,
          UpdateExpression: updateExpression([...sets, "#state = :running"], [...removes, "recoveringSince"]),
          ConditionExpression: `${own.condition} AND #state = :recovering${order}`,
          ExpressionAttributeNames: { "#state": "state" },
          ExpressionAttributeValues: { ...values, ...own.values, ":running": "running", ":recovering": "recovering" },
        },
      },
      ...events(cred.clusterId, [{ type: "node.recovered", nodeId: cred.nodeId, detail: { epoch: cred.epoch } }], now, retention(cluster)),
    ]);
  } catch (error) {
    if (error instanceof TransactionCanceled) return undefined;
    throw error;
  }
  const node = (await deps.table.get({ Key: key, ConsistentRead: true })) as NodeItem | undefined;
  // A join may have replaced this incarnation since: never hand the old one the new one's item.
  return node && node.epoch === cred.epoch && tokenMatches(cred.token, node.tokenHash) ? node : undefined;
}

/** A trigger that fails costs a sweep, never the check-in: the schedule is the backstop. */
async function requestSweep(sweeps: SweepTrigger, clusterId: string) {
  try {
    await sweeps.request(clusterId);
  } catch {
    // deliberately quiet: the next due check-in or the scheduled sweep asks again
  }
}

/**
 * Leave: `stopped`, with `shutdown` set, and `node.left` in the same transaction. Leaving
 * twice is not an error: the second call finds the node stopped and says so.
 */
export async function leave(deps: Deps, cred: NodeCredentials) {
  const cluster = await readCluster(deps, cred.clusterId);
  if (!cluster) throw unauthorized();
  for (let attempt = 1; ; attempt++) {
    const left = await tryLeave(deps, cred, cluster);
    if (left) {
      // Unstarted claims go back at once, started runs are orphaned: even while the disruption
      // guard holds, since the node itself says it is gone.
      await releaseRunsOf(deps, cluster, cred.nodeId, cred.epoch, { epoch: cred.epoch, state: "stopped" }, { ignoreGuard: true });
      return left;
    }
    if (attempt >= MAX_ATTEMPTS) throw busy(cred.nodeId);
  }
}

async function tryLeave(deps: Deps, cred: NodeCredentials, cluster: ClusterItem) {
  const now = deps.clock.now();
  const own = ownIncarnation(cred);
  try {
    await deps.table.transact([
      {
        Update: {
          Key: nodeKey(cred.clusterId, cred.nodeId),
          UpdateExpression: "SET #state = :stopped, shutdown = :shutdown REMOVE recoveringSince",
          ConditionExpression: `${own.condition} AND #state IN (:running, :recovering)`,
          ExpressionAttributeNames: { "#state": "state" },
          ExpressionAttributeValues: {
            ...own.values,
            ":stopped": "stopped",
            ":shutdown": iso(now),
            ":running": "running",
            ":recovering": "recovering",
          },
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        },
      },
      ...events(cred.clusterId, [{ type: "node.left", nodeId: cred.nodeId, detail: { epoch: cred.epoch } }], now, retention(cluster)),
    ]);
    return { state: "stopped" as const, shutdown: iso(now) };
  } catch (error) {
    if (!(error instanceof TransactionCanceled)) throw error;
    if (error.conflicted) return undefined;
    const stored = error.reasons[0]?.item;
    const why = explainRefusal(stored, cred);
    if (why === "stopped") return { state: "stopped" as const, shutdown: stored!.shutdown as string };
    if (why instanceof RosterError) throw why;
    return undefined; // it was live, yet the write lost: the state moved meanwhile
  }
}
