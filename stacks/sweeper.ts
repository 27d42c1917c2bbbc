import { publishTo, tableAccess } from "./permissions";

/**
 * The sweeper: run every minute by EventBridge Scheduler (the backstop when no node talks),
 * and asynchronously by check-ins that find their cluster's sweep due.
 */
export function createSweeper(table: sst.aws.Dynamo, bus: sst.aws.Bus) {
  const sweeper = new sst.aws.Function("RosterSweeper", {
    handler: "functions/sweeper.handler",
    runtime: "nodejs22.x",
    architecture: "arm64",
    memory: "256 MB",
    timeout: "60 seconds",
    nodejs: { format: "esm", minify: true },
    environment: { ROSTER_TABLE_NAME: table.name, ROSTER_BUS_NAME: bus.name },
    permissions: [tableAccess(table), publishTo(bus)],
  });
  new sst.aws.CronV2("RosterSweepSchedule", { schedule: "rate(1 minute)", function: sweeper.arn });
  return sweeper;
}
