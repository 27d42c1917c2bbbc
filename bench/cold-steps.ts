/**
 * `npx tsx bench/cold-steps.ts [runs]`: what each step of issue 20's cold-start work saved, in
 * bytes and in import time. Each step's API bundle is built from today's sources with the files
 * that step changed put back as they were before it (`git show <commit>:<file>`), and with the
 * build options of that step; each step's hello world (bench/hello.ts) with the same options.
 * Import times: fresh processes, all bundles alternated, medians of `runs` (default 21), wall
 * time and the process's CPU time (less sensitive to a busy machine). Writes
 * bench/cold-steps.json.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BuildOptions, type Plugin, build } from "esbuild";
import { bundleSize, functionBuildOptions } from "../scripts/build";
import { percentiles, round } from "./support";

/** The commit before the cold-start work: functions/app.ts and functions/aws/deps.ts as they were. */
const BEFORE = "28c2dc1";

/** Serve these project files as they were at `BEFORE` (a file absent then is an error). */
const asBefore = (files: string[]): Plugin => ({
  name: "as-before",
  setup(b) {
    const wanted = new Set(files.map((f) => resolve(f)));
    b.onLoad({ filter: /\.ts$/ }, (args) =>
      wanted.has(args.path) ? { contents: execFileSync("git", ["show", `${BEFORE}:${args.path.slice(resolve(".").length + 1)}`], { encoding: "utf8" }), loader: "ts" } : undefined,
    );
  },
});

/** One bundle in its folder, with the options of a step: `single` is one file without ES module entry points first (the build before). */
async function buildStep(entry: string, outdir: string, step: { esm: boolean; split: boolean; before: string[] }) {
  const base = functionBuildOptions(entry, outdir);
  const options: BuildOptions = {
    ...base,
    splitting: step.split,
    ...(step.esm ? {} : { mainFields: undefined }),
    plugins: [...(base.plugins ?? []), ...(step.before.length ? [asBefore(step.before)] : [])],
  };
  const result = await build(options);
  return bundleSize(result.metafile!);
}

const STEPS = [
  { name: "before: one file, CommonJS builds of packages", esm: false, split: false, before: ["functions/app.ts", "functions/aws/deps.ts"] },
  { name: "ES module builds of packages first (mainFields)", esm: true, split: false, before: ["functions/app.ts", "functions/aws/deps.ts"] },
  { name: "+ code splitting (the SDK's own import()s become chunks)", esm: true, split: true, before: ["functions/app.ts", "functions/aws/deps.ts"] },
  { name: "+ Secrets Manager and Lambda clients on first use (functions/aws/deps.ts)", esm: true, split: true, before: ["functions/app.ts"] },
  { name: "+ job admin, keystore, dashboard, OpenAPI document on first use (functions/app.ts)", esm: true, split: true, before: [] },
];

const ENV = {
  PATH: process.env.PATH ?? "",
  ROSTER_TABLE_NAME: "t",
  ROSTER_ADMIN_TOKEN: "x",
  ROSTER_SWEEPER_FUNCTION: "s",
  ROSTER_SECRET_PREFIX: "p/",
  AWS_REGION: "eu-west-1",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};

function importTime(file: string) {
  const script = `const c = process.cpuUsage(); const t = performance.now(); await import(${JSON.stringify(file)}); const u = process.cpuUsage(c); console.log(JSON.stringify([performance.now() - t, (u.user + u.system) / 1000]));`;
  const out = spawnSync(process.execPath, ["--input-type=module", "-e", script], { env: ENV, encoding: "utf8" });
  const [wall, cpu] = JSON.parse(out.stdout.trim().split("\n").pop()!) as [number, number];
  return { wall, cpu };
}

export async function coldSteps(runs = 21) {
  const root = mkdtempSync(join(tmpdir(), "roster-cold-steps-"));
  try {
    const built = [];
    for (const [i, step] of STEPS.entries()) {
      const api = await buildStep("functions/api.ts", join(root, `api-${i}`), step);
      const hello = await buildStep("bench/hello.ts", join(root, `hello-${i}`), { ...step, before: [] });
      built.push({ step, api, hello, files: { api: join(root, `api-${i}`, "index.mjs"), hello: join(root, `hello-${i}`, "index.mjs") }, times: { api: [] as { wall: number; cpu: number }[], hello: [] as { wall: number; cpu: number }[] } });
    }
    // Yardsticks with the last step's options: the libraries a check-in imports, without Roster's code.
    const reference = { file: join(root, "hello-openapi", "index.mjs"), size: await buildStep("bench/hello-openapi.ts", join(root, "hello-openapi"), { ...STEPS.at(-1)!, before: [] }), times: [] as { wall: number; cpu: number }[] };
    const load = [loadavg()[0]!];
    for (let r = 0; r < runs; r++) {
      for (const b of built) {
        b.times.api.push(importTime(b.files.api));
        b.times.hello.push(importTime(b.files.hello));
      }
      reference.times.push(importTime(reference.file));
    }
    load.push(loadavg()[0]!);
    const median = (xs: number[]) => round(percentiles(xs).p50, 1);
    return {
      date: new Date().toISOString(),
      runs,
      loadAverage: load.map((l) => round(l, 2)),
      steps: built.map(({ step, api, hello, times }) => {
        const a = { wall: median(times.api.map((t) => t.wall)), cpu: median(times.api.map((t) => t.cpu)) };
        const h = { wall: median(times.hello.map((t) => t.wall)), cpu: median(times.hello.map((t) => t.cpu)) };
        return {
          step: step.name,
          api: { initKiB: round(api.initBytes / 1024, 1), totalKiB: round(api.totalBytes / 1024, 1), files: api.files, importMs: a.wall, importCpuMs: a.cpu },
          hello: { initKiB: round(hello.initBytes / 1024, 1), totalKiB: round(hello.totalBytes / 1024, 1), importMs: h.wall, importCpuMs: h.cpu },
          ratio: { wall: round(a.wall / h.wall), cpu: round(a.cpu / h.cpu) },
        };
      }),
      helloOpenApi: (() => {
        const last = built.at(-1)!;
        const r = { wall: median(reference.times.map((t) => t.wall)), cpu: median(reference.times.map((t) => t.cpu)) };
        const h = { wall: median(last.times.hello.map((t) => t.wall)), cpu: median(last.times.hello.map((t) => t.cpu)) };
        return {
          what: "bench/hello-openapi.ts: the hello world with @hono/zod-openapi and zod validating its body, cron-parser (luxon) and semver",
          initKiB: round(reference.size.initBytes / 1024, 1),
          importMs: r.wall,
          importCpuMs: r.cpu,
          ratioToHello: { wall: round(r.wall / h.wall), cpu: round(r.cpu / h.cpu) },
        };
      })(),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await coldSteps(Number(process.argv[2] ?? 21));
  writeFileSync("bench/cold-steps.json", `${JSON.stringify(result, null, 2)}\n`);
  for (const s of result.steps) {
    console.log(`${s.step}: API ${s.api.initKiB} KiB at init (${s.api.totalKiB} in all), import ${s.api.importMs} ms wall / ${s.api.importCpuMs} ms CPU; hello ${s.hello.initKiB} KiB, ${s.hello.importMs} / ${s.hello.importCpuMs} ms; ratio ${s.ratio.wall} / ${s.ratio.cpu}`);
  }
  const o = result.helloOpenApi;
  console.log(`${o.what}: ${o.initKiB} KiB at init, import ${o.importMs} ms wall / ${o.importCpuMs} ms CPU; ratio to the hello world ${o.ratioToHello.wall} / ${o.ratioToHello.cpu}`);
  console.log(`load average ${result.loadAverage.join(" → ")}`);
}
