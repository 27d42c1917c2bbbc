import { createHash, randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { type KeystoreRecord, readCluster, requireCluster } from "../clusters/cluster-item";
import type { Deps } from "../ports";
import { RosterError, conflict, invalidRequest } from "../common/errors";
import { recordEvent } from "../events/events";
import { clusterKey } from "../store/keys";
import { type NodeCredentials, ownNodeKey } from "../nodes/credentials";
import { type NodeItem, isLive } from "../nodes/node-item";
import { withDefaults } from "../clusters/settings";
import { TransactionCanceled } from "../store/table";
import { tokenMatches } from "../common/tokens";

/** Secrets Manager holds at most 64 KiB of binary per secret version. */
export const MAX_KEYSTORE_BYTES = 64 * 1024;
/** The request body limit (1 MiB): no longer base64 text can arrive. */
const MAX_UPLOAD_CHARS = 1024 * 1024;
export const UPLOAD_FORMATS = ["jceks", "pkcs12", "jks", "raw"] as const;
export const KEYRING_FORMAT = "roster-keyring";

export const keystoreUploadSchema = z
  .strictObject({
    format: z.enum(UPLOAD_FORMATS),
    // Only the body limit bounds the text: a keystore too large once decoded is a 413 (decodeUpload).
    data: z.string().min(1, "the keystore is empty").max(MAX_UPLOAD_CHARS).meta({ description: "base64, at most 64 KiB once decoded" }),
  })
  .meta({ id: "KeystoreUpload" });
export type KeystoreUpload = z.infer<typeof keystoreUploadSchema>;

export const keystoreSchema = z
  .object({ version: z.number().int(), fingerprint: z.string(), format: z.string(), data: z.string() })
  .meta({ id: "Keystore" });


export const fingerprintOf = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export { keystoreRef } from "../clusters/cluster-item";

/** Decode an upload: strict base64, not empty, at most 64 KiB. */
export function decodeUpload(upload: KeystoreUpload): Uint8Array {
  const data = upload.data.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data) || data.length % 4 !== 0) {
    throw invalidRequest("keystore data is not base64", [{ path: "body.keystore.data", message: "not base64" }]);
  }
  const bytes = Buffer.from(data, "base64");
  if (bytes.length === 0) throw invalidRequest("the keystore is empty", [{ path: "body.keystore.data", message: "empty" }]);
  if (bytes.length > MAX_KEYSTORE_BYTES) {
    throw new RosterError(413, "keystore_too_large", `the keystore is ${bytes.length} bytes: Secrets Manager takes at most ${MAX_KEYSTORE_BYTES}`);
  }
  return bytes;
}

/** A keyring for a cluster whose first node brought no keystore: named 256-bit keys from a CSPRNG. */
export function generateKeyring(): Uint8Array {
  const key = () => randomBytes(32).toString("base64");
  const keyring = { format: KEYRING_FORMAT, keys: { "symmetric-default": key(), "hmac-session": key(), "selfservice": key() } };
  return new TextEncoder().encode(JSON.stringify(keyring));
}

/**
 * Store a keystore version in the vault before any write points to it: if the vault fails,
 * nothing in the table has changed and the caller can simply try again.
 */
export async function storeKeystore(deps: Deps, clusterId: string, bytes: Uint8Array, format: string, version: number): Promise<KeystoreRecord> {
  const vaultVersionId = randomUUID();
  await deps.vault.put(clusterId, vaultVersionId, bytes);
  return { version, fingerprint: fingerprintOf(bytes), format, vaultVersionId };
}

/** Rotation by an admin: a new version, current from this write on; nodes see it at their next check-in. */
export async function rotateKeystore(deps: Deps, clusterId: string, upload: KeystoreUpload) {
  const bytes = decodeUpload(upload);
  for (let attempt = 1; ; attempt++) {
    const cluster = await requireCluster(deps, clusterId, { consistent: true });
    const current = cluster.keystore;
    if (!current) throw conflict("cluster_not_initialized", `cluster '${clusterId}' has no keystore yet: its first node brings it`);
    // The same keystore again is a repeat (an answer lost after the write committed): the same
    // answer, and no second version that would push the real previous one out of reach.
    if (current.fingerprint === fingerprintOf(bytes) && current.format === upload.format) {
      return { version: current.version, fingerprint: current.fingerprint };
    }
    const next = await storeKeystore(deps, clusterId, bytes, upload.format, current.version + 1);
    const now = deps.clock.now();
    try {
      await deps.table.transact([
        {
          Update: {
            Key: clusterKey(clusterId),
            UpdateExpression: "SET keystore = :next, previousKeystore = :current",
            ConditionExpression: "keystore.version = :version",
            ExpressionAttributeValues: { ":next": next, ":current": current, ":version": current.version },
          },
        },
        recordEvent(
          clusterId,
          { type: "keystore.rotated", detail: { version: next.version, fingerprint: next.fingerprint, format: next.format } },
          now,
          withDefaults(cluster.settings).eventRetentionMs,
        ),
      ]);
      return { version: next.version, fingerprint: next.fingerprint };
    } catch (error) {
      if (!(error instanceof TransactionCanceled)) throw error;
      if (attempt >= 3) throw new RosterError(503, "busy", `cluster '${clusterId}' keystore is changing under concurrent writes; retry`);
    }
  }
}

/**
 * A node fetches its cluster's keystore: the current version, or the previous one by number
 * while a rotation settles. The node token is checked against the node item here (this is no
 * hot path), and only a live incarnation may read.
 */
export async function fetchKeystore(deps: Deps, cred: NodeCredentials, version?: number) {
  const [cluster, node] = await Promise.all([
    // Consistent: a node fetches the keystore right after its join wrote both items.
    readCluster(deps, cred.clusterId, { consistent: true }),
    deps.table.get({ Key: ownNodeKey(cred), ConsistentRead: true }) as Promise<NodeItem | undefined>,
  ]);
  if (!node || node.epoch !== cred.epoch || !tokenMatches(cred.token, node.tokenHash)) {
    throw new RosterError(401, "unauthorized", "missing or invalid token");
  }
  if (!isLive(node.state)) throw conflict("rejoin_required", `node '${cred.nodeId}' is ${node.state}: join again`);
  const records = [cluster?.keystore, cluster?.previousKeystore];
  const record = version === undefined ? records[0] : records.find((r) => r?.version === version);
  if (!record) {
    throw new RosterError(404, "keystore_not_found", version === undefined ? "the cluster has no keystore yet" : `keystore version ${version} is not kept`);
  }
  const bytes = await deps.vault.get(cred.clusterId, record.vaultVersionId);
  return { version: record.version, fingerprint: record.fingerprint, format: record.format, data: Buffer.from(bytes).toString("base64") };
}
