/**
 * `npm start`: Roster on this machine. Configuration (API.md, "Running it locally"):
 * PORT (8787), ROSTER_ADMIN_TOKEN, ROSTER_DATA_DIR (.roster), ROSTER_SWEEP_INTERVAL_MS (1000).
 */
import { pathToFileURL } from "node:url";
import { StartupError } from "../adapters/local-dynamodb";
import { type LocalOptions, startLocalRoster } from "./local-runtime";

// Roster declares Node >= 20.19; the SDK's notice that it will later want Node 22 is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const port = Number(process.env.PORT ?? 8787);
const dataDir = process.env.ROSTER_DATA_DIR ?? ".roster";
const sweepIntervalMs = Number(process.env.ROSTER_SWEEP_INTERVAL_MS ?? 1000);

/** Start Roster on this machine and stay until Ctrl-C: `npm start` and `roster dev`. */
export async function runLocalServer(extra: Pick<LocalOptions, "wrapTable"> = {}) {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StartupError(`PORT must be a port number, not '${process.env.PORT}'`);
  if (!Number.isInteger(sweepIntervalMs) || sweepIntervalMs < 100) {
    throw new StartupError(`ROSTER_SWEEP_INTERVAL_MS must be a whole number of ms, at least 100, not '${process.env.ROSTER_SWEEP_INTERVAL_MS}'`);
  }
  const roster = await startLocalRoster({
    ...extra,
    port,
    dataDir,
    sweepIntervalMs,
    ...(process.env.ROSTER_ADMIN_TOKEN ? { adminToken: process.env.ROSTER_ADMIN_TOKEN } : {}),
  });
  const admin = process.env.ROSTER_ADMIN_TOKEN
    ? "$ROSTER_ADMIN_TOKEN"
    : roster.generatedAdminToken ?? "<the admin token printed on the first start>";
  console.log(`Roster is running at ${roster.url} (data in ${dataDir}/)`);
  if (roster.generatedAdminToken) {
    console.log(`\nAdmin token (shown once; set ROSTER_ADMIN_TOKEN to choose your own):\n  ${roster.generatedAdminToken}`);
  }
  if (roster.defaultCluster) {
    const join = roster.defaultCluster.joinToken;
    console.log(`\nCluster 'default' created. Its join token (shown once):\n  ${join}`);
    console.log(`\nTry it:
  curl -s ${roster.url}/health
  curl -s -H 'Authorization: Bearer ${admin}' ${roster.url}/v1/clusters/default
  curl -s -X POST -H 'Authorization: Bearer ${join}' -H 'Content-Type: application/json' \\
    -d '{"instanceType":"clustered-first","softwareVersion":"1.0.0"}' ${roster.url}/v1/clusters/default/nodes/node-1/join`);
  }
  console.log("\nCtrl-C stops it.");

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await roster.stop();
    console.log("Roster stopped.");
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/** Print a startup failure as one line and exit 1. */
export function failStartup(error: unknown): never {
  console.error(`roster: ${error instanceof StartupError ? error.message : `could not start: ${error instanceof Error ? error.message : error}`}`);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) runLocalServer().catch(failStartup);
