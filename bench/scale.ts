import { BatchWriteCommand, DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { type LocalDynamo, localClient } from "../adapters/local-dynamodb";
import { readCluster } from "../core/clusters/cluster-item";
import { sweepCluster } from "../core/detection/sweep";
import type { NodeItem } from "../core/nodes/node-item";
import { clusterNodeKey, queryNodes } from "../core/clusters/cluster-nodes";
import { DEFAULT_NODE_SHARDS, nodeShardsFor } from "../core/store/keys";
import { inProcess } from "./http";
import { ADMIN, benchServer } from "./server";
import { percentiles, round } from "./support";

/** DynamoDB's limits per partition (per second), which a cluster's busiest partition must stay under. */
const PARTITION_WCU = 1000;
const PARTITION_RCU = 3000;
const INTERVAL_S = 5;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapMiB = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/**
 * One cluster of 10,000 node items (issue 20, item 5): what a sweep of it costs (time, read
 * units), the p99 of check-ins while sweeps run back to back beside them, and how much memory a
 * sweep's listing of the nodes takes per 1,000 nodes (the server keeps no other per-node state).
 * Then, from the measured units per check-in and DynamoDB's per-partition limits, how many
 * nodes at a 5 s interval one cluster supports, and at what size its node shards stop being enough.
 */
export async function scale(dynamo: LocalDynamo, size = 10_000, checkIns = 400) {
  const server = await benchServer({ dynamo });
  server.deps.sweeps = undefined; // sweeps are run here, on purpose, beside the check-ins
  const call = inProcess(server.app);
  const created = await call("POST", "/v1/clusters", ADMIN, { clusterId: "scale" });
  const live: { nodeId: string; token: string }[] = [];
  for (let i = 0; i < 20; i++) {
    const nodeId = `live-${i}`;
    const joined = await call("POST", `/v1/clusters/scale/nodes/${nodeId}/join`, created.body.joinToken, {
      instanceType: i === 0 ? "clustered-first" : "clustered-additional",
      softwareVersion: "1",
    });
    live.push({ nodeId, token: joined.body.nodeToken });
  }
  const template = (await queryNodes(server.deps, { clusterId: "scale" })).find((n) => n.nodeId === "live-1")!;

  const checkInRun = async () => {
    const latencies: number[] = [];
    let next = 0;
    // Four at a time, the nodes in turn: latency, not a queue in front of DynamoDB Local.
    await Promise.all(
      [0, 1, 2, 3].map(async (lane) => {
        while (next < checkIns) {
          const i = next++ % live.length;
          const node = live[i]!;
          const started = performance.now();
          const res = await call("POST", `/v1/clusters/scale/nodes/${node.nodeId}/check-in`, node.token, { epoch: 1, sentAt: new Date().toISOString(), capacity: 1 });
          if (res.status !== 200) throw new Error(`check-in of ${node.nodeId} (lane ${lane}): ${res.status}`);
          latencies.push(performance.now() - started);
        }
      }),
    );
    return percentiles(latencies);
  };
  const small = await checkInRun(); // the same check-ins before the cluster grows

  // Seed up to `size` nodes (not counted), measuring the listing's memory on the way.
  const doc = DynamoDBDocumentClient.from(localClient(dynamo.endpoint));
  const memory: { nodes: number; listingMiB: number }[] = [];
  let seeded = 0;
  for (const target of [1000, 5000, size]) {
    const items: NodeItem[] = [];
    for (; seeded < target; seeded++) {
      const nodeId = `node-${String(seeded).padStart(5, "0")}`;
      items.push({ ...template, ...clusterNodeKey({ clusterId: "scale" }, nodeId), nodeId, lastCheckIn: Date.now() + 3_600_000 });
    }
    for (let i = 0; i < items.length; i += 25) {
      await doc.send(new BatchWriteCommand({ RequestItems: { [server.table]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
    }
    const before = heapMiB();
    const listing = await queryNodes(server.deps, { clusterId: "scale" });
    memory.push({ nodes: listing.length, listingMiB: round(heapMiB() - before, 2) });
    listing.length = 0;
  }

  const cluster = (await readCluster(server.deps, "scale"))!;
  const sweeps: { ms: number; readUnits: number }[] = [];
  for (let i = 0; i < 3; i++) {
    server.metered.reset();
    const started = performance.now();
    await sweepCluster(server.deps, cluster);
    sweeps.push({ ms: performance.now() - started, readUnits: server.metered.snapshot().readUnits });
  }

  // The same nodes in a cluster created for 50,000 (20 shards): the sweep reads 20 partitions.
  const bigShards = nodeShardsFor(50_000);
  const madeBig = await call("POST", "/v1/clusters", ADMIN, { clusterId: "scale-big", expectedNodes: 50_000 });
  if (madeBig.body.nodeShards !== bigShards) throw new Error(`scale-big: ${JSON.stringify(madeBig.body)}`);
  const bigItems = Array.from({ length: seeded }, (_, i) => {
    const nodeId = `node-${String(i).padStart(5, "0")}`;
    return { ...template, ...clusterNodeKey({ clusterId: "scale-big", nodeShards: bigShards }, nodeId), clusterId: "scale-big", nodeId, lastCheckIn: Date.now() + 3_600_000 };
  });
  for (let i = 0; i < bigItems.length; i += 25) {
    await doc.send(new BatchWriteCommand({ RequestItems: { [server.table]: bigItems.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
  const bigCluster = (await readCluster(server.deps, "scale-big"))!;
  const bigSweeps: { ms: number; readUnits: number; nodes: number }[] = [];
  for (let i = 0; i < 3; i++) {
    server.metered.reset();
    const started = performance.now();
    await sweepCluster(server.deps, bigCluster);
    bigSweeps.push({ ms: performance.now() - started, readUnits: server.metered.snapshot().readUnits, nodes: (await queryNodes(server.deps, bigCluster)).length });
  }

  const quiet = await checkInRun();
  let sweeping = true;
  let sweepsBeside = 0;
  const sweeper = (async () => {
    while (sweeping) {
      await sweepCluster(server.deps, cluster);
      sweepsBeside++;
    }
  })();
  const duringSweeps = await checkInRun();
  sweeping = false;
  await sweeper;
  await server.stop();

  const per1000 = memory.at(-1)!.listingMiB / (memory.at(-1)!.nodes / 1000);
  const sweepMs = percentiles(sweeps.map((s) => s.ms));
  const nodesPerShard = PARTITION_WCU * INTERVAL_S; // one write unit per idle check-in (bench: requests)
  return {
    nodes: size + live.length,
    sweep: { runs: sweeps.length, p50Ms: round(sweepMs.p50, 0), maxMs: round(Math.max(...sweeps.map((s) => s.ms)), 0), readUnits: sweeps[0]!.readUnits },
    sweep20Shards: {
      shards: bigShards,
      nodes: bigSweeps[0]!.nodes,
      p50Ms: round(percentiles(bigSweeps.map((s) => s.ms)).p50, 0),
      maxMs: round(Math.max(...bigSweeps.map((s) => s.ms)), 0),
      readUnits: bigSweeps[0]!.readUnits,
    },
    checkInMs: { twentyNodes: { p50: round(small.p50), p99: round(small.p99) }, quiet: { p50: round(quiet.p50), p99: round(quiet.p99) }, duringSweeps: { p50: round(duringSweeps.p50), p99: round(duringSweeps.p99), sweeps: sweepsBeside }, checkIns },
    memory: { listings: memory, mibPer1000Nodes: round(per1000, 2) },
    capacity: {
      note: "idle check-in = 1 WCU on the node's shard + ≤ 0.5 RCU on the cluster partition when it misses the 200 ms read cache; limits per partition 1,000 WCU/s and 3,000 RCU/s",
      shards: DEFAULT_NODE_SHARDS,
      nodesAt5sPerShard: nodesPerShard,
      nodesAt5s: DEFAULT_NODE_SHARDS * nodesPerShard,
      shardsFor50000At5s: Math.ceil(50_000 / nodesPerShard),
      // What POST /v1/clusters gives a cluster created with expectedNodes 50,000, and the share of its shards' write limit that many nodes use.
      shardsGivenFor50000: nodeShardsFor(50_000),
      shareOfLimitAt50000: round(50_000 / (nodeShardsFor(50_000) * nodesPerShard), 2),
      clusterReadsPerSecondLimit: PARTITION_RCU / 0.5,
    },
  };
}
