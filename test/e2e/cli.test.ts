import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roster } from "../support/cli";
import { localRoster } from "../support/local-roster";

/** The admin commands of `roster`, as an operator types them, against a local server. */
let local: Awaited<ReturnType<typeof localRoster>>;
let env: Record<string, string>;
let url: string;

beforeAll(async () => {
  local = await localRoster();
  url = local.roster.url;
  env = { ROSTER_ADMIN_TOKEN: local.adminToken };
  const created = await local.admin("POST", "/v1/clusters", { clusterId: "ops" });
  const joined = await local.call("POST", "/v1/clusters/ops/nodes/web-1/join", created.body.joinToken, {
    instanceType: "clustered-first",
    softwareVersion: "7.1.0",
  });
  expect(joined.status).toBe(200);
});
afterAll(async () => {
  await local?.roster.stop();
});

const oneLine = (text: string) => text.trim().split("\n");

describe("roster admin commands", () => {
  it("clusters: a table, or JSON", async () => {
    const table = await roster(["clusters", "--url", url], env);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^CLUSTER\s+INITIALIZED/);
    expect(table.stdout).toMatch(/ops\s+yes\s+v1/);
    const json = await roster(["clusters", "--url", url, "--json"], env);
    expect(JSON.parse(json.stdout).map((c: { clusterId: string }) => c.clusterId)).toContain("ops");
  });

  it("nodes: state, age of the last check-in, epoch, scheduling, conformance", async () => {
    const table = await roster(["nodes", "--url", url, "--cluster", "ops"], env);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/NODE\s+STATE\s+LAST CHECK-IN\s+EPOCH\s+SCHEDULING\s+CONFORMANT/);
    expect(table.stdout).toMatch(/web-1\s+running\s+\d+s ago\s+1\s+on\s+yes/);
    const json = await roster(["nodes", "--url", url, "--cluster", "ops", "--json"], env);
    expect(JSON.parse(json.stdout)[0]).toMatchObject({ instanceId: "web-1", state: "running" });
  });

  it("jobs add, list, trigger, runs, rm", async () => {
    const added = await roster(["jobs", "add", "--url", url, "--cluster", "ops", "--id", "report", "--type", "shell", "--cron", "0 3 * * *", "--timezone", "Europe/Paris", "--payload", '{"to":"ops"}'], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain("job 'report' added; next occurrence 20");
    const listed = await roster(["jobs", "list", "--url", url, "--cluster", "ops"], env);
    expect(listed.stdout).toMatch(/report\s+shell\s+0 3 \* \* \*/);
    const triggered = await roster(["jobs", "trigger", "--url", url, "--cluster", "ops", "--id", "report"], env);
    expect(triggered.stdout).toContain("job 'report' triggered (1 queued)");
    const explained = await roster(["jobs", "explain", "--url", url, "--cluster", "ops", "--id", "report"], env);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toMatch(/^next: (due|no-eligible-node) \(20[^)]*\)\n {2}due \d+ s ago \(queued: triggered\)/m);
    expect(explained.stdout).toContain("no past occurrence yet");
    const runs = await roster(["runs", "--url", url, "--cluster", "ops", "--job", "report", "--json"], env);
    expect(runs.code).toBe(0);
    expect(JSON.parse(runs.stdout)).toEqual([]);
    const removed = await roster(["jobs", "rm", "--url", url, "--cluster", "ops", "--id", "report"], env);
    expect(removed.stdout.trim()).toBe("job 'report' deleted");
  });

  it("events: the log, oldest first", async () => {
    const events = await roster(["events", "--url", url, "--cluster", "ops"], env);
    expect(events.code).toBe(0);
    const lines = oneLine(events.stdout);
    expect(lines[0]).toContain("cluster.initialized");
    expect(lines[1]).toMatch(/node\.joined\s+web-1/);
    const json = await roster(["events", "--url", url, "--cluster", "ops", "--json"], env);
    expect(oneLine(json.stdout).map((l) => JSON.parse(l).type).slice(0, 2)).toEqual(["cluster.initialized", "node.joined"]);
  });

  it("keystore rotate", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "ks-")), "new.p12");
    writeFileSync(file, randomBytes(256));
    const rotated = await roster(["keystore", "rotate", "--url", url, "--cluster", "ops", "--file", file, "--format", "pkcs12"], env);
    expect(rotated.code).toBe(0);
    expect(rotated.stdout).toMatch(/^keystore version 2 \(sha256 [0-9a-f]{64}\)/);
  });

  it("--help on every command", async () => {
    for (const command of [[], ["agent"], ["dev"], ["clusters"], ["nodes"], ["jobs"], ["jobs", "add"], ["jobs", "explain"], ["runs"], ["events"], ["keystore", "rotate"]]) {
      const help = await roster([...command, "--help"]);
      expect(help.code, command.join(" ")).toBe(0);
      expect(help.stdout).toContain("Usage: roster");
    }
  }, 60_000);
});

describe("bad input: a one-line message, a non-zero exit, no stack trace", () => {
  const failsWith = async (args: string[], environment: Record<string, string>, message: RegExp) => {
    const result = await roster(args, environment);
    expect(result.code).not.toBe(0);
    expect(oneLine(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  };

  it("a missing admin token", () => failsWith(["clusters", "--url", url], { ROSTER_ADMIN_TOKEN: "" }, /^roster: set ROSTER_ADMIN_TOKEN/));
  it("a wrong admin token", () => failsWith(["clusters", "--url", url], { ROSTER_ADMIN_TOKEN: "nope" }, /^roster: .*\(unauthorized\)/));
  it("an unknown cluster", () => failsWith(["nodes", "--url", url, "--cluster", "ghost"], env, /^roster: cluster 'ghost' does not exist \(cluster_not_found\)/));
  it("a bad cron", () =>
    failsWith(["jobs", "add", "--url", url, "--cluster", "ops", "--id", "x", "--type", "t", "--cron", "99 * * * *"], env, /^roster: invalid body: body\.schedule.*invalid cron expression/));
  it("two schedules at once", () =>
    failsWith(["jobs", "add", "--url", url, "--cluster", "ops", "--id", "x", "--type", "t", "--cron", "* * * * *", "--rate", "1000"], env, /exactly one of --cron, --rate, --at/));
  it("an agent without a join token", () => failsWith(["agent", "--url", url, "--cluster", "ops"], { ROSTER_JOIN_TOKEN: "" }, /--join-token or set ROSTER_JOIN_TOKEN/));
  it("a malformed --run", () => failsWith(["agent", "--url", url, "--cluster", "ops", "--join-token", "x", "--run", "nocommand"], {}, /--run takes TYPE=COMMAND/));
  it("an unknown command", () => failsWith(["frobnicate"], {}, /unknown command/));
});
