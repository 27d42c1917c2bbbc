import type { z } from "zod";

/**
 * What a job item can hold exactly. A payload is stored as an attribute of the job and run
 * items and handed back to agents as it came, so any JSON value DynamoDB would refuse or
 * change is refused here, with the place and the reason, before it reaches the table.
 */

/** DynamoDB nests at most 32 levels; the payload attribute itself is the first. */
export const MAX_PAYLOAD_DEPTH = 31;
/** DynamoDB's smallest magnitude; lib-dynamodb refuses numbers past 2^53 as plain numbers. */
const MIN_MAGNITUDE = 1e-130;
const LONE_SURROGATE = /\p{Cs}/u;

export interface PayloadProblem {
  path: string;
  message: string;
}

/** The first reason `value` cannot be stored exactly, or undefined. */
export function payloadProblem(value: unknown, path = "payload", depth = 0): PayloadProblem | undefined {
  if (typeof value === "number") {
    const magnitude = Math.abs(value);
    if (!Number.isFinite(value) || magnitude > Number.MAX_SAFE_INTEGER) return { path, message: "numbers must lie within ±(2^53 - 1)" };
    if (magnitude !== 0 && magnitude < MIN_MAGNITUDE) return { path, message: "numbers smaller than 1e-130 cannot be stored" };
    return undefined;
  }
  if (typeof value === "string") {
    return LONE_SURROGATE.test(value) ? { path, message: "strings must be well-formed Unicode (no lone surrogates)" } : undefined;
  }
  if (value === null || typeof value !== "object") return undefined;
  if (depth >= MAX_PAYLOAD_DEPTH) return { path, message: `objects and arrays nest at most ${MAX_PAYLOAD_DEPTH} levels deep` };
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const problem = payloadProblem(item, `${path}.${i}`, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === "") return { path, message: "object keys must not be empty" };
    // DynamoDB's unmarshalling would turn this key into the object's prototype.
    if (key === "__proto__") return { path, message: "the key __proto__ is not allowed" };
    if (LONE_SURROGATE.test(key)) return { path, message: "object keys must be well-formed Unicode" };
    const problem = payloadProblem(item, `${path}.${key}`, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/** A zod check for a payload field: one issue naming where and why. */
export const storablePayload = (value: unknown, ctx: z.RefinementCtx) => {
  const problem = value === undefined ? undefined : payloadProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: `${problem.path}: ${problem.message}` });
};
