import { text } from "node:stream/consumers";
import { randomBytes, randomUUID } from "node:crypto";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Local HTTP endpoints for the AWS services the Lambda bundles call besides DynamoDB, so the
 * bundles' real SDK clients reach them through `AWS_ENDPOINT_URL_<SERVICE>`:
 *
 * - Secrets Manager (AWS JSON 1.1, `X-Amz-Target: secretsmanager.<Action>`): CreateSecret,
 *   PutSecretValue, GetSecretValue, DescribeSecret, ListSecrets (one page), DeleteSecret and
 *   RestoreSecret, with the version stages (AWSCURRENT, AWSPREVIOUS), idempotent
 *   `ClientRequestToken`s and deletion windows the Secrets Manager API Reference describes (a
 *   secret scheduled for deletion refuses reads, writes and a `CreateSecret` of its name with
 *   `InvalidRequestException`);
 * - EventBridge (AWS JSON 1.1, `X-Amz-Target: AWSEvents.PutEvents`);
 * - Lambda `Invoke` (REST JSON, `POST /2015-03-31/functions/{name}/invocations`, the invocation
 *   type in `X-Amz-Invocation-Type`; `Event` is queued and answered `202`).
 *
 * Every call is recorded with the service its SigV4 signature was made for (the credential
 * scope of the `Authorization` header), so a test can tell which client sent it. Only what the
 * adapters use is served; anything else is answered the way AWS answers an unknown operation.
 */
export interface Call {
  service: string;
  action: string;
  input: Record<string, unknown>;
}

export interface Secret {
  name: string;
  arn: string;
  description?: string;
  kmsKeyId?: string;
  deletedAt?: number;
  versions: Map<string, { binary: Buffer; stages: string[]; createdAt: number }>;
}

export interface AwsStandIns {
  endpoint: string;
  calls: Call[];
  secrets: Map<string, Secret>;
  /** The PutEvents entries accepted, in order. */
  events: Record<string, unknown>[];
  /** The `Event` (asynchronous) invocations received, in order. */
  asyncInvocations: { functionName: string; payload: string }[];
  /** A secret made before the test (e.g. left behind by an earlier cluster), scheduled for deletion when `deleted`. */
  seedSecret(name: string, versionId: string, bytes: Buffer, options?: { deleted?: boolean }): Secret;
  close(): Promise<void>;
}

class AwsError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const REGION = "eu-west-1";
const ACCOUNT = "123456789012";

export async function startAwsStandIns(): Promise<AwsStandIns> {
  const calls: Call[] = [];
  const secrets = new Map<string, Secret>();
  const events: Record<string, unknown>[] = [];
  const asyncInvocations: { functionName: string; payload: string }[] = [];

  const find = (secretId: unknown, { allowDeleted = false } = {}) => {
    const secret = [...secrets.values()].find((s) => s.name === secretId || s.arn === secretId);
    if (!secret) throw new AwsError("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
    if (secret.deletedAt !== undefined && !allowDeleted) {
      throw new AwsError("InvalidRequestException", "You can't perform this operation on the secret because it was marked for deletion.");
    }
    return secret;
  };

  /** A new version becomes AWSCURRENT; the one before becomes AWSPREVIOUS (Secrets Manager's staging). */
  const addVersion = (secret: Secret, versionId: string, binary: Buffer) => {
    const existing = secret.versions.get(versionId);
    if (existing) {
      if (!existing.binary.equals(binary)) throw new AwsError("ResourceExistsException", "A version with this ClientRequestToken already exists with a different value.");
      return existing.stages; // a retry of the same request: idempotent
    }
    for (const version of secret.versions.values()) {
      version.stages = version.stages.filter((s) => s !== "AWSPREVIOUS");
      if (version.stages.includes("AWSCURRENT")) version.stages = [...version.stages.filter((s) => s !== "AWSCURRENT"), "AWSPREVIOUS"];
    }
    const stages = ["AWSCURRENT"];
    secret.versions.set(versionId, { binary, stages, createdAt: Date.now() / 1000 });
    return stages;
  };

  const binaryOf = (input: Record<string, unknown>) => {
    if (typeof input.SecretBinary !== "string") throw new AwsError("InvalidParameterException", "SecretBinary is required here.");
    return Buffer.from(input.SecretBinary, "base64");
  };
  const token = (input: Record<string, unknown>) => (typeof input.ClientRequestToken === "string" ? input.ClientRequestToken : randomUUID());

  const secretsManager: Record<string, (input: Record<string, unknown>) => Record<string, unknown>> = {
    CreateSecret(input) {
      const name = String(input.Name);
      const existing = secrets.get(name);
      if (existing?.deletedAt !== undefined) {
        throw new AwsError("InvalidRequestException", "You can't create this secret because a secret with this name is already scheduled for deletion.");
      }
      if (existing) throw new AwsError("ResourceExistsException", `The operation failed because the secret ${name} already exists.`);
      const secret: Secret = {
        name,
        arn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${name}-${randomBytes(3).toString("hex")}`,
        versions: new Map(),
        ...(typeof input.Description === "string" ? { description: input.Description } : {}),
        ...(typeof input.KmsKeyId === "string" ? { kmsKeyId: input.KmsKeyId } : {}),
      };
      const versionId = token(input);
      addVersion(secret, versionId, binaryOf(input));
      secrets.set(name, secret);
      return { ARN: secret.arn, Name: name, VersionId: versionId };
    },
    PutSecretValue(input) {
      const secret = find(input.SecretId);
      const versionId = token(input);
      const stages = addVersion(secret, versionId, binaryOf(input));
      return { ARN: secret.arn, Name: secret.name, VersionId: versionId, VersionStages: stages };
    },
    GetSecretValue(input) {
      const secret = find(input.SecretId);
      const stage = typeof input.VersionStage === "string" ? input.VersionStage : input.VersionId === undefined ? "AWSCURRENT" : undefined;
      const entry = [...secret.versions.entries()].find(([id, v]) => (stage ? v.stages.includes(stage) : id === input.VersionId));
      if (!entry) throw new AwsError("ResourceNotFoundException", "Secrets Manager can't find the specified secret value for the version.");
      const [versionId, version] = entry;
      return { ARN: secret.arn, Name: secret.name, VersionId: versionId, SecretBinary: version.binary.toString("base64"), VersionStages: version.stages, CreatedDate: version.createdAt };
    },
    DescribeSecret(input) {
      const secret = find(input.SecretId, { allowDeleted: true });
      return {
        ARN: secret.arn,
        Name: secret.name,
        ...(secret.description ? { Description: secret.description } : {}),
        ...(secret.kmsKeyId ? { KmsKeyId: secret.kmsKeyId } : {}),
        ...(secret.deletedAt !== undefined ? { DeletedDate: secret.deletedAt / 1000 } : {}),
        VersionIdsToStages: Object.fromEntries([...secret.versions].map(([id, v]) => [id, v.stages])),
      };
    },
    DeleteSecret(input) {
      const secret = find(input.SecretId, { allowDeleted: true });
      if (input.ForceDeleteWithoutRecovery === true) {
        secrets.delete(secret.name);
        return { ARN: secret.arn, Name: secret.name, DeletionDate: Date.now() / 1000 };
      }
      const days = typeof input.RecoveryWindowInDays === "number" ? input.RecoveryWindowInDays : 30;
      secret.deletedAt ??= Date.now();
      return { ARN: secret.arn, Name: secret.name, DeletionDate: secret.deletedAt / 1000 + days * 86_400 };
    },
    ListSecrets(input) {
      const filters = Array.isArray(input.Filters) ? (input.Filters as { Key: string; Values: string[] }[]) : [];
      const prefixes = filters.filter((f) => f.Key === "name").flatMap((f) => f.Values);
      const listed = [...secrets.values()].filter(
        (s) => (input.IncludePlannedDeletion === true || s.deletedAt === undefined) && (prefixes.length === 0 || prefixes.some((p) => s.name.startsWith(p))),
      );
      return { SecretList: listed.map((s) => ({ ARN: s.arn, Name: s.name, ...(s.deletedAt !== undefined ? { DeletedDate: s.deletedAt / 1000 } : {}) })) };
    },
    RestoreSecret(input) {
      const secret = find(input.SecretId, { allowDeleted: true });
      delete secret.deletedAt;
      return { ARN: secret.arn, Name: secret.name };
    },
  };

  const putEvents = (input: Record<string, unknown>) => {
    const entries = Array.isArray(input.Entries) ? (input.Entries as Record<string, unknown>[]) : [];
    if (entries.length < 1 || entries.length > 10) throw new AwsError("ValidationException", "Entries must hold 1 to 10 entries.");
    const results = entries.map((entry) => {
      let detailIsObject = false;
      try {
        const detail = JSON.parse(String(entry.Detail));
        detailIsObject = typeof detail === "object" && detail !== null && !Array.isArray(detail);
      } catch {
        detailIsObject = false;
      }
      if (!entry.Source || !entry.DetailType || !detailIsObject) return { ErrorCode: "MalformedDetail", ErrorMessage: "Detail is malformed." };
      events.push(entry);
      return { EventId: randomUUID() };
    });
    return { FailedEntryCount: results.filter((r) => "ErrorCode" in r).length, Entries: results };
  };

  const readBody = (req: IncomingMessage) => text(req);

  const answer = (res: ServerResponse, status: number, body: unknown, contentType = "application/x-amz-json-1.1") => {
    res.writeHead(status, { "content-type": contentType, "x-amzn-requestid": randomUUID() });
    res.end(body === undefined ? "" : JSON.stringify(body));
  };

  const server = createServer(async (req, res) => {
    const text = await readBody(req);
    const service = /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\/aws4_request/.exec(req.headers.authorization ?? "")?.[1] ?? "unsigned";
    const target = req.headers["x-amz-target"];
    const invoke = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec((req.url ?? "").split("?")[0]!);
    try {
      if (invoke && req.method === "POST") {
        const functionName = decodeURIComponent(invoke[1]!);
        const invocationType = String(req.headers["x-amz-invocation-type"] ?? "RequestResponse");
        calls.push({ service, action: "Invoke", input: { FunctionName: functionName, InvocationType: invocationType, Payload: text } });
        if (invocationType !== "Event") throw new AwsError("InvalidRequestContentException", "only Event invocations are served here");
        asyncInvocations.push({ functionName, payload: text });
        res.writeHead(202, { "content-type": "application/json", "x-amzn-requestid": randomUUID() });
        res.end();
        return;
      }
      if (typeof target !== "string") throw new AwsError("UnknownOperationException", "no X-Amz-Target");
      const [prefix, action = ""] = target.split(".");
      const input = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      calls.push({ service, action, input });
      if (prefix === "secretsmanager" && secretsManager[action]) return answer(res, 200, secretsManager[action](input));
      if (prefix === "AWSEvents" && action === "PutEvents") return answer(res, 200, putEvents(input));
      throw new AwsError("UnknownOperationException", `${target} is not served here`);
    } catch (error) {
      const e = error instanceof AwsError ? error : new AwsError("InternalServiceError", String(error), 500);
      res.writeHead(e.status, { "content-type": "application/x-amz-json-1.1", "x-amzn-errortype": e.type, "x-amzn-requestid": randomUUID() });
      res.end(JSON.stringify({ __type: e.type, message: e.message }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    secrets,
    events,
    asyncInvocations,
    seedSecret(name, versionId, bytes, { deleted = false } = {}) {
      const secret: Secret = { name, arn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${name}-${randomBytes(3).toString("hex")}`, versions: new Map() };
      addVersion(secret, versionId, bytes);
      if (deleted) secret.deletedAt = Date.now();
      secrets.set(name, secret);
      return secret;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
