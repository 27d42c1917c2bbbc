import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { RosterError, invalidRequest } from "../../core/common/errors";
import { StoreUnavailable } from "../../core/store/table";
import type { Logger } from "./log";

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "invalid_request" }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error" });

const HTTP_CODES: Record<number, string> = {
  400: "invalid_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  413: "payload_too_large",
  415: "unsupported_media_type",
};

export const errorBody = (code: string, message: string, details?: unknown) => ({
  error: { code, message, ...(details === undefined ? {} : { details }) },
});

/** Seconds a client is asked to wait before it retries a `503` (`Retry-After`). */
export const RETRY_AFTER_SECONDS = 1;

/**
 * The single place where an error becomes a response. Unknown errors are a 500 that reveals
 * nothing. A store that does not answer (`StoreUnavailable`) is a `503 unavailable`; every 503
 * carries `Retry-After`.
 */
export const onError = (log: Logger) => (error: Error, c: Context) => {
  if (error instanceof StoreUnavailable) {
    log({ level: "warn", method: c.req.method, path: c.req.path, code: "unavailable", msg: error.message });
    c.header("Retry-After", String(RETRY_AFTER_SECONDS));
    return c.json(errorBody("unavailable", "the store is busy or unavailable: retry shortly"), 503);
  }
  if (error instanceof RosterError) {
    if (error.status >= 500) log({ level: "error", method: c.req.method, path: c.req.path, code: error.code, msg: error.message });
    if (error.status === 503) c.header("Retry-After", String(RETRY_AFTER_SECONDS));
    return c.json(errorBody(error.code, error.message, error.details), error.status as ContentfulStatusCode);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const code = HTTP_CODES[error.status] ?? "bad_request";
    return c.json(errorBody(code, error.message || code.replaceAll("_", " ")), error.status);
  }
  log({ level: "error", msg: "unhandled error", method: c.req.method, path: c.req.path, error: describe(error) });
  return c.json(errorBody("internal", "internal error"), 500);
};

/** Name and message only: SDK errors can carry request parameters, which we keep out of logs. */
const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

type ValidationResult = { success: true } | { success: false; error: z.ZodError; target: string };

const TARGETS: Record<string, string> = { json: "body", param: "path", query: "query" };

/** zod-openapi's hook: a failed validation is `400 invalid_request` with the offending fields. */
export const validationHook = (result: ValidationResult) => {
  if (result.success) return;
  const where = TARGETS[result.target] ?? result.target;
  const details = result.error.issues.flatMap((issue) => {
    const path = [where, ...issue.path.map(String)];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: [...path, key].join("."), message: "unknown field" }));
    }
    return [{ path: path.join("."), message: issue.message }];
  });
  throw invalidRequest(`invalid ${where}: ${details.map((d) => `${d.path}: ${d.message}`).join("; ")}`, details);
};
