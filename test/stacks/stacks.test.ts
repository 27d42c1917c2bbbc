import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TABLE_SCHEMA } from "../../core/store/table-schema";
import { runStacks, type Recorded } from "../../scripts/sst-stand-ins";

/**
 * `sst deploy` cannot run here, so the stacks run against recording stand-ins for SST's
 * components and globals (scripts/sst-stand-ins.ts, shared with `npm run plan`): every component
 * is recorded with the arguments it was given; its outputs print as `<Name.output>`.
 * The arguments' types are checked against SST's real declarations by `npm run typecheck`.
 */
interface Permission {
  actions: string[];
  resources: string[];
}

async function deploy(stage: string) {
  const run = await runStacks(stage);
  const one = (type: string, name?: string): Recorded => {
    const found = run.resources.find((r) => r.type === type && (!name || r.name === name));
    if (!found) throw new Error(`no ${type} ${name ?? ""} was created`);
    return found;
  };
  return { ...run, one };
}

beforeEach(() => vi.stubEnv("ROSTER_KMS_KEY_ARN", ""));
afterEach(() => vi.unstubAllEnvs());

describe("stacks", () => {
  it("the table uses the key schema, indexes and TTL defined once in core/", async () => {
    const { one } = await deploy("staging");
    const table = one("sst.aws.Dynamo").args;
    expect(table.primaryIndex).toEqual({ hashKey: TABLE_SCHEMA.partitionKey, rangeKey: TABLE_SCHEMA.sortKey });
    expect(table.ttl).toBe(TABLE_SCHEMA.ttlAttribute);
    expect(table.globalIndexes).toEqual({ outbox: { hashKey: "outboxPk", rangeKey: "outboxSk" } });
    expect(Object.values(table.fields).every((t) => t === "string")).toBe(true);
    const args: { pointInTimeRecovery?: { enabled: boolean } } = {};
    table.transform.table(args);
    expect(args.pointInTimeRecovery).toEqual({ enabled: true });
  });

  it("point-in-time recovery is off for dev stages", async () => {
    const { one } = await deploy("dev");
    const args: { pointInTimeRecovery?: { enabled: boolean } } = {};
    one("sst.aws.Dynamo").args.transform.table(args);
    expect(args.pointInTimeRecovery).toEqual({ enabled: false });
  });

  it("production stages retain and protect their data; others do not", async () => {
    expect((await deploy("prod")).app).toMatchObject({ name: "roster", removal: "retain", protect: true, home: "aws" });
    expect((await deploy("production")).app).toMatchObject({ removal: "retain", protect: true });
    expect((await deploy("staging")).app).toMatchObject({ removal: "remove", protect: false });
  });

  it("routes the HTTP function to the Hono handler behind a function URL, on a current runtime", async () => {
    const { one, outputs } = await deploy("prod");
    const api = one("sst.aws.Function", "RosterApi").args;
    expect(api).toMatchObject({ handler: "functions/api.handler", runtime: "nodejs22.x", url: true });
    expect(api.link).toEqual(["<RosterAdminToken>"]); // no table or bus link (it would grant dynamodb:* / events:*)
    expect(api.environment).toEqual({
      ROSTER_TABLE_NAME: "<RosterTable.name>",
      ROSTER_SWEEPER_FUNCTION: "<RosterSweeper.name>",
      ROSTER_SECRET_PREFIX: "roster/prod/",
    });
    expect(outputs).toMatchObject({ url: "<RosterApi.url>", table: "<RosterTable.name>", bus: "<RosterBus.name>" });
  });

  it("runs the sweeper every minute through EventBridge Scheduler (CronV2)", async () => {
    const { one, resources } = await deploy("prod");
    const sweeper = one("sst.aws.Function", "RosterSweeper");
    expect(sweeper.args).toMatchObject({ handler: "functions/sweeper.handler", runtime: "nodejs22.x" });
    expect(sweeper.args.nodejs).toEqual(one("sst.aws.Function", "RosterApi").args.nodejs);
    expect(sweeper.args.environment).toEqual({ ROSTER_TABLE_NAME: "<RosterTable.name>", ROSTER_BUS_NAME: "<RosterBus.name>" });
    expect(one("sst.aws.CronV2").args).toEqual({ schedule: "rate(1 minute)", function: "<RosterSweeper.arn>" });
    expect(resources.some((r) => r.type === "sst.aws.Cron")).toBe(false);
    expect(one("sst.aws.Bus").name).toBe("RosterBus");
    expect(one("sst.Secret").name).toBe("RosterAdminToken");
  });

  it("grants no wildcard: every statement names its actions and Roster's own resources", async () => {
    const { resources } = await deploy("prod");
    const functions = resources.filter((r) => r.type === "sst.aws.Function");
    expect(functions.map((f) => f.name).sort()).toEqual(["RosterApi", "RosterSweeper"]);
    for (const fn of functions) {
      const permissions = fn.args.permissions as Permission[];
      expect(permissions.length).toBeGreaterThan(0);
      for (const permission of permissions) {
        for (const action of permission.actions) expect(action).toMatch(/^[a-z0-9-]+:[A-Za-z]+$/);
        for (const resource of permission.resources) expect(resource).not.toMatch(/^\*$|^arn:[^:]*:[^:]*:[^:]*:[^:]*:\*$/);
      }
      expect(fn.args.link ?? []).not.toContainEqual(expect.stringMatching(/RosterTable|RosterBus/)); // a link grants dynamodb:* / events:*
    }
    const sweeper = functions.find((f) => f.name === "RosterSweeper")!.args.permissions as Permission[];
    expect(sweeper.flatMap((p) => p.actions).some((a) => a.startsWith("secretsmanager:"))).toBe(false);
    expect(sweeper).toContainEqual({ actions: ["events:PutEvents"], resources: ["<RosterBus.arn>"] });
  });

  it("uses a customer managed KMS key only when an operator brings one", async () => {
    const kmsStatements = (permissions: Permission[]) => permissions.filter((p) => p.actions.some((a) => a.startsWith("kms:")));
    const without = await deploy("prod");
    expect(kmsStatements(without.one("sst.aws.Function", "RosterApi").args.permissions)).toEqual([]);
    expect(without.one("sst.aws.Function", "RosterApi").args.environment.ROSTER_KMS_KEY_ID).toBeUndefined();

    vi.stubEnv("ROSTER_KMS_KEY_ARN", "arn:aws:kms:eu-west-1:123456789012:key/abc");
    const api = (await deploy("prod")).one("sst.aws.Function", "RosterApi").args;
    expect(api.environment.ROSTER_KMS_KEY_ID).toBe("arn:aws:kms:eu-west-1:123456789012:key/abc");
    const kms = kmsStatements(api.permissions);
    expect(kms).toHaveLength(1);
    expect(kms[0]!.resources).toEqual(["arn:aws:kms:eu-west-1:123456789012:key/abc"]);
  });
});

describe("the deployed bundle is the measured one", () => {
  it("asks SST for the options of npm run build (scripts/build.ts): format, minify, splitting, mainFields", async () => {
    const { functionBuildOptions } = await import("../../scripts/build");
    const { bundling } = await import("../../stacks/bundling");
    const built = functionBuildOptions("functions/api.ts", "dist/api");
    expect(bundling).toEqual({ format: built.format, minify: built.minify, splitting: built.splitting, esbuild: { mainFields: built.mainFields } });
    const { one } = await deploy("prod");
    expect(one("sst.aws.Function", "RosterApi").args.nodejs).toEqual(bundling);
  });
});
