import { isDevelopment, isProduction } from "./stage";

/**
 * How long the functions' CloudWatch logs are kept: production stages three months, `dev`
 * stages a week, others a month. SST creates each function's log group (`/aws/lambda/<name>`)
 * with this retention; without it, SST's default is a month.
 */
export const logRetention = (stage: string): "3 months" | "1 week" | "1 month" =>
  isProduction(stage) ? "3 months" : isDevelopment(stage) ? "1 week" : "1 month";

export const logging = (stage: string) => ({ retention: logRetention(stage) });

/**
 * The sweeper's schedule, and its timeout strictly below the period: a scheduled sweep ends
 * (or is ended) before the next one starts, so slow sweeps cannot pile up into concurrent
 * executions. A sweep a check-in asks for may still run beside a scheduled one; that is safe
 * (core/detection/sweep-turn.ts): one sweeper at a time holds a cluster's turn, the turn
 * expires by itself, every write is conditioned on what the sweep read, and the outbox has one
 * drainer at a time (core/events/publish.ts). A sweep ended by the timeout leaves nothing half
 * done that the next one does not finish.
 */
export const SWEEP_SCHEDULE = "rate(1 minute)";
export const SWEEP_PERIOD_SECONDS = 60;
export const SWEEPER_TIMEOUT_SECONDS = 50;
export const SWEEPER_TIMEOUT = `${SWEEPER_TIMEOUT_SECONDS} seconds` as const;
