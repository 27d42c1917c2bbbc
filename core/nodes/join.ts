import { iso } from "../common/clock";
import { type KeystoreRecord, readCluster, shardsOf } from "../clusters/cluster-item";
import { clusterNodeKey } from "../clusters/cluster-nodes";
import { KEYRING_FORMAT, decodeUpload, generateKeyring, keystoreRef, storeKeystore } from "../keystore/keystore";
import type { Deps } from "../ports";
import { conflict, invalidRequest, unauthorized } from "../common/errors";
import { recordEvent } from "../events/events";
import { clusterKey, forgottenNodeKey, nodeKey } from "../store/keys";
import { type NodeItem, isLive } from "./node-item";
import { withDefaults } from "../clusters/settings";
import { TransactionCanceled, type TransactItem } from "../store/table";
import { releaseRunsOf } from "../jobs/run-recovery";
import { hashToken, newNodeToken, tokenMatches } from "../common/tokens";
import { ABSENT, rowOf } from "../common/lifecycle-table";
import { NODE_LIFECYCLE } from "./lifecycle";
import { nodeTransaction } from "./node-writes";
import type { JoinBody } from "./schemas";
import { MAX_ATTEMPTS, busy } from "./attempts";

/**
 * Join: a new incarnation (epoch) of a node. The node item is replaced whole by a Put whose
 * condition is the epoch and state this join read (`as read`; `absent` when there was none),
 * so two racing joins of one node id cannot both win, and a sweep that moved the old
 * incarnation meanwhile sends the join round again. The row is `join` for a node id with no
 * item, `rejoin` when the last incarnation is gone, `supersede` when it is live.
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
    const cluster = await readCluster(deps, clusterId, { consistent: true }); // a join token just created or rotated must work
    if (!cluster || !tokenMatches(input.joinToken, cluster.joinTokenHash)) throw unauthorized();
    // After the cluster item, which says which of its shards holds the node (a join is rare: the wait is not the check-in's).
    const previous = (await deps.table.get({ Key: clusterNodeKey(cluster, nodeId), ConsistentRead: true })) as NodeItem | undefined;
    if (first && cluster.initializedAt) throw alreadyInitialized(clusterId);
    // Initialization never reverts, so refusing on this read can only be early, never wrong.
    if (!first && !cluster.initializedAt) {
      throw conflict("cluster_not_initialized", `cluster '${clusterId}' has no first node yet: wait for it, then join`);
    }

    const now = deps.clock.now();
    const epoch = (previous?.epoch ?? (await forgottenEpoch(deps, clusterId, nodeId))) + 1;
    const nodeToken = newNodeToken(clusterId, nodeId, epoch, shardsOf(cluster));
    const node = newIncarnation({ clusterId, nodeId, shards: shardsOf(cluster), epoch, nodeToken, body, now, previous });
    const initializing: TransactItem[] = [];
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
      initializing.push(
        initializeCluster(clusterId, nodeId, body, now, keystore),
        recordEvent(
          clusterId,
          { type: "cluster.initialized", nodeId, detail: { keystore: { version: 1, fingerprint: keystore.fingerprint } } },
          now,
          withDefaults(cluster.settings).eventRetentionMs,
        ),
      );
    }
    const row = !previous
      ? rowOf(NODE_LIFECYCLE, "join", ABSENT)
      : rowOf(NODE_LIFECYCLE, isLive(previous.state) ? "supersede" : "rejoin", previous.state);
    const write = nodeTransaction(row, {
      cluster,
      nodeId,
      now,
      item: node,
      ...(previous ? { seen: previous, lease: { term: previous.primaryTerm } } : {}),
      details: {
        "node.superseded": { epoch: previous?.epoch, by: epoch },
        "node.joined": { epoch, instanceType: body.instanceType, softwareVersion: body.softwareVersion },
      },
      firstSeq: first ? 1 : 0, // after cluster.initialized
    });
    // In this order: the cluster's initialization first (its refusal is reasons[0]), then the node, then the events.
    const [initialize, initialized] = initializing;
    try {
      await deps.table.transact([
        ...(initialize ? [initialize] : []),
        write.node,
        ...write.checks,
        ...(initialized ? [initialized] : []),
        ...write.events,
      ]);
    } catch (error) {
      if (!(error instanceof TransactionCanceled)) throw error;
      if (first && error.reasons[0]?.code === "ConditionalCheckFailed") throw alreadyInitialized(clusterId);
      if (attempt < MAX_ATTEMPTS) continue; // another writer moved the node item: read again
      throw busy(nodeId);
    }
    // The replaced incarnation's work goes back at once (the sweep would find it too).
    if (row.name === "supersede") await releaseRunsOf(deps, cluster, nodeId, previous!.epoch, node);
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

function newIncarnation(args: {
  clusterId: string;
  nodeId: string;
  shards: number;
  epoch: number;
  nodeToken: string;
  body: JoinBody;
  now: number;
  previous: NodeItem | undefined;
}): NodeItem {
  const { body, previous } = args;
  return {
    ...nodeKey(args.clusterId, args.nodeId, args.shards),
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
    ...(body.capabilities === undefined ? {} : { capabilities: [...new Set(body.capabilities)] }),
    ...(body.url === undefined ? {} : { url: body.url }),
    ...(body.endpoint === undefined ? {} : { endpoint: body.endpoint }),
    // An admin's URL for this node outlives its incarnations.
    ...(previous?.urlOverride === undefined ? {} : { urlOverride: previous.urlOverride }),
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
