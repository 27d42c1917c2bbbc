import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { localRoster } from "../support/local-roster";

/**
 * The dashboard in a real browser: headless Chromium (the system's, or the one `npm ci`
 * installs), driven by playwright-core, against a local server in real time.
 */
let local: Awaited<ReturnType<typeof localRoster>>;
let browser: Browser;
const nodes: { id: string; token: string; alive: boolean }[] = [];
let loops: Promise<void>[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  local = await localRoster();
  const created = await local.admin("POST", "/v1/clusters", {
    clusterId: "shop",
    settings: {
      instanceTimeoutMs: 2000,
      instanceRecoveryTimeoutMs: 60_000,
      instanceCheckInIntervalMs: 1000,
      primaryMode: "any",
      intraClusterUrlPattern: "https://$host:8443/shop",
    },
  });
  for (const [i, id] of ["web-1", "web-2", "web-3"].entries()) {
    const joined = await local.call("POST", `/v1/clusters/shop/nodes/${id}/join`, created.body.joinToken, {
      instanceType: i === 0 ? "clustered-first" : "clustered-additional",
      softwareVersion: "1.0.0",
      endpoint: { host: `${id}.internal` },
    });
    nodes.push({ id, token: joined.body.nodeToken, alive: true });
  }
  await local.admin("POST", "/v1/clusters/shop/jobs", { jobId: "nightly-report", type: "report", schedule: { cron: "0 2 * * *" } });
  loops = nodes.map(async (node) => {
    while (node.alive) {
      await local.call("POST", `/v1/clusters/shop/nodes/${node.id}/check-in`, node.token, { epoch: 1, sentAt: new Date().toISOString() });
      await sleep(300);
    }
  });
  ({ browser } = await launchBrowser());
}, 60_000);

afterAll(async () => {
  for (const node of nodes) node.alive = false;
  await Promise.all(loops);
  await browser?.close();
  await local?.roster.stop();
});

describe("the dashboard", () => {
  it("signs in, shows the nodes live, and switches scheduling off", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("dialog", (dialog) => void dialog.accept());
    await page.goto(`${local.roster.url}/ui/clusters/shop`);
    expect(new URL(page.url()).pathname).toBe("/ui/sign-in"); // no session: no cluster data
    expect(await page.content()).not.toContain("web-1");

    await page.fill("#token", "wrong-token");
    await page.click("button[type=submit]");
    expect(await page.textContent("[role=alert]")).toContain("That is not the admin token.");

    await page.fill("#token", local.adminToken);
    await page.click("button[type=submit]");
    await page.waitForURL(`${local.roster.url}/ui`);
    await page.click("text=shop");
    await page.waitForSelector('tr[data-node="web-3"]');
    expect(await page.locator('td[data-state="running"]').count()).toBe(3);
    // The primary (whoever checked in first) and every node's URL, as the pattern builds it.
    const { primary } = (await local.admin("GET", "/v1/clusters/shop")).body;
    await page.waitForSelector(`tr[data-node="${primary.nodeId}"] >> text=primary`);
    expect(await page.textContent('tr[data-node="web-2"]')).toContain("https://web-2.internal:8443/shop");

    // The page refreshes itself: a marker set now survives, so there was no reload.
    await page.evaluate("window.marker = 42");
    nodes[2]!.alive = false; // web-3 stops checking in
    await page.waitForSelector('tr[data-node="web-3"] td[data-state="recovering"]', { timeout: 15_000 });
    expect(await page.evaluate("window.marker")).toBe(42);

    await page.click('tr[data-node="web-1"] button:has-text("Scheduling off")');
    await page.waitForSelector('tr[data-node="web-1"] button:has-text("Scheduling on")');
    const web1 = await local.admin("GET", "/v1/clusters/shop/nodes/web-1");
    expect(web1.body.schedulingEnabled).toBe(false);

    await page.waitForTimeout(2500); // one more refresh, for a settled picture
    mkdirSync("test-output", { recursive: true });
    await page.screenshot({ path: "test-output/dashboard.png", fullPage: true });

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.context().addCookies(await page.context().cookies());
    await phone.goto(`${local.roster.url}/ui/clusters/shop`);
    await phone.waitForSelector('tr[data-node="web-1"]');
    const overflow = (await phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")) as number;
    expect(overflow).toBeLessThanOrEqual(0); // readable on a phone: no sideways scrolling of the page
    await phone.screenshot({ path: "test-output/dashboard-phone.png", fullPage: true });
  }, 90_000);
});
