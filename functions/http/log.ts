import { type MetricValues, emfFields } from "./metrics";

/**
 * One JSON line per entry (stderr locally, stdout on Lambda). Callers pass ids, codes and
 * timings, never a token, a request body or keystore bytes.
 *
 * An entry may carry `metrics` (with the `clusterId` they belong to, if any): on Lambda
 * (`emfLogger`) they become CloudWatch embedded metric format fields of the same line; locally
 * (`jsonLogger`) they are dropped. An entry of level `metrics` exists only for its metrics: the
 * local logger writes nothing for it.
 */
export interface LogEntry {
  level: "info" | "warn" | "error" | "metrics";
  clusterId?: string;
  metrics?: MetricValues;
  [field: string]: unknown;
}
export type Logger = (entry: LogEntry) => void;

const toStderr = (line: string) => void process.stderr.write(`${line}\n`);
const toStdout = (line: string) => void process.stdout.write(`${line}\n`);

export const jsonLogger: Logger = (entry) => {
  if (entry.level === "metrics") return;
  const { metrics: _dropped, ...fields } = entry;
  toStderr(JSON.stringify({ time: new Date().toISOString(), ...fields }));
};

/**
 * The Lambda functions' logger: the JSON line, with its metrics in embedded metric format, on
 * stdout, where AWS documents that CloudWatch Logs takes EMF from a function. Written directly,
 * not through `console`, which the Lambda runtime prefixes (text format) or wraps (JSON format).
 */
export function emfLogger(stage: string, write: (line: string) => void = toStdout): Logger {
  return (entry) => {
    const { metrics, ...fields } = entry;
    const now = Date.now();
    write(JSON.stringify({ time: new Date(now).toISOString(), ...fields, ...(metrics ? emfFields(stage, entry.clusterId, metrics, now) : {}) }));
  };
}

export const silentLogger: Logger = () => {};
