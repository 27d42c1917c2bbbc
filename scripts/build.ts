/**
 * `npm run build`: bundle each Lambda function the way SST does (esbuild, ESM, minified, the
 * AWS SDK bundled in), one folder per function under dist/, and report the sizes.
 */
import { type Plugin, build } from "esbuild";
import { statSync } from "node:fs";
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

export async function bundle(outdir = "dist") {
  const sizes: Record<string, number> = {};
  for (const [name, entry] of Object.entries(FUNCTIONS)) {
    const outfile = join(outdir, name, "index.mjs");
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: "node",
      target: "node22",
      format: "esm",
      minify: true,
      legalComments: "none",
      // Some dependencies are CommonJS and call require(): give the ESM bundle one, as SST does.
      banner: { js: 'import { createRequire as __roster_cr } from "node:module"; const require = __roster_cr(import.meta.url);' },
      plugins: [englishOnlyZod],
      logLevel: "warning",
    });
    sizes[name] = statSync(outfile).size;
  }
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await bundle();
  for (const [name, bytes] of Object.entries(sizes)) console.log(`dist/${name}/index.mjs  ${(bytes / 1024).toFixed(1)} KiB`);
}
