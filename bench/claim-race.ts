import type { LocalDynamo } from "../adapters/local-dynamodb";
import { inProcess } from "./http";
import { ADMIN, benchServer } from "./server";
import { round } from "./support";

/** 50 clients racing for 1,000 due occurrences (100 concurrent jobs × 10): claims per second, double claims. */
export async function claimRace(dynamo: LocalDynamo, clients = 50, jobs = 100, perJob = 10) {
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
  for (let j = 0; j < jobs; j++) await call("POST", "/v1/clusters/race/jobs", ADMIN, { jobId: `job-${j}`, type: "t", schedule: { rateMs: 1000 }, concurrent: true });
  clock.t += perJob * 1000 + 500;

  const claimed: string[] = [];
  let errors = 0;
  const started = performance.now();
  let idle = 0;
  while (claimed.length < jobs * perJob && idle < 3) {
    const before = claimed.length;
    await Promise.all(
      tokens.map(async (token, i) => {
        const res = await call("POST", `/v1/clusters/race/nodes/c${i}/check-in`, token, { epoch: 1, sentAt: new Date(clock.t).toISOString(), capacity: 5 });
        if (res.status !== 200) errors++;
        for (const c of res.body.claims ?? []) claimed.push(`${c.jobId}@${c.scheduledFor}`);
      }),
    );
    idle = claimed.length === before ? idle + 1 : 0;
  }
  const seconds = (performance.now() - started) / 1000;
  await server.stop();
  return {
    clients,
    occurrences: jobs * perJob,
    claimed: claimed.length,
    doubleClaims: claimed.length - new Set(claimed).size,
    errors,
    seconds: round(seconds),
    claimsPerSecond: round(claimed.length / seconds, 1),
  };
}
