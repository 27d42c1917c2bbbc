import { AWS_CALLS } from "./aws-calls";

/**
 * Least privilege, derived in this one place from what each function's bundle calls
 * (`stacks/aws-calls.ts`, generated from the bundles by scripts/aws-calls.ts): every SDK
 * command becomes the IAM actions AWS authorises it with, on the one resource of Roster's that
 * the service stands for. Linking a table or bus in SST would grant `dynamodb:*` / `events:*`.
 * test/stacks/iam.test.ts fails when a function may not do what its code calls, or may do
 * something its code never calls.
 */
export type FunctionName = keyof typeof AWS_CALLS;

/** The service each SDK package talks to, as IAM prefixes its actions. */
const SERVICES: Record<string, string> = {
  "@aws-sdk/client-dynamodb": "dynamodb",
  "@aws-sdk/lib-dynamodb": "dynamodb",
  "@aws-sdk/client-eventbridge": "events",
  "@aws-sdk/client-lambda": "lambda",
  "@aws-sdk/client-secrets-manager": "secretsmanager",
};

/** The document client's commands, as the DynamoDB operations they send. */
const DOCUMENT_OPERATIONS: Record<string, string> = {
  GetCommand: "GetItem",
  PutCommand: "PutItem",
  UpdateCommand: "UpdateItem",
  DeleteCommand: "DeleteItem",
  QueryCommand: "Query",
  ScanCommand: "Scan",
  BatchGetCommand: "BatchGetItem",
  BatchWriteCommand: "BatchWriteItem",
  TransactGetCommand: "TransactGetItems",
  TransactWriteCommand: "TransactWriteItems",
};

/**
 * Operations whose IAM action is not `service:Operation`. A transaction has no action of its
 * own: IAM authorises each item with the action of its kind.
 */
const AUTHORISED_AS: Record<string, string[]> = {
  "dynamodb:TransactWriteItems": ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem"],
  "dynamodb:TransactGetItems": ["dynamodb:GetItem"],
  "lambda:Invoke": ["lambda:InvokeFunction"],
};

/** PartiQL and other operations this mapping does not know: refuse rather than guess. */
const UNMAPPED = /^(dynamodb:(ExecuteStatement|BatchExecuteStatement|ExecuteTransaction)|lambda:InvokeWithResponseStream|secretsmanager:BatchGetSecretValue)$/;

/** The IAM actions one SDK command needs. */
export function actionsOf(client: string, command: string): string[] {
  const service = SERVICES[client];
  if (!service) throw new Error(`no IAM mapping for ${client} (${command}): add its service to stacks/permissions.ts`);
  const operation = client === "@aws-sdk/lib-dynamodb" ? DOCUMENT_OPERATIONS[command] : command.replace(/Command$/, "");
  if (!operation || operation === command) throw new Error(`no IAM mapping for ${client} ${command}`);
  const action = `${service}:${operation}`;
  if (UNMAPPED.test(action)) throw new Error(`no IAM mapping for ${action}: say in stacks/permissions.ts what it needs`);
  return AUTHORISED_AS[action] ?? [action];
}

/**
 * With a customer managed key, Secrets Manager uses it on the caller's behalf: a new secret
 * value needs a data key (and Decrypt), a read needs Decrypt. Nothing else it does uses the
 * key, and nothing needs `kms:Encrypt`.
 */
const KMS_FOR_SECRET: Record<string, string[]> = {
  "secretsmanager:CreateSecret": ["kms:GenerateDataKey", "kms:Decrypt"],
  "secretsmanager:PutSecretValue": ["kms:GenerateDataKey", "kms:Decrypt"],
  "secretsmanager:UpdateSecret": ["kms:GenerateDataKey", "kms:Decrypt"],
  "secretsmanager:GetSecretValue": ["kms:Decrypt"],
};

/** Every action a function's bundle needs, without a KMS key. */
export function neededActions(fn: FunctionName): string[] {
  const actions = AWS_CALLS[fn].calls.flatMap((call) => actionsOf(call.client, call.command));
  return [...new Set(actions)].sort();
}

/** The KMS actions a function needs when the keystore secrets use a customer managed key. */
export function kmsActions(fn: FunctionName): string[] {
  return [...new Set(neededActions(fn).flatMap((action) => KMS_FOR_SECRET[action] ?? []))].sort();
}

/** Roster's resources a function's calls can be on; only those its calls need are required. */
export interface GrantTargets {
  table?: sst.aws.Dynamo;
  bus?: sst.aws.Bus;
  /** The function `lambda:InvokeFunction` is for (the API asks the sweeper for a sweep). */
  sweeper?: sst.aws.Function;
  /** Keystore secrets are named under this prefix (the app and stage). */
  secretPrefix?: string;
  /** A customer managed KMS key for the keystore secrets, as the operator gave it. */
  kmsKey?: string;
}

type Permission = sst.aws.FunctionPermissionArgs;

const partition = () => aws.getPartitionOutput().partition;
const region = () => aws.getRegionOutput().region;
const account = () => aws.getCallerIdentityOutput().accountId;

/** The function's permissions: one statement per service it calls, on Roster's resource only. */
export function grantsFor(fn: FunctionName, targets: GrantTargets): Permission[] {
  const byService = new Map<string, string[]>();
  for (const action of neededActions(fn)) {
    const service = action.split(":")[0]!;
    byService.set(service, [...(byService.get(service) ?? []), action]);
  }
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${fn} calls ${what} but the stack gave it none`);
    return value;
  };
  const grants: Permission[] = [];
  for (const [service, actions] of byService) {
    if (service === "dynamodb") {
      const table = need(targets.table, "DynamoDB");
      grants.push({ actions, resources: [table.arn] });
      const indexes = AWS_CALLS[fn].indexes as readonly string[];
      if (indexes.length > 0) {
        grants.push({ actions: ["dynamodb:Query"], resources: indexes.map((index) => $interpolate`${table.arn}/index/${index}`) });
      }
    } else if (service === "events") {
      grants.push({ actions, resources: [need(targets.bus, "EventBridge").arn] });
    } else if (service === "lambda") {
      grants.push({ actions, resources: [need(targets.sweeper, "Lambda").arn] });
    } else if (service === "secretsmanager") {
      const prefix = need(targets.secretPrefix, "Secrets Manager");
      grants.push({ actions, resources: [$interpolate`arn:${partition()}:secretsmanager:${region()}:${account()}:secret:${prefix}*`] });
      const kms = kmsActions(fn);
      if (targets.kmsKey && kms.length > 0) grants.push(kmsKeyUse(targets.kmsKey, kms));
    } else {
      throw new Error(`${fn} calls ${service} and stacks/permissions.ts does not say on what`);
    }
  }
  return grants;
}

const KEY_ARN = /^arn:([a-z-]+):kms:([a-z0-9-]+):(\d{12}):key\/([A-Za-z0-9-]+)$/;
const ALIAS_ARN = /^arn:([a-z-]+):kms:([a-z0-9-]+):(\d{12}):(alias\/[A-Za-z0-9/_-]+)$/;
const ALIAS_NAME = /^alias\/[A-Za-z0-9/_-]+$/;
const KEY_ID = /^(mrk-)?[A-Za-z0-9-]{32,}$/;

/**
 * The KMS key's use, only through Secrets Manager (`kms:ViaService`). IAM never matches a key
 * by an alias in `Resource` (an alias ARN there names the alias, not its key), so a key given
 * by alias is granted as any key of that account and region that carries the alias
 * (`kms:ResourceAliases`): the policy follows the alias as Secrets Manager does when it resolves
 * it, needs no lookup at deploy time, and works for an alias of another account. A key ARN or
 * key id is granted as exactly that key.
 */
export function kmsKeyUse(key: string, actions: string[]): Permission {
  const viaService = { test: "StringEquals", variable: "kms:ViaService", values: [$interpolate`secretsmanager.${region()}.${aws.getPartitionOutput().dnsSuffix}`] };
  const keyArn = KEY_ARN.exec(key);
  if (keyArn) return { actions, resources: [key], conditions: [viaService] };
  if (KEY_ID.test(key)) return { actions, resources: [$interpolate`arn:${partition()}:kms:${region()}:${account()}:key/${key}`], conditions: [viaService] };
  const aliasArn = ALIAS_ARN.exec(key);
  const alias = aliasArn ? aliasArn[4]! : ALIAS_NAME.test(key) ? key : undefined;
  if (!alias) throw new Error(`ROSTER_KMS_KEY_ARN is not a KMS key or alias (ARN, key id or alias/name): ${key}`);
  const keys = aliasArn ? `arn:${aliasArn[1]}:kms:${aliasArn[2]}:${aliasArn[3]}:key/*` : $interpolate`arn:${partition()}:kms:${region()}:${account()}:key/*`;
  return {
    actions,
    resources: [keys],
    conditions: [{ test: "ForAnyValue:StringEquals", variable: "kms:ResourceAliases", values: [alias] }, viaService],
  };
}
