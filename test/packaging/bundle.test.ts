import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_BUNDLE, CLI_INPUTS, bundleCli } from "../../scripts/build";

/**
 * The agent as operators install it (issue 18): `npm run build` bundles the agent and CLI into one
 * file that plain node runs. The proof that no dev tooling is needed at run time: the bundle,
 * copied to a folder outside the repository (no node_modules above it, so no tsx, no commander,
 * no zod to find), runs there.
 */
const ROOT = join(import.meta.dirname, "..", "..");

function run(args: string[], cwd: string, env: Record<string, string> = {}, file = process.execPath) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    // A bare environment: no NODE_PATH, no NODE_OPTIONS (vitest's or anyone's) to bring a loader in; node on the PATH.
    execFile(file, args, { cwd, env: { PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, ...env }, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let outdir: string;
let alone: string; // the folder outside the repository
let bundle: string;
beforeAll(async () => {
  mkdirSync(join(ROOT, "test-output"), { recursive: true }); // absent in a fresh clone
  outdir = mkdtempSync(join(ROOT, "test-output", "cli-bundle-"));
  await bundleCli(outdir);
  alone = mkdtempSync(join(tmpdir(), "roster-bundle-"));
  bundle = join(alone, "roster.mjs");
  copyFileSync(join(outdir, CLI_BUNDLE), bundle);
}, 60_000);
afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(alone, { recursive: true, force: true });
});

describe("the built agent", () => {
  it("is one ESM file for plain node: a #! line, no import or require of tsx or of any package", () => {
    const text = readFileSync(bundle, "utf8");
    expect(text.startsWith("#!/usr/bin/env node\n")).toBe(true);
    const imports = [...text.matchAll(/^\s*import\s[^;]*?from\s+"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)|\brequire\(\s*"([^"]+)"\s*\)/gm)].map((m) => m[1] ?? m[2] ?? m[3]);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((name) => !name!.startsWith("node:"))).toEqual([]);
  });

  it("finds no tsx where it runs (the folder has no node_modules above it)", async () => {
    const tsx = await run(["--input-type=module", "-e", 'await import("tsx/esm/api")'], alone);
    expect(tsx.code).not.toBe(0);
    expect(tsx.stderr).toMatch(/Cannot find (package|module) 'tsx'/);
  });

  it("starts there: roster --version and --help", async () => {
    const version = await run([bundle, "--version"], alone);
    expect(version).toMatchObject({ code: 0, stderr: "" });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    const help = await run([bundle, "--help"], alone);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: roster/);
    for (const command of ["agent", "nodes", "jobs", "events"]) expect(help.stdout).toContain(command);
    expect(statSync(bundle).mode & 0o111).not.toBe(0);
    expect(await run(["--version"], alone, {}, bundle)).toMatchObject({ code: 0, stdout: version.stdout }); // by its #! line
    const agent = await run([bundle, "agent", "--help"], alone);
    expect(agent.code).toBe(0);
    expect(agent.stdout).toContain("--print-systemd-unit");
  });

  it("prints its systemd unit there, naming itself and the node that runs it", async () => {
    const printed = await run([bundle, "agent", "--cluster", "prod", "--url", "https://roster.example.com", "--print-systemd-unit"], alone);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain(`ExecStart=${process.execPath} ${bundle} agent \\\n`);
  });

  it("answers roster dev with a one-line error: the local server is dev tooling, run from a checkout", async () => {
    const dev = await run([bundle, "dev"], alone);
    expect(dev.code).toBe(1);
    expect(dev.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^roster: roster dev is not part of the built agent/)]);
  });

  it("lists the sources it was built from, for bin/roster.mjs to tell a stale bundle", () => {
    const { inputs } = JSON.parse(readFileSync(join(outdir, CLI_INPUTS), "utf8")) as { inputs: string[] };
    expect(inputs).toEqual(expect.arrayContaining(["agent/cli.ts", "agent/agent.ts", "agent/systemd-unit.ts", "package-lock.json"]));
    expect(inputs.filter((path) => path.startsWith("node_modules/") || path.startsWith("functions/"))).toEqual([]);
  });
});

describe("bin/roster.mjs", () => {
  /** A copy of bin/roster.mjs in a package of its own (inside the repository, so tsx resolves), whose two ways of running say which ran. */
  function fakePackage() {
    const root = mkdtempSync(join(ROOT, "test-output", "bin-"));
    mkdirSync(join(root, "bin"));
    copyFileSync(join(ROOT, "bin", "roster.mjs"), join(root, "bin", "roster.mjs"));
    const write = (path: string, text: string, mtime: number) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
      utimesSync(join(root, path), mtime, mtime);
    };
    return { root, write, run: (args: string[]) => run([join(root, "bin", "roster.mjs"), ...args], root, { PATH: process.env.PATH! }) };
  }
  const BUNDLE = 'console.log("bundle", process.argv.slice(2).join(" "));';
  const SOURCES = 'console.log("sources", process.argv.slice(2).join(" "));';
  const packages: string[] = [];
  afterAll(() => packages.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it("runs the bundle while it is newer than its sources, the sources once one is edited, and roster dev from the sources", async () => {
    const p = fakePackage();
    packages.push(p.root);
    p.write("agent/cli.ts", SOURCES, 1_000_000);
    p.write("dist/roster/roster.mjs", BUNDLE, 2_000_000);
    p.write("dist/roster/inputs.json", JSON.stringify({ inputs: ["agent/cli.ts", "package-lock.json"] }), 2_000_000);
    expect((await p.run(["nodes"])).stdout).toBe("bundle nodes\n");
    expect((await p.run(["dev"])).stdout).toBe("sources dev\n");
    utimesSync(join(p.root, "agent", "cli.ts"), 3_000_000, 3_000_000); // edited after the build
    expect((await p.run(["nodes"])).stdout).toBe("sources nodes\n");
  });

  it("runs the sources when there is no bundle (a fresh clone after npm ci), the bundle when there are no sources (a package)", async () => {
    const clone = fakePackage();
    packages.push(clone.root);
    clone.write("agent/cli.ts", SOURCES, 1_000_000);
    expect((await clone.run(["--version"])).stdout).toBe("sources --version\n");
    const installed = fakePackage();
    packages.push(installed.root);
    installed.write("dist/roster/roster.mjs", BUNDLE, 1_000_000);
    installed.write("dist/roster/inputs.json", JSON.stringify({ inputs: ["agent/cli.ts"] }), 1_000_000);
    expect((await installed.run(["--version"])).stdout).toBe("bundle --version\n");
  });
});
