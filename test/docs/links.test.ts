import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { HTML_FILE, ROOT } from "../../scripts/docs";

/**
 * The project's documents link only into the repository: whoever clones it has every page and
 * file they point to, and nothing depends on a host or a folder beside the clone.
 *
 * A link is what a Markdown renderer makes clickable: `[x](target)`, `![x](target)`, reference
 * definitions `[x]: target`, autolinks `<https://…>`, bare `http(s)://` URLs in prose, and HTML
 * `href=` / `src=`. Code blocks and code spans are not links (the README's example
 * `https://roster.example.com` is a value to type, not a page to open), so they are skipped.
 */
const MARKDOWN = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

const FENCED_CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm;
const blank = (text: string) => text.replace(/[^\n]/g, " ");

/** The text a renderer reads for links: fenced code, HTML comments and code spans blanked, lines kept. */
export function proseOf(markdown: string): string {
  return markdown
    .replace(FENCED_CODE, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
}

export interface Link {
  line: number;
  target: string;
}

/** Every link target in a Markdown text, with its line. */
export function linksOf(markdown: string): Link[] {
  const prose = proseOf(markdown);
  const lineAt = (index: number) => prose.slice(0, index).split("\n").length;
  const patterns = [
    /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<([^>]*)>/g, // [x](<target with spaces>)
    /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*([^\s)<][^\s)]*)/g, // [x](target "title"), ![x](target)
    /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)/gm, // [x]: target
    /<([a-z][a-z0-9+.-]*:[^\s>]+)>/gi, // <https://…>
    /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi, // HTML attributes
  ];
  const links: (Link & { at: number })[] = [];
  const covered: [number, number][] = [];
  for (const pattern of patterns) {
    for (const match of prose.matchAll(pattern)) {
      const target = match.slice(1).find((group) => group !== undefined) ?? "";
      const at = match.index + match[0].lastIndexOf(target);
      covered.push([at, at + target.length]);
      links.push({ at, line: lineAt(at), target });
    }
  }
  // Bare URLs in prose, which GitHub makes links too, unless they are the target of one above.
  for (const match of prose.matchAll(/\b(?:https?|ftp):\/\/[^\s<>()[\]]+|\bwww\.[a-z0-9-]+\.[^\s<>()[\]]+/gi)) {
    if (covered.some(([from, to]) => from <= match.index && match.index < to)) continue;
    const target = match[0].replace(/[.,;:!?'"*_~]+$/, "");
    links.push({ at: match.index, line: lineAt(match.index), target });
  }
  return links.sort((a, b) => a.at - b.at).map(({ line, target }) => ({ line, target }));
}

/** GitHub's anchors for the headings of a Markdown text. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const counts = new Map<string, number>();
  for (const [, heading] of markdown.replace(FENCED_CODE, blank).matchAll(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm)) {
    const slug = heading!
      .toLowerCase()
      .replace(/<[^>]*>/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .trim()
      .replace(/\s/g, "-");
    const n = counts.get(slug) ?? 0;
    counts.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

/** Why a link from `file` points outside the repository, or undefined when it stays inside. */
export function problemWith(file: string, target: string): string | undefined {
  if (target === "") return "an empty link";
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//") || /^www\./i.test(target)) {
    return "a URL outside the repository";
  }
  const [pathAndQuery, anchor] = target.split("#", 2) as [string, string | undefined];
  const path = decodeURI(pathAndQuery.split("?")[0]!);
  const from = dirname(join(ROOT, file));
  const absolute = path === "" ? join(ROOT, file) : path.startsWith("/") ? join(ROOT, path) : resolve(from, path);
  const inRepo = relative(ROOT, absolute);
  if (inRepo === ".." || inRepo.startsWith(`..${sep}`) || resolve(ROOT, inRepo) !== absolute) {
    return `a path outside the repository (${path})`;
  }
  if (!existsSync(absolute)) return `a file that does not exist (${inRepo})`;
  if (anchor !== undefined && anchor !== "" && absolute.endsWith(".md") && statSync(absolute).isFile()) {
    if (!anchorsOf(readFileSync(absolute, "utf8")).has(decodeURIComponent(anchor).toLowerCase())) {
      return `an anchor that no heading of ${inRepo} has (#${anchor})`;
    }
  }
  return undefined;
}

describe("links in README.md and docs/*.md", () => {
  it("finds the documents", () => {
    expect(MARKDOWN).toEqual(expect.arrayContaining(["README.md", "docs/guide.md", "docs/design.md"]));
  });

  it.each(MARKDOWN)("%s links only to files of the repository", (file) => {
    const links = linksOf(readFileSync(join(ROOT, file), "utf8"));
    const broken = links.flatMap(({ line, target }) => {
      const problem = problemWith(file, target);
      return problem ? [`${file}:${line}: ${target} is ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it.each(MARKDOWN)("%s names no document outside the repository, even in code", (file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    const mentions = [...text.matchAll(/\.\.\/shared\b|\/work\/shared\b|\b(?:API|DESIGN|STYLE)\.md\b/g)].map(
      (m) => `${file}:${text.slice(0, m.index).split("\n").length}: ${m[0]}`,
    );
    expect(mentions).toEqual([]);
  });
});

describe("the link parser", () => {
  it("sees links, images, references, autolinks, bare URLs and HTML attributes, not code", () => {
    const text = [
      "See [the guide](docs/guide.md#claims) and ![a shot](docs/dashboard.png \"title\").",
      "[ref]: ../shared/API.md",
      "<https://example.org/a> and https://example.net/b in prose.",
      '<img src="https://cdn.example.com/x.png"> <a href=\'docs/design.md\'>design</a>',
      "`[not](a-link.md)` and `https://roster.example.com`",
      "```sh",
      "curl https://roster.example.com [no](link.md)",
      "```",
    ].join("\n");
    expect(linksOf(text).map((l) => `${l.line} ${l.target}`)).toEqual([
      "1 docs/guide.md#claims",
      "1 docs/dashboard.png",
      "2 ../shared/API.md",
      "3 https://example.org/a",
      "3 https://example.net/b",
      "4 https://cdn.example.com/x.png",
      "4 docs/design.md",
    ]);
  });

  it("tells what is outside the repository", () => {
    expect(problemWith("README.md", "https://example.com")).toMatch(/URL outside/);
    expect(problemWith("README.md", "mailto:someone@example.com")).toMatch(/URL outside/);
    expect(problemWith("README.md", "//cdn.example.com/x.js")).toMatch(/URL outside/);
    expect(problemWith("README.md", "../shared/API.md")).toMatch(/outside the repository/);
    expect(problemWith("docs/guide.md", "../../shared/DESIGN.md")).toMatch(/outside the repository/);
    expect(problemWith("README.md", "docs/missing.md")).toMatch(/does not exist/);
    expect(problemWith("README.md", "docs/guide.md#no-such-heading")).toMatch(/anchor/);
    expect(problemWith("README.md", "#a-walk-through-the-api-with-curl")).toBeUndefined();
    expect(problemWith("docs/guide.md", "../README.md")).toBeUndefined();
    expect(problemWith("docs/guide.md", "api.html")).toBeUndefined();
  });
});

describe("docs/api.html (generated by npm run docs)", () => {
  it("loads no script, style, font or image from another host", () => {
    const page = readFileSync(HTML_FILE, "utf8");
    const found = [
      /<script\b[^>]*\ssrc\s*=/gi, // any script not inline
      /<link\b[^>]*\shref\s*=\s*["']?(?:https?:)?\/\//gi, // stylesheets, fonts, preloads
      /<(?:img|iframe|source|video|audio|embed|object)\b[^>]*\s(?:src|data)\s*=\s*["']?(?:https?:)?\/\//gi,
      /@import\s+(?:url\(\s*)?["']?(?:https?:)?\/\//gi, // CSS imports
      /url\(\s*["']?(?:https?:)?\/\//gi, // CSS backgrounds and @font-face
      /\b(?:from|import\()\s*["'`](?:https?:)?\/\//gi, // ES module imports (Redoc from its CDN)
      /cdn\.redoc\.ly|fonts\.googleapis\.com|fonts\.gstatic\.com/gi, // Redoc's logo, web fonts
    ].flatMap((pattern) => [...page.matchAll(pattern)].map((m) => page.slice(m.index, m.index + 120)));
    expect(found, "docs/api.html reaches another host: run npm run docs, or see withoutRemoteLogo in scripts/docs.ts").toEqual([]);
  });
});
