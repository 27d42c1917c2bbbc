import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../../adapters/local-dynamodb";
import { processesMentioning, runTs } from "../support/processes";

/** `npm start` as a person runs it: functions/local.ts in its own process. */
const start = (port: number, dataDir: string, env: Record<string, string> = {}) =>
  runTs("functions/local.ts", [], { PORT: String(port), ROSTER_DATA_DIR: dataDir, ROSTER_ADMIN_TOKEN: "", ...env });

const line = (text: string, after: string) => text.split("\n")[text.split("\n").findIndex((l) => l.includes(after)) + 1]!.trim();

describe("npm start", () => {
  it("serves /health, prints the tokens once, stops cleanly on Ctrl-C and finds its state again", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "roster-start-"));
    const port = await freePort();
    const first = start(port, dataDir);
    await first.waitFor("Ctrl-C stops it.");
    const url = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: "ok" });

    const adminToken = line(first.output(), "Admin token");
    const joinToken = line(first.output(), "join token");
    expect(adminToken).toMatch(/^radm_/);
    expect(joinToken).toMatch(/^rjt_/);
    expect(first.output()).toContain("curl");
    const keystore = randomBytes(1024).toString("base64");
    const joined = await fetch(`${url}/v1/clusters/default/nodes/keeper/join`, {
      method: "POST",
      headers: { authorization: `Bearer ${joinToken}`, "content-type": "application/json" },
      body: JSON.stringify({ instanceType: "clustered-first", softwareVersion: "1.0.0", keystore: { format: "jceks", data: keystore } }),
    });
    expect(joined.status).toBe(200);
    const { nodeToken } = (await joined.json()) as { nodeToken: string };

    first.child.kill("SIGINT");
    expect(await first.exited).toBe(0);
    expect(processesMentioning(dataDir)).toEqual([]);

    const second = start(port, dataDir);
    await second.waitFor("Ctrl-C stops it.");
    expect(second.output()).not.toContain(adminToken);
    expect(second.output()).not.toContain("join token");
    const nodes = await fetch(`${url}/v1/clusters/default/nodes`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(nodes.status).toBe(200);
    expect(((await nodes.json()) as { results: { instanceId: string }[] }).results.map((n: { instanceId: string }) => n.instanceId)).toEqual(["keeper"]);
    const kept = await fetch(`${url}/v1/clusters/default/keystore`, { headers: { authorization: `Bearer ${nodeToken}` } });
    expect(((await kept.json()) as { data: string }).data).toBe(keystore); // the keystore survived the restart
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 90_000); // two `npm start`s, each starting DynamoDB Local: ~12 s alone, up to ~50 s beside the other test files

  it("takes the admin token from ROSTER_ADMIN_TOKEN", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "roster-start-"));
    const port = await freePort();
    const run = start(port, dataDir, { ROSTER_ADMIN_TOKEN: "operator-chosen-secret-0123456789" });
    await run.waitFor("Ctrl-C stops it.");
    expect(run.output()).not.toContain("Admin token");
    expect(run.output()).not.toContain("operator-chosen-secret");
    const res = await fetch(`http://127.0.0.1:${port}/v1/clusters`, {
      headers: { authorization: "Bearer operator-chosen-secret-0123456789" },
    });
    expect(res.status).toBe(200);
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
  }, 60_000); // an `npm start` with DynamoDB Local: ~8 s alone, three times that on a loaded machine

  it("explains a port in use in one line, without a stack trace", async () => {
    const blocker = createServer().listen(0);
    await new Promise((r) => blocker.once("listening", r));
    const port = (blocker.address() as { port: number }).port;
    const run = start(port, mkdtempSync(join(tmpdir(), "roster-start-")));
    expect(await run.exited).toBe(1);
    blocker.close();
    expect(run.errors().trim()).toBe(`roster: port ${port} is already in use: stop what runs there or set PORT to another port`);
  });

  it("explains a missing Java in one line, without a stack trace", async () => {
    const run = start(await freePort(), mkdtempSync(join(tmpdir(), "roster-start-")), { PATH: "/nonexistent" });
    expect(await run.exited).toBe(1);
    const stderr = run.errors().split("\n").filter((l) => l.startsWith("roster:") || l.includes("    at "));
    expect(stderr).toEqual([expect.stringMatching(/^roster: Java was not found/)]);
  });
});
