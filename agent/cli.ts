import { Command, CommanderError, Option } from "commander";
import { readFile } from "node:fs/promises";

import { type Agent, startAgent } from "./agent";
import { ApiError, rosterClient } from "./client";
import { followEvents } from "./follow-events";
import { resolveNodeId } from "./node-id";
import { commandHandler, killCommands, parseRun } from "./run-command";
import { printTable } from "./table";

/** A failure the user can act on: printed as one line, exit code 1. */
class CliError extends Error {}

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
  .action(async (options) => {
    const joinToken = options.joinToken ?? process.env.ROSTER_JOIN_TOKEN;
    if (!joinToken) throw new CliError("give --join-token or set ROSTER_JOIN_TOKEN");
    const handlers = Object.fromEntries(
      (options.run as string[]).map((spec) => {
        const [type, command] = parseRun(spec);
        return [type, commandHandler(command)];
      }),
    );
    const nodeId = await resolveNodeId({ nodeId: options.nodeId, source: options.nodeIdSource, stateFile: options.stateFile });
    const keystore = options.keystoreIn
      ? { format: options.keystoreFormat, data: (await readFile(options.keystoreIn)).toString("base64") }
      : undefined;
    // Signals are taken from the start: one that comes while the node joins is acted on once it has.
    let agent: Agent | undefined;
    let signalled = 0;
    let stopping: Promise<void> | undefined;
    const stop = () => {
      if (!agent) return void (++signalled > 1 && process.exit(1)); // a second one: no waiting for the join
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
      ...(keystore ? { keystore } : {}),
      ...(options.keystoreOut ? { keystoreOut: options.keystoreOut } : {}),
      handlers,
      capacity: options.capacity,
      log: (message, fields) => console.error(`[roster-agent ${nodeId}] ${message}${fields ? ` ${JSON.stringify(fields)}` : ""}`),
    });
    if (signalled > 0) stop();
    const outcome = await agent.done; // every job has been aborted by then, whatever the outcome
    await stopping; // the node has left
    await killCommands(); // what the commands started goes with them
    if (outcome === "superseded") throw new CliError("another incarnation of this node joined: stopped");
    if (outcome === "failed") throw new CliError("the agent could not go on (see the log above)");
    process.exit(0);
  });

withUrl(program.command("clusters"))
  .description("list clusters")
  .option("--json", "print JSON")
  .action(async (options) => {
    const { results } = await admin(options).clusters();
    if (options.json) return out(results);
    printTable(["CLUSTER", "INITIALIZED", "KEYSTORE", "TIMEOUT", "INTERVAL"], results.map((c) => [
      c.clusterId,
      c.initialized ? "yes" : "no",
      c.keystore ? `v${c.keystore.version}` : "-",
      `${c.settings.instanceTimeoutMs}ms`,
      `${c.settings.instanceCheckInIntervalMs}ms`,
    ]));
  });

withUrl(program.command("nodes"))
  .description("a cluster's nodes: state, last check-in, epoch, scheduling, conformance")
  .requiredOption("--cluster <id>", "the cluster")
  .option("--json", "print JSON")
  .action(async (options) => {
    const { results } = await admin(options).nodes(options.cluster);
    if (options.json) return out(results);
    printTable(["NODE", "STATE", "LAST CHECK-IN", "EPOCH", "SCHEDULING", "CONFORMANT"], results.map((n) => [
      n.instanceId,
      n.state,
      `${ago(n.lastCheckIn)} ago`,
      String(n.epoch),
      n.schedulingEnabled ? "on" : "off",
      n.conformant ? "yes" : `no: ${n.nonconformantReasons.join("; ")}`,
    ]));
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
  .option("--json", "print JSON")
  .action(async (options) => {
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
    });
    if (options.json) return out(job);
    console.log(`job '${job.jobId}' added; next occurrence ${job.nextFireAt ?? "none"}`);
  });

withUrl(jobs.command("list"))
  .description("list jobs")
  .requiredOption("--cluster <id>", "the cluster")
  .option("--json", "print JSON")
  .action(async (options) => {
    const { results } = await admin(options).jobs(options.cluster);
    if (options.json) return out(results);
    printTable(["JOB", "TYPE", "SCHEDULE", "NEXT", "CURRENT RUN", "LAST"], results.map((j) => [
      j.jobId,
      j.type,
      "cron" in j.schedule ? j.schedule.cron : "rateMs" in j.schedule ? `every ${j.schedule.rateMs}ms` : `at ${j.schedule.at}`,
      j.nextFireAt ?? "-",
      j.currentRun ? `${j.currentRun.state} on ${j.currentRun.nodeId}` : "-",
      j.lastRun?.outcome ?? "-",
    ]));
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
  process.exit(1);
});


