import { round } from "./support";

/**
 * How often an idle check-in finds its cluster's read in the server's 200 ms cache
 * (`core/jobs/read-cache.ts`) when one cluster's check-ins are spread over several Lambda
 * instances (issue 20, item 2): a simulation. N nodes check in every `interval`, each at its own
 * phase with ±10 % jitter, for ten intervals; each check-in lands on one of L instances at random
 * (Lambda runs one request per instance at a time, so L grows with the request rate: by Little's
 * law L ≈ rate × handler time, at least 1; `spread` multiplies it, for bursts and the instances
 * Lambda keeps warm). A check-in hits when its instance read the cluster less than 200 ms before.
 * In closed form, with λ = rate ÷ L per instance, hit rate = 0.2λ ÷ (1 + 0.2λ).
 */
export function hitRates(handlerMs = 6, ttlMs = 200) {
  const rows = [];
  for (const interval of [5_000, 30_000]) {
    for (const nodes of [10, 100, 1_000, 10_000, 50_000]) {
      for (const spread of [1, 4]) {
        const rate = nodes / (interval / 1000);
        const instances = Math.max(1, Math.ceil((rate * handlerMs) / 1000)) * spread;
        rows.push({ nodes, intervalMs: interval, instances, hitRate: round(simulate(nodes, interval, instances, ttlMs), 3) });
      }
    }
  }
  return { handlerMs, ttlMs, rows };
}

function simulate(nodes: number, interval: number, instances: number, ttlMs: number) {
  const rounds = 10;
  const times: number[] = [];
  for (let n = 0; n < nodes; n++) {
    const phase = Math.random() * interval;
    for (let r = 0; r < rounds; r++) times.push(phase + r * interval + (Math.random() - 0.5) * 0.2 * interval);
  }
  times.sort((a, b) => a - b);
  const readAt = new Array<number>(instances).fill(-Infinity);
  let hits = 0;
  for (const t of times) {
    const i = Math.floor(Math.random() * instances);
    if (t - readAt[i]! < ttlMs) hits++;
    else readAt[i] = t;
  }
  return hits / times.length;
}
