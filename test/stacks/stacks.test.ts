import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TABLE_SCHEMA } from "../../core/store/table-schema";

/**
 * `sst deploy` cannot run here, so the stacks run against recording stand-ins for SST's
 * components and globals: every component is recorded with the arguments it was given, and
 * its outputs are plain strings that name it.
 */
interface Recorded {
  type: string;
  name: string;
  args: any;
}
let recorded: Recorded[];

const component = (type: string) =>
  class {
    readonly name: string;
    readonly arn: string;
    readonly url: string;
    readonly value: string;
    constructor(name: string, args?: unknown) {
      recorded.push({ type, name, args });
      this.name = `${name}-name`;
      this.arn = `arn:aws:${type.toLowerCase()}:eu-west-1:123456789012:${name}`;
      this.url = `https://${name}.lambda-url.eu-west-1.on.aws/`;
      this.value = `${name}-value`;
    }
  };

function installStandIns(stage: string) {
  recorded = [];
  const g = globalThis as Record<string, unknown>;
  g.$config = (config: unknown) => config;
  g.$app = { name: "roster", stage };
  g.$dev = false;
  g.$interpolate = (literals: TemplateStringsArray, ...values: unknown[]) =>
    literals.reduce((out, literal, i) => out + literal + (i < values.length ? String(values[i]) : ""), "");
  g.aws = { getRegionOutput: () => ({ name: "eu-west-1" }), getCallerIdentityOutput: () => ({ accountId: "123456789012" }) };
  g.sst = {
    Secret: component("Secret"),
    aws: { Dynamo: component("Dynamo"), Function: component("Function"), CronV2: component("CronV2"), Bus: component("Bus") },
  };
}

async function deploy(stage: string) {
  installStandIns(stage);
  vi.resetModules();
  const config = (await import("../../sst.config")).default as unknown as SstConfig;
  const app = config.app({ stage });
  const outputs = await config.run();
  const one = (type: string, name?: string) => recorded.find((r) => r.type === type && (!name || r.name === name))!;
  return { app, outputs, one };
}

beforeEach(() => vi.stubEnv("ROSTER_KMS_KEY_ARN", ""));
afterEach(() => vi.unstubAllEnvs());

describe("stacks", () => {
  it("the table uses the key schema, indexes and TTL defined once in core/", async () => {
    const { one } = await deploy("staging");
    const table = one("Dynamo").args;
    expect(table.primaryIndex).toEqual({ hashKey: TABLE_SCHEMA.partitionKey, rangeKey: TABLE_SCHEMA.sortKey });
    expect(table.ttl).toBe(TABLE_SCHEMA.ttlAttribute);
    expect(table.globalIndexes).toEqual({
      outbox: { hashKey: "outboxPk", rangeKey: "outboxSk" },
      byJob: { hashKey: "jobPk", rangeKey: "sk" },
    });
    expect(Object.values(table.fields).every((t) => t === "string")).toBe(true);
    const args: { pointInTimeRecovery?: { enabled: boolean } } = {};
    table.transform.table(args);
    expect(args.pointInTimeRecovery).toEqual({ enabled: true });
  });

  it("point-in-time recovery is off for dev stages", async () => {
    const { one } = await deploy("dev");
    const args: { pointInTimeRecovery?: { enabled: boolean } } = {};
    one("Dynamo").args.transform.table(args);
    expect(args.pointInTimeRecovery).toEqual({ enabled: false });
  });

  it("production stages retain and protect their data; others do not", async () => {
    expect((await deploy("prod")).app).toMatchObject({ name: "roster", removal: "retain", protect: true, home: "aws" });
    expect((await deploy("production")).app).toMatchObject({ removal: "retain", protect: true });
    expect((await deploy("staging")).app).toMatchObject({ removal: "remove", protect: false });
  });

  it("routes the HTTP function to the Hono handler behind a function URL, on a current runtime", async () => {
    const { one, outputs } = await deploy("prod");
    const api = one("Function", "RosterApi").args;
    expect(api).toMatchObject({ handler: "functions/api.handler", runtime: "nodejs22.x", url: true });
    expect(api.link.map((l: { value: string }) => l.value)).toEqual(["RosterAdminToken-value"]);
    expect(api.environment).toEqual({
      ROSTER_TABLE_NAME: "RosterTable-name",
      ROSTER_SWEEPER_FUNCTION: "RosterSweeper-name",
      ROSTER_SECRET_PREFIX: "roster/prod/",
    });
    expect(outputs).toEqual({ url: "https://RosterApi.lambda-url.eu-west-1.on.aws/", table: "RosterTable-name", bus: "RosterBus-name" });
  });

  it("runs the sweeper every minute through EventBridge Scheduler (CronV2)", async () => {
    const { one } = await deploy("prod");
    const sweeper = one("Function", "RosterSweeper");
    expect(sweeper.args).toMatchObject({ handler: "functions/sweeper.handler", runtime: "nodejs22.x" });
    expect(sweeper.args.environment).toEqual({ ROSTER_TABLE_NAME: "RosterTable-name", ROSTER_BUS_NAME: "RosterBus-name" });
    expect(one("CronV2").args).toEqual({ schedule: "rate(1 minute)", function: "arn:aws:function:eu-west-1:123456789012:RosterSweeper" });
    expect(recorded.some((r) => r.type === "Cron")).toBe(false);
    expect(one("Bus").name).toBe("RosterBus");
    expect(one("Secret").name).toBe("RosterAdminToken");
  });

  it("grants each function only the actions it calls, on its own resources", async () => {
    const { one } = await deploy("prod");
    const all = recorded.filter((r) => r.type === "Function").flatMap((r) => r.args.permissions as SstPermission[]);
    for (const permission of all) {
      for (const action of permission.actions) expect(action).not.toMatch(/:\*$/);
      for (const resource of permission.resources) expect(resource).not.toBe("*");
    }
    const api = one("Function", "RosterApi").args.permissions as SstPermission[];
    expect(api).toEqual([
      {
        actions: expect.arrayContaining(["dynamodb:UpdateItem", "dynamodb:Query", "dynamodb:ConditionCheckItem"]),
        resources: ["arn:aws:dynamo:eu-west-1:123456789012:RosterTable", "arn:aws:dynamo:eu-west-1:123456789012:RosterTable/index/*"],
      },
      { actions: ["lambda:InvokeFunction"], resources: ["arn:aws:function:eu-west-1:123456789012:RosterSweeper"] },
      {
        actions: ["secretsmanager:CreateSecret", "secretsmanager:PutSecretValue", "secretsmanager:GetSecretValue"],
        resources: ["arn:aws:secretsmanager:eu-west-1:123456789012:secret:roster/prod/*"],
      },
    ]);
    const sweeper = one("Function", "RosterSweeper").args.permissions as SstPermission[];
    expect(sweeper[1]).toEqual({ actions: ["events:PutEvents"], resources: ["arn:aws:bus:eu-west-1:123456789012:RosterBus"] });
    expect(sweeper.flatMap((p) => p.actions).some((a) => a.startsWith("secretsmanager:"))).toBe(false);
    expect(one("Function", "RosterApi").args.link).toHaveLength(1); // no table or bus link (it would grant dynamodb:* / events:*)
  });

  it("adds the KMS key's use only when an operator brings one", async () => {
    vi.stubEnv("ROSTER_KMS_KEY_ARN", "arn:aws:kms:eu-west-1:123456789012:key/abc");
    const { one } = await deploy("prod");
    const api = one("Function", "RosterApi").args;
    expect(api.environment.ROSTER_KMS_KEY_ID).toBe("arn:aws:kms:eu-west-1:123456789012:key/abc");
    expect(api.permissions.at(-1)).toEqual({
      actions: ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"],
      resources: ["arn:aws:kms:eu-west-1:123456789012:key/abc"],
    });
  });
});
