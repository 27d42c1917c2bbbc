/**
 * The few SST 4.x globals Roster's stacks use, declared by hand. SST generates the real
 * `.sst/platform/config.d.ts` with `sst install`, which fetches its platform from the
 * internet; this machine has none, so these declarations follow SST's documented signatures
 * (sst.dev/docs/component/aws/{dynamo,function,cron-v2,bus}, /docs/component/secret) for the
 * arguments Roster passes, and nothing more. With a real `.sst/` present, prefer its types.
 */
declare global {
  interface SstOutput<T> {
    apply<U>(f: (value: T) => U): SstOutput<U>;
  }
  type SstInput<T> = T | Promise<T> | SstOutput<T>;

  interface SstAppInput {
    stage: string;
  }
  interface SstApp {
    name: string;
    removal?: "remove" | "retain" | "retain-all";
    protect?: boolean;
    home: "aws";
    providers?: Record<string, unknown>;
  }
  interface SstConfig {
    app(input: SstAppInput): SstApp;
    run(): Promise<Record<string, unknown> | void>;
  }
  function $config(config: SstConfig): SstConfig;
  const $app: { name: string; stage: string };
  const $dev: boolean;
  function $interpolate(literals: TemplateStringsArray, ...placeholders: unknown[]): SstOutput<string>;

  interface SstPermission {
    actions: string[];
    resources: SstInput<string>[];
  }
  interface SstFunctionArgs {
    handler: string;
    runtime?: "nodejs22.x" | "nodejs24.x";
    architecture?: "x86_64" | "arm64";
    memory?: `${number} MB`;
    timeout?: `${number} seconds` | `${number} minutes`;
    url?: boolean;
    link?: unknown[];
    permissions?: (SstPermission | sst.aws.FunctionPermissionArgs)[];
    environment?: Record<string, SstInput<string>>;
    nodejs?: { format?: "esm" | "cjs"; minify?: boolean; install?: string[] };
    logging?: false | { retention?: "1 week" | "1 month" | "3 months" | "1 year" | "forever"; format?: "text" | "json" };
  }

  namespace sst {
    class Secret {
      constructor(name: string, placeholder?: string);
      readonly value: SstOutput<string>;
    }
    namespace aws {
      /** SST's real name for a function's permission (platform/src/components/aws/function.ts). */
      interface FunctionPermissionArgs {
        effect?: "allow" | "deny";
        actions: string[];
        resources: SstInput<SstInput<string>[]>;
        conditions?: SstInput<SstInput<{ test: SstInput<string>; variable: SstInput<string>; values: SstInput<SstInput<string>[]> }>[]>;
      }
      interface DynamoArgs {
        fields: Record<string, "string" | "number" | "binary">;
        primaryIndex: { hashKey: string; rangeKey?: string };
        globalIndexes?: Record<string, { hashKey: string; rangeKey?: string; projection?: "all" | "keys-only" | string[] }>;
        ttl?: string;
        deletionProtection?: boolean;
        transform?: { table?: (args: { pointInTimeRecovery?: { enabled: boolean } }) => void };
      }
      class Dynamo {
        constructor(name: string, args: DynamoArgs);
        readonly name: SstOutput<string>;
        readonly arn: SstOutput<string>;
      }
      class Function {
        constructor(name: string, args: SstFunctionArgs);
        readonly name: SstOutput<string>;
        readonly arn: SstOutput<string>;
        readonly url: SstOutput<string>;
      }
      class CronV2 {
        constructor(name: string, args: { schedule: string; function: SstInput<string> | SstFunctionArgs; retries?: number });
      }
      class Bus {
        constructor(name: string, args?: Record<string, never>);
        readonly name: SstOutput<string>;
        readonly arn: SstOutput<string>;
      }
    }
  }

  /** The Pulumi AWS provider's lookups that SST exposes as the `aws` global. */
  namespace aws {
    function getRegionOutput(): { name: SstOutput<string>; region: SstOutput<string> };
    function getCallerIdentityOutput(): { accountId: SstOutput<string> };
    function getPartitionOutput(): { partition: SstOutput<string>; dnsSuffix: SstOutput<string> };
    namespace sns {
      class Topic {
        constructor(name: string, args?: Record<string, unknown>);
        readonly arn: SstOutput<string>;
      }
      class TopicSubscription {
        constructor(name: string, args: { topic: SstInput<string>; protocol: string; endpoint: SstInput<string> });
      }
    }
    namespace cloudwatch {
      class MetricAlarm {
        constructor(name: string, args: Record<string, unknown>);
      }
    }
  }
}

export {};
