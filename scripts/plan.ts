/**
 * `npm run plan [-- --stage <stage>]`: what `sst deploy --stage <stage>` would create, read from
 * the same stacks code: sst.config.ts runs against recording stand-ins (scripts/sst-stand-ins.ts)
 * and every component is printed with the AWS resources it makes, its settings and permissions.
 * Nothing is deployed and no AWS account is needed; values known only after a deploy (ARNs,
 * generated names, the account) print as `<Name.output>`.
 */
import { userInfo } from "node:os";
import { fileURLToPath } from "node:url";
import { runStacks, type Recorded, type StacksRun } from "./sst-stand-ins";

type Args = Record<string, any>;

/** What each component makes in AWS (SST's, from their sources; a Pulumi `aws.*` resource is itself). */
const CREATES: Record<string, (args: Args) => (string | false | undefined)[]> = {
  "sst.aws.Function": (a) => [
    "Lambda function",
    a.logging === false ? "IAM role with the permissions below" : "IAM role: AWSLambdaBasicExecutionRole (its logs) and the permissions below",
    a.logging !== false && `CloudWatch log group /aws/lambda/… (retention ${a.logging?.retention ?? "1 month"})`,
    a.url &&
      `function URL, authorization ${a.url === true ? "none" : (a.url.authorization ?? "none")}` +
        ((a.url === true || (a.url.authorization ?? "none") === "none") ? " (public: anyone may call it; the app checks tokens)" : ""),
    a.retries !== undefined && `event invoke config (${a.retries} retries)`,
  ],
  "sst.aws.Dynamo": (a) => ["DynamoDB table (on-demand capacity)", a.stream && `DynamoDB stream (${a.stream})`],
  "sst.aws.CronV2": (a) => [`EventBridge Scheduler schedule (${a.retries ?? 0} retries)`, "IAM role the scheduler assumes to invoke the function"],
  "sst.aws.Cron": () => ["EventBridge rule and target", "Lambda permission for EventBridge"],
  "sst.aws.Bus": () => ["EventBridge event bus"],
  "aws.sns.Topic": () => ["SNS topic"],
  "aws.sns.TopicSubscription": (a) => [`SNS subscription (${a.protocol ?? "?"}; an e-mail address must confirm it)`],
  "aws.cloudwatch.MetricAlarm": () => ["CloudWatch metric alarm"],
  "sst.Secret": () => [
    "no AWS resource: set its value with `npx sst secret set <name> <value> --stage <stage>`; it is encrypted into the bundles of the functions that link it",
  ],
};

const isScalar = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);

function inline(value: unknown): string | undefined {
  if (isScalar(value)) return String(value);
  if (Array.isArray(value) && value.every(isScalar)) {
    const text = value.join(", ");
    return text.length <= 100 ? (text === "" ? "(none)" : text) : undefined;
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "(none)";
    if (entries.every(([, v]) => isScalar(v))) {
      const text = entries.map(([k, v]) => `${k}: ${String(v)}`).join(", ");
      return text.length <= 100 ? text : undefined;
    }
  }
  return undefined;
}

/** A YAML-like rendering: `key: value`, nested objects indented, lists as `- item`. */
function render(value: unknown, pad: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const one = inline(item);
      if (one !== undefined) return [`${pad}- ${one}`];
      const [first = "", ...rest] = render(item, `${pad}  `);
      return [`${pad}- ${first.trimStart()}`, ...rest];
    });
  }
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) => {
      if (v === undefined) return [];
      const one = inline(v);
      return one !== undefined ? [`${pad}${key}: ${one}`] : [`${pad}${key}:`, ...render(v, `${pad}  `)];
    });
  }
  return [`${pad}${String(value)}`];
}

interface Permission {
  effect?: "allow" | "deny";
  actions: string[];
  resources: string[];
  conditions?: unknown;
}

function renderPermissions(permissions: Permission[], pad: string): string[] {
  return permissions.flatMap((p) => [
    `${pad}${p.effect ?? "allow"} ${p.actions.join(", ")}`,
    `${pad}  on ${p.resources.join(", ")}`,
    ...(p.conditions ? [`${pad}  when`, ...render(p.conditions, `${pad}    `)] : []),
  ]);
}

/** A transform callback shows what it changes: it runs on an empty draft of the resource's args. */
function renderTransforms(transform: Record<string, unknown>, pad: string): string[] {
  return Object.entries(transform).flatMap(([resource, t]) => {
    let draft: unknown = t;
    if (typeof t === "function") {
      draft = {};
      (t as (args: unknown, opts: unknown, name: string) => void)(draft, {}, resource);
    }
    const one = inline(draft);
    return one !== undefined ? [`${pad}${resource}: ${one}`] : [`${pad}${resource}:`, ...render(draft, `${pad}  `)];
  });
}

function renderResource(r: Recorded, index: number): string[] {
  const { permissions, transform, ...settings } = (r.args ?? {}) as Args;
  const creates = (CREATES[r.type]?.(r.args ?? {}) ?? [r.type.startsWith("aws.") ? `this ${r.type.slice("aws.".length)} resource (Pulumi AWS)` : "see SST's documentation of the component"]).filter(
    (c): c is string => typeof c === "string",
  );
  return [
    `${index}. ${r.type} "${r.name}"`,
    `   creates: ${creates[0]}`,
    ...creates.slice(1).map((c) => `            ${c}`),
    ...render(settings, "   "),
    ...(permissions ? ["   permissions:", ...renderPermissions(permissions as Permission[], "     ")] : []),
    ...(transform ? ["   changed by transform:", ...renderTransforms(transform as Record<string, unknown>, "     ")] : []),
    ...(r.opts ? ["   options:", ...render(r.opts, "     ")] : []),
  ];
}

export function formatPlan(run: StacksRun): string {
  const { app, stage, resources, outputs } = run;
  const region = typeof app.providers?.aws === "object" && app.providers.aws.region ? app.providers.aws.region : "the deploying AWS profile's";
  return [
    `Plan for stage "${stage}" of ${app.name}: ${resources.length} components. Nothing was deployed: sst.config.ts ran against stand-ins.`,
    `   removal: ${app.removal ?? "retain"}, protect: ${app.protect ?? false}, home: ${app.home}, region: ${region}`,
    `   <Name.output> is a value known after the deploy.`,
    "",
    ...resources.flatMap((r, i) => [...renderResource(r, i + 1), ""]),
    "Outputs:",
    ...render(outputs ?? {}, "   "),
  ].join("\n");
}

/** `--stage <stage>` or `--stage=<stage>`; otherwise SST_STAGE, otherwise the user's name (SST's personal stage). */
export function stageFrom(argv: string[], env = process.env): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--stage" && argv[i + 1]) return argv[i + 1]!;
    if (arg.startsWith("--stage=")) return arg.slice("--stage=".length);
  }
  return env.SST_STAGE || userInfo().username;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const run = await runStacks(stageFrom(process.argv.slice(2)));
  console.log(formatPlan(run));
}
