import type { Command } from "commander";
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { requestTimeoutMs } from "../core/clusters/fence";
import { PRIMARY_SETTLE_MS } from "./primary";

/**
 * `roster agent --print-systemd-unit`: the agent as a system service, with the options it was
 * given. The unit runs the bundle (dist/roster/roster.mjs) with plain node, never tsx; it keeps
 * secrets out of itself (a unit file is world-readable, and `systemctl show` prints it to anyone):
 * the join token comes from an EnvironmentFile only root reads, the node token lives in the
 * agent's memory only, and what the agent writes (the keystore, mode 0600; its state file) is in
 * folders of the service user, mode 0700, under UMask=0077.
 * packaging/systemd/roster-agent.service is this unit for the README's example node.
 */

/** The grace `Agent.stop()` gives running jobs when called without one, as the CLI does on SIGTERM (agent/agent.ts). */
export const AGENT_STOP_GRACE_MS = 5000;
/** How long a killed command has before SIGKILL (agent/run-command.ts, KILL_AFTER_MS). */
export const COMMAND_KILL_AFTER_MS = 3000;
/** The leave's attempts (agent/agent.ts: the node client's `retrying`, 4) and their backoffs (agent/client.ts: 250 ms doubling). */
export const LEAVE_ATTEMPTS = 4;
const LEAVE_BACKOFF_MS = [250, 500, 1000];
/** Kept in hand on top of the agent's own bounds: a loaded machine, a slow exit of node itself. */
export const STOP_MARGIN_MS = 15_000;

/**
 * The longest the agent takes from SIGTERM to its exit, by its own bounds, when it is given
 * `graceMs` for its running jobs (the drain): the grace; a check-in in flight when it ends (one
 * request timeout, 10 s at most); onStandby settling (PRIMARY_SETTLE_MS); the leave, retried
 * (every attempt a request timeout, plus the backoffs); the commands' SIGTERM-to-SIGKILL.
 */
export function stopBudgetMs(graceMs: number): number {
  const request = requestTimeoutMs({ instanceCheckInIntervalMs: Number.MAX_SAFE_INTEGER }); // its cap
  const leave = LEAVE_ATTEMPTS * request + LEAVE_BACKOFF_MS.reduce((a, b) => a + b, 0);
  return graceMs + request + PRIMARY_SETTLE_MS + leave + COMMAND_KILL_AFTER_MS;
}

/** TimeoutStopSec: the stop budget plus the margin, in whole seconds rounded up to ten. */
export const stopTimeoutSec = (graceMs: number) => Math.ceil((stopBudgetMs(graceMs) + STOP_MARGIN_MS) / 10_000) * 10;

export interface UnitOptions {
  /** The node binary and the bundle, absolute. */
  node: string;
  bundle: string;
  /** The agent's arguments after `agent`, as given, with no secret among them. */
  args: string[];
  cluster: string;
  nodeId?: string;
  user: string;
  group: string;
  /** Where the join token is: ROSTER_JOIN_TOKEN=... */
  envFile: string;
  /** Folders the agent writes besides its state directory (the keystore's, the peers file's). */
  writable: string[];
  /** The grace the agent gives its running jobs on SIGTERM. */
  stopGraceMs: number;
  /** --health-port below 1024: the service needs CAP_NET_BIND_SERVICE. */
  privilegedPort?: boolean;
  /** The agent runs commands (--run, --on-primary, --on-standby, --on-peers-change): they run in the sandbox too. */
  runsCommands?: boolean;
}

/** The state directory systemd makes for the service (StateDirectory=roster), owned by its user, mode 0700. */
export const STATE_DIRECTORY = "/var/lib/roster";
export const DEFAULT_ENV_FILE = "/etc/roster/agent.env";

/**
 * One argument of ExecStart, quoted for systemd (systemd.service(5), "Command lines"): `%` is a
 * specifier and `$` a variable unless doubled; anything with a space or a quote goes in double
 * quotes with C escapes.
 */
export function quoteExecArg(arg: string): string {
  const escaped = arg.replace(/%/g, "%%").replace(/\$/g, "$$$$");
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(escaped)) return escaped;
  return `"${escaped.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\t/g, "\\t")}"`;
}

/** The unit file's text. */
export function renderUnit(o: UnitOptions): string {
  const who = o.nodeId ? `node ${o.nodeId} of cluster ${o.cluster}` : `a node of cluster ${o.cluster}`;
  // One option a line, so a long command stays readable (systemd joins the lines ending in \).
  const execStart = [[o.node, o.bundle, "agent"].map(quoteExecArg).join(" ")];
  for (const arg of o.args.map(quoteExecArg)) {
    if (arg.startsWith("--") || execStart.length === 1) execStart.push(arg);
    else execStart[execStart.length - 1] += ` ${arg}`;
  }
  const lines = [
    `# The Roster agent, ${who}: printed by \`roster agent --print-systemd-unit\`.`,
    "# Install: /etc/systemd/system/roster-agent.service, then",
    "#   systemctl daemon-reload && systemctl enable --now roster-agent",
    "[Unit]",
    `Description=Roster agent (${who})`,
    "Wants=network-online.target",
    "After=network-online.target",
    "",
    "[Service]",
    "Type=simple",
    `User=${o.user}`,
    `Group=${o.group}`,
    `ExecStart=${execStart.join(" \\\n    ")}`,
    `# The join token, as ROSTER_JOIN_TOKEN=...: root reads this file before the service drops to ${o.user};`,
    "# keep it root:root, mode 0600. The node token is never written anywhere: it lives in the agent's memory.",
    `EnvironmentFile=${o.envFile}`,
    "# The state file (a random node id) and anything relative: /var/lib/roster, the service user's, mode 0700.",
    "StateDirectory=roster",
    "StateDirectoryMode=0700",
    `WorkingDirectory=${STATE_DIRECTORY}`,
    "UMask=0077",
    "# A crash or a lost Roster restarts the agent (it joins again as a new incarnation); exit code 2 is a",
    "# setup it cannot start with (its health port in use, options that do not fit together), exit code 3",
    "# another incarnation of this node id took its place (two machines with one id would replace each",
    "# other forever): neither is retried.",
    "Restart=on-failure",
    "RestartSec=5s",
    "RestartPreventExitStatus=2 3",
    "# SIGTERM to the agent alone: it drains (its jobs get their grace), runs onStandby, leaves, and kills",
    "# its commands itself. What is left when TimeoutStopSec is over gets SIGKILL, commands included.",
    "KillSignal=SIGTERM",
    "KillMode=mixed",
    `# ${o.stopGraceMs / 1000} s of grace for the jobs + the agent's own bounds (${Math.round((stopBudgetMs(o.stopGraceMs) - o.stopGraceMs) / 1000)} s: a check-in, onStandby, the`,
    `# leave retried, the commands' kill) + ${STOP_MARGIN_MS / 1000} s, rounded up: longer than any stop the agent makes.`,
    `TimeoutStopSec=${stopTimeoutSec(o.stopGraceMs)}s`,
    "NoNewPrivileges=yes",
    "ProtectSystem=strict",
    "ProtectHome=read-only",
    "PrivateTmp=yes",
    ...(o.writable.length ? ["# Where the agent writes (the keystore, the peers file): owned by the service user, mode 0700.", ...o.writable.map((path) => `ReadWritePaths=-${path}`)] : []),
    ...(o.runsCommands
      ? ["# The commands the agent runs are in this sandbox too: add ReadWritePaths= for what they write (systemctl edit roster-agent)."]
      : []),
    ...(o.privilegedPort ? ["# --health-port below 1024.", "AmbientCapabilities=CAP_NET_BIND_SERVICE", "CapabilityBoundingSet=CAP_NET_BIND_SERVICE"] : []),
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ];
  return lines.join("\n");
}

/** The options of `roster agent` that shape the unit, not the agent: they are not passed on. */
const UNIT_ONLY = new Set(["printSystemdUnit", "unitUser", "unitGroup", "unitEnvFile"]);
/** Options that name files: made absolute (the service runs in /var/lib/roster, not where this was typed). */
const PATHS = new Set(["stateFile", "keystoreIn", "keystoreOut", "peersOut"]);

/** Where the bundle is: this file itself when it runs bundled, else dist/roster/roster.mjs of this checkout. */
export function bundlePath(moduleUrl = import.meta.url): string {
  const self = fileURLToPath(moduleUrl);
  return self.endsWith(".mjs") ? self : resolve(dirname(self), "..", "dist", "roster", "roster.mjs");
}

/**
 * The unit for `roster agent` with the options it was given (`command` is the agent command,
 * parsed), and the warnings to print beside it (on stderr: stdout is the unit alone).
 */
export function unitFor(command: Command, cwd = process.cwd()): { unit: string; warnings: string[] } {
  const options = command.opts();
  const warnings: string[] = [];
  const args: string[] = [];
  const writable = new Set<string>();
  for (const option of command.options) {
    const name = option.attributeName();
    const value = options[name];
    if (UNIT_ONLY.has(name) || value === undefined || value === false) continue;
    // Defaults stay defaults, except the URL: its default comes from ROSTER_URL here, not on the node.
    if (command.getOptionValueSource(name) === "default" && name !== "url") continue;
    if (name === "joinToken") {
      warnings.push(
        `the join token given with --join-token is not written into the unit (units are world-readable): put ROSTER_JOIN_TOKEN=<token> in ${options.unitEnvFile} (root:root, mode 0600)`,
      );
      continue;
    }
    const flag = option.long!;
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one === true) args.push(flag);
      else {
        const text = String(one);
        const path = PATHS.has(name) ? (isAbsolute(text) ? text : resolve(cwd, text)) : text;
        args.push(flag, path);
        if (name === "keystoreOut" || name === "peersOut" || (name === "stateFile" && !path.startsWith(`${STATE_DIRECTORY}/`))) writable.add(dirname(path));
      }
    }
  }
  const bundle = bundlePath();
  if (!existsSync(bundle)) warnings.push(`${bundle} does not exist yet: run npm run build before starting the service`);
  if (/^\/(root|home)\//.test(bundle) || /^\/(root|home)\//.test(process.execPath)) {
    warnings.push(`the service user ${options.unitUser} must be able to read ${process.execPath} and ${bundle}: a home folder seldom lets it (install Roster under /opt)`);
  }
  const unit = renderUnit({
    node: process.execPath,
    bundle,
    args,
    cluster: options.cluster,
    ...(options.nodeId ? { nodeId: options.nodeId } : {}),
    user: options.unitUser,
    group: options.unitGroup ?? options.unitUser,
    envFile: options.unitEnvFile,
    writable: [...writable].sort(),
    stopGraceMs: AGENT_STOP_GRACE_MS,
    privilegedPort: options.healthPort !== undefined && options.healthPort < 1024,
    runsCommands: Boolean(options.run.length || options.onPrimary || options.onStandby || options.onPeersChange),
  });
  return { unit, warnings };
}

export const unitFileName = "roster-agent.service";
export const examplePath = join("packaging", "systemd", unitFileName);
