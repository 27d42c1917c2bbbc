import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import madge from "madge";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The shape of core/ (issue 16): one folder per domain, each opening with a README that says
 * what it holds and what it may import; no import circle; no file over 300 lines. The README's
 * "May import" lines are checked against the real imports, so they cannot go stale.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const CORE = join(ROOT, "core");
const MAX_LINES = 300;

const folders = readdirSync(CORE).filter((name) => statSync(join(CORE, name)).isDirectory());
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
/** A core file's place in the layering: its folder, or the file itself at the top of core/. */
const placeOf = (file: string) => (file.includes("/") ? `${file.split("/")[0]}/` : file);

/** The `May import:` line of a folder's README: its places, in backticks. */
function mayImport(folder: string): string[] | undefined {
  const readme = join(CORE, folder, "README.md");
  if (!existsSync(readme)) return undefined;
  const line = readFileSync(readme, "utf8").split("\n").find((l) => l.startsWith("May import:"));
  return line ? [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]!) : undefined;
}

let graph: Record<string, string[]>;
let circles: string[][];
beforeAll(async () => {
  const result = await madge(CORE, { fileExtensions: ["ts"], tsConfig: join(ROOT, "tsconfig.json") });
  graph = result.obj();
  circles = result.circular();
});

describe("the layout of core/", () => {
  it("has no import circle (type-only imports count)", () => {
    expect(Object.keys(graph).length).toBeGreaterThan(30); // madge read the folder
    expect(circles).toEqual([]);
  });

  it(`has no file over ${MAX_LINES} lines`, () => {
    const long = filesUnder(CORE)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => ({ file: f.slice(ROOT.length + 1), lines: readFileSync(f, "utf8").split("\n").length - 1 }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it("opens each folder with a README: a paragraph on what it holds, and what it may import", () => {
    expect(folders.length).toBeGreaterThanOrEqual(6);
    for (const folder of folders) {
      const readme = join(CORE, folder, "README.md");
      expect(existsSync(readme), `core/${folder}/README.md`).toBe(true);
      const paragraphs = readFileSync(readme, "utf8").split(/\n\s*\n/).filter((p) => !p.startsWith("#"));
      expect(paragraphs[0]!.length, `core/${folder}/README.md opens with a paragraph`).toBeGreaterThan(80);
      expect(mayImport(folder), `core/${folder}/README.md has a "May import:" line`).toBeDefined();
    }
  });

  it("imports across folders only what each folder's README allows", () => {
    const breaches: string[] = [];
    for (const [file, imports] of Object.entries(graph)) {
      const from = placeOf(file);
      if (!from.endsWith("/")) continue; // the files at the top (ports.ts) are checked below
      const allowed = mayImport(from.slice(0, -1)) ?? [];
      for (const target of imports) {
        const to = placeOf(target);
        if (to !== from && !allowed.includes(to)) breaches.push(`${file} imports ${target}`);
      }
    }
    expect(breaches).toEqual([]);
  });

  it("keeps ports.ts below every folder: it imports only the store's and the clock's types", () => {
    expect(graph["ports.ts"]!.sort()).toEqual(["common/clock.ts", "store/table.ts"]);
    for (const base of ["common/", "store/"]) {
      const up = Object.entries(graph).filter(([f, deps]) => f.startsWith(base) && deps.some((d) => !d.startsWith("common/") && !d.startsWith("store/")));
      expect(up.map(([f]) => f), `${base} imports only common/ and store/`).toEqual([]);
    }
  });

  it("names only files that exist when README.md and docs/ point into core/", () => {
    const docs = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
    const folderReadmes = folders.map((f) => `core/${f}/README.md`);
    const missing: string[] = [];
    for (const doc of [...docs, ...folderReadmes, "core/README.md"]) {
      if (!existsSync(join(ROOT, doc))) continue;
      for (const match of readFileSync(join(ROOT, doc), "utf8").matchAll(/(?<![\w/.-])(?:test\/)?core\/[A-Za-z0-9/._-]+\.(?:ts|md)/g)) {
        if (!existsSync(join(ROOT, match[0]))) missing.push(`${doc}: ${match[0]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
