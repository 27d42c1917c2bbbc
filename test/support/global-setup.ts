import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { type LocalDynamo, startLocalDynamo } from "../../adapters/local-dynamodb";
import { bundleCli } from "../../scripts/build";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    rosterBundle: string;
  }
}

let dynamo: LocalDynamo | undefined;
let bundleDir: string | undefined;

/**
 * One in-memory DynamoDB Local for the whole run; each test file makes its own table. And the
 * `roster` command built once from the sources as operators run it (plain node, no tsx): the
 * tests' agents and CLI calls start in a fraction of the CPU a tsx start costs on 2 cores.
 */
export async function setup(project: TestProject) {
  bundleDir = mkdtempSync(join(tmpdir(), "roster-test-bundle-"));
  const [local, cli] = await Promise.all([startLocalDynamo(), bundleCli(bundleDir)]);
  dynamo = local;
  project.provide("dynamoEndpoint", dynamo.endpoint);
  project.provide("rosterBundle", cli.path);
}

export async function teardown() {
  await dynamo?.stop();
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
}
