import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { dynamoTable } from "../../adapters/dynamo-table";
import { eventBridgeSink } from "../../adapters/eventbridge-sink";
import { systemClock } from "../../core/common/clock";
import type { Deps, SecretVault, StoreDeps, SweepTrigger } from "../../core/ports";
import type { EventSink } from "../../core/events/publish";
import { CLUSTER_READ_TTL_MS, clusterReadCache } from "../../core/jobs/read-cache";
import { peersMemo } from "../../core/nodes/peers-memo";
import { cachedVault } from "../../core/keystore/vault";
import { hashToken } from "../../core/common/tokens";
import type { Logger } from "../http/log";
import { apiConfig, sweeperConfig } from "./config";

/** A value made on first use (a failure is not kept: the next use tries again). */
function onFirstUse<T>(make: () => Promise<T>) {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make().catch((error) => {
      made = undefined;
      throw error;
    });
    return made;
  };
}

/**
 * The API function's ports, built once per Lambda instance (clients are reused across
 * invocations). The Secrets Manager and Lambda clients are loaded on first use
 * (functions/aws/on-demand.ts): a check-in needs neither, and the cold start pays for them.
 */
export function apiDeps(log: Logger) {
  const config = apiConfig();
  const onDemand = onFirstUse(() => import("./on-demand"));
  const vault = onFirstUse(async () =>
    (await onDemand()).keystoreVault({ prefix: config.secretPrefix, ...(config.kmsKeyId ? { kmsKeyId: config.kmsKeyId } : {}) }),
  );
  const trigger = onFirstUse(async () =>
    (await onDemand()).sweepTrigger(config.sweeperFunctionName, (error) =>
      log({ level: "warn", msg: "sweep trigger failed", error: `${error.name}: ${error.message}` }),
    ),
  );
  const secrets: SecretVault = {
    put: async (clusterId, versionId, bytes) => (await vault()).put(clusterId, versionId, bytes),
    get: async (clusterId, versionId) => (await vault()).get(clusterId, versionId),
  };
  const sweeps: SweepTrigger = { request: async (clusterId) => (await trigger()).request(clusterId) };
  const deps: Deps = {
    table: dynamoTable(new DynamoDBClient({}), config.tableName),
    clock: systemClock,
    vault: cachedVault(secrets),
    clusterCache: clusterReadCache(CLUSTER_READ_TTL_MS),
    peersMemo: peersMemo(),
    sweeps,
  };
  return { deps, adminTokenHash: hashToken(config.adminToken) };
}

export function sweeperDeps(): StoreDeps & { sink: EventSink } {
  const config = sweeperConfig();
  return {
    table: dynamoTable(new DynamoDBClient({}), config.tableName),
    clock: systemClock,
    sink: eventBridgeSink(new EventBridgeClient({}), config.busName),
  };
}
