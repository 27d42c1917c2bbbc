import type { LocalDynamo } from "../adapters/local-dynamodb";
import { inProcess } from "./http";
import { ADMIN, benchServer } from "./server";
import { round } from "./support";

const CAPACITY = 5;

/**
 * 50 clients racing for 1,000 due occurrences (100 concurrent jobs × 10), every client checking
 * in at once, round after round, with capacity 5: claims per second, double claims, failed
 * transactions per claim, write units per claim, and how evenly the claims spread. Beside it the
 * same 1,000 occurrences with no race at all (each client alone runs 5 jobs of 4 occurrences:
 * its own job type), which is what DynamoDB Local and this machine allow when no write is lost.
 */
export async function claimRace(dynamo: LocalDynamo, clients = 50) {
  const raced = await race(dynamo, clients, { jobs: 100, perJob: 10, ownTypes: false });
  const alone = await race(dynamo, clients, { jobs: clients * CAPACITY, perJob: 4, ownTypes: true });
  return {
    ...raced,
    uncontended: { claimsPerSecond: alone.claimsPerSecond, transactions: alone.transactions, failedTransactions: alone.failedTransactions, writeUnitsPerClaim: alone.writeUnitsPerClaim },
    ratioToUncontended: round(raced.claimsPerSecond / alone.claimsPerSecond, 2),
  };
}

async function race(dynamo: LocalDynamo, clients: number, spec: { jobs: number; perJob: number; ownTypes: boolean }) {
  const clock = { t: Date.parse("2026-11-23T10:00:00Z"), now() { return this.t; } };
  const server = await benchServer({ clock, dynamo });
  server.deps.sweeps = undefined;
  const call = inProcess(server.app);
  const created = await call("POST", "/v1/clusters", ADMIN, { clusterId: "race", settings: { misfireThresholdMs: 3_600_000 } });
  const tokens: string[] = [];
  for (let i = 0; i < clients; i++) {
    const joined = await call("POST", `/v1/clusters/race/nodes/c${i}/join`, created.body.joinToken, {
      instanceType: i === 0 ? "clustered-first" : "clustered-additional",
      softwareVersion: "1",
    });
    tokens.push(joined.body.nodeToken);
  }
  const typeOf = (j: number) => (spec.ownTypes ? `t${j % clients}` : "t");
  for (let j = 0; j < spec.jobs; j++) {
    await call("POST", "/v1/clusters/race/jobs", ADMIN, { jobId: `job-${j}`, type: typeOf(j), schedule: { rateMs: 1000 }, concurrent: true });
  }
  clock.t += spec.perJob * 1000 + 500;

  const occurrences = spec.jobs * spec.perJob;
  const claimed: string[] = [];
  const perClient = new Array<number>(clients).fill(0);
  let checkIns = 0;
  let errors = 0;
  server.metered.reset();
  const started = performance.now();
  let idle = 0;
  while (claimed.length < occurrences && idle < 3) {
    const before = claimed.length;
    await Promise.all(
      tokens.map(async (token, i) => {
        const body = { epoch: 1, sentAt: new Date(clock.t).toISOString(), capacity: CAPACITY, ...(spec.ownTypes ? { types: [`t${i}`] } : {}) };
        const res = await call("POST", `/v1/clusters/race/nodes/c${i}/check-in`, token, body);
        checkIns++;
        if (res.status !== 200) errors++;
        for (const c of res.body.claims ?? []) {
          claimed.push(`${c.jobId}@${c.scheduledFor}`);
          perClient[i]!++;
        }
      }),
    );
    idle = claimed.length === before ? idle + 1 : 0;
  }
  const seconds = (performance.now() - started) / 1000;
  const cost = server.metered.snapshot();
  await server.stop();
  const transactions = cost.requests.TransactWriteItems ?? 0;
  const failedTransactions = cost.failed.TransactWriteItems ?? 0;
  return {
    clients,
    occurrences,
    claimed: claimed.length,
    doubleClaims: claimed.length - new Set(claimed).size,
    errors,
    seconds: round(seconds),
    claimsPerSecond: round(claimed.length / seconds, 1),
    checkIns,
    transactions,
    failedTransactions,
    failedWritesPerClaim: round(failedTransactions / claimed.length, 2),
    /** Units of every write that committed (the check-ins' own included), per claim; a failed transaction reports none. */
    writeUnitsPerClaim: round(cost.writeUnits / claimed.length, 2),
    claimsPerClient: { min: Math.min(...perClient), max: Math.max(...perClient), gini: round(gini(perClient), 3) },
  };
}

/** The Gini coefficient of claims per client: 0 when every client claimed as many, towards 1 when one took all. */
export function gini(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const total = sorted.reduce((a, b) => a + b, 0);
  if (n === 0 || total === 0) return 0;
  const weighted = sorted.reduce((sum, v, i) => sum + (2 * (i + 1) - n - 1) * v, 0);
  return weighted / (n * total);
}
