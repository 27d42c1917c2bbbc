/**
 * SST's own component types, for type-checking `sst.config.ts` and `stacks/` (issue 19).
 *
 * The `sst` npm package holds only SST's runtime SDK. The platform (the `sst.aws.*` components
 * `sst deploy` runs) lives inside SST's Go binary, which npm installs as the optional dependency
 * `sst-<os>-<arch>`: `platform/platform.go` in SST's repository embeds the platform's sources
 * with `//go:embed`. A Go embed file table is a plain array of `{ name, data, hash }` entries
 * (two strings and a 16-byte hash) behind its own slice header; this script finds it in the
 * binary (ELF, Mach-O or PE), checks every file against its hash, has TypeScript emit `.d.ts`
 * declarations for the platform's `.ts` sources, and writes them to `stacks/sst-platform/`
 * with the `config.d.ts` the SST CLI writes for an app whose home is AWS
 * (`pkg/project/install.go`): the globals `$config`, `$app`, `$dev`, `$interpolate`, `sst`, `aws`.
 *
 *   npx tsx scripts/sst-platform.ts           regenerate stacks/sst-platform/ (after an SST upgrade)
 *   npx tsx scripts/sst-platform.ts --check   exit 1 when stacks/sst-platform/ is not the installed SST's
 *
 * Declarations, not the `.ts` sources: SST's sources do not pass this repository's compiler
 * options (`noUncheckedIndexedAccess`), and `skipLibCheck` covers `.d.ts` files only. So the
 * one `tsconfig.json` (which includes `stacks/`) checks `sst.config.ts` and the stacks against
 * them with the rest of the code: `npm run typecheck`, editors, and tests that import a stack
 * module all see SST's real types; `@pulumi/aws` (which they refer to) costs the check about
 * 8 s of CPU.
 *
 * Vendored, not generated at test time: the emit type-checks SST's 200 platform sources with
 * `@pulumi/aws` (about 25 s of CPU, more than `npm test` can spare), and only the binary for the
 * machine's own OS is installed; vendored, they work everywhere, and an SST upgrade shows in
 * review as a diff of SST's API. (The binaries of sst 4.17.1 for linux-x64, darwin-arm64 and
 * win32-x64, read as ELF, Mach-O and PE, embed the same files: one fingerprint.)
 * `test/stacks/sst-platform.test.ts` fails when they are not the installed SST's (its version,
 * a fingerprint of the embedded files, the Pulumi versions it pins, no hand edits).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const OUT_DIR = join(ROOT, "stacks", "sst-platform");
export const SOURCE_FILE = "SOURCE.json";

export interface EmbeddedFile {
  name: string;
  data: Buffer;
}

/** What `stacks/sst-platform/SOURCE.json` records about the generated declarations. */
export interface PlatformSource {
  /** The `sst` version the declarations come from. */
  sst: string;
  /** The npm package whose binary they were read from (any platform's binary embeds the same files). */
  binaryPackage: string;
  /** sha256 over every embedded platform file (name, size, bytes), in table order. */
  fingerprint: string;
  embeddedFiles: number;
  /** The Pulumi packages the embedded platform `package.json` pins (the devDependencies must match). */
  pulumi: Record<string, string>;
  typescript: string;
  /** sha256 of every file written to stacks/sst-platform/ (except this one), by relative path. */
  files: Record<string, string>;
}

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

// ---------------------------------------------------------------------------------------------
// Reading the executable: where each loaded segment of the file sits in memory

interface Segment {
  vaddr: bigint;
  offset: number;
  size: number;
}

interface Executable {
  format: "ELF" | "Mach-O" | "PE";
  ptrSize: 4 | 8;
  segments: Segment[];
}

function parseExecutable(b: Buffer): Executable {
  const segments: Segment[] = [];
  if (b.readUInt32BE(0) === 0x7f454c46) {
    if (b[5] !== 1) throw new Error("big-endian ELF is not supported");
    const is64 = b[4] === 2;
    const phoff = is64 ? Number(b.readBigUInt64LE(0x20)) : b.readUInt32LE(0x1c);
    const phentsize = b.readUInt16LE(is64 ? 0x36 : 0x2a);
    const phnum = b.readUInt16LE(is64 ? 0x38 : 0x2c);
    for (let i = 0; i < phnum; i++) {
      const p = phoff + i * phentsize;
      if (b.readUInt32LE(p) !== 1) continue; // PT_LOAD
      if (is64) {
        segments.push({ offset: Number(b.readBigUInt64LE(p + 8)), vaddr: b.readBigUInt64LE(p + 16), size: Number(b.readBigUInt64LE(p + 32)) });
      } else {
        segments.push({ offset: b.readUInt32LE(p + 4), vaddr: BigInt(b.readUInt32LE(p + 8)), size: b.readUInt32LE(p + 16) });
      }
    }
    return { format: "ELF", ptrSize: is64 ? 8 : 4, segments };
  }
  if (b.readUInt32LE(0) === 0xfeedfacf) {
    const ncmds = b.readUInt32LE(16);
    let p = 32;
    for (let i = 0; i < ncmds; i++) {
      const cmd = b.readUInt32LE(p);
      if (cmd === 0x19) {
        // LC_SEGMENT_64
        segments.push({ vaddr: b.readBigUInt64LE(p + 24), offset: Number(b.readBigUInt64LE(p + 40)), size: Number(b.readBigUInt64LE(p + 48)) });
      }
      p += b.readUInt32LE(p + 4);
    }
    return { format: "Mach-O", ptrSize: 8, segments };
  }
  if (b.readUInt16LE(0) === 0x5a4d) {
    const pe = b.readUInt32LE(0x3c);
    if (b.readUInt32LE(pe) !== 0x00004550) throw new Error("not a PE executable");
    const sections = b.readUInt16LE(pe + 6);
    const optSize = b.readUInt16LE(pe + 20);
    const opt = pe + 24;
    const is64 = b.readUInt16LE(opt) === 0x20b;
    const imageBase = is64 ? b.readBigUInt64LE(opt + 24) : BigInt(b.readUInt32LE(opt + 28));
    for (let i = 0; i < sections; i++) {
      const s = opt + optSize + i * 40;
      segments.push({ vaddr: imageBase + BigInt(b.readUInt32LE(s + 12)), size: b.readUInt32LE(s + 16), offset: b.readUInt32LE(s + 20) });
    }
    return { format: "PE", ptrSize: is64 ? 8 : 4, segments };
  }
  throw new Error("not an ELF, Mach-O (64-bit, thin) or PE executable");
}

const toVaddr = (exe: Executable, offset: number) => {
  const s = exe.segments.find((s) => offset >= s.offset && offset < s.offset + s.size);
  return s ? s.vaddr + BigInt(offset - s.offset) : undefined;
};

const toOffset = (exe: Executable, vaddr: bigint, length: number) => {
  const s = exe.segments.find((s) => vaddr >= s.vaddr && vaddr + BigInt(length) <= s.vaddr + BigInt(s.size));
  return s ? s.offset + Number(vaddr - s.vaddr) : undefined;
};

// ---------------------------------------------------------------------------------------------
// Go's embed file table

/** A file the table must hold; its name string anchors the search for the table. */
const ANCHOR = "src/components/aws/function.ts";

/**
 * The hash Go's compiler stores for an embedded file: sha256 with its first byte flipped for
 * files up to 1 KiB and sha256 of a 0x01 byte then the data above (Go 1.24+, cmd/internal/hash),
 * bitwise-not sha256 (Go 1.20–1.23) or sha256 (Go 1.16–1.19), first 16 bytes.
 */
const HASH_SCHEMES: Record<string, (data: Buffer) => Buffer> = {
  "go1.24": (data) => {
    if (data.length <= 1024) {
      const sum = createHash("sha256").update(data).digest();
      sum[0]! ^= 0xff;
      return sum;
    }
    return createHash("sha256").update(Buffer.from([1])).update(data).digest();
  },
  "go1.20": (data) => createHash("sha256").update(data).digest().map((x) => x ^ 0xff) as Buffer,
  "go1.16": (data) => createHash("sha256").update(data).digest(),
};

/** Every file of the Go embed table that holds the SST platform, with each file's hash checked. */
export function readEmbeddedPlatform(binary: Buffer): EmbeddedFile[] {
  const exe = parseExecutable(binary);
  const w = exe.ptrSize;
  const word = (at: number) => (w === 8 ? binary.readBigUInt64LE(at) : BigInt(binary.readUInt32LE(at)));
  const wordBytes = (v: bigint) => {
    const out = Buffer.alloc(w);
    if (w === 8) out.writeBigUInt64LE(v);
    else out.writeUInt32LE(Number(v));
    return out;
  };
  const entrySize = 4 * w + 16;
  const string = (ptr: bigint, len: bigint) => {
    const at = toOffset(exe, ptr, Number(len));
    return at === undefined ? undefined : binary.subarray(at, at + Number(len));
  };

  for (let nameAt = binary.indexOf(ANCHOR); nameAt >= 0; nameAt = binary.indexOf(ANCHOR, nameAt + 1)) {
    const nameVaddr = toVaddr(exe, nameAt);
    if (nameVaddr === undefined) continue;
    const needle = Buffer.concat([wordBytes(nameVaddr), wordBytes(BigInt(ANCHOR.length))]);
    for (let entryAt = binary.indexOf(needle); entryAt >= 0; entryAt = binary.indexOf(needle, entryAt + 1)) {
      if (entryAt % w !== 0) continue;
      // Walk back to the slice header { ptr = the first entry, len, cap } in front of the array.
      for (let k = 0; k < 100_000; k++) {
        const start = entryAt - k * entrySize;
        if (start < 3 * w) break;
        const count = word(start - 2 * w);
        if (word(start - 3 * w) !== toVaddr(exe, start) || count !== word(start - w) || count <= BigInt(k)) continue;
        return readTable(binary, start, Number(count), entrySize, word, string);
      }
    }
  }
  throw new Error(`no Go embed file table holding ${ANCHOR} found: is this SST's binary?`);
}

function readTable(
  binary: Buffer,
  start: number,
  count: number,
  entrySize: number,
  word: (at: number) => bigint,
  string: (ptr: bigint, len: bigint) => Buffer | undefined,
): EmbeddedFile[] {
  const w = (entrySize - 16) / 4;
  const files: { name: string; data: Buffer; hash: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const at = start + i * entrySize;
    const name = string(word(at), word(at + w))?.toString("utf8");
    if (name === undefined) throw new Error(`embed table entry ${i}: name outside the file`);
    if (name.endsWith("/")) continue; // a directory
    const data = string(word(at + 2 * w), word(at + 3 * w));
    if (data === undefined) throw new Error(`embed table entry ${name}: data outside the file`);
    files.push({ name, data, hash: binary.subarray(at + 4 * w, at + 4 * w + 16) });
  }
  const scheme = Object.entries(HASH_SCHEMES).find(([, hash]) => files.every((f) => hash(f.data).subarray(0, 16).equals(f.hash)));
  if (!scheme) throw new Error("the embedded files do not match their hashes under any known Go hash scheme");
  return files.map(({ name, data }) => ({ name, data }));
}

/** sha256 over the embedded files' names, sizes and bytes, in table order. */
export function fingerprint(files: EmbeddedFile[]): string {
  const hash = createHash("sha256");
  for (const f of files) hash.update(`${f.name}\0${f.data.length}\0`).update(f.data);
  return `sha256:${hash.digest("hex")}`;
}

// ---------------------------------------------------------------------------------------------
// The installed SST

const PLATFORM_PACKAGES: Record<string, string> = {
  "darwin-arm64": "sst-darwin-arm64",
  "darwin-x64": "sst-darwin-x64",
  "linux-arm64": "sst-linux-arm64",
  "linux-x64": "sst-linux-x64",
  "linux-ia32": "sst-linux-x86",
  "win32-arm64": "sst-win32-arm64",
  "win32-x64": "sst-win32-x64",
  "win32-ia32": "sst-win32-x86",
};

const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Record<string, any>;

/** The installed `sst` and its binary for this machine (`binaryPackage` is that package's name). */
export function installedSst(root = ROOT) {
  const version = readJson(join(root, "node_modules", "sst", "package.json")).version as string;
  const binaryPackage = PLATFORM_PACKAGES[`${process.platform}-${process.arch}`];
  if (!binaryPackage) throw new Error(`SST publishes no binary for ${process.platform}-${process.arch}`);
  const dir = join(root, "node_modules", binaryPackage);
  const binaryVersion = readJson(join(dir, "package.json")).version as string;
  const binary = join(dir, "bin", process.platform === "win32" ? "sst.exe" : "sst");
  return { version, binaryPackage, binaryVersion, binary };
}

/** The Pulumi packages the embedded platform pins, of those the stacks' types need. */
export function pulumiPins(files: EmbeddedFile[]): Record<string, string> {
  const pkg = files.find((f) => f.name === "package.json");
  if (!pkg) throw new Error("the embedded platform has no package.json");
  const deps = (JSON.parse(pkg.data.toString("utf8")) as { dependencies: Record<string, string> }).dependencies;
  const pins: Record<string, string> = {};
  for (const name of ["@pulumi/pulumi", "@pulumi/aws"]) {
    if (!deps[name]) throw new Error(`the embedded platform does not depend on ${name}`);
    pins[name] = deps[name];
  }
  return pins;
}

// ---------------------------------------------------------------------------------------------
// Generating stacks/sst-platform/

/**
 * `config.d.ts` as `sst install` writes it (pkg/project/install.go, `writeTypes`) for an app whose
 * only provider is `aws`, less `import "../types.generated"` (the `Resource` types of linked
 * resources, generated per deploy; Roster's functions read their one linked secret untyped).
 */
const CONFIG_D_TS = `import "./src/global.d.ts"
import { AppInput, App, Config } from "./src/config"
import * as _aws from "@pulumi/aws";


declare global {
  // @ts-expect-error
  export import aws = _aws
  interface Providers {
    providers?: {
      "aws"?:  (_aws.ProviderArgs & { package?: string, version?: string }) | string;
    }
  }
  export const $config: (
    input: Omit<Config, "app"> & {
      app(input: AppInput): Promise<Omit<App, "providers"> & Providers> | (Omit<App, "providers"> & Providers);
    },
  ) => Config;
}
`;

const README = (source: Omit<PlatformSource, "files">) => `# SST platform declarations (generated: do not edit)

Generated by \`npx tsx scripts/sst-platform.ts\` from the platform sources embedded in SST ${source.sst}'s
binary (\`${source.binaryPackage}\`, ${source.embeddedFiles} files, ${source.fingerprint}): \`src/\` holds the
declarations TypeScript ${source.typescript} emits for them, \`config.d.ts\` the globals the SST CLI writes for an
app whose home is AWS, \`platform-package.json\` the platform's own package.json. \`config.d.ts\`
is included by \`tsconfig.json\` (it includes \`stacks/\`): \`npm run typecheck\` checks \`sst.config.ts\` and the
stacks against these declarations. Unlike the CLI's, this \`config.d.ts\` does not import \`../types.generated\`
(the types of \`Resource.<Name>\` for linked resources, written per deploy).

After upgrading \`sst\`: \`npm ci\`, set \`@pulumi/pulumi\` and \`@pulumi/aws\` to the versions \`platform-package.json\`
pins, run the script again and commit this folder; \`test/stacks/sst-platform.test.ts\` fails until then.

SST is MIT-licensed (LICENSE, from SST's repository).
`;

const SST_LICENSE = `MIT License

Copyright (c) 2024 SST

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path).split("\\").join("/")];
  });
}

/** sha256 of every file under dir except SOURCE.json, by path relative to dir. */
export function hashTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of listFiles(dir).sort()) if (path !== SOURCE_FILE) files[path] = sha256(readFileSync(join(dir, path)));
  return files;
}

async function generate() {
  const sst = installedSst();
  if (sst.version !== sst.binaryVersion) throw new Error(`sst ${sst.version} but ${sst.binaryPackage} ${sst.binaryVersion}: run npm ci`);
  const files = readEmbeddedPlatform(readFileSync(sst.binary));
  const pins = pulumiPins(files);
  const require = createRequire(join(ROOT, "package.json"));
  for (const [name, version] of Object.entries(pins)) {
    const installed = (require(`${name}/package.json`) as { version: string }).version;
    if (installed !== version) throw new Error(`SST ${sst.version} pins ${name} ${version}, ${installed} is installed`);
  }

  // The sources go in the repository (their imports of @pulumi/* resolve to its node_modules/),
  // not under node_modules/ (TypeScript emits nothing for files it finds there).
  const work = join(ROOT, ".sst-platform-work");
  rmSync(work, { recursive: true, force: true });
  try {
    await emit(work, sst, files, pins);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function emit(work: string, sst: ReturnType<typeof installedSst>, files: EmbeddedFile[], pins: Record<string, string>) {
  for (const f of files) {
    if (!f.name.startsWith("src/")) continue;
    mkdirSync(dirname(join(work, f.name)), { recursive: true });
    writeFileSync(join(work, f.name), f.data);
  }

  const ts = (await import("typescript")).default;
  const out = join(work, "out");
  const program = ts.createProgram([join(work, "src", "global.d.ts"), join(work, "src", "config.ts")], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2023.d.ts"],
    types: ["node"],
    strict: true,
    skipLibCheck: true,
    esModuleInterop: true,
    declaration: true,
    emitDeclarationOnly: true,
    rootDir: join(work, "src"),
    outDir: join(out, "src"),
  });
  const emitted = program.emit();
  const emitErrors = emitted.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  for (const d of emitErrors) console.error(ts.formatDiagnostic(d, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => work, getNewLine: () => "\n" }));
  if (emitErrors.length > 0) throw new Error(`${emitErrors.length} declaration emit errors`);
  for (const name of ["src/global.d.ts", "src/internal.d.ts"]) {
    const f = files.find((f) => f.name === name);
    if (f) writeFileSync(join(out, name), f.data);
  }
  writeFileSync(join(out, "config.d.ts"), CONFIG_D_TS);
  writeFileSync(join(out, "platform-package.json"), files.find((f) => f.name === "package.json")!.data);
  writeFileSync(join(out, "LICENSE"), SST_LICENSE);
  const source: Omit<PlatformSource, "files"> = {
    sst: sst.version,
    binaryPackage: sst.binaryPackage,
    fingerprint: fingerprint(files),
    embeddedFiles: files.length,
    pulumi: pins,
    typescript: ts.version,
  };
  writeFileSync(join(out, "README.md"), README(source));
  const record: PlatformSource = { ...source, files: hashTree(out) };
  writeFileSync(join(out, SOURCE_FILE), `${JSON.stringify(record, null, 2)}\n`);

  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(dirname(OUT_DIR), { recursive: true });
  renameSync(out, OUT_DIR);
  console.log(`stacks/sst-platform/: SST ${sst.version}, ${Object.keys(record.files).length} files, ${record.fingerprint}`);
}

/** Why stacks/sst-platform/ is not the installed SST's, or [] when it is. */
export function check(root = ROOT): string[] {
  const problems: string[] = [];
  const sourcePath = join(root, "stacks", "sst-platform", SOURCE_FILE);
  if (!existsSync(sourcePath)) return [`${relative(root, sourcePath)} is missing: run npx tsx scripts/sst-platform.ts`];
  const source = readJson(sourcePath) as PlatformSource;
  const sst = installedSst(root);
  if (source.sst !== sst.version) problems.push(`the declarations are from SST ${source.sst}, sst ${sst.version} is installed`);
  if (sst.binaryVersion !== sst.version) problems.push(`${sst.binaryPackage} is ${sst.binaryVersion}, sst is ${sst.version}`);
  const files = readEmbeddedPlatform(readFileSync(sst.binary));
  const print = fingerprint(files);
  if (print !== source.fingerprint) problems.push(`the ${sst.binaryPackage} binary embeds other platform files (${print}) than the declarations were generated from (${source.fingerprint})`);
  const require = createRequire(join(root, "package.json"));
  for (const [name, version] of Object.entries(pulumiPins(files))) {
    const installed = (require(`${name}/package.json`) as { version: string }).version;
    if (installed !== version) problems.push(`SST ${sst.version} pins ${name} ${version}, ${installed} is installed`);
  }
  const actual = hashTree(join(root, "stacks", "sst-platform"));
  for (const [path, hash] of Object.entries(source.files)) if (actual[path] !== hash) problems.push(`stacks/sst-platform/${path} ${actual[path] ? "was edited" : "is missing"}`);
  for (const path of Object.keys(actual)) if (!(path in source.files)) problems.push(`stacks/sst-platform/${path} is not generated`);
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes("--check")) {
    const problems = check();
    for (const p of problems) console.error(p);
    process.exit(problems.length === 0 ? 0 : 1);
  } else {
    await generate();
  }
}
