import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { LambdaClient } from "@aws-sdk/client-lambda";
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { dynamoTable } from "../../adapters/dynamo-table";
import { eventBridgeSink } from "../../adapters/eventbridge-sink";
import { lambdaSweepTrigger } from "../../adapters/lambda-sweep-trigger";
import { secretsManagerVault } from "../../adapters/secrets-manager-vault";
import { systemClock } from "../../core/common/clock";
import type { Deps, StoreDeps } from "../../core/ports";
import type { EventSink } from "../../core/events/publish";
import { CLUSTER_READ_TTL_MS, clusterReadCache } from "../../core/jobs/read-cache";
import { peersMemo } from "../../core/nodes/peers-memo";
import { cachedVault } from "../../core/keystore/vault";
import { hashToken } from "../../core/common/tokens";
import type { Logger } from "../http/log";
import { apiConfig, sweeperConfig } from "./config";

/** The API function's ports, built once per Lambda instance (clients are reused across invocations). */
export function apiDeps(log: Logger) {
  const config = apiConfig();
  const deps: Deps = {
    table: dynamoTable(new DynamoDBClient({}), config.tableName),
    clock: systemClock,
    vault: cachedVault(
      secretsManagerVault(new SecretsManagerClient({}), {
        prefix: config.secretPrefix,
        ...(config.kmsKeyId ? { kmsKeyId: config.kmsKeyId } : {}),
      }),
    ),
    clusterCache: clusterReadCache(CLUSTER_READ_TTL_MS),
    peersMemo: peersMemo(),
    sweeps: lambdaSweepTrigger(new LambdaClient({}), config.sweeperFunctionName, (error) =>
      log({ level: "warn", msg: "sweep trigger failed", error: `${error.name}: ${error.message}` }),
    ),
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
