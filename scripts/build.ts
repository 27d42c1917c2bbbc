/**
 * `npm run build`: bundle each Lambda function the way SST does (esbuild, ESM, minified, the
 * AWS SDK bundled in), one folder per function under dist/, and the agent and CLI into one file
 * that plain `node` runs (dist/roster/roster.mjs, what bin/roster.mjs and the systemd unit run);
 * report the sizes.
 */
import { type BuildOptions, type Metafile, type Plugin, build } from "esbuild";
import { chmodSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const FUNCTIONS = { api: "functions/api.ts", sweeper: "functions/sweeper.ts" } as const;

/**
 * zod re-exports every one of its ~60 message locales, which esbuild cannot drop; Roster speaks
 * English only, so the others become empty modules. That is a third of the API bundle.
 */
const englishOnlyZod: Plugin = {
  name: "english-only-zod",
  setup(b) {
    b.onResolve({ filter: /^\.\/[a-z-]+\.js$/ }, (args) =>
      /node_modules\/zod\/v4\/locales$/.test(args.resolveDir) && args.path !== "./en.js"
        ? { path: args.path, namespace: "unused-locale" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "unused-locale" }, () => ({ contents: "export default () => ({});" }));
  },
};

/**
 * esbuild's options for a Lambda function, as SST bundles one (ESM, minified, the AWS SDK bundled
 * in), into its own folder (`outdir`) with `index.mjs` the handler's file. Also:
 * - `mainFields`: a package's ES module build before its CommonJS one, so that esbuild can drop
 *   what the function never uses (most of each AWS SDK client: the API's bundle goes from
 *   1,232 to 981 KiB with this alone);
 * - `splitting`: what the code imports with `import()` (functions/app.ts, functions/aws/deps.ts:
 *   what a check-in does not need) goes into chunk files beside it, read only when first used,
 *   so a cold start neither reads nor compiles them.
 * The benchmark builds its yardsticks (bench/hello.ts, bench/floor.ts) with the same options.
 */
export const functionBuildOptions = (entry: string, outdir: string): BuildOptions => ({
  entryPoints: { index: entry },
  outdir,
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  splitting: true,
  bundle: true,
  platform: "node",
  target: "node22",
  format: "esm",
  mainFields: ["module", "main"],
  minify: true,
  legalComments: "none",
  metafile: true,
  // Some dependencies are CommonJS and call require(): give the ESM bundle one, as SST does.
  banner: { js: 'import { createRequire as __roster_cr } from "node:module"; const require = __roster_cr(import.meta.url);' },
  plugins: [englishOnlyZod],
  logLevel: "warning",
});

/** Sizes of one function's files: all of them (what is deployed), and what its init reads (`index.mjs` and the chunks it imports statically). */
export interface BundleSize {
  totalBytes: number;
  initBytes: number;
  files: number;
}

export function bundleSize(metafile: Metafile): BundleSize {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((path) => path.endsWith("/index.mjs"))!;
  const init = new Set<string>();
  const visit = (path: string) => {
    if (init.has(path)) return;
    init.add(path);
    for (const imported of outputs[path]?.imports ?? []) if (imported.kind === "import-statement" && outputs[imported.path]) visit(imported.path);
  };
  visit(entry);
  const sum = (paths: Iterable<string>) => [...paths].reduce((n, path) => n + outputs[path]!.bytes, 0);
  return { totalBytes: sum(Object.keys(outputs)), initBytes: sum(init), files: Object.keys(outputs).length };
}

/** Each function into `outdir/<name>/`: the bytes of all its files, by function. */
export async function bundle(outdir = "dist") {
  const sizes: Record<string, number> = {};
  for (const [name, size] of Object.entries(await bundleSizes(outdir))) sizes[name] = size.totalBytes;
  return sizes;
}

/** As `bundle`, with what each function's init reads. */
export async function bundleSizes(outdir = "dist") {
  const sizes: Record<string, BundleSize> = {};
  for (const [name, entry] of Object.entries(FUNCTIONS)) {
    const folder = join(outdir, name);
    rmSync(folder, { recursive: true, force: true }); // no chunk of an earlier build left beside it
    const result = await build(functionBuildOptions(entry, folder));
    sizes[name] = bundleSize(result.metafile!);
  }
  return sizes;
}

/** The CLI bundle, under the output folder: `node dist/roster/roster.mjs` is `roster`. */
export const CLI_BUNDLE = join("roster", "roster.mjs");
/** Beside it: the source files it was built from (for bin/roster.mjs to tell a stale bundle). */
export const CLI_INPUTS = join("roster", "inputs.json");

/**
 * `roster dev` runs the local server: DynamoDB Local's jar from node_modules, Java, the AWS SDK.
 * That is development tooling, not the agent's: the bundle gets this stand-in (a one-line error
 * and exit 1), and bin/roster.mjs sends `roster dev` to the TypeScript sources instead.
 */
const noLocalServer: Plugin = {
  name: "no-local-server",
  setup(b) {
    b.onResolve({ filter: /\/functions\/local$/ }, (args) => ({ path: args.path, namespace: "no-local-server" }));
    b.onLoad({ filter: /.*/, namespace: "no-local-server" }, () => ({
      contents: `export async function runLocalServer() {
  throw new Error("roster dev is not part of the built agent: run it from a checkout of Roster (npx roster dev, or npm start)");
}
export function failStartup(error) {
  console.error("roster: " + error.message);
  process.exit(1);
}`,
      loader: "js",
    }));
  },
};

/**
 * The agent and CLI as one ESM file for plain \`node\` (20 or later): every dependency bundled in,
 * no tsx, no node_modules at run time. Not minified, so a stack trace from a node still reads.
 * Writes the list of its inputs beside it; returns the bundle's path and size.
 */
export async function bundleCli(outdir = "dist") {
  const outfile = join(outdir, CLI_BUNDLE);
  const result = await build({
    entryPoints: ["agent/cli.ts"],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    legalComments: "none",
    metafile: true,
    banner: {
      js: [
        "#!/usr/bin/env node",
        'import { createRequire as __roster_cr } from "node:module"; const require = __roster_cr(import.meta.url);',
      ].join("\n"),
    },
    plugins: [englishOnlyZod, noLocalServer],
    logLevel: "warning",
  });
  chmodSync(outfile, 0o755); // its #! line makes it a command of its own
  // Sources only: node_modules changes with package-lock.json, which is listed instead (a
  // symlinked node_modules shows as a path outside the checkout: left out too).
  const inputs = Object.keys(result.metafile.inputs).filter((path) => !path.includes(":") && !path.startsWith("../") && !path.split("/").includes("node_modules"));
  writeFileSync(join(outdir, CLI_INPUTS), `${JSON.stringify({ inputs: [...inputs, "package.json", "package-lock.json"] }, null, 2)}\n`);
  return { path: outfile, bytes: statSync(outfile).size, inputs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await bundleSizes();
  for (const [name, size] of Object.entries(sizes)) {
    console.log(`dist/${name}/  ${(size.totalBytes / 1024).toFixed(1)} KiB in ${size.files} files, ${(size.initBytes / 1024).toFixed(1)} KiB read at init`);
  }
  const cli = await bundleCli();
  console.log(`${cli.path}  ${(cli.bytes / 1024).toFixed(1)} KiB (the agent and CLI: node ${cli.path} --help)`);
}
