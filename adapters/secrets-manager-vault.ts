import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  PutSecretValueCommand,
  RestoreSecretCommand,
  type SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { RosterError } from "../core/common/errors";
import type { SecretVault } from "../core/ports";

export interface SecretsManagerVaultOptions {
  /** Every secret's name starts with this (the app and stage), which is what IAM grants. */
  prefix: string;
  /** A customer managed KMS key for the secrets; Secrets Manager's own key when absent. */
  kmsKeyId?: string;
}

/** The secret that holds a cluster's keystore: one per cluster, one version per keystore version. */
export const keystoreSecretName = (prefix: string, clusterId: string) => `${prefix}clusters/${clusterId}/keystore`;

const nameOf = (error: unknown) => (error as { name?: string } | null)?.name ?? "Error";

/**
 * The vault on AWS Secrets Manager. A new version is `PutSecretValue` with Roster's version id
 * as `ClientRequestToken` (so a retry is idempotent); Secrets Manager moves `AWSCURRENT` to it
 * and `AWSPREVIOUS` to the one before, which stays readable. The first version creates the
 * secret. Reads name the exact version. SDK errors become Roster errors with a code and a
 * plain message: never the SDK's text, never a byte of the keystore.
 *
 * Keystore secrets live outside SST's state (they are made at run time), so one may outlive its
 * cluster: `sst remove` leaves it, or an operator scheduled its deletion. The table is the truth:
 * - a secret left behind is reused: the new cluster's first node adds its version, and reads
 *   name that version, so the old bytes are never served;
 * - a secret scheduled for deletion (Secrets Manager answers `InvalidRequestException` to every
 *   read and write of it, and to `CreateSecret` of its name) that the table needs, because a
 *   first node stores its keystore in it or a cluster points to it, is restored
 *   (`RestoreSecret`) and the call is made again.
 */
export function secretsManagerVault(client: SecretsManagerClient, options: SecretsManagerVaultOptions): SecretVault {
  const name = (clusterId: string) => keystoreSecretName(options.prefix, clusterId);
  const putVersion = (clusterId: string, versionId: string, bytes: Uint8Array) =>
    client.send(new PutSecretValueCommand({ SecretId: name(clusterId), SecretBinary: bytes, ClientRequestToken: versionId }));
  const create = (clusterId: string, versionId: string, bytes: Uint8Array) =>
    client.send(
      new CreateSecretCommand({
        Name: name(clusterId),
        SecretBinary: bytes,
        ClientRequestToken: versionId,
        Description: `Roster: the keystore of cluster ${clusterId}`,
        ...(options.kmsKeyId ? { KmsKeyId: options.kmsKeyId } : {}),
      }),
    );

  /**
   * After an `InvalidRequestException`: if the secret is scheduled for deletion, cancel that and
   * make the call again (once; a second refusal right after a restore is Secrets Manager's
   * eventual consistency, a 503 to retry). Otherwise the refusal stands.
   */
  const restoringOnce = async <T>(clusterId: string, refusal: unknown, again: () => Promise<T>): Promise<T> => {
    if (!(await scheduledForDeletion(client, name(clusterId)))) throw vaultError(refusal);
    await client.send(new RestoreSecretCommand({ SecretId: name(clusterId) })).catch((e) => {
      throw vaultError(e);
    });
    try {
      return await again();
    } catch (error) {
      if (nameOf(error) === "InvalidRequestException") {
        throw new RosterError(503, "vault_unavailable", "the keystore secret was scheduled for deletion and is being restored: retry shortly", undefined, { cause: "InvalidRequestException" });
      }
      throw vaultError(error);
    }
  };

  /** A version added to the existing secret, restoring the secret first if it is scheduled for deletion. */
  const putExisting = (clusterId: string, versionId: string, bytes: Uint8Array) =>
    putVersion(clusterId, versionId, bytes).catch((error) => {
      if (nameOf(error) === "InvalidRequestException") return restoringOnce(clusterId, error, () => putVersion(clusterId, versionId, bytes));
      throw error;
    });

  const put = async (clusterId: string, versionId: string, bytes: Uint8Array) => {
    try {
      await putExisting(clusterId, versionId, bytes);
      return;
    } catch (error) {
      if (nameOf(error) !== "ResourceNotFoundException") throw vaultError(error);
    }
    try {
      await create(clusterId, versionId, bytes);
    } catch (error) {
      // Another first node created it a moment ago: add this version to it.
      if (nameOf(error) === "ResourceExistsException") return void (await putExisting(clusterId, versionId, bytes).catch((e) => Promise.reject(vaultError(e))));
      // Scheduled for deletion since the first call: restore it, then add this version.
      if (nameOf(error) === "InvalidRequestException") return void (await restoringOnce(clusterId, error, () => putVersion(clusterId, versionId, bytes)));
      throw vaultError(error);
    }
  };

  const get = async (clusterId: string, versionId: string) => {
    const read = async () => {
      const out = await client.send(new GetSecretValueCommand({ SecretId: name(clusterId), VersionId: versionId }));
      if (!out.SecretBinary) throw new RosterError(502, "keystore_missing", "the keystore secret holds no binary value");
      return out.SecretBinary;
    };
    try {
      return await read();
    } catch (error) {
      if (error instanceof RosterError) throw error;
      if (nameOf(error) === "InvalidRequestException") return restoringOnce(clusterId, error, read);
      throw vaultError(error);
    }
  };

  return {
    async put(clusterId, versionId, bytes) {
      await put(clusterId, versionId, bytes);
    },
    get,
  };
}

/** True when the secret exists and is scheduled for deletion (`DescribeSecret` shows `DeletedDate`). */
async function scheduledForDeletion(client: SecretsManagerClient, secretId: string): Promise<boolean> {
  try {
    const out = await client.send(new DescribeSecretCommand({ SecretId: secretId }));
    return out.DeletedDate !== undefined;
  } catch (error) {
    if (nameOf(error) === "ResourceNotFoundException") return false;
    throw vaultError(error);
  }
}

/** A keystore secret of a stage, as `listKeystoreSecrets` finds it. */
export interface KeystoreSecret {
  name: string;
  clusterId: string;
  /** When its deletion was scheduled, if it was. */
  deletedDate?: Date;
}

/**
 * Every keystore secret under `prefix` (a stage's `roster/<stage>/`), those scheduled for
 * deletion included: what `sst remove` leaves behind. `ListSecrets`' name filter is a
 * case-sensitive prefix match; only names of the keystore shape are kept.
 */
export async function listKeystoreSecrets(client: SecretsManagerClient, prefix: string): Promise<KeystoreSecret[]> {
  const shape = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}clusters/(.+)/keystore$`);
  const found: KeystoreSecret[] = [];
  let nextToken: string | undefined;
  do {
    const page = await client
      .send(
        new ListSecretsCommand({
          Filters: [{ Key: "name", Values: [`${prefix}clusters/`] }],
          IncludePlannedDeletion: true,
          MaxResults: 100,
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
      )
      .catch((e) => Promise.reject(vaultError(e)));
    for (const secret of page.SecretList ?? []) {
      const match = secret.Name ? shape.exec(secret.Name) : null;
      if (match) found.push({ name: secret.Name!, clusterId: match[1]!, ...(secret.DeletedDate ? { deletedDate: secret.DeletedDate } : {}) });
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** Secrets Manager's bounds for a recovery window, in days. */
export const RECOVERY_WINDOW_DAYS = { min: 7, max: 30 } as const;

/**
 * Schedule the deletion of a cluster's keystore secret, recoverable for `recoveryWindowDays`
 * (7 to 30): `deleted` when this call scheduled it, `already` when it was scheduled before,
 * `absent` when there is no such secret. Idempotent, so a retry after a lost answer is safe.
 */
export async function scheduleKeystoreDeletion(
  client: SecretsManagerClient,
  prefix: string,
  clusterId: string,
  recoveryWindowDays: number,
): Promise<"deleted" | "already" | "absent"> {
  if (!Number.isInteger(recoveryWindowDays) || recoveryWindowDays < RECOVERY_WINDOW_DAYS.min || recoveryWindowDays > RECOVERY_WINDOW_DAYS.max) {
    throw new RangeError(`the recovery window is ${RECOVERY_WINDOW_DAYS.min} to ${RECOVERY_WINDOW_DAYS.max} days`);
  }
  const secretId = keystoreSecretName(prefix, clusterId);
  try {
    await client.send(new DeleteSecretCommand({ SecretId: secretId, RecoveryWindowInDays: recoveryWindowDays }));
    return "deleted";
  } catch (error) {
    if (nameOf(error) === "ResourceNotFoundException") return "absent";
    if (nameOf(error) === "InvalidRequestException" && (await scheduledForDeletion(client, secretId))) return "already";
    throw vaultError(error);
  }
}

const UNAVAILABLE = new Set(["ThrottlingException", "LimitExceededException", "InternalServiceError", "ServiceUnavailableException", "TimeoutError"]);
const DENIED = new Set(["AccessDeniedException", "DecryptionFailure", "EncryptionFailure", "KMSAccessDeniedException", "UnrecognizedClientException"]);

/** A Secrets Manager error as Roster tells it: a status, a stable code, a sentence. */
export function vaultError(error: unknown): RosterError {
  if (error instanceof RosterError) return error;
  const name = nameOf(error);
  if (UNAVAILABLE.has(name)) {
    return new RosterError(503, "vault_unavailable", "Secrets Manager is throttling or unavailable: retry shortly", undefined, { cause: name });
  }
  if (DENIED.has(name)) {
    return new RosterError(502, "vault_access_denied", "Roster may not use the keystore secret or its KMS key: check the function's permissions", undefined, { cause: name });
  }
  if (name === "ResourceNotFoundException") {
    return new RosterError(502, "keystore_missing", "the keystore secret or version the cluster points to does not exist", undefined, { cause: name });
  }
  return new RosterError(502, "vault_error", `Secrets Manager refused the request (${name})`, undefined, { cause: name });
}
