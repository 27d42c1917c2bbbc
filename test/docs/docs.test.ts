import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { HTML_FILE, OPENAPI_FILE, serialize, servedOpenApi } from "../../scripts/docs";
import { launchBrowser } from "../support/browser";

/**
 * The reference in docs/ is generated (`npm run docs`) and committed. These tests fail when it
 * no longer matches the app, so the reference cannot drift from the API: whoever changes the
 * API last reruns `npm run docs`. (links.test.ts reads the page's markup for remote scripts,
 * styles and fonts; here a browser opens it.)
 */
const committedJson = () => readFileSync(OPENAPI_FILE, "utf8");
const html = () => readFileSync(HTML_FILE, "utf8");

/** Where two texts first differ, as a line number and both lines: enough to see what moved. */
function firstDifference(committed: string, served: string) {
  const a = committed.split("\n");
  const b = served.split("\n");
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `first difference at line ${at + 1}:\n  committed: ${a[at] ?? "(end of file)"}\n  served:    ${b[at] ?? "(end of file)"}`;
}

/** The OpenAPI definition Redoc renders, as embedded in the page by `redocly build-docs`. */
function embeddedDefinition(page: string): unknown {
  const match = /const __redoc_definition = (.*);\n/.exec(page);
  if (!match) throw new Error("docs/api.html holds no __redoc_definition: was it built by `npm run docs`?");
  return JSON.parse(match[1]!);
}

describe("docs/openapi.json", () => {
  it("is exactly what the app serves at GET /openapi.json (else: run npm run docs)", async () => {
    const served = serialize(await servedOpenApi());
    const committed = committedJson();
    if (committed !== served) {
      expect.fail(`docs/openapi.json differs from what the app serves now: run npm run docs\n${firstDifference(committed, served)}`);
    }
  });
});

describe("docs/api.html", () => {
  it("renders the committed docs/openapi.json (else: run npm run docs)", () => {
    expect(embeddedDefinition(html()), "docs/api.html was built from another document: run npm run docs").toEqual(
      JSON.parse(committedJson()),
    );
  });

  it("makes no request to another host when opened in a browser", { timeout: 60_000 }, async () => {
    const { browser } = await launchBrowser();
    try {
      const page = await browser.newPage();
      const outside: string[] = [];
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (/^(file|data|blob|about):/.test(url)) return route.continue();
        outside.push(url);
        return route.abort();
      });
      await page.goto(pathToFileURL(HTML_FILE).href, { waitUntil: "load" });
      // Redoc renders on load; open the node routes too, so what it fetches on demand shows up.
      await page.locator('[data-component-name="Menu/MenuItem"]', { hasText: /^node$/ }).first().click();
      await page.getByText("/check-in").first().waitFor();
      await page.waitForTimeout(500);
      expect(await page.title()).toBe("Roster HTTP API");
      expect(outside).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
