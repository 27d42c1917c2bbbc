/**
 * `npm run diagrams`: draws the node, run and primary lease lifecycles into README.md from their
 * tables (core/nodes/lifecycle.ts, core/jobs/run-lifecycle.ts, core/primary/lease-lifecycle.ts).
 * test/docs/diagrams.test.ts fails when the README's drawings differ from the tables, so whoever
 * changes a table reruns this.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { RUN_LIFECYCLE } from "../core/jobs/run-lifecycle";
import { NODE_LIFECYCLE } from "../core/nodes/lifecycle";
import { LEASE_LIFECYCLE } from "../core/primary/lease-lifecycle";
import { withDiagrams } from "./diagrams/render";
export const README_FILE = join(dirname(fileURLToPath(import.meta.url)), "..", "README.md");
export const LIFECYCLES = { node: NODE_LIFECYCLE, run: RUN_LIFECYCLE, primary: LEASE_LIFECYCLE };

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const before = readFileSync(README_FILE, "utf8");
  const after = withDiagrams(before, LIFECYCLES);
  if (after !== before) writeFileSync(README_FILE, after);
  console.log(after === before ? "README.md: diagrams already match the tables" : "README.md: diagrams redrawn from the tables");
}
