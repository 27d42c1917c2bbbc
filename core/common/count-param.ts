import { z } from "zod";

/**
 * A `count` query parameter: a whole number from 1 to `max`, 10 when absent, with one message
 * for every way it can be wrong. `what` says what is counted, for the API reference.
 */
export function countParam(max: number, what: string) {
  const rule = `count must be a whole number from 1 to ${max}`;
  return z.coerce
    .number({ error: rule })
    .int({ error: rule })
    .min(1, { error: rule })
    .max(max, { error: rule })
    .default(10)
    .meta({ description: `${what} (1 to ${max})` });
}
