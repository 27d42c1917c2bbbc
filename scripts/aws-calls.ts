/**
 * Every AWS API call each Lambda function's bundle can make, found in the bundle itself:
 * esbuild bundles each entry point of `FUNCTIONS` (scripts/build.ts) the way `npm run build`
 * does, but with the packages left outside, so the bundle keeps one `import { … } from
 * "@aws-sdk/…"` per SDK package it uses, naming exactly the SDK values that survived
 * tree-shaking. Each `…Command` imported there is a call the function can make (adapters send
 * commands, never anything else: any other SDK value that is not a client, an exception or a
 * marshalling helper stops the analysis, because it could call AWS another way). The
 * DynamoDB indexes a function queries are the `IndexName`s its bundle names.
 *
 *   npx tsx scripts/aws-calls.ts          # writes stacks/aws-calls.ts, what the stacks grant from
 *   npx tsx scripts/aws-calls.ts --check  # exit 1 if stacks/aws-calls.ts is stale
 *
 * test/stacks/iam.test.ts runs the analysis again and fails when the committed list, or the
 * permissions the stacks build from it, differ from what the bundles call.
 */
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FUNCTIONS } from "./build";

export type FunctionName = keyof typeof FUNCTIONS;

export interface AwsCall {
  /** The SDK package the command comes from, e.g. `@aws-sdk/lib-dynamodb`. */
  client: string;
  /** The command class, e.g. `TransactWriteCommand`. */
  command: string;
  /** The project files in the bundle that construct it (adapters/ only, checked). */
  from: string[];
}

export interface FunctionCalls {
  calls: AwsCall[];
  /** The DynamoDB global secondary indexes the bundle names in a query (`*`: one it cannot name). */
  indexes: string[];
}

export type CallList = Record<FunctionName, FunctionCalls>;

/** SDK packages whose commands reach AWS; their other values must be harmless (below). */
const SDK_CLIENT = /^@aws-sdk\/(client-[a-z0-9-]+|lib-dynamodb)$/;
/** SDK values that make no call by themselves: clients (they send what they are given), errors. */
const HARMLESS = /(Client|Exception|ServiceException)$/;

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The bundle of one function, packages outside, not minified, and the project files it keeps. */
async function bundleOf(entry: string, root: string) {
  const out = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    packages: "external",
    platform: "node",
    target: "node22",
    format: "esm",
    write: false,
    outfile: "out.mjs",
    metafile: true,
    logLevel: "silent",
  });
  const [output] = Object.values(out.metafile.outputs);
  const kept = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return { code: out.outputFiles[0]!.text, kept };
}

/**
 * The SDK values the bundle imports, by local name: `import { A, B as C } from "pkg"` binds `A`
 * and `C`. esbuild keeps an external import even when the code using it was shaken out, so an
 * import says nothing by itself; what the kept code does with the name does.
 */
function sdkImportsOf(code: string): Map<string, { pkg: string; name: string }> {
  const bindings = new Map<string, { pkg: string; name: string }>();
  for (const match of code.matchAll(/^import\s*\{([^}]*)\}\s*from\s*"([^"]+)";?$/gm)) {
    const pkg = match[2]!;
    if (!pkg.startsWith("@aws-sdk/")) continue;
    for (const part of match[1]!.split(",")) {
      const [name, local = name] = part.trim().split(/\s+as\s+/);
      if (name) bindings.set(local!, { pkg, name });
    }
  }
  // Any other import form of an SDK package (default, namespace, dynamic) hides what it calls.
  for (const match of code.matchAll(/^import\s+([^{"\s][^"]*?)\s+from\s*"(@aws-sdk\/[^"]+)"/gm)) {
    throw new Error(`the bundle imports ${match[2]} as \`${match[1]}\`: import its commands by name`);
  }
  if (/import\(\s*["'`]@aws-sdk\//.test(code)) throw new Error("the bundle imports an AWS SDK package dynamically: import its commands by name");
  return bindings;
}

/**
 * The `IndexName`s of the bundle: a string, or a name the bundle declares once as a string;
 * `*` (every index) for anything computed.
 */
function indexesOf(code: string): string[] {
  const names = new Set<string>();
  for (const match of code.matchAll(/\bIndexName\b(\s*:\s*(?:"([^"]*)"|([A-Za-z_$][\w$]*)\s*[,}\n]))?/g)) {
    const constant = match[3] ? [...code.matchAll(new RegExp(`\\b(?:var|let|const)\\s+${match[3].replace(/\$/g, "\\$")}\\s*=\\s*"([^"]*)"`, "g"))] : [];
    names.add(match[2] ?? (constant.length === 1 ? constant[0]![1]! : "*"));
  }
  return [...names].sort();
}

/** The AWS calls of one function's bundle. */
export async function callsOf(entry: string, root = ROOT): Promise<FunctionCalls> {
  const { code, kept } = await bundleOf(entry, root);
  const sources = kept.filter((path) => !path.includes("node_modules/") && /\.tsx?$/.test(path));
  const text = new Map(sources.map((path) => [path, readFileSync(join(root, path), "utf8")]));
  const body = code.replace(/^import\s[^;]*;$/gm, ""); // the kept code, without its import statements
  const calls: AwsCall[] = [];
  for (const [local, { pkg, name }] of sdkImportsOf(code)) {
    const uses = [...body.matchAll(new RegExp(`(new\\s+)?(?<![\\w$.])${local.replace(/\$/g, "\\$")}(?![\\w$])`, "g"))];
    if (uses.length === 0) continue; // shaken out: the bundle never reaches it
    if (!SDK_CLIENT.test(pkg)) {
      if (pkg === "@aws-sdk/util-dynamodb") continue; // marshalling only: no client, no call
      throw new Error(`the bundle of ${entry} uses ${name} from ${pkg}: say in scripts/aws-calls.ts whether it calls AWS`);
    }
    if (name.endsWith("Command")) {
      if (uses.some((use) => !use[1])) throw new Error(`the bundle of ${entry} uses ${name} other than by \`new ${name}(…)\`: its calls cannot be listed`);
      const construct = new RegExp(`\\bnew\\s+${name}\\s*\\(`);
      const from = sources.filter((path) => construct.test(text.get(path)!));
      const outside = from.filter((path) => !path.startsWith("adapters/"));
      if (outside.length > 0) throw new Error(`${outside.join(", ")} sends ${name}: only adapters/ talk to AWS`);
      calls.push({ client: pkg, command: name, from });
    } else if (!HARMLESS.test(name)) {
      throw new Error(`the bundle of ${entry} uses ${name} from ${pkg}: not a command, a client or an error, so its calls cannot be listed`);
    }
  }
  calls.sort((a, b) => a.client.localeCompare(b.client) || a.command.localeCompare(b.command));
  return { calls, indexes: indexesOf(code) };
}

/** The AWS calls of every Lambda function. */
export async function functionCalls(root = ROOT): Promise<CallList> {
  const list = {} as CallList;
  for (const [name, entry] of Object.entries(FUNCTIONS) as [FunctionName, string][]) list[name] = await callsOf(entry, root);
  return list;
}

export const CALLS_FILE = "stacks/aws-calls.ts";

/** The generated module the stacks grant from. */
export function renderCalls(list: CallList): string {
  return `/**
 * Every AWS API call each Lambda function's bundle can make, and the DynamoDB indexes it queries.
 * Generated by \`npx tsx scripts/aws-calls.ts\` from the bundles: do not edit. stacks/permissions.ts
 * grants each function exactly these (test/stacks/iam.test.ts fails when this file is stale).
 */
export const AWS_CALLS = {
${Object.entries(list)
  .map(([fn, { calls, indexes }]) =>
    [
      `  ${fn}: {`,
      "    calls: [",
      ...calls.map((c) => `      { client: ${JSON.stringify(c.client)}, command: ${JSON.stringify(c.command)}, from: ${JSON.stringify(c.from)} },`),
      "    ],",
      `    indexes: ${JSON.stringify(indexes)},`,
      "  },",
    ].join("\n"),
  )
  .join("\n")}
} as const;
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rendered = renderCalls(await functionCalls());
  const path = join(ROOT, CALLS_FILE);
  if (process.argv.includes("--check")) {
    const current = readFileSync(path, "utf8");
    if (current !== rendered) {
      console.error(`${CALLS_FILE} is stale: run npx tsx scripts/aws-calls.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(path, rendered);
    console.log(`wrote ${CALLS_FILE}`);
  }
}
