/**
 * `npm run demo`: a local Roster, three agents running a job every 3 s, then one agent killed
 * without warning. Watch it go recovering, then offline, its work move to the others, and the
 * events. Ends by itself within two minutes and cleans up after itself.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../adapters/local-dynamodb";
import { rosterClient } from "../agent/client";
import { silentLogger } from "../functions/http/log";
import { startLocalRoster } from "../functions/local-runtime";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const time = () => new Date().toISOString().slice(11, 19);
const say = (text: string) => console.log(`${time()}  ${text}`);

const dataDir = mkdtempSync(join(tmpdir(), "roster-demo-"));
const adminToken = "demo-admin-token-0123456789abcdef";
const roster = await startLocalRoster({ port: await freePort(), dataDir, adminToken, log: silentLogger, sweepIntervalMs: 500 });
const admin = rosterClient({ url: roster.url, token: adminToken });
const agents = new Map<string, ChildProcess>();

async function cleanUp() {
  for (const agent of agents.values()) if (agent.exitCode === null) agent.kill("SIGTERM");
  await sleep(1500);
  for (const agent of agents.values()) if (agent.exitCode === null) agent.kill("SIGKILL");
  await roster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.once("SIGINT", () => void cleanUp().then(() => process.exit(130)));

try {
  say(`Roster is running at ${roster.url}`);
  const created = await admin.request<{ joinToken: string }>("POST", "/v1/clusters", {
    clusterId: "demo",
    settings: { instanceTimeoutMs: 3000, instanceRecoveryTimeoutMs: 3000, instanceCheckInIntervalMs: 1000 },
  });
  for (const [i, nodeId] of ["node-1", "node-2", "node-3"].entries()) {
    const args = ["bin/roster.mjs", "agent", "--url", roster.url, "--cluster", "demo", "--join-token", created.joinToken, "--node-id", nodeId, "--run", "report=sleep 2"];
    if (i === 0) args.push("--first");
    agents.set(nodeId, spawn(process.execPath, args, { stdio: "ignore" }));
    if (i === 0) await sleep(2500); // the first node initializes the cluster
  }
  await admin.addJob("demo", { jobId: "report", type: "report", schedule: { rateMs: 3000 }, concurrent: true });
  say("three agents joined; job 'report' runs every 3 s on whichever node claims it");

  let after: string | undefined;
  let lastStates = "";
  const started = Date.now();
  let killedAt: number | undefined;
  let node3Busy = false;
  let offlineAt: number | undefined;
  while (Date.now() - started < 100_000) {
    const nodes = (await admin.nodes("demo")).results;
    const states = nodes.map((n) => `${n.instanceId}=${n.state}`).join("  ");
    if (states !== lastStates) say(`nodes: ${states}`);
    lastStates = states;
    for (;;) {
      const page = await admin.events("demo", after, 100);
      for (const e of page.results) {
        after = e.eventId;
        if (e.type === "job.claimed") node3Busy = e.nodeId === "node-3";
        if (e.type === "job.started" || e.type === "job.completed") continue; // claims, requeues and orphans say enough
        say(`event: ${e.type.padEnd(18)} ${e.nodeId ?? ""} ${e.type.startsWith("job.") ? String(e.detail.runId ?? "").split("~")[1] ?? "" : ""}`);
      }
      if (!page.next) break;
    }
    // Kill node-3 while it holds work (or after 40 s whatever it holds).
    if (!killedAt && Date.now() - started > 10_000 && (node3Busy || Date.now() - started > 40_000)) {
      say(">>> killing node-3 with SIGKILL while it holds a run: no leave, no goodbye");
      agents.get("node-3")!.kill("SIGKILL");
      killedAt = Date.now();
    }
    if (killedAt && !offlineAt && nodes.find((n) => n.instanceId === "node-3")?.state === "offline") offlineAt = Date.now();
    if (offlineAt && Date.now() - offlineAt > 8_000) break;
    await sleep(500);
  }
  const runs = (await admin.runs("demo", "report")).results;
  const byNode = new Map<string, number>();
  for (const run of runs) byNode.set(`${run.nodeId} ${run.state}`, (byNode.get(`${run.nodeId} ${run.state}`) ?? 0) + 1);
  say(`runs of 'report': ${[...byNode].map(([k, n]) => `${k} ×${n}`).join(", ")}`);
  if (offlineAt && killedAt) say(`node-3 went offline ${((offlineAt - killedAt) / 1000).toFixed(1)} s after it was killed`);
} finally {
  await cleanUp();
  say("demo over: agents stopped, Roster stopped, temporary data removed");
}
