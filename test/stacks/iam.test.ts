import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { TABLE_SCHEMA } from "../../core/store/table-schema";
import { type CallList, type FunctionCalls, CALLS_FILE, callsOf, functionCalls, renderCalls } from "../../scripts/aws-calls";
import { FUNCTIONS } from "../../scripts/build";
import { runStacks } from "../../scripts/sst-stand-ins";
import { actionsOf } from "../../stacks/permissions";

/**
 * IAM from what the code calls: the AWS calls each function's bundle can make are found again
 * here, from the bundles (scripts/aws-calls.ts), and compared with the permissions the stacks
 * give each function when sst.config.ts runs against the stand-ins.
 */
interface Permission {
  actions: string[];
  resources: string[];
  conditions?: { test: string; variable: string; values: string[] }[];
}

const FUNCTION = { api: "RosterApi", sweeper: "RosterSweeper" } as const;

/** What each function's bundle calls, as IAM actions (KMS aside: only with a key). */
const needed = (calls: FunctionCalls) => new Set(calls.calls.flatMap((c) => actionsOf(c.client, c.command)));

async function functionsOf(stage: string) {
  const run = await runStacks(stage);
  const of = (fn: keyof typeof FUNCTION) => run.resources.find((r) => r.type === "sst.aws.Function" && r.name === FUNCTION[fn])!.args;
  return { api: of("api"), sweeper: of("sweeper") };
}

async function permissionsOf(stage: string) {
  const functions = await functionsOf(stage);
  return { api: functions.api.permissions as Permission[], sweeper: functions.sweeper.permissions as Permission[] };
}

/** The actions granted that the code never calls, and the calls not granted. */
function compare(granted: Permission[], calls: FunctionCalls) {
  const grantedActions = new Set(granted.flatMap((p) => p.actions).filter((a) => !a.startsWith("kms:")));
  const want = needed(calls);
  return { notGranted: [...want].filter((a) => !grantedActions.has(a)).sort(), neverCalled: [...grantedActions].filter((a) => !want.has(a)).sort() };
}

let fresh: CallList;
beforeAll(async () => {
  fresh = await functionCalls();
});
beforeEach(() => {
  vi.stubEnv("ROSTER_KMS_KEY_ARN", "");
  vi.stubEnv("ROSTER_AWS_REGION", "");
});
afterEach(() => vi.unstubAllEnvs());

describe("IAM from what the code calls", () => {
  it("grants each function every action its bundle calls, and no other", async () => {
    const permissions = await permissionsOf("prod");
    for (const fn of ["api", "sweeper"] as const) {
      expect({ fn, ...compare(permissions[fn], fresh[fn]) }).toEqual({ fn, notGranted: [], neverCalled: [] });
      for (const p of permissions[fn]) {
        for (const action of p.actions) expect(action).not.toMatch(/\*/);
        for (const resource of p.resources) expect(resource).not.toBe("*");
      }
    }
  });

  it("analyses the entry points the stacks deploy", async () => {
    const functions = await functionsOf("prod");
    for (const fn of ["api", "sweeper"] as const) expect(functions[fn].handler.replace(/\.[A-Za-z]+$/, ".ts")).toBe(FUNCTIONS[fn]);
  });

  it("the list the stacks grant from is the one the bundles give (else: npx tsx scripts/aws-calls.ts)", () => {
    expect(readFileSync(CALLS_FILE, "utf8")).toBe(renderCalls(fresh));
  });

  it("an adapter that gains a call fails the comparison, and so does a grant nothing calls", async () => {
    const permissions = await permissionsOf("prod");
    const gained: FunctionCalls = {
      ...fresh.sweeper,
      calls: [...fresh.sweeper.calls, { client: "@aws-sdk/client-secrets-manager", command: "GetSecretValueCommand", from: ["adapters/x.ts"] }],
    };
    expect(compare(permissions.sweeper, gained).notGranted).toEqual(["secretsmanager:GetSecretValue"]);
    const lost: FunctionCalls = { ...fresh.api, calls: fresh.api.calls.filter((c) => c.command !== "InvokeCommand") };
    expect(compare(permissions.api, lost).neverCalled).toEqual(["lambda:InvokeFunction"]);
  });

  it("grants each service's actions on Roster's own resource, the partition and region from the provider", async () => {
    const permissions = await permissionsOf("prod");
    const on = (fn: keyof typeof FUNCTION, service: string) =>
      permissions[fn].filter((p) => p.actions.some((a) => a.startsWith(`${service}:`)) && !p.resources.some((r) => r.includes("/index/")));
    for (const fn of ["api", "sweeper"] as const) {
      expect(on(fn, "dynamodb").map((p) => p.resources)).toEqual([["<RosterTable.arn>"]]);
      // Only the indexes the function queries, and only Query on them.
      const indexGrants = permissions[fn].filter((p) => p.resources.some((r) => r.includes("/index/")));
      expect(indexGrants).toEqual(fresh[fn].indexes.length ? [{ actions: ["dynamodb:Query"], resources: fresh[fn].indexes.map((i) => `<RosterTable.arn>/index/${i}`) }] : []);
      for (const index of fresh[fn].indexes) expect(TABLE_SCHEMA.globalIndexes.map((i) => i.name)).toContain(index);
      for (const p of on(fn, "events")) expect(p.resources).toEqual(["<RosterBus.arn>"]);
      for (const p of on(fn, "lambda")) expect(p.resources).toEqual(["<RosterSweeper.arn>"]);
      for (const p of on(fn, "secretsmanager")) expect(p.resources).toEqual(["arn:aws:secretsmanager:us-east-1:<account>:secret:roster/prod/*"]);
    }
    // No ARN written by hand: the partition comes from the provider's region.
    vi.stubEnv("ROSTER_AWS_REGION", "cn-north-1");
    const china = await permissionsOf("prod");
    const secrets = china.api.find((p) => p.actions.some((a) => a.startsWith("secretsmanager:")));
    expect(secrets?.resources).toEqual(["arn:aws-cn:secretsmanager:cn-north-1:<account>:secret:roster/prod/*"]);
  });

  it("a KMS key is used only through Secrets Manager, for what the keystore calls need, never kms:Encrypt", async () => {
    const kmsOf = async (key: string) => {
      vi.stubEnv("ROSTER_KMS_KEY_ARN", key);
      const permissions = await permissionsOf("prod");
      expect(permissions.sweeper.flatMap((p) => p.actions).filter((a) => a.startsWith("kms:"))).toEqual([]);
      return permissions.api.filter((p) => p.actions.some((a) => a.startsWith("kms:")));
    };
    const secretActions = [...needed(fresh.api)].filter((a) => a.startsWith("secretsmanager:"));
    const writes = secretActions.some((a) => /CreateSecret|PutSecretValue|UpdateSecret/.test(a));
    const reads = secretActions.includes("secretsmanager:GetSecretValue");
    const actions = [...(writes || reads ? ["kms:Decrypt"] : []), ...(writes ? ["kms:GenerateDataKey"] : [])];
    const viaService = { test: "StringEquals", variable: "kms:ViaService", values: [expect.stringMatching(/^secretsmanager\.us-east-1\.<[\w.]*dnsSuffix>$/)] };

    const key = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    expect(await kmsOf(key)).toEqual([{ actions, resources: [key], conditions: [viaService] }]);
    // An alias in Resource would name the alias, not its key: any key of that account that carries it.
    expect(await kmsOf("arn:aws:kms:eu-west-1:123456789012:alias/roster")).toEqual([
      {
        actions,
        resources: ["arn:aws:kms:eu-west-1:123456789012:key/*"],
        conditions: [{ test: "ForAnyValue:StringEquals", variable: "kms:ResourceAliases", values: ["alias/roster"] }, viaService],
      },
    ]);
    expect((await kmsOf("alias/roster"))[0]?.resources).toEqual(["arn:aws:kms:us-east-1:<account>:key/*"]);
    await expect(kmsOf("my key")).rejects.toThrow(/not a KMS key or alias/);
  });

  it("maps each SDK command to the IAM actions AWS authorises it with, and refuses one it does not know", () => {
    expect(actionsOf("@aws-sdk/lib-dynamodb", "TransactWriteCommand")).toEqual([
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
      "dynamodb:DeleteItem",
      "dynamodb:ConditionCheckItem",
    ]);
    expect(actionsOf("@aws-sdk/client-dynamodb", "TransactWriteItemsCommand")).toEqual(actionsOf("@aws-sdk/lib-dynamodb", "TransactWriteCommand"));
    expect(actionsOf("@aws-sdk/lib-dynamodb", "BatchGetCommand")).toEqual(["dynamodb:BatchGetItem"]);
    expect(actionsOf("@aws-sdk/client-lambda", "InvokeCommand")).toEqual(["lambda:InvokeFunction"]);
    expect(actionsOf("@aws-sdk/client-secrets-manager", "RestoreSecretCommand")).toEqual(["secretsmanager:RestoreSecret"]);
    expect(() => actionsOf("@aws-sdk/client-s3", "GetObjectCommand")).toThrow(/no IAM mapping/);
    expect(() => actionsOf("@aws-sdk/lib-dynamodb", "ExecuteStatementCommand")).toThrow(/no IAM mapping/);
    expect(() => actionsOf("@aws-sdk/client-dynamodb", "ExecuteStatementCommand")).toThrow(/no IAM mapping/);
  });
});

describe("finding a bundle's AWS calls", () => {
  let root: string;
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "roster-aws-calls-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const adapter = `import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { ListSecretsCommand, ResourceNotFoundException } from "@aws-sdk/client-secrets-manager";
export const read = (c: any) => c.send(new GetCommand({ TableName: "t", Key: {} }));
export const list = (c: any) => c.send(new ListSecretsCommand({}));
export const byIndex = (c: any) => c.send(new QueryCommand({ TableName: "t", IndexName: INDEX }));
const INDEX = "byJob";
export const missing = (e: unknown) => e instanceof ResourceNotFoundException;
`;

  it("lists the commands the kept code constructs, not those of code shaken out", async () => {
    write({ "adapters/a.ts": adapter, "functions/f.ts": `import { read, missing } from "../adapters/a";\nexport const handler = (c: any) => read(c).catch(missing);\n` });
    expect(await callsOf("functions/f.ts", root)).toEqual({ calls: [{ client: "@aws-sdk/lib-dynamodb", command: "GetCommand", from: ["adapters/a.ts"] }], indexes: [] });
    write({ "functions/g.ts": `import { byIndex, list } from "../adapters/a";\nexport const handler = (c: any) => [byIndex(c), list(c)];\n` });
    expect(await callsOf("functions/g.ts", root)).toEqual({
      calls: [
        { client: "@aws-sdk/client-secrets-manager", command: "ListSecretsCommand", from: ["adapters/a.ts"] },
        { client: "@aws-sdk/lib-dynamodb", command: "QueryCommand", from: ["adapters/a.ts"] },
      ],
      indexes: ["byJob"],
    });
  });

  it("refuses what would hide a call: SDK use outside adapters/, a paginator, a namespace import, a computed index", async () => {
    write({ "functions/f.ts": `import { GetCommand } from "@aws-sdk/lib-dynamodb";\nexport const handler = (c: any) => c.send(new GetCommand({}));\n` });
    await expect(callsOf("functions/f.ts", root)).rejects.toThrow(/functions\/f.ts sends GetCommand: only adapters\/ talk to AWS/);
    write({ "adapters/p.ts": `import { paginateQuery } from "@aws-sdk/client-dynamodb";\nexport const all = (client: any) => paginateQuery({ client }, {});\n`, "functions/p.ts": `export { all as handler } from "../adapters/p";\n` });
    await expect(callsOf("functions/p.ts", root)).rejects.toThrow(/uses paginateQuery .*cannot be listed/);
    write({ "adapters/n.ts": `import * as sdk from "@aws-sdk/client-lambda";\nexport const go = (c: any) => c.send(new sdk.InvokeCommand({}));\n`, "functions/n.ts": `export { go as handler } from "../adapters/n";\n` });
    await expect(callsOf("functions/n.ts", root)).rejects.toThrow(/import its commands by name/);
    write({ "adapters/i.ts": `import { QueryCommand } from "@aws-sdk/lib-dynamodb";\nexport const q = (c: any, i: string) => c.send(new QueryCommand({ TableName: "t", IndexName: i }));\n`, "functions/i.ts": `export { q as handler } from "../adapters/i";\n` });
    expect((await callsOf("functions/i.ts", root)).indexes).toEqual(["*"]);
  });
});
