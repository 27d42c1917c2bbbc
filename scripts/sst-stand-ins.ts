/**
 * Runs `sst.config.ts` without SST: recording stand-ins for SST's globals (`$config`, `$app`,
 * `$interpolate`, `sst.*`, `aws.*`) record every component the stacks create, with the arguments
 * they were given. Shared by the stacks tests (test/stacks/) and `npm run plan` (scripts/plan.ts).
 *
 * A stand-in component's outputs are references that print as `<Name.output>` (`table.arn` is
 * `<RosterTable.arn>`): the real values exist only after a deploy. `aws.getRegionOutput()` and
 * friends give the region the app pins (`providers.aws.region`) or `<region>`, `<account>`.
 */
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface Recorded {
  /** `sst.aws.Function`, `sst.Secret`, `aws.cloudwatch.MetricAlarm`, … */
  type: string;
  name: string;
  /** The arguments, with output references as `<Name.output>` strings. */
  args: any;
  opts?: any;
}

export interface StacksRun {
  stage: string;
  /** What `app()` returned for the stage. */
  app: Record<string, any>;
  /** What `run()` returned (the stage's outputs), references as strings. */
  outputs: any;
  /** Every component, in the order the stacks created them. */
  resources: Recorded[];
}

const REF = Symbol("reference");
const COMPONENT = Symbol("component");

/** A stand-in for a Pulumi output: any property is a further reference; it prints as `<path>`. */
function reference(path: string): any {
  const text = `<${path}>`;
  return new Proxy(Object.create(null), {
    get(_, prop) {
      if (prop === REF) return text;
      if (prop === Symbol.toPrimitive || prop === "toString" || prop === "valueOf" || prop === "toJSON") return () => text;
      if (prop === "apply") return (f: (value: string) => unknown) => f(text);
      if (typeof prop === "symbol" || prop === "then") return undefined;
      return reference(`${path}.${prop}`);
    },
  });
}

/** Output references and components as strings, deeply; functions (transforms) as they are. */
export function plain(value: unknown): any {
  if (value === null || value === undefined || typeof value !== "object") return value;
  const ref = (value as Record<symbol, unknown>)[REF];
  if (typeof ref === "string") return ref;
  const component = (value as Record<symbol, Recorded | undefined>)[COMPONENT];
  if (component) return `<${component.name}>`;
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof Promise) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}

const PARTITIONS: [prefix: string, partition: string][] = [
  ["cn-", "aws-cn"],
  ["us-gov-", "aws-us-gov"],
  ["us-iso-", "aws-iso"],
  ["us-isob-", "aws-iso-b"],
];

function installGlobals(stage: string, app: Record<string, any>, resources: Recorded[]) {
  const component = (type: string) =>
    class {
      constructor(name: string, args?: unknown, opts?: unknown) {
        const record: Recorded = { type, name, args: plain(args), ...(opts === undefined ? {} : { opts: plain(opts) }) };
        resources.push(record);
        return new Proxy(this, {
          get(_, prop) {
            if (prop === COMPONENT) return record;
            if (prop === Symbol.toPrimitive || prop === "toString") return () => `<${name}>`;
            if (typeof prop === "symbol" || prop === "then") return undefined;
            return reference(`${name}.${prop}`);
          },
        });
      }
    };
  /** A namespace whose capitalised members are components of type `<path>.<Member>`. */
  const namespace = (path: string, extra: Record<string, unknown> = {}): any => {
    const cache = new Map<string, unknown>();
    return new Proxy(extra, {
      get(target, prop) {
        if (typeof prop === "symbol") return undefined;
        if (prop in target) return target[prop];
        if (!cache.has(prop)) cache.set(prop, /^[A-Z]/.test(prop) ? component(`${path}.${prop}`) : namespace(`${path}.${prop}`));
        return cache.get(prop);
      },
    });
  };

  const region: string | undefined = typeof app.providers?.aws === "object" ? app.providers.aws.region : undefined;
  const partition = region ? (PARTITIONS.find(([prefix]) => region.startsWith(prefix))?.[1] ?? "aws") : undefined;
  const lookups: Record<string, Record<string, unknown>> = {
    getRegion: { name: region ?? reference("region"), region: region ?? reference("region") },
    getCallerIdentity: { accountId: reference("account") },
    getPartition: { partition: partition ?? reference("partition"), dnsSuffix: reference("dnsSuffix") },
  };
  const aws = new Proxy(Object.create(null), {
    get(_, prop) {
      if (typeof prop === "symbol") return undefined;
      const lookup = /^(get[A-Za-z]+?)(Output)?$/.exec(prop);
      if (lookup) {
        const known = lookups[lookup[1]!];
        return () => new Proxy(known ?? {}, { get: (t, p) => (typeof p === "string" && p in t ? t[p] : reference(`aws.${lookup[1]}.${String(p)}`)) });
      }
      return namespace(`aws.${prop}`);
    },
  });

  const g = globalThis as Record<string, unknown>;
  g.$config = (config: unknown) => config;
  g.$app = { name: app.name, stage, removal: app.removal ?? "retain", protect: app.protect ?? false, providers: app.providers ?? {} };
  g.$dev = false;
  g.$interpolate = (literals: TemplateStringsArray, ...values: unknown[]) =>
    literals.reduce((out, literal, i) => out + literal + (i < values.length ? String(values[i]) : ""), "");
  g.$concat = (...parts: unknown[]) => parts.map(String).join("");
  g.$output = (value: unknown) => value;
  g.$jsonStringify = (value: unknown, ...rest: []) => JSON.stringify(plain(value), ...rest);
  g.sst = namespace("sst", { aws: namespace("sst.aws") });
  g.aws = aws;
}

interface SstConfigModule {
  default: { app(input: { stage: string }): Record<string, any> | Promise<Record<string, any>>; run(): Promise<unknown> };
}

/** Run `sst.config.ts` for a stage against the stand-ins. */
export async function runStacks(stage: string, root = fileURLToPath(new URL("..", import.meta.url))): Promise<StacksRun> {
  const resources: Recorded[] = [];
  // $config must exist before sst.config.ts is evaluated; the app's own answer comes next.
  installGlobals(stage, { name: "?" }, resources);
  const config = ((await import(pathToFileURL(join(root, "sst.config.ts")).href)) as SstConfigModule).default;
  const app = await config.app({ stage });
  installGlobals(stage, app, resources);
  const outputs = plain(await config.run());
  return { stage, app, outputs, resources };
}
