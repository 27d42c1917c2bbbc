/**
 * How SST bundles each function: as `npm run build` does (scripts/build.ts), which is what the
 * benchmark measures: ES modules, minified, packages' ES module builds first (`mainFields`:
 * esbuild can then drop the unused parts of each AWS SDK client) and code splitting (what the
 * code imports with `import()` is read only when first used). SST's `esbuild` options take no
 * plugins (its `plugins` file option is internal to SST), so the deployed bundle keeps zod's
 * other locales, which the measured build replaces with empty modules: the one difference.
 * test/stacks/stacks.test.ts holds the two together.
 */
export const bundling = {
  format: "esm" as const,
  minify: true,
  splitting: true,
  esbuild: { mainFields: ["module", "main"] },
};
