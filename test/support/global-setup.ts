import type { TestProject } from "vitest/node";
import { type LocalDynamo, startLocalDynamo } from "../../adapters/local-dynamodb";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

let dynamo: LocalDynamo | undefined;

/** One in-memory DynamoDB Local for the whole run; each test file makes its own table. */
export async function setup(project: TestProject) {
  dynamo = await startLocalDynamo();
  project.provide("dynamoEndpoint", dynamo.endpoint);
}

export async function teardown() {
  await dynamo?.stop();
}
