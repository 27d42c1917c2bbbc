import {
  CreateSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  ResourceExistsException,
  ResourceNotFoundException,
  SecretsManagerClient,
  SecretsManagerServiceException,
} from "@aws-sdk/client-secrets-manager";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { keystoreSecretName, secretsManagerVault } from "../../adapters/secrets-manager-vault";
import { RosterError } from "../../core/common/errors";

const sm = mockClient(SecretsManagerClient);
const client = new SecretsManagerClient({ region: "eu-west-1" });
const vault = secretsManagerVault(client, { prefix: "roster/prod/", kmsKeyId: "alias/roster" });
const NAME = "roster/prod/clusters/shop/keystore";
const bytes = new Uint8Array([1, 2, 3, 250]);

const serviceError = (name: string) =>
  new SecretsManagerServiceException({ name, $fault: "client", $metadata: {}, message: `secret text from AWS for ${name}` });

beforeEach(() => sm.reset());

describe("Secrets Manager vault", () => {
  it("names one secret per cluster under the app and stage prefix", () => {
    expect(keystoreSecretName("roster/prod/", "shop")).toBe(NAME);
  });

  it("create: the first version creates the secret, binary, with Roster's version id and the KMS key", async () => {
    sm.on(PutSecretValueCommand).rejectsOnce(new ResourceNotFoundException({ message: "no such secret", $metadata: {} }));
    sm.on(CreateSecretCommand).resolves({ VersionId: "v1" });
    await vault.put("shop", "v1", bytes);
    expect(sm.commandCalls(CreateSecretCommand)[0]!.args[0].input).toEqual({
      Name: NAME,
      SecretBinary: bytes,
      ClientRequestToken: "v1",
      Description: "Roster: the keystore of cluster shop",
      KmsKeyId: "alias/roster",
    });
  });

  it("put-new-version: a rotation is PutSecretValue on the same secret with the new version id", async () => {
    sm.on(PutSecretValueCommand).resolves({ VersionId: "v2", VersionStages: ["AWSCURRENT"] });
    await vault.put("shop", "v2", bytes);
    expect(sm.commandCalls(PutSecretValueCommand).map((c) => c.args[0].input)).toEqual([
      { SecretId: NAME, SecretBinary: bytes, ClientRequestToken: "v2" },
    ]);
    expect(sm.commandCalls(CreateSecretCommand)).toHaveLength(0);
  });

  it("two first nodes creating at once: the loser adds its version to the secret the winner made", async () => {
    sm.on(PutSecretValueCommand)
      .rejectsOnce(new ResourceNotFoundException({ message: "no such secret", $metadata: {} }))
      .resolves({ VersionId: "v-b" });
    sm.on(CreateSecretCommand).rejects(new ResourceExistsException({ message: "exists", $metadata: {} }));
    await vault.put("shop", "v-b", bytes);
    expect(sm.commandCalls(PutSecretValueCommand)).toHaveLength(2);
  });

  it.each([
    ["current", "v2"],
    ["previous", "v1"],
  ])("get-%s: reads the exact version the cluster points to", async (_which, versionId) => {
    sm.on(GetSecretValueCommand, { SecretId: NAME, VersionId: versionId }).resolves({ SecretBinary: bytes });
    expect(await vault.get("shop", versionId)).toEqual(bytes);
    expect(sm.commandCalls(GetSecretValueCommand)[0]!.args[0].input).toEqual({ SecretId: NAME, VersionId: versionId });
  });

  it.each([
    ["ThrottlingException", 503, "vault_unavailable"],
    ["InternalServiceError", 503, "vault_unavailable"],
    ["AccessDeniedException", 502, "vault_access_denied"],
    ["DecryptionFailure", 502, "vault_access_denied"],
    ["ResourceNotFoundException", 502, "keystore_missing"],
    ["InvalidRequestException", 502, "vault_error"],
  ])("maps %s to %i %s, without the SDK's text", async (name, status, code) => {
    sm.on(GetSecretValueCommand).rejects(name === "ResourceNotFoundException" ? new ResourceNotFoundException({ message: "secret text from AWS", $metadata: {} }) : serviceError(name));
    const error = await vault.get("shop", "v1").catch((e) => e);
    expect(error).toBeInstanceOf(RosterError);
    expect(error).toMatchObject({ status, code });
    expect(error.message).not.toContain("secret text from AWS");
  });

  it("maps errors of a write too, and nothing of the bytes is in them", async () => {
    sm.on(PutSecretValueCommand).rejects(serviceError("EncryptionFailure"));
    const error = await vault.put("shop", "v3", new TextEncoder().encode("TOP-SECRET-KEY")).catch((e) => e);
    expect(error).toMatchObject({ status: 502, code: "vault_access_denied" });
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain("TOP-SECRET");
  });
});
