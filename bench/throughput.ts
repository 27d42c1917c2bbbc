import { call, checkInBody, clusterWithNodes } from "./http";
import type { benchServer } from "./server";
import { round } from "./support";

/** Requests per second from `clients` concurrent loops for `seconds`, and the failures. */
async function load(seconds: number, clients: number, once: (client: number) => Promise<number>) {
  const deadline = Date.now() + seconds * 1000;
  let done = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (Date.now() < deadline) {
        const status = await once(client).catch(() => 0);
        if (status === 200) done++;
        else errors++;
      }
    }),
  );
  return { perSecond: round(done / seconds, 1), errors };
}

/** Check-ins per second against the bare route on the same server, same generator. */
export async function throughput(server: Awaited<ReturnType<typeof benchServer>>, seconds = 30, clients = 32) {
  const { nodes } = await clusterWithNodes(server.url, "bench-admin-token-0123456789abcdefgh", "load", clients);
  const checkIns = await load(seconds, clients, async (i) => {
    const node = nodes[i]!;
    return (await call(server.url, "POST", `/v1/clusters/load/nodes/${node.nodeId}/check-in`, node.token, checkInBody())).status;
  });
  const bare = await load(seconds, clients, async (i) => (await call(server.url, "POST", `/bench/bare/load-${i}`, "none")).status);
  return {
    seconds,
    clients,
    checkInsPerSecond: checkIns.perSecond,
    checkInErrors: checkIns.errors,
    bareRoutePerSecond: bare.perSecond,
    bareRouteErrors: bare.errors,
    ratio: round(checkIns.perSecond / bare.perSecond),
  };
}
