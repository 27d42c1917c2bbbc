import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { bundle } from "../scripts/build";
import { percentiles, round } from "./support";

const importTime = (file: string) =>
  Number(
    execFileSync(process.execPath, ["--input-type=module", "-e", `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`], {
      env: {
        ...process.env,
        ROSTER_TABLE_NAME: "t",
        ROSTER_ADMIN_TOKEN: "x",
        ROSTER_SWEEPER_FUNCTION: "s",
        ROSTER_SECRET_PREFIX: "p/",
        AWS_REGION: "eu-west-1",
      },
      encoding: "utf8",
    }).trim(),
  );

/** Size of the bundled API function and its import time in fresh processes, against a bundled hello world. */
export async function coldStart(runs = 15) {
  const outdir = resolve("bench/out");
  const sizes = await bundle(outdir);
  const hello = join(outdir, "hello", "index.mjs");
  await build({
    entryPoints: ["bench/hello.ts"], outfile: hello, bundle: true, platform: "node", target: "node22", format: "esm", minify: true,
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' }, logLevel: "warning",
  });
  const api = join(outdir, "api", "index.mjs");
  const apiTimes: number[] = [];
  const helloTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    apiTimes.push(importTime(api));
    helloTimes.push(importTime(hello));
  }
  const a = percentiles(apiTimes).p50;
  const h = percentiles(helloTimes).p50;
  return {
    apiBundleKiB: round(sizes.api! / 1024, 1),
    sweeperBundleKiB: round(sizes.sweeper! / 1024, 1),
    helloBundleKiB: round(statSync(hello).size / 1024, 1),
    apiImportMs: round(a, 1),
    helloImportMs: round(h, 1),
    ratio: round(a / h),
  };
}
