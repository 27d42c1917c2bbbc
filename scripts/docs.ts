/**
 * `npm run docs`: the API reference, from the app itself. Builds the app in memory, takes the
 * OpenAPI document it serves at `GET /openapi.json`, writes it to docs/openapi.json, and renders
 * docs/api.html from it with Redocly (one self-contained file: scripts and styles inlined).
 *
 * test/docs/docs.test.ts fails when docs/openapi.json differs from what the app serves, so
 * whoever changes the API reruns this.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Deps } from "../core/ports";
import type { SecretVault } from "../core/ports";
import type { Table } from "../core/store/table";
import { createApp } from "../functions/app";
import { silentLogger } from "../functions/http/log";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const OPENAPI_FILE = join(ROOT, "docs", "openapi.json");
export const HTML_FILE = join(ROOT, "docs", "api.html");

/** Ports that refuse every call: serving the OpenAPI document touches none of them. */
function refusingPort<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get: (_, method) => () => {
      throw new Error(`docs: ${name}.${String(method)} called; the OpenAPI document needs no ${name}`);
    },
  });
}

const noDeps: Deps = {
  table: refusingPort<Table>("table"),
  vault: refusingPort<SecretVault>("vault"),
  clock: { now: () => 0 },
};

/** The OpenAPI document the app serves now. */
export async function servedOpenApi(): Promise<unknown> {
  const app = createApp({ deps: noDeps, adminTokenHash: "0".repeat(64), log: silentLogger });
  const res = await app.request("/openapi.json");
  if (res.status !== 200) throw new Error(`GET /openapi.json answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/**
 * How docs/openapi.json is written: two-space JSON and a final newline. Paths keep the app's
 * order (the order routes are declared in); the maps under `components` are sorted by name,
 * since their order only says which route happened to use a schema first, and a diff of the
 * file should show what changed in the API, not that.
 */
export function serialize(document: unknown): string {
  const doc = document as { components?: Record<string, unknown> };
  const byName = (map: unknown) =>
    map && typeof map === "object" && !Array.isArray(map)
      ? Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : map;
  const components = doc.components
    ? Object.fromEntries(Object.entries(doc.components).map(([kind, map]) => [kind, byName(map)]))
    : undefined;
  return `${JSON.stringify(components ? { ...doc, components } : doc, null, 2)}\n`;
}

/**
 * Render the HTML reference. `--inlineBundle` puts Redoc's script in the page instead of a
 * `<script>` from Redocly's CDN; `REDOCLY_TELEMETRY=off` keeps the CLI from calling home and
 * switches the page's own telemetry off.
 */
export function renderHtml(openapiFile = OPENAPI_FILE, htmlFile = HTML_FILE) {
  const redocly = join(ROOT, "node_modules", ".bin", "redocly");
  const result = spawnSync(
    redocly,
    ["build-docs", openapiFile, "--output", htmlFile, "--inlineBundle", "--title", "Roster HTTP API"],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    },
  );
  if (result.status !== 0) {
    throw new Error(`redocly build-docs failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
  writeFileSync(htmlFile, withoutRemoteLogo(readFileSync(htmlFile, "utf8")));
}

/** The two images Redoc's sidebar loads from Redocly's CDN when the page opens ("API docs by …"). */
export const REMOTE_LOGOS = ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg"];

/** The word "Redocly" as an inline SVG: the attribution stays, the request goes. */
const LOCAL_LOGO = `data:image/svg+xml,${encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' width='64' height='16'><text x='0' y='12' font-family='sans-serif' font-size='12' fill='gray'>Redocly</text></svg>",
)}`;

/**
 * Redoc renders its logo with an `<img>` from cdn.redoc.ly on every page open, and no option
 * turns it off; it is the only request the page makes (test/docs/docs.test.ts opens the page in
 * Chromium to hold that). So the page gets the logo inline instead. Throws when Redocly changed
 * and the logo is no longer there to replace: look at the page again then.
 */
export function withoutRemoteLogo(html: string): string {
  const missing = REMOTE_LOGOS.filter((url) => !html.includes(url));
  if (missing.length > 0) throw new Error(`docs: Redoc no longer loads ${missing.join(", ")}: check api.html for other remote requests`);
  return REMOTE_LOGOS.reduce((page, url) => page.replaceAll(url, LOCAL_LOGO), html);
}

async function main() {
  mkdirSync(dirname(OPENAPI_FILE), { recursive: true });
  writeFileSync(OPENAPI_FILE, serialize(await servedOpenApi()));
  renderHtml();
  const kib = (file: string) => `${(statSync(file).size / 1024).toFixed(1)} KiB`;
  console.log(`docs/openapi.json  ${kib(OPENAPI_FILE)}\ndocs/api.html      ${kib(HTML_FILE)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(`docs: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
