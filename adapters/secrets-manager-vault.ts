import {
  CreateSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  ResourceExistsException,
  ResourceNotFoundException,
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

/**
 * The vault on AWS Secrets Manager. A new version is `PutSecretValue` with Roster's version id
 * as `ClientRequestToken` (so a retry is idempotent); Secrets Manager moves `AWSCURRENT` to it
 * and `AWSPREVIOUS` to the one before, which stays readable. The first version creates the
 * secret. Reads name the exact version. SDK errors become Roster errors with a code and a
 * plain message: never the SDK's text, never a byte of the keystore.
 */
export function secretsManagerVault(client: SecretsManagerClient, options: SecretsManagerVaultOptions): SecretVault {
  const name = (clusterId: string) => keystoreSecretName(options.prefix, clusterId);
  const putVersion = (clusterId: string, versionId: string, bytes: Uint8Array) =>
    client.send(new PutSecretValueCommand({ SecretId: name(clusterId), SecretBinary: bytes, ClientRequestToken: versionId }));

  return {
    async put(clusterId, versionId, bytes) {
      try {
        await putVersion(clusterId, versionId, bytes);
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw vaultError(error);
        try {
          await client.send(
            new CreateSecretCommand({
              Name: name(clusterId),
              SecretBinary: bytes,
              ClientRequestToken: versionId,
              Description: `Roster: the keystore of cluster ${clusterId}`,
              ...(options.kmsKeyId ? { KmsKeyId: options.kmsKeyId } : {}),
            }),
          );
        } catch (createError) {
          // Another first node created it a moment ago: add this version to it.
          if (!(createError instanceof ResourceExistsException)) throw vaultError(createError);
          await putVersion(clusterId, versionId, bytes).catch((e) => {
            throw vaultError(e);
          });
        }
      }
    },
    async get(clusterId, versionId) {
      try {
        const out = await client.send(new GetSecretValueCommand({ SecretId: name(clusterId), VersionId: versionId }));
        if (!out.SecretBinary) throw new RosterError(502, "keystore_missing", "the keystore secret holds no binary value");
        return out.SecretBinary;
      } catch (error) {
        throw error instanceof RosterError ? error : vaultError(error);
      }
    },
  };
}

const UNAVAILABLE = new Set(["ThrottlingException", "LimitExceededException", "InternalServiceError", "ServiceUnavailableException", "TimeoutError"]);
const DENIED = new Set(["AccessDeniedException", "DecryptionFailure", "EncryptionFailure", "KMSAccessDeniedException", "UnrecognizedClientException"]);

/** A Secrets Manager error as Roster tells it: a status, a stable code, a sentence. */
export function vaultError(error: unknown): RosterError {
  const name = (error as { name?: string })?.name ?? "Error";
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
