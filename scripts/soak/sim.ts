import { type StatusCounts, call } from "./http";
import { sleep } from "./stats";

/**
 * Simulated nodes: check-in loops in this process, over HTTP, holding no work (capacity 0).
 * Each keeps every successful check-in (sent, answered, epoch) so the checker can tell whether
 * Roster marked a node that was in fact checking in. A silenced node sends nothing until resumed.
 */
export interface SimNode {
  nodeId: string;
  token: string;
  epoch: number;
  silencedUntil: number;
  /** [sentAt, receivedAt, epoch] of every 200 check-in. */
  ok: [number, number, number][];
  failures: { at: number; status: number; code?: string }[];
  rejoins: { at: number; epoch: number; after: string }[];
}

export interface SimOptions {
  url: string;
  clusterId: string;
  intervalMs: number;
  timeoutMs: number;
  counts: StatusCounts;
  restarting: () => boolean;
  stopping: () => boolean;
  latencies: number[];
}

const path = (o: SimOptions, nodeId: string, what: string) => `/v1/clusters/${o.clusterId}/nodes/${nodeId}/${what}`;

export async function joinSim(o: SimOptions, joinToken: string, nodeId: string): Promise<SimNode> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const a = await call(o.url, "POST", path(o, nodeId, "join"), joinToken, { instanceType: "clustered-additional", softwareVersion: "1.0.0" }, 5000, o.counts, o.restarting);
    if (a.status === 200) return { nodeId, token: a.body.nodeToken, epoch: a.body.epoch, silencedUntil: 0, ok: [], failures: [], rejoins: [] };
    await sleep(250);
  }
  throw new Error(`simulated node ${nodeId} could not join`);
}

/** One node's loop until `stopping()`: bounded by the soak's duration. */
export async function runSim(o: SimOptions, node: SimNode, joinToken: string, offsetMs: number) {
  await sleep(offsetMs);
  while (!o.stopping()) {
    const now = Date.now();
    if (node.silencedUntil > now) {
      await sleep(Math.min(200, node.silencedUntil - now));
      continue;
    }
    const a = await call(
      o.url,
      "POST",
      path(o, node.nodeId, "check-in"),
      node.token,
      { epoch: node.epoch, sentAt: new Date().toISOString(), capacity: 0, holding: [] },
      o.timeoutMs,
      o.counts,
      o.restarting,
    );
    if (a.status === 200) {
      node.ok.push([a.sentAt, a.receivedAt, node.epoch]);
      if (!o.restarting()) o.latencies.push(a.receivedAt - a.sentAt);
    } else {
      node.failures.push({ at: a.sentAt, status: a.status, code: a.body?.error?.code });
      // rejoin_required (offline), or a token no longer good because a join whose answer was lost made a newer incarnation
      if ((a.status === 409 && ["rejoin_required", "superseded"].includes(a.body?.error?.code)) || a.status === 401) {
        const j = await call(o.url, "POST", path(o, node.nodeId, "join"), joinToken, { instanceType: "clustered-additional", softwareVersion: "1.0.0" }, o.timeoutMs, o.counts, o.restarting);
        if (j.status === 200) {
          node.token = j.body.nodeToken;
          node.epoch = j.body.epoch;
          node.rejoins.push({ at: j.sentAt, epoch: j.body.epoch, after: a.body?.error?.code ?? String(a.status) });
        }
      }
    }
    const interval = o.intervalMs * (0.9 + Math.random() * 0.2);
    await sleep(Math.max(0, interval - (Date.now() - a.sentAt)));
  }
}
