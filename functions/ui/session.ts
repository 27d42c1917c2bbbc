import type { Context } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import { createHash } from "node:crypto";

export const SESSION_COOKIE = "roster_session";
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/**
 * The dashboard's session: a cookie holding its expiry, signed (HMAC-SHA256) with a key derived
 * from the admin token's hash, so rotating the admin token signs everyone out. HttpOnly,
 * SameSite=Strict, and Secure whenever the page is served over HTTPS.
 */
export const sessionKey = (adminTokenHash: string) => createHash("sha256").update(`roster-ui-session:${adminTokenHash}`).digest("hex");

const secure = (c: Context) =>
  new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";

export async function startSession(c: Context, key: string, now: number) {
  const expires = now + SESSION_TTL_MS;
  await setSignedCookie(c, SESSION_COOKIE, String(expires), key, {
    httpOnly: true,
    sameSite: "Strict",
    secure: secure(c),
    path: "/ui",
    maxAge: SESSION_TTL_MS / 1000,
  });
}

/** Signed in: a cookie whose signature holds and whose expiry is still ahead. */
export async function hasSession(c: Context, key: string, now: number): Promise<boolean> {
  const value = await getSignedCookie(c, key, SESSION_COOKIE);
  if (!value) return false; // missing, tampered, or signed with another key
  const expires = Number(value);
  return Number.isFinite(expires) && expires > now;
}

export const endSession = (c: Context) => deleteCookie(c, SESSION_COOKIE, { path: "/ui", secure: secure(c) });
