import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  InvalidRequestException,
  ListSecretsCommand,
  PutSecretValueCommand,
  ResourceExistsException,
  ResourceNotFoundException,
  RestoreSecretCommand,
  SecretsManagerClient,
  SecretsManagerServiceException,
} from "@aws-sdk/client-secrets-manager";
import { mockClient } from "aws-sdk-client-mock";
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { keystoreSecretName, listKeystoreSecrets, scheduleKeystoreDeletion, secretsManagerVault } from "../../adapters/secrets-manager-vault";
import { RosterError } from "../../core/common/errors";
import { keystoreSecrets } from "../../scripts/keystore-secrets";
import { harness, joinNode } from "../support/harness";

const sm = mockClient(SecretsManagerClient);
// The mocks replace the clients' send for the whole worker (test files share modules): put it back.
afterAll(() => { sm.restore(); });
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

const invalidRequest = (message: string) => new InvalidRequestException({ message, $metadata: {} });
const MARKED = "You can't perform this operation on the secret because it was marked for deletion.";

/** Every command the client sent, in order: its name and input. */
const sent = () =>
  sm.calls().map((call) => {
    const command = call.args[0] as { constructor: { name: string }; input: unknown };
    return [command.constructor.name.replace(/Command$/, ""), command.input] as const;
  });

/**
 * Secrets Manager as its API reference tells it, in memory, behind the mocked client: a secret
 * scheduled for deletion refuses every read and write with InvalidRequestException (CreateSecret
 * of its name too) and only DescribeSecret, DeleteSecret and RestoreSecret see it; versions move
 * AWSCURRENT and AWSPREVIOUS; a ClientRequestToken repeated with the same bytes is a no-op.
 * `failNext` makes the next call of one command fail with the given error name.
 */
function secretsManagerModel() {
  const secrets = new Map<string, { versions: Map<string, { bytes: Uint8Array; stages: string[] }>; deletedDate?: Date; kmsKeyId?: string }>();
  const faults = new Map<string, string>();
  const fault = (command: string) => {
    const name = faults.get(command);
    if (name) {
      faults.delete(command);
      throw serviceError(name);
    }
  };
  const find = (id: string, { deleted = false } = {}) => {
    const secret = secrets.get(id);
    if (!secret) throw new ResourceNotFoundException({ message: "Secrets Manager can't find the specified secret.", $metadata: {} });
    if (secret.deletedDate && !deleted) throw invalidRequest(MARKED);
    return secret;
  };
  const addVersion = (id: string, token: string, bytes: Uint8Array) => {
    const secret = find(id);
    const existing = secret.versions.get(token);
    if (existing) {
      if (Buffer.compare(Buffer.from(existing.bytes), Buffer.from(bytes)) !== 0) throw new ResourceExistsException({ message: "version exists", $metadata: {} });
      return;
    }
    for (const version of secret.versions.values()) {
      version.stages = version.stages.includes("AWSCURRENT") ? ["AWSPREVIOUS"] : version.stages.filter((s) => s !== "AWSPREVIOUS");
    }
    secret.versions.set(token, { bytes, stages: ["AWSCURRENT"] });
  };
  sm.on(CreateSecretCommand).callsFake(async (input) => {
    fault("CreateSecret");
    const existing = secrets.get(input.Name);
    if (existing?.deletedDate) throw invalidRequest("You can't create this secret because a secret with this name is already scheduled for deletion.");
    if (existing) throw new ResourceExistsException({ message: `The operation failed because the secret ${input.Name} already exists.`, $metadata: {} });
    secrets.set(input.Name, { versions: new Map(), ...(input.KmsKeyId ? { kmsKeyId: input.KmsKeyId } : {}) });
    addVersion(input.Name, input.ClientRequestToken, input.SecretBinary);
    return { Name: input.Name, VersionId: input.ClientRequestToken };
  });
  sm.on(PutSecretValueCommand).callsFake(async (input) => {
    fault("PutSecretValue");
    addVersion(input.SecretId, input.ClientRequestToken, input.SecretBinary);
    return { Name: input.SecretId, VersionId: input.ClientRequestToken, VersionStages: ["AWSCURRENT"] };
  });
  sm.on(GetSecretValueCommand).callsFake(async (input) => {
    fault("GetSecretValue");
    const version = find(input.SecretId).versions.get(input.VersionId);
    if (!version) throw new ResourceNotFoundException({ message: "no such version", $metadata: {} });
    return { Name: input.SecretId, VersionId: input.VersionId, SecretBinary: version.bytes, VersionStages: version.stages };
  });
  sm.on(DescribeSecretCommand).callsFake(async (input) => {
    fault("DescribeSecret");
    const secret = find(input.SecretId, { deleted: true });
    return { Name: input.SecretId, ...(secret.deletedDate ? { DeletedDate: secret.deletedDate } : {}) };
  });
  sm.on(DeleteSecretCommand).callsFake(async (input) => {
    fault("DeleteSecret");
    const secret = find(input.SecretId, { deleted: true });
    if (secret.deletedDate) throw invalidRequest(MARKED);
    secret.deletedDate = new Date();
    return { Name: input.SecretId, DeletionDate: new Date(Date.now() + input.RecoveryWindowInDays * 86_400_000) };
  });
  sm.on(RestoreSecretCommand).callsFake(async (input) => {
    fault("RestoreSecret");
    delete find(input.SecretId, { deleted: true }).deletedDate;
    return { Name: input.SecretId };
  });
  sm.on(ListSecretsCommand).callsFake(async (input) => {
    fault("ListSecrets");
    const prefix: string = input.Filters[0].Values[0];
    const names = [...secrets.keys()].filter((name) => name.startsWith(prefix) && (input.IncludePlannedDeletion || !secrets.get(name)!.deletedDate)).sort();
    const start = Number(input.NextToken ?? 0);
    const page = names.slice(start, start + 2); // small pages, so paging is exercised
    return {
      SecretList: page.map((name) => ({ Name: name, ...(secrets.get(name)!.deletedDate ? { DeletedDate: secrets.get(name)!.deletedDate } : {}) })),
      ...(start + 2 < names.length ? { NextToken: String(start + 2) } : {}),
    };
  });
  return {
    secrets,
    failNext: (command: string, errorName: string) => void faults.set(command, errorName),
    current: (name: string) => [...secrets.get(name)!.versions.values()].find((v) => v.stages.includes("AWSCURRENT"))!.bytes,
  };
}

describe("a keystore secret that outlived its cluster", () => {
  it("put on a secret scheduled for deletion: DescribeSecret sees DeletedDate, RestoreSecret, then the version is added", async () => {
    const model = secretsManagerModel();
    model.secrets.set(NAME, { versions: new Map([["old", { bytes: new Uint8Array([7, 7]), stages: ["AWSCURRENT"] }]]), deletedDate: new Date() });
    await vault.put("shop", "v-new", bytes);
    expect(sent()).toEqual([
      ["PutSecretValue", { SecretId: NAME, SecretBinary: bytes, ClientRequestToken: "v-new" }],
      ["DescribeSecret", { SecretId: NAME }],
      ["RestoreSecret", { SecretId: NAME }],
      ["PutSecretValue", { SecretId: NAME, SecretBinary: bytes, ClientRequestToken: "v-new" }],
    ]);
    expect(model.secrets.get(NAME)!.deletedDate).toBeUndefined();
    expect(model.current(NAME)).toEqual(bytes); // the new bytes are current; the old ones are never read
    expect(await vault.get("shop", "v-new")).toEqual(bytes);
  });

  it("CreateSecret refused because the name is scheduled for deletion (deleted between the calls): restored, then the version is added", async () => {
    sm.on(PutSecretValueCommand)
      .rejectsOnce(new ResourceNotFoundException({ message: "no such secret", $metadata: {} }))
      .resolves({ VersionId: "v1" });
    sm.on(CreateSecretCommand).rejects(invalidRequest("You can't create this secret because a secret with this name is already scheduled for deletion."));
    sm.on(DescribeSecretCommand).resolves({ Name: NAME, DeletedDate: new Date() });
    sm.on(RestoreSecretCommand).resolves({ Name: NAME });
    await vault.put("shop", "v1", bytes);
    expect(sent().map(([name]) => name)).toEqual(["PutSecretValue", "CreateSecret", "DescribeSecret", "RestoreSecret", "PutSecretValue"]);
  });

  it("an InvalidRequestException for another reason stands: no restore, a 502 without the SDK's text", async () => {
    sm.on(PutSecretValueCommand).rejects(invalidRequest("secret text from AWS"));
    sm.on(DescribeSecretCommand).resolves({ Name: NAME });
    const error = await vault.put("shop", "v2", bytes).catch((e) => e);
    expect(error).toMatchObject({ status: 502, code: "vault_error" });
    expect(error.message).not.toContain("secret text from AWS");
    expect(sm.commandCalls(RestoreSecretCommand)).toHaveLength(0);
  });

  it("still refused right after the restore (Secrets Manager is eventually consistent): 503, and the retry succeeds", async () => {
    sm.on(PutSecretValueCommand).rejectsOnce(invalidRequest(MARKED)).rejectsOnce(invalidRequest(MARKED)).resolves({ VersionId: "v3" });
    sm.on(DescribeSecretCommand).resolves({ Name: NAME, DeletedDate: new Date() });
    sm.on(RestoreSecretCommand).resolves({ Name: NAME });
    const error = await vault.put("shop", "v3", bytes).catch((e) => e);
    expect(error).toMatchObject({ status: 503, code: "vault_unavailable" });
    await vault.put("shop", "v3", bytes);
    expect(sm.commandCalls(PutSecretValueCommand)).toHaveLength(3);
  });

  it("a read of a version the table points to restores a secret scheduled for deletion (the table is the truth)", async () => {
    const model = secretsManagerModel();
    model.secrets.set(NAME, { versions: new Map([["v1", { bytes, stages: ["AWSCURRENT"] }]]), deletedDate: new Date() });
    expect(await vault.get("shop", "v1")).toEqual(bytes);
    expect(sent().map(([name]) => name)).toEqual(["GetSecretValue", "DescribeSecret", "RestoreSecret", "GetSecretValue"]);
  });
});

describe("scheduling a keystore secret's deletion", () => {
  it("DeleteSecret with the recovery window; idempotent: scheduled before, or absent", async () => {
    const model = secretsManagerModel();
    model.secrets.set(NAME, { versions: new Map() });
    expect(await scheduleKeystoreDeletion(client, "roster/prod/", "shop", 7)).toBe("deleted");
    expect(sent()).toEqual([["DeleteSecret", { SecretId: NAME, RecoveryWindowInDays: 7 }]]);
    expect(await scheduleKeystoreDeletion(client, "roster/prod/", "shop", 7)).toBe("already"); // AWS: InvalidRequestException, DescribeSecret shows DeletedDate
    expect(await scheduleKeystoreDeletion(client, "roster/prod/", "gone", 7)).toBe("absent"); // ResourceNotFoundException
    await expect(scheduleKeystoreDeletion(client, "roster/prod/", "shop", 6)).rejects.toThrow(RangeError);
  });

  it("a throttled DeleteSecret is a 503 and changes nothing; the retry schedules it", async () => {
    const model = secretsManagerModel();
    model.secrets.set(NAME, { versions: new Map() });
    model.failNext("DeleteSecret", "ThrottlingException");
    await expect(scheduleKeystoreDeletion(client, "roster/prod/", "shop", 30)).rejects.toMatchObject({ status: 503, code: "vault_unavailable" });
    expect(model.secrets.get(NAME)!.deletedDate).toBeUndefined();
    expect(await scheduleKeystoreDeletion(client, "roster/prod/", "shop", 30)).toBe("deleted");
  });

  it("lists a stage's keystore secrets over every page, those scheduled for deletion included, and nothing of another stage", async () => {
    const model = secretsManagerModel();
    for (const name of ["roster/dev/clusters/a/keystore", "roster/dev/clusters/b/keystore", "roster/dev/clusters/c/keystore", "roster/dev-2/clusters/a/keystore", "roster/dev/clusters/x/other"]) {
      model.secrets.set(name, { versions: new Map() });
    }
    model.secrets.get("roster/dev/clusters/b/keystore")!.deletedDate = new Date(0);
    const found = await listKeystoreSecrets(client, "roster/dev/");
    expect(found).toEqual([
      { name: "roster/dev/clusters/a/keystore", clusterId: "a" },
      { name: "roster/dev/clusters/b/keystore", clusterId: "b", deletedDate: new Date(0) },
      { name: "roster/dev/clusters/c/keystore", clusterId: "c" },
    ]);
    expect(sm.commandCalls(ListSecretsCommand)[0]!.args[0].input).toEqual({
      Filters: [{ Key: "name", Values: ["roster/dev/clusters/"] }],
      IncludePlannedDeletion: true,
      MaxResults: 100,
    });
  });
});

describe("scripts/keystore-secrets.ts (what an operator runs after sst remove)", () => {
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const status = await keystoreSecrets(argv, client, (line) => out.push(line));
    return { status, out };
  };

  it("lists, then schedules the deletion of every live one; a failure exits 1 and a second run finishes", async () => {
    const model = secretsManagerModel();
    for (const id of ["a", "b", "c"]) model.secrets.set(`roster/dev/clusters/${id}/keystore`, { versions: new Map() });
    const listed = await run("--stage", "dev");
    expect(listed).toEqual({ status: 0, out: ["a", "b", "c"].map((id) => `roster/dev/clusters/${id}/keystore  in use or left behind`) });
    expect(sm.commandCalls(DeleteSecretCommand)).toHaveLength(0); // listing deletes nothing

    model.failNext("DeleteSecret", "ThrottlingException");
    const first = await run("--stage", "dev", "--delete");
    expect(first.status).toBe(1);
    expect(first.out[0]).toMatch(/clusters\/a\/keystore  not deleted: Secrets Manager is throttling/);
    const second = await run("--stage", "dev", "--delete", "--recovery-days", "30");
    expect(second.status).toBe(0);
    expect([...model.secrets.values()].every((s) => s.deletedDate)).toBe(true);
    expect(sm.commandCalls(DeleteSecretCommand).at(-1)!.args[0].input).toEqual({ SecretId: "roster/dev/clusters/a/keystore", RecoveryWindowInDays: 30 });
  });

  it("refuses production stages (their table outlives sst remove), a window outside 7..30 days, and no stage", async () => {
    secretsManagerModel();
    expect((await run("--stage", "prod", "--delete")).status).toBe(2);
    expect((await run("--stage", "dev", "--delete", "--recovery-days", "3")).status).toBe(2);
    expect((await run("--delete")).status).toBe(2);
    expect(sm.calls()).toHaveLength(0);
  });
});

describe("a stage removed and deployed again, through the API (a new table, the same Secrets Manager)", () => {
  const keystore = () => randomBytes(600);
  const fingerprint = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

  const stage = () => harness({ vault: secretsManagerVault(client, { prefix: "roster/dev/" }) });
  /** Create `clusterId` in `h`; `join` has its first node bring `data`. */
  const create = async (h: Awaited<ReturnType<typeof harness>>, clusterId: string, data: Buffer) => {
    const created = await h.call("POST", "/v1/clusters", { token: h.adminToken, body: { clusterId } });
    const joinToken: string = created.body.joinToken;
    const join = () =>
      h.call("POST", `/v1/clusters/${clusterId}/nodes/first/join`, {
        token: joinToken,
        body: { instanceType: "clustered-first", softwareVersion: "1.0.0", keystore: { format: "jks", data: data.toString("base64") } },
      });
    const fetchKeystore = async () => {
      const second = await joinNode(h, clusterId, "second", joinToken);
      return (await h.call("GET", `/v1/clusters/${clusterId}/keystore`, { token: second.nodeToken })).body;
    };
    return { join, fetchKeystore };
  };

  it("whether the old secret was left behind or scheduled for deletion, the re-created cluster's nodes get its new first node's keystore; a vault failure while restoring leaves the cluster uninitialized, and the retried join succeeds", async () => {
    const model = secretsManagerModel();
    const ids = ["left", "deleted", "flaky"];
    const before = await stage();
    for (const id of ids) expect((await (await create(before, id, keystore())).join()).status).toBe(200);
    // sst remove; the operator cleans up two of the three secrets (scripts/keystore-secrets.ts --delete does this).
    for (const id of ["deleted", "flaky"]) expect(await scheduleKeystoreDeletion(client, "roster/dev/", id, 7)).toBe("deleted");

    const after = await stage(); // sst deploy again: a new table
    for (const id of ["left", "deleted"]) {
      const newBytes = keystore();
      const cluster = await create(after, id, newBytes);
      expect((await cluster.join()).status).toBe(200);
      expect(await cluster.fetchKeystore()).toEqual({ version: 1, fingerprint: fingerprint(newBytes), format: "jks", data: newBytes.toString("base64") });
      expect(model.secrets.get(`roster/dev/clusters/${id}/keystore`)!.deletedDate).toBeUndefined();
      expect(Buffer.from(model.current(`roster/dev/clusters/${id}/keystore`))).toEqual(newBytes);
    }

    const newBytes = keystore();
    const flaky = await create(after, "flaky", newBytes);
    model.failNext("RestoreSecret", "ThrottlingException");
    expect(await flaky.join()).toMatchObject({ status: 503, body: { error: { code: "vault_unavailable" } } });
    expect((await after.call("GET", "/v1/clusters/flaky", { token: after.adminToken })).body.initialized).toBe(false);
    expect((await flaky.join()).status).toBe(200);
    expect((await flaky.fetchKeystore()).data).toBe(newBytes.toString("base64"));
  });
});
