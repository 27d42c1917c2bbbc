/**
 * Least privilege, spelled out: the actions each function uses, on the resources it uses them
 * on. Linking a table or bus in SST grants `dynamodb:*` / `events:*`; these grant what the code
 * calls and no more.
 */

/** What the store adapter sends (`TransactWriteItems` is authorized per item action). */
const TABLE_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:ConditionCheckItem",
];

export const tableAccess = (table: sst.aws.Dynamo): sst.aws.FunctionPermissionArgs => ({
  actions: TABLE_ACTIONS,
  resources: [table.arn, $interpolate`${table.arn}/index/*`],
});

export const publishTo = (bus: sst.aws.Bus): sst.aws.FunctionPermissionArgs => ({ actions: ["events:PutEvents"], resources: [bus.arn] });

export const invoke = (fn: sst.aws.Function): sst.aws.FunctionPermissionArgs => ({ actions: ["lambda:InvokeFunction"], resources: [fn.arn] });

/** The keystore secrets the API creates at run time, all under the app-and-stage prefix. */
export const keystoreSecrets = (secretPrefix: string): sst.aws.FunctionPermissionArgs => ({
  actions: ["secretsmanager:CreateSecret", "secretsmanager:PutSecretValue", "secretsmanager:GetSecretValue"],
  resources: [
    $interpolate`arn:aws:secretsmanager:${aws.getRegionOutput().name}:${aws.getCallerIdentityOutput().accountId}:secret:${secretPrefix}*`,
  ],
});

/** Only when the operator brings a customer managed KMS key for the keystores. */
export const kmsKeyUse = (keyArn: string): sst.aws.FunctionPermissionArgs => ({
  actions: ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"],
  resources: [keyArn],
});
