import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../adapters/local-dynamodb";
import { afterAll, beforeAll } from "vitest";
import { silentLogger } from "../../functions/http/log";
import { type LocalRoster, startLocalRoster } from "../../functions/local-runtime";

/** A whole local Roster (its own DynamoDB Local, real time) and a JSON client for it. */
export async function localRoster(options: { sweepIntervalMs?: number } = {}) {
  const adminToken = "e2e-admin-token-0123456789abcdef";
  const roster: LocalRoster = await startLocalRoster({
    port: await freePort(),
    dataDir: mkdtempSync(join(tmpdir(), "roster-e2e-")),
    adminToken,
    log: silentLogger,
    sweepIntervalMs: options.sweepIntervalMs ?? 1000,
  });
  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await fetch(`${roster.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  return { roster, adminToken, call, admin: (method: string, path: string, body?: unknown) => call(method, path, adminToken, body) };
}

export type LocalRosterHandle = Awaited<ReturnType<typeof localRoster>>;

/** A local Roster for the whole test file: started before its tests, stopped after them. */
export function useLocalRoster(): () => LocalRosterHandle {
  let local: LocalRosterHandle | undefined;
  beforeAll(async () => {
    local = await localRoster();
  });
  afterAll(async () => {
    await local?.roster.stop();
  });
  return () => local!;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
