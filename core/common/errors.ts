/**
 * The one error type of Roster. Its `code` is stable and part of the HTTP contract;
 * the HTTP layer maps it to `{"error": {"code", "message", "details"?}}` with `status`.
 */
export class RosterError extends Error {
  override readonly name = "RosterError";

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const invalidRequest = (message: string, details?: unknown) =>
  new RosterError(400, "invalid_request", message, details);

export const unauthorized = (message = "missing or invalid token") =>
  new RosterError(401, "unauthorized", message);

export const forbidden = (message = "this token may not use this route") =>
  new RosterError(403, "forbidden", message);

export const notFound = (code: string, message: string) => new RosterError(404, code, message);

export const conflict = (code: string, message: string) => new RosterError(409, code, message);
