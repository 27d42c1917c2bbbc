import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { type Browser, chromium } from "playwright-core";

/**
 * A headless Chromium for browser tests. A system Chromium is used when the machine has one;
 * otherwise the one that `npm ci` installs with `@sparticuz/chromium` (a Chromium shipped
 * inside the npm package, unpacked to the temp directory on first use), so `npm test` needs
 * nothing but Node and Java.
 */
export async function launchBrowser(): Promise<{ browser: Browser; source: "system" | "npm" }> {
  const system = systemChromium();
  const executablePath = system ?? (await import("@sparticuz/chromium")).default.executablePath();
  const browser = await chromium.launch({
    executablePath: await executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  return { browser, source: system ? "system" : "npm" };
}

/** `chromium` on the PATH, when it is there and runnable. */
function systemChromium(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, "chromium");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
