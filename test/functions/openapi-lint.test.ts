import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { harness } from "../support/harness";

/** Warnings we keep, and why: a private project has no license to declare. */
const ACCEPTED_WARNINGS = ["info-license"];

it("the served OpenAPI document passes Redocly's recommended rules", { timeout: 60_000 }, async () => {
  const h = await harness();
  const res = await h.app.request("/openapi.json");
  expect(res.status).toBe(200);
  const file = join(mkdtempSync(join(tmpdir(), "roster-openapi-")), "openapi.json");
  writeFileSync(file, await res.text());
  const lint = spawnSync("npx", ["redocly", "lint", file, "--format=json"], {
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf("{"))) as {
    problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
  };
  const shown = (severity: string) =>
    report.problems.filter((p) => p.severity === severity).map((p) => `${p.ruleId}: ${p.message} (${p.location[0]?.pointer})`);
  expect(shown("error")).toEqual([]);
  expect(report.problems.filter((p) => !ACCEPTED_WARNINGS.includes(p.ruleId)).map((p) => p.ruleId)).toEqual([]);
});
