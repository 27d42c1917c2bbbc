#!/usr/bin/env node
// The `roster` command. Two ways to run, one command:
//
// - The bundle (dist/roster/roster.mjs, made by `npm run build`): plain node, no compiler, no
//   dev tooling. What a node should run, and what the systemd unit runs directly.
// - The TypeScript sources through tsx, in a development checkout: a fresh clone works after
//   `npm ci` with no build step, and an edit to the sources shows at the next run.
//
// The bundle is used when it exists and none of the files it was built from (listed beside it
// in inputs.json: the sources, package.json, package-lock.json) is newer than it; otherwise the
// sources are (an edit after a build never runs stale code, silently or not). A package without
// the sources has nothing to be newer, so it always runs the bundle. `roster dev` (the local
// server: DynamoDB Local from node_modules, Java) always runs from the sources: it is dev tooling.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "roster", "roster.mjs");

function bundleIsCurrent() {
  if (!existsSync(bundle)) return false;
  try {
    const built = statSync(bundle).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(join(root, "dist", "roster", "inputs.json"), "utf8"));
    return inputs.every((path) => {
      const source = join(root, path);
      return !existsSync(source) || statSync(source).mtimeMs <= built;
    });
  } catch {
    return false; // no list of inputs (or an unreadable one): the sources decide
  }
}

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
if (process.argv[2] !== "dev" && bundleIsCurrent()) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../agent/cli.ts");
}
