import { build } from "esbuild";
import { join } from "node:path";
import { type BundleSize, bundleSize, bundleSizes, functionBuildOptions } from "../scripts/build";

/**
 * The bundles the benchmark runs, under `outdir`: the two functions as `npm run build` makes
 * them, and its yardsticks built with the same options: the hello worlds (bench/hello.ts,
 * bench/hello-openapi.ts) and the floor of the Lambda path (bench/floor.ts). Returns each one's size.
 */
export async function benchBundles(outdir: string): Promise<Record<string, BundleSize>> {
  const sizes: Record<string, BundleSize> = await bundleSizes(outdir);
  for (const name of ["hello", "hello-openapi", "floor"]) {
    const result = await build(functionBuildOptions(`bench/${name}.ts`, join(outdir, name)));
    sizes[name] = bundleSize(result.metafile!);
  }
  return sizes;
}
