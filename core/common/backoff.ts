/**
 * Jittered exponential backoff for writes that lost to a concurrent writer: "full jitter", so
 * writers that collided once spread out instead of colliding again in step.
 */
export const backoffMs = (attempt: number, baseMs = 10, capMs = 500) =>
  Math.random() * Math.min(capMs, baseMs * 2 ** attempt);

export const backoff = (attempt: number, baseMs?: number, capMs?: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, backoffMs(attempt, baseMs, capMs)));
