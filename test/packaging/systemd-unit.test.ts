import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import {
  AGENT_STOP_GRACE_MS,
  COMMAND_KILL_AFTER_MS,
  LEAVE_ATTEMPTS,
  examplePath,
  quoteExecArg,
  renderUnit,
  stopBudgetMs,
  stopTimeoutSec,
  unitFileName,
} from "../../agent/systemd-unit";
import { roster } from "../support/cli";

/**
 * `roster agent --print-systemd-unit` (issue 18): the agent as a service, with its options filled
 * in and no secret in the unit; packaging/systemd/roster-agent.service agrees with it; and
 * systemd itself accepts both (`systemd-analyze verify`, where the machine has it).
 */
const ROOT = join(import.meta.dirname, "..", "..");
const SECRET = "join-secret-0123456789abcdefghijklmnop";

/** A unit's directives, in order, as [key, value] (continuation lines joined, comments dropped). */
function directives(unit: string): [string, string][] {
  return unit
    .replace(/\\\n/g, " ")
    .split("\n")
    .filter((line) => /^[A-Za-z]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1).replace(/\s+/g, " ")]);
}
const directive = (unit: string, key: string) => directives(unit).filter(([k]) => k === key).map(([, v]) => v);
const seconds = (value: string) => Number(/^(\d+)s$/.exec(value)![1]);

const printed = (args: string[], env: Record<string, string | undefined> = {}) =>
  roster(["agent", "--print-systemd-unit", "--url", "https://roster.example.com", "--cluster", "prod", ...args], env);

describe("roster agent --print-systemd-unit", () => {
  it("fills in the options given, runs the bundle with this node, and keeps the join token out (with a warning)", async () => {
    const { code, stdout, stderr } = await printed(
      ["--join-token", SECRET, "--node-id", "idm-1", "--keystore-out", "security/keystore.jceks", "--run", 'reconcile=/opt/idm/bin/reconcile.sh "$HOME"', "--capacity", "2"],
      { ROSTER_JOIN_TOKEN: SECRET },
    );
    expect(code).toBe(0);
    expect(stdout).not.toContain(SECRET);
    expect(stderr).not.toContain(SECRET);
    expect(stderr).toMatch(/the join token given with --join-token is not written into the unit.*ROSTER_JOIN_TOKEN=<token> in \/etc\/roster\/agent\.env/);
    const [exec] = directive(stdout, "ExecStart");
    expect(exec).toBe(
      // The tests run `roster` from a bundle (test/support/cli.ts): a bundle names itself.
      `${process.execPath} ${inject("rosterBundle")} agent --url https://roster.example.com --cluster prod --node-id idm-1 ` +
        `--keystore-out ${ROOT}/security/keystore.jceks --run "reconcile=/opt/idm/bin/reconcile.sh \\"$$HOME\\"" --capacity 2`,
    );
    expect(directive(stdout, "EnvironmentFile")).toEqual(["/etc/roster/agent.env"]);
    expect(directive(stdout, "ReadWritePaths")).toEqual([`-${ROOT}/security`]); // the keystore's folder, made absolute
    expect(directive(stdout, "Description")).toEqual(["Roster agent (node idm-1 of cluster prod)"]);
    expect(directive(stdout, "User")).toEqual(["roster"]);
    expect(directive(stdout, "Group")).toEqual(["roster"]);
  });

  it("restarts on failure, stops with SIGTERM to the agent alone, and waits longer than the drain and the agent's own bounds", async () => {
    const { stdout } = await printed([]);
    expect(directive(stdout, "Restart")).toEqual(["on-failure"]);
    expect(directive(stdout, "KillSignal")).toEqual(["SIGTERM"]);
    expect(directive(stdout, "KillMode")).toEqual(["mixed"]);
    const timeout = seconds(directive(stdout, "TimeoutStopSec")[0]!);
    expect(timeout).toBe(stopTimeoutSec(AGENT_STOP_GRACE_MS));
    expect(timeout * 1000).toBeGreaterThan(stopBudgetMs(AGENT_STOP_GRACE_MS));
    expect(stopBudgetMs(AGENT_STOP_GRACE_MS)).toBeGreaterThan(AGENT_STOP_GRACE_MS);
  });

  it("keeps what the agent writes to its user: UMask 0077, a state directory of mode 0700, a sandbox", async () => {
    const { stdout } = await printed(["--unit-user", "idm", "--node-id-source", "random"]);
    expect(directive(stdout, "User")).toEqual(["idm"]);
    expect(directive(stdout, "Group")).toEqual(["idm"]);
    for (const [key, value] of [
      ["UMask", "0077"],
      ["StateDirectory", "roster"],
      ["StateDirectoryMode", "0700"],
      ["WorkingDirectory", "/var/lib/roster"], // the default --state-file lands in the state directory
      ["NoNewPrivileges", "yes"],
      ["ProtectSystem", "strict"],
      ["PrivateTmp", "yes"],
    ]) expect(directive(stdout, key!), key).toEqual([value]);
    expect(directive(stdout, "ExecStart")[0]).not.toContain("--state-file");
  });

  it("takes the unit's options only with --print-systemd-unit (exit code 2 otherwise)", async () => {
    const { code, stderr } = await roster(["agent", "--cluster", "prod", "--join-token", SECRET, "--unit-user", "idm"]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe("roster: --unit-user needs --print-systemd-unit");
  });
});

describe("the stop timeout", () => {
  it("grows with the grace the jobs get: always above it by the agent's own bounds", () => {
    for (const grace of [0, 5000, 30_000, 300_000]) {
      expect(stopBudgetMs(grace) - grace).toBe(stopBudgetMs(0));
      expect(stopTimeoutSec(grace) * 1000).toBeGreaterThan(stopBudgetMs(grace));
    }
    expect(stopTimeoutSec(300_000)).toBeGreaterThan(300);
  });

  it("counts the agent's own constants (they are copied: this fails when one changes)", () => {
    const source = (path: string) => readFileSync(join(ROOT, path), "utf8");
    expect(source("agent/agent.ts")).toContain(`async stop(graceMs = ${AGENT_STOP_GRACE_MS})`);
    expect(source("agent/agent.ts")).toContain(`retrying: client(${LEAVE_ATTEMPTS})`);
    expect(source("agent/run-command.ts")).toContain(`const KILL_AFTER_MS = ${COMMAND_KILL_AFTER_MS};`);
    expect(source("agent/cli.ts")).toContain("stopping = agent.stop();"); // the CLI's SIGTERM: the default grace
  });
});

describe("ExecStart quoting", () => {
  it("leaves plain words alone and quotes the rest as systemd reads it", () => {
    expect(quoteExecArg("--capacity")).toBe("--capacity");
    expect(quoteExecArg("/opt/idm/bin/reconcile.sh")).toBe("/opt/idm/bin/reconcile.sh");
    expect(quoteExecArg("100%")).toBe("100%%"); // a specifier otherwise
    expect(quoteExecArg("a b")).toBe('"a b"');
    expect(quoteExecArg('say "hi" $USER\\n')).toBe('"say \\"hi\\" $$USER\\\\n"');
  });
});

describe(examplePath, () => {
  const example = readFileSync(join(ROOT, examplePath), "utf8");
  /** What depends on the options given: the rest is fixed, and must be the printer's. */
  const VARIABLE = new Set(["Description", "ExecStart", "ReadWritePaths"]);
  const fixed = (unit: string) => directives(unit).filter(([key]) => !VARIABLE.has(key));

  it("has the directives the printer prints, in the same order", async () => {
    const { stdout } = await printed(["--keystore-out", "/opt/idm/security/keystore.jceks", "--run", "reconcile=/opt/idm/bin/reconcile.sh"]);
    expect(fixed(example)).toEqual(fixed(stdout));
    expect(directive(example, "ExecStart")[0]).toMatch(/^\/usr\/bin\/node \/opt\/roster\/dist\/roster\/roster\.mjs agent --url \S+ --cluster prod /);
    expect(directive(example, "ReadWritePaths")).toEqual(["-/opt/idm/security"]);
  });
});

/** `systemd-analyze verify` on a unit: its complaints about the unit (it exits 0 on unknown keys and bad values, so its output is what counts). */
function verify(unit: string) {
  const folder = mkdtempSync(join(tmpdir(), "roster-unit-"));
  folders.push(folder);
  const file = join(folder, unitFileName);
  writeFileSync(file, unit);
  return new Promise<{ code: number; complaints: string[] }>((resolve) =>
    execFile("systemd-analyze", ["verify", "--man=no", file], { timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({
        code: error ? ((error as { code?: number }).code ?? 1) : 0,
        complaints: `${stdout}${stderr}`.split("\n").filter((line) => line.includes(unitFileName)),
      }),
    ),
  );
}
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const hasSystemdAnalyze = (() => {
  try {
    execFileSync("systemd-analyze", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("systemd-analyze verify", () => {
  it.skipIf(!hasSystemdAnalyze)("accepts the printed unit (skipped only where systemd-analyze is not installed)", async () => {
    const { stdout } = await printed([
      "--node-id", "idm-1", "--keystore-out", "/opt/idm/security/keystore.jceks", "--run", 'reconcile=/opt/idm/bin/reconcile.sh "$HOME" 100%',
      "--health-port", "80", "--on-primary", "/opt/idm/bin/start.sh",
    ]);
    expect(await verify(stdout)).toEqual({ code: 0, complaints: [] });
  });

  it.skipIf(!hasSystemdAnalyze)("accepts packaging/systemd/roster-agent.service (with this machine's node)", async () => {
    const example = readFileSync(join(ROOT, examplePath), "utf8").replace("ExecStart=/usr/bin/node ", `ExecStart=${process.execPath} `);
    expect(await verify(example)).toEqual({ code: 0, complaints: [] });
  });

  it.skipIf(!hasSystemdAnalyze)("would see a broken unit (the check is not blind)", async () => {
    const broken = renderUnit({
      node: "/nonexistent/node", bundle: "/opt/roster/dist/roster/roster.mjs", args: [], cluster: "prod", user: "roster", group: "roster",
      envFile: "/etc/roster/agent.env", writable: [], stopGraceMs: AGENT_STOP_GRACE_MS,
    }).replace("Restart=on-failure", "Restart=sometimes");
    const { complaints } = await verify(broken);
    expect(complaints.join("\n")).toMatch(/restart specifier/);
    expect(complaints.join("\n")).toMatch(/\/nonexistent\/node is not executable/);
  });
});
