/** JSON over HTTP to the soak's own 127.0.0.1 server, every answer counted by status. */

export interface Answer {
  status: number; // 0: no answer (refused, reset, timed out)
  body: any;
  retryAfter: boolean;
  sentAt: number;
  receivedAt: number;
}

export interface StatusCounts {
  /** status → count; "0" is a network error or timeout. */
  byStatus: Record<string, number>;
  /** 5xx answers outside the server's restart windows (each listed). */
  fiveXx: { at: number; status: number; path: string; code?: string }[];
  /** 503 with Retry-After and network errors inside a restart window: expected, counted apart. */
  duringRestart: number;
  /** 503 with Retry-After outside restart windows: the answer to an injected store fault. */
  unavailable: number;
}

export const newCounts = (): StatusCounts => ({ byStatus: {}, fiveXx: [], duringRestart: 0, unavailable: 0 });

export async function call(
  url: string,
  method: string,
  path: string,
  token: string,
  body: unknown,
  timeoutMs: number,
  counts: StatusCounts,
  restarting: () => boolean,
): Promise<Answer> {
  const sentAt = Date.now();
  let status = 0;
  let parsed: any;
  let retryAfter = false;
  try {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    status = res.status;
    retryAfter = res.headers.has("retry-after");
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
  } catch {
    status = 0;
  }
  const receivedAt = Date.now();
  counts.byStatus[status] = (counts.byStatus[status] ?? 0) + 1;
  const inRestart = restarting();
  if (inRestart && (status === 0 || (status === 503 && retryAfter))) counts.duringRestart++;
  // A store fault is answered 503 with Retry-After: the designed answer, counted apart.
  else if (status === 503 && retryAfter) counts.unavailable++;
  else if (status >= 500) counts.fiveXx.push({ at: sentAt, status, path: path.replace(/\?.*/, ""), code: parsed?.error?.code });
  return { status, body: parsed, retryAfter, sentAt, receivedAt };
}
