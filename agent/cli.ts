import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { readFile } from "node:fs/promises";

import { type Agent, startAgent } from "./agent";
import { ApiError, type ClusterView, parseEndpoint, rosterClient } from "./client";
import { explanationLines } from "./explain-text";
import { followEvents } from "./follow-events";
import { type HealthMode, serveHealth, staleAfterMs } from "./health";
import { resolveNodeId } from "./node-id";
import { peersFile } from "./peers-file";
import { commandHandler, killCommands, parseRun, runCommand } from "./run-command";
import { DEFAULT_ENV_FILE, unitFor } from "./systemd-unit";
import { printTable } from "./table";
import { runUpgrade } from "./upgrade";

/** How long a stop signal that comes while the node joins waits for the join before the agent just ends. */
const JOIN_WAIT_ON_STOP_MS = 10_000;

/** A failure the user can act on: printed as one line, exit code 1 (2 for a setup the agent cannot start with, 3 when superseded). */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** A whole number in [min, max], for commander to parse an option with (a bad one: commander's one-line error). */
const integer = (min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(`it must be a whole number from ${min} to ${max}`);
  return n;
};

const DEFAULT_URL = process.env.ROSTER_URL ?? "http://127.0.0.1:8787";

const program = new Command("roster")
  .description("Roster: a control plane for clusters of application servers")
  .version("0.1.0")
  .exitOverride();

const withUrl = (command: Command) => command.option("--url <url>", "the Roster API (env ROSTER_URL)", DEFAULT_URL);

function admin(options: { url: string }) {
  const token = process.env.ROSTER_ADMIN_TOKEN;
  if (!token) throw new CliError("set ROSTER_ADMIN_TOKEN to the admin token");
  return rosterClient({ url: options.url, token });
}

const out = (value: unknown) => console.log(JSON.stringify(value, null, 2));
const ago = (iso: string) => {
  const seconds = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
  return seconds < 120 ? `${seconds}s` : `${Math.round(seconds / 60)}m`;
};

program
  .command("dev")
  .description("run Roster on this machine, as `npm start` does (PORT, ROSTER_DATA_DIR, ROSTER_ADMIN_TOKEN)")
  .action(async () => {
    const { runLocalServer, failStartup } = await import("../functions/local");
    await runLocalServer().catch(failStartup);
  });

withUrl(program.command("agent"))
  .description("run this machine as a node of a cluster until SIGTERM or SIGINT (then it leaves)")
  .requiredOption("--cluster <id>", "the cluster to join")
  .option("--join-token <token>", "the cluster's join token (env ROSTER_JOIN_TOKEN)")
  .option("--node-id <id>", "this node's id")
  .addOption(new Option("--node-id-source <source>", "where the id comes from without --node-id").choices(["hostname", "random"]).default("hostname"))
  .option("--state-file <path>", "where a random node id is kept across restarts", ".roster-agent.json")
  .option("--first", "join as the cluster's first node (it brings the keystore)")
  .option("--keystore-in <path>", "with --first: the keystore file to upload (else Roster generates a keyring)")
  .addOption(new Option("--keystore-format <format>", "format of --keystore-in").choices(["jceks", "pkcs12", "jks", "raw"]).default("jceks"))
  .option("--keystore-out <path>", "write the cluster's keystore here (mode 0600), again on every new version")
  .option("--run <TYPE=COMMAND>", "run jobs of TYPE with a shell command (repeatable)", (spec: string, all: string[]) => [...all, spec], [] as string[])
  .option("--capacity <n>", "jobs that may run at once", (v) => Number.parseInt(v, 10), 1)
  .option("--software-version <version>", "what this node runs (its conformance)", "1.0.0")
  .option("--config-fingerprint <fingerprint>", "a fingerprint of this node's configuration")
  .option(
    "--capability <name>",
    "something this node can do (repeatable): jobs that require capabilities (requires.capabilities) go only to nodes that have them all",
    (name: string, all: string[]) => [...all, name],
    [] as string[],
  )
  .option("--node-url <url>", "how the other nodes reach this one (shown in the peers list and `roster nodes`); wins over --node-endpoint")
  .option(
    "--node-endpoint <[scheme://]host[:port][/path]>",
    "how the other nodes reach this one, in parts: the cluster's intraClusterUrlPattern makes the URL from them " +
      "(else scheme://host:port/path). An admin's urlOverride wins over both",
  )
  .option(
    "--health-port <port>",
    "serve GET /health (and HEAD) here for a load balancer: 200 while this node is running, conformant, and its last " +
      "successful check-in was sent within the interval + 10 % jitter + the request timeout (interval / 2), 503 otherwise " +
      "(not joined yet, refused, fenced, leaving); JSON {status, reason, role, term, lastCheckIn}. A port in use: exit code 2",
    integer(1, 65535),
  )
  .option("--health-host <host>", "the address the health port listens on", "0.0.0.0")
  .addOption(
    new Option(
      "--health-mode <mode>",
      "node: 200 while this node is healthy; primary: 200 only while it also holds the cluster's primary lease " +
        "(role primary in its last check-in answer, not fenced): point a failover load balancer's health check here",
    )
      .choices(["node", "primary"])
      .default("node"),
  )
  .option(
    "--on-primary <command>",
    "a shell command run when this node becomes primary (a check-in answer with role primary after it was not), " +
      "never while it may be fenced; env ROSTER_PRIMARY_TERM, ROSTER_NODE_ID, ROSTER_CLUSTER_ID. If it is still running " +
      "when the node stops being primary, it is killed with its process group (so it may also run the application in the foreground)",
  )
  .option(
    "--on-standby <command>",
    "a shell command run when this node stops being primary: an answer with role standby or another term, its fence " +
      "falling (at that moment), or the agent leaving or ending (before it tells Roster it leaves); same env, and " +
      "ROSTER_STANDBY_REASON (standby, term-changed, fenced, leaving, stopped, rejoining). Hooks run one at a time, in order. " +
      "Until it has finished (60 s at most) check-ins still claim the term, so a move hands the lease on only after it",
  )
  .option(
    "--peers-out <file>",
    "write the cluster's live nodes here, a JSON list of {nodeId, url, state, role}: atomically (a temporary file in " +
      "the same folder, renamed), and only when the list changed. Fetched after the first check-in, then every " +
      "--peers-every check-ins, and at once when a check-in's answer names another primary",
  )
  .option("--peers-every <n>", "with --peers-out: fetch the peers at least every n-th check-in (a node that joins or leaves shows within n intervals)", integer(1, 1000), 5)
  .option("--on-peers-change <command>", "with --peers-out: a shell command run after each rewrite of the file; env ROSTER_PEERS_FILE (its absolute path), ROSTER_NODE_ID, ROSTER_CLUSTER_ID")
  .option(
    "--print-systemd-unit",
    "print a systemd unit that runs this agent (the built bundle, with the other options given here) and exit: " +
      "restart on failure, SIGTERM with a stop timeout longer than the drain, a sandbox; the join token is read from --unit-env-file, never written into the unit",
  )
  .option("--unit-user <user>", "with --print-systemd-unit: the user the service runs as", "roster")
  .option("--unit-group <group>", "with --print-systemd-unit: its group (default: the user's name)")
  .option("--unit-env-file <path>", "with --print-systemd-unit: the file holding ROSTER_JOIN_TOKEN=... (root only, mode 0600)", DEFAULT_ENV_FILE)
  .action(async (options, command: Command) => {
    if (options.printSystemdUnit) {
      const { unit, warnings } = unitFor(command);
      for (const warning of warnings) console.error(`roster: ${warning}`);
      return void process.stdout.write(unit);
    }
    const joinToken = options.joinToken ?? process.env.ROSTER_JOIN_TOKEN;
    if (!joinToken) throw new CliError("give --join-token or set ROSTER_JOIN_TOKEN");
    const given = (name: string) => command.getOptionValueSource(name) !== "default" && options[name] !== undefined;
    for (const [name, flag] of [["healthHost", "--health-host"], ["healthMode", "--health-mode"]] as const) {
      if (given(name) && options.healthPort === undefined) throw new CliError(`${flag} needs --health-port`, 2);
    }
    for (const [name, flag] of [["onPeersChange", "--on-peers-change"], ["peersEvery", "--peers-every"]] as const) {
      if (given(name) && options.peersOut === undefined) throw new CliError(`${flag} needs --peers-out`, 2);
    }
    for (const [name, flag] of [["unitUser", "--unit-user"], ["unitGroup", "--unit-group"], ["unitEnvFile", "--unit-env-file"]] as const) {
      if (given(name)) throw new CliError(`${flag} needs --print-systemd-unit`, 2);
    }
    const handlers = Object.fromEntries(
      (options.run as string[]).map((spec) => {
        const [type, command] = parseRun(spec);
        return [type, commandHandler(command)];
      }),
    );
    const badCapability = (options.capability as string[]).find((name) => !/^[A-Za-z0-9_-][A-Za-z0-9._:-]{0,63}$/.test(name)); // as Roster checks it
    if (badCapability !== undefined) throw new CliError(`--capability takes 1-64 characters of [A-Za-z0-9._:-], not '${badCapability}'`, 2);
    const endpoint = options.nodeEndpoint === undefined ? undefined : parseEndpoint(options.nodeEndpoint);
    if (typeof endpoint === "string") throw new CliError(endpoint, 2);
    if (options.nodeUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(options.nodeUrl)) throw new CliError(`--node-url takes an http(s) URL, not '${options.nodeUrl}'`, 2);
    const nodeId = await resolveNodeId({ nodeId: options.nodeId, source: options.nodeIdSource, stateFile: options.stateFile });
    const keystore = options.keystoreIn
      ? { format: options.keystoreFormat, data: (await readFile(options.keystoreIn)).toString("base64") }
      : undefined;
    let agent: Agent | undefined;
    // The health port is taken before the join: a port in use stops the agent before it joins anything.
    const health =
      options.healthPort === undefined
        ? undefined
        : await serveHealth({ port: options.healthPort, host: options.healthHost, mode: options.healthMode as HealthMode, status: () => agent?.status() }).catch(
            (error: Error) => Promise.reject(new CliError(error.message, 2)),
          );
    const log = (message: string, fields?: Record<string, unknown>) => console.error(`[roster-agent ${nodeId}] ${message}${fields ? ` ${JSON.stringify(fields)}` : ""}`);
    const hookEnv = (extra: Record<string, string>) => ({ ROSTER_NODE_ID: nodeId, ROSTER_CLUSTER_ID: options.cluster as string, ...extra });
    const onPrimary = options.onPrimary as string | undefined;
    const onStandby = options.onStandby as string | undefined;
    const onPeersChange = options.onPeersChange as string | undefined;
    const peers = options.peersOut
      ? peersFile({
          path: options.peersOut,
          ...(onPeersChange ? { onChange: (path: string) => runCommand(onPeersChange, hookEnv({ ROSTER_PEERS_FILE: path })) } : {}),
          log,
        })
      : undefined;
    // Signals are taken from the start: one that comes while the node joins is acted on once it has
    // (it leaves), but a join that does not finish within JOIN_WAIT_ON_STOP_MS (Roster unreachable)
    // is given up: nothing is held yet, so the agent just ends (exit 0) and a service manager's stop
    // does not wait out its whole timeout.
    let signalled = 0;
    let stopping: Promise<void> | undefined;
    let giveUpJoin: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      if (!agent) {
        if (++signalled > 1) process.exit(1); // a second one: no waiting for the join
        giveUpJoin = setTimeout(() => {
          log("stopped before the node could join");
          void killCommands(0).then(() => process.exit(0));
        }, JOIN_WAIT_ON_STOP_MS);
        return;
      }
      // The first signal leaves gracefully; a second one does not wait (but still kills the commands).
      if (!stopping) stopping = agent.stop();
      else void killCommands(0).then(() => process.exit(1));
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
    agent = await startAgent({
      url: options.url,
      clusterId: options.cluster,
      joinToken,
      nodeId,
      first: Boolean(options.first),
      softwareVersion: options.softwareVersion,
      ...(options.configFingerprint ? { configFingerprint: options.configFingerprint } : {}),
      ...((options.capability as string[]).length ? { capabilities: options.capability as string[] } : {}),
      ...(options.nodeUrl ? { nodeUrl: options.nodeUrl } : {}),
      ...(endpoint ? { endpoint } : {}),
      ...(keystore ? { keystore } : {}),
      ...(options.keystoreOut ? { keystoreOut: options.keystoreOut } : {}),
      handlers,
      capacity: options.capacity,
      ...(onPrimary ? { onPrimary: ({ term, signal }) => runCommand(onPrimary, hookEnv({ ROSTER_PRIMARY_TERM: String(term) }), signal) } : {}),
      ...(onStandby
        ? { onStandby: ({ term, reason }) => runCommand(onStandby, hookEnv({ ROSTER_PRIMARY_TERM: String(term), ROSTER_STANDBY_REASON: reason })) }
        : {}),
      ...(peers ? { onPeers: async (list) => void (await peers.update(list)), peersEvery: options.peersEvery } : {}),
      log,
    });
    if (health) log("health port listening", { port: health.port, mode: options.healthMode, unhealthyAfterMs: staleAfterMs(agent.status().settings) });
    const primaryMode = agent.status().settings.primaryMode ?? "none";
    if (primaryMode === "none" && (onPrimary || onStandby || options.healthMode === "primary")) {
      log("the cluster's primaryMode is none: no node is primary until an admin sets it to any or preferred");
    }
    clearTimeout(giveUpJoin);
    if (signalled > 0) stop();
    const outcome = await agent.done; // every job has been aborted by then, whatever the outcome
    await stopping; // the node has left
    await health?.close();
    await killCommands(); // what the commands started goes with them
    // Exit code 3: a restart would only replace the other incarnation in turn (two machines with one node id).
    if (outcome === "superseded") throw new CliError("another incarnation of this node joined: stopped", 3);
    if (outcome === "failed") throw new CliError("the agent could not go on (see the log above)");
    process.exit(0);
  });

withUrl(program.command("clusters"))
  .description("list clusters")
  .option("--json", "print JSON")
  .action(async (options) => {
    const { results } = await admin(options).clusters();
    if (options.json) return out(results);
    printTable(["CLUSTER", "INITIALIZED", "KEYSTORE", "TIMEOUT", "INTERVAL", "PRIMARY"], results.map((c) => [
      c.clusterId,
      c.initialized ? "yes" : "no",
      c.keystore ? `v${c.keystore.version}` : "-",
      `${c.settings.instanceTimeoutMs}ms`,
      `${c.settings.instanceCheckInIntervalMs}ms`,
      primaryCell(c),
    ]));
  });

withUrl(program.command("nodes"))
  .description("a cluster's nodes: state, last check-in, epoch, scheduling, conformance, role (primary or standby), URL")
  .requiredOption("--cluster <id>", "the cluster")
  .option("--json", "print JSON")
  .action(async (options) => {
    const { results } = await admin(options).nodes(options.cluster);
    if (options.json) return out(results);
    printTable(["NODE", "STATE", "LAST CHECK-IN", "EPOCH", "SCHEDULING", "CONFORMANT", "ROLE", "URL"], results.map((n) => [
      n.instanceId,
      n.state,
      `${ago(n.lastCheckIn)} ago`,
      String(n.epoch),
      n.schedulingEnabled ? "on" : "off",
      n.conformant ? "yes" : `no: ${n.nonconformantReasons.join("; ")}`,
      n.role ?? "-",
      n.url ?? "-",
    ]));
  });

/** A cluster's primary, as a table cell: the holder and its term, a pending move, or "-". */
function primaryCell({ primary, handoverTo }: ClusterView) {
  const held = primary ? `${primary.nodeId} (term ${primary.term})` : "-";
  return handoverTo ? `${held} → ${handoverTo}` : held;
}

const primary = program
  .command("primary")
  .description("the cluster's primary lease (cluster settings primaryMode \"any\" or \"preferred\", and preferredPrimary)");

withUrl(primary.command("show"))
  .description("who holds the primary lease, with which term, and a move under way")
  .requiredOption("--cluster <id>", "the cluster")
  .option("--json", "print JSON")
  .action(async (options) => {
    const cluster = await admin(options).cluster(options.cluster);
    if (options.json) return out({ primary: cluster.primary ?? null, ...(cluster.handoverTo ? { handoverTo: cluster.handoverTo } : {}) });
    const mode = cluster.settings.primaryMode;
    console.log(mode === "none" ? "no primary: the cluster's primaryMode is none" : `primary: ${primaryCell(cluster)} (primaryMode ${mode})`);
  });

withUrl(primary.command("move"))
  .description(
    "move the primary lease to a node (admin): the node holding it stands down at its next check-in (its answer says " +
      "standby) and hands the lease over at the one after, so no two nodes ever act as primary at once; with no holder, " +
      "the node is made primary at once. The node learns it is primary at its own next check-in",
  )
  .argument("<nodeId>", "the node to make primary: it must be running")
  .requiredOption("--cluster <id>", "the cluster")
  .option("--json", "print JSON")
  .action(async (nodeId: string, options) => {
    const moved = await admin(options).movePrimary(options.cluster, nodeId);
    if (options.json) return out(moved);
    const { primary: lease, handoverTo } = moved;
    if (handoverTo && lease) {
      console.log(`primary moving to '${handoverTo}': '${lease.nodeId}' (term ${lease.term}) stands down at its next check-in and hands over at the one after`);
    }
    else if (lease?.nodeId === nodeId) console.log(`'${nodeId}' is primary (term ${lease.term})`);
    else console.log(`primary move to '${nodeId}' requested`);
  });

withUrl(program.command("drain"))
  .description(
    "drain a node (admin) before stopping or upgrading it: it claims nothing new, the claims it has not started go back " +
      "to the queue at once, the runs it started may finish. With --wait, returns once nothing of it runs (drained)",
  )
  .argument("<nodeId>", "the node to drain: running or recovering")
  .requiredOption("--cluster <id>", "the cluster")
  .option("--wait", "wait until the node is drained (exit code 1 if --timeout passes first)")
  .option("--timeout <seconds>", "how long --wait waits", integer(1, 86_400), 600)
  .option("--json", "print the node as JSON")
  .action(async (nodeId: string, options) => {
    const client = admin(options);
    let node = await client.drain(options.cluster, nodeId);
    const deadline = Date.now() + options.timeout * 1000;
    // Polled: the run a node finishes is reported by the node, not to this command.
    while (options.wait && !node.drained) {
      if (Date.now() >= deadline) throw new CliError(`'${nodeId}' is still running work after ${options.timeout}s (still draining; see roster runs)`);
      await new Promise((r) => setTimeout(r, 1000));
      node = await client.node(options.cluster, nodeId);
      if (!node.draining) throw new CliError(`'${nodeId}' is no longer draining (undrained, or a new incarnation joined)`);
    }
    if (options.json) return out(node);
    console.log(node.drained ? `'${nodeId}' is drained: nothing of it runs; safe to stop` : `'${nodeId}' is draining: its started runs may finish (roster drain ${nodeId} --cluster ${options.cluster} --wait)`);
  });

withUrl(program.command("undrain"))
  .description("undrain a node (admin): it claims jobs again")
  .argument("<nodeId>", "the node")
  .requiredOption("--cluster <id>", "the cluster")
  .option("--json", "print the node as JSON")
  .action(async (nodeId: string, options) => {
    const node = await admin(options).undrain(options.cluster, nodeId);
    if (options.json) return out(node);
    console.log(`'${nodeId}' claims jobs again`);
  });

const jobs = program.command("jobs").description("a cluster's clustered jobs");

withUrl(jobs.command("add"))
  .description("add a job with a cron, rate or one-shot schedule")
  .requiredOption("--cluster <id>", "the cluster")
  .requiredOption("--id <jobId>", "the job's id")
  .requiredOption("--type <type>", "the job's type (agents run it with --run TYPE=COMMAND)")
  .option("--cron <expression>", "a cron expression, e.g. '*/5 * * * *'")
  .option("--timezone <zone>", "an IANA time zone for --cron")
  .option("--rate <ms>", "a fixed rate in milliseconds", (v) => Number.parseInt(v, 10))
  .option("--at <iso>", "one moment, ISO-8601")
  .option("--payload <json>", "the job's payload, JSON")
  .option("--concurrent", "allow runs to overlap")
  .addOption(new Option("--misfire-policy <policy>", "what a missed occurrence does").choices(["fireAndProceed", "doNothing"]))
  .option("--requires-version <range>", "only nodes whose software version satisfies this semver range claim it, e.g. '>=2.0.0'")
  .option("--requires-capability <name>", "only nodes with this capability claim it (repeatable)", (name: string, all: string[]) => [...all, name], [] as string[])
  .option("--json", "print JSON")
  .action(async (options) => {
    const requires = {
      ...(options.requiresVersion === undefined ? {} : { softwareVersion: options.requiresVersion as string }),
      ...((options.requiresCapability as string[]).length ? { capabilities: options.requiresCapability as string[] } : {}),
    };
    const chosen = [options.cron, options.rate, options.at].filter((v) => v !== undefined);
    if (chosen.length !== 1) throw new CliError("give exactly one of --cron, --rate, --at");
    const schedule = options.cron ? { cron: options.cron, ...(options.timezone ? { timezone: options.timezone } : {}) } : options.rate ? { rateMs: options.rate } : { at: options.at };
    let payload: unknown;
    if (options.payload !== undefined) {
      try {
        payload = JSON.parse(options.payload);
      } catch {
        throw new CliError("--payload is not JSON");
      }
    }
    const job = await admin(options).addJob(options.cluster, {
      jobId: options.id,
      type: options.type,
      schedule,
      ...(payload === undefined ? {} : { payload }),
      ...(options.concurrent ? { concurrent: true } : {}),
      ...(options.misfirePolicy ? { misfirePolicy: options.misfirePolicy } : {}),
      ...(Object.keys(requires).length ? { requires } : {}),
    });
    if (options.json) return out(job);
    console.log(`job '${job.jobId}' added; next occurrence ${job.nextFireAt ?? "none"}`);
    if (job.unclaimable) console.log(`unclaimable for now: ${job.unclaimable}`);
  });

withUrl(program.command("upgrade"))
  .description(
    "roll a new software version through a cluster (admin), one step per run: allow the old and new versions together " +
      "(allowedSoftwareVersions), then name the next node to drain and restart with what to run, and once every live " +
      "node runs the new version, pin it (expectedSoftwareVersion). Run it again after each node",
  )
  .requiredOption("--cluster <id>", "the cluster")
  .requiredOption("--to <version>", "the new software version, as the nodes will report it")
  .option("--dry-run", "change no setting: print what the next step would do")
  .action(async (options) => {
    await runUpgrade(admin(options), { clusterId: options.cluster, to: options.to, dryRun: Boolean(options.dryRun) }, (line) => console.log(line));
  });

withUrl(jobs.command("list"))
  .description("list jobs")
  .requiredOption("--cluster <id>", "the cluster")
  .option("--json", "print JSON")
  .action(async (options) => {
    const { results } = await admin(options).jobs(options.cluster);
    if (options.json) return out(results);
    printTable(["JOB", "TYPE", "SCHEDULE", "NEXT", "CURRENT RUN", "LAST", "UNCLAIMABLE"], results.map((j) => [
      j.jobId,
      j.type,
      "cron" in j.schedule ? j.schedule.cron : "rateMs" in j.schedule ? `every ${j.schedule.rateMs}ms` : `at ${j.schedule.at}`,
      j.nextFireAt ?? "-",
      j.currentRun ? `${j.currentRun.state} on ${j.currentRun.nodeId}` : "-",
      j.lastRun?.outcome ?? "-",
      j.unclaimable ?? "-",
    ]));
  });

withUrl(jobs.command("explain"))
  .description("why a job did or did not run: its next occurrence (due? blocked? which nodes could claim it, and why the others would not) and its last occurrences with what happened to each")
  .requiredOption("--cluster <id>", "the cluster")
  .requiredOption("--id <jobId>", "the job")
  .option("--count <n>", "how many past occurrences (1 to 50)", (v) => Number.parseInt(v, 10), 10)
  .option("--json", "print JSON")
  .action(async (options) => {
    const explanation = await admin(options).explainJob(options.cluster, options.id, options.count);
    if (options.json) return out(explanation);
    for (const line of explanationLines(explanation)) console.log(line);
  });

withUrl(jobs.command("rm"))
  .description("delete a job")
  .requiredOption("--cluster <id>", "the cluster")
  .requiredOption("--id <jobId>", "the job")
  .action(async (options) => {
    await admin(options).removeJob(options.cluster, options.id);
    console.log(`job '${options.id}' deleted`);
  });

withUrl(jobs.command("trigger"))
  .description("queue one occurrence of a job now")
  .requiredOption("--cluster <id>", "the cluster")
  .requiredOption("--id <jobId>", "the job")
  .action(async (options) => {
    const job = await admin(options).triggerJob(options.cluster, options.id);
    console.log(`job '${job.jobId}' triggered (${job.queued} queued)`);
  });

withUrl(program.command("runs"))
  .description("a job's runs, newest first")
  .requiredOption("--cluster <id>", "the cluster")
  .requiredOption("--job <jobId>", "the job")
  .option("--json", "print JSON")
  .action(async (options) => {
    const { results } = await admin(options).runs(options.cluster, options.job);
    if (options.json) return out(results);
    printTable(["RUN", "STATE", "NODE", "FENCING", "SCHEDULED FOR", "FINISHED"], results.map((r) => [
      r.runId,
      r.state,
      r.nodeId,
      String(r.fencingToken),
      r.scheduledFor,
      r.finishedAt ?? "-",
    ]));
  });

withUrl(program.command("cancel"))
  .description(
    "cancel a run (admin): a claimed run ends cancelled at once; a started one is marked cancelling, its node kills the " +
      "command (with its process group) at its next check-in, and it ends cancelled. A finished run is refused (run_finished)",
  )
  .argument("<runId>", "the run (roster runs --cluster C --job J lists them)")
  .requiredOption("--cluster <id>", "the cluster")
  .option("--json", "print the run as JSON")
  .action(async (runId: string, options) => {
    const run = await admin(options).cancelRun(options.cluster, runId);
    if (options.json) return out(run);
    console.log(run.state === "cancelling" ? `run '${runId}' is cancelling: its node stops it at its next check-in` : `run '${runId}' is ${run.state}`);
  });

withUrl(program.command("events"))
  .description("a cluster's event log, oldest first")
  .requiredOption("--cluster <id>", "the cluster")
  .option("--follow", "keep printing new events (each poll reads the last 10 s again, for events that commit late)")
  .option("--json", "print JSON lines")
  .action(async (options) => {
    const client = admin(options);
    await followEvents(
      (after) => client.events(options.cluster, after, 500),
      (e) =>
        console.log(
          options.json
            ? JSON.stringify(e)
            : `${e.time}  ${e.type.padEnd(19)} ${e.nodeId ?? e.jobId ?? ""} ${Object.keys(e.detail).length ? JSON.stringify(e.detail) : ""}`.trimEnd(),
        ),
      { follow: Boolean(options.follow) },
    );
  });

const keystore = program.command("keystore").description("the cluster's keystore");
withUrl(keystore.command("rotate"))
  .description("upload a new keystore version; nodes see it at their next check-in")
  .requiredOption("--cluster <id>", "the cluster")
  .requiredOption("--file <path>", "the keystore file")
  .addOption(new Option("--format <format>", "its format").choices(["jceks", "pkcs12", "jks", "raw"]).default("jceks"))
  .action(async (options) => {
    let data: string;
    try {
      data = (await readFile(options.file)).toString("base64");
    } catch {
      throw new CliError(`cannot read ${options.file}`);
    }
    const rotated = await admin(options).rotateKeystore(options.cluster, options.format, data);
    console.log(`keystore version ${rotated.version} (sha256 ${rotated.fingerprint})`);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) process.exit(error.exitCode); // commander printed it
  const message =
    error instanceof ApiError ? `${error.message} (${error.code})` : error instanceof CliError ? error.message : `unexpected: ${(error as Error).message}`;
  console.error(`roster: ${message}`);
  process.exit(error instanceof CliError ? error.exitCode : 1);
});


