import { bundling } from "./bundling";
import { grantsFor } from "./permissions";
import { SWEEPER_TIMEOUT, SWEEP_SCHEDULE, logging } from "./ops";

/**
 * The sweeper: run every minute by EventBridge Scheduler (the backstop when no node talks),
 * and asynchronously by check-ins that find their cluster's sweep due. Its timeout is below
 * the schedule's period (stacks/ops.ts says why).
 */
export function createSweeper(table: sst.aws.Dynamo, bus: sst.aws.Bus) {
  const sweeper = new sst.aws.Function("RosterSweeper", {
    handler: "functions/sweeper.handler",
    runtime: "nodejs22.x",
    architecture: "arm64",
    memory: "256 MB",
    timeout: SWEEPER_TIMEOUT,
    nodejs: bundling,
    logging: logging($app.stage),
    environment: { ROSTER_TABLE_NAME: table.name, ROSTER_BUS_NAME: bus.name },
    permissions: grantsFor("sweeper", { table, bus }),
  });
  new sst.aws.CronV2("RosterSweepSchedule", { schedule: SWEEP_SCHEDULE, function: sweeper.arn });
  return sweeper;
}
