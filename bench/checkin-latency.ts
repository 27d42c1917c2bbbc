import type { benchServer } from "./server";
import { bareUpdate } from "./server";
import { call, checkInBody, clusterWithNodes } from "./http";
import { percentiles, round } from "./support";

/**
 * Latency of an idle check-in through the HTTP API against a bare UpdateItem of the same item
 * size on the same DynamoDB Local from this process, interleaved so drift hits both.
 */
export async function checkInLatency(server: Awaited<ReturnType<typeof benchServer>>, iterations = 1000) {
  const { nodes } = await clusterWithNodes(server.url, "bench-admin-token-0123456789abcdefgh", "latency", 20);
  const checkIns: number[] = [];
  const bare: number[] = [];
  const bareHttp: number[] = [];
  for (let i = -100; i < iterations; i++) {
    const node = nodes[i < 0 ? 0 : i % nodes.length]!;
    const t0 = performance.now();
    const res = await call(server.url, "POST", `/v1/clusters/latency/nodes/${node.nodeId}/check-in`, node.token, checkInBody());
    const t1 = performance.now();
    await server.deps.table.update(bareUpdate(node.nodeId));
    const t2 = performance.now();
    await call(server.url, "POST", `/bench/bare/${node.nodeId}`, "none");
    const t3 = performance.now();
    if (res.status !== 200) throw new Error(`check-in ${res.status}`);
    if (i >= 0) {
      checkIns.push(t1 - t0);
      bare.push(t2 - t1);
      bareHttp.push(t3 - t2);
    }
  }
  const c = percentiles(checkIns);
  const b = percentiles(bare);
  const bh = percentiles(bareHttp);
  return {
    /** The same UpdateItem behind the same HTTP server: what HTTP itself adds. */
    bareRouteP50Ms: round(bh.p50),
    bareRouteP99Ms: round(bh.p99),
    p50RatioToBareRoute: round(c.p50 / bh.p50),
    iterations,
    checkInP50Ms: round(c.p50),
    checkInP99Ms: round(c.p99),
    bareUpdateP50Ms: round(b.p50),
    bareUpdateP99Ms: round(b.p99),
    p50Ratio: round(c.p50 / b.p50),
    p99Ratio: round(c.p99 / b.p99),
  };
}
