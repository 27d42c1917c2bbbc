/**
 * The primary lease's piece of the benchmark alone (issue 17): what a check-in costs in
 * DynamoDB requests and capacity units with primaryMode "any" (`npm run bench` measures the
 * same rows among the others). `npx tsx bench/lease.ts`; prints one row per line.
 */
import { startLocalDynamo } from "../adapters/local-dynamodb";
import { primaryLeaseCosts } from "./requests";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
const dynamo = await startLocalDynamo();
try {
  for (const row of await primaryLeaseCosts(dynamo)) console.log(JSON.stringify(row));
} finally {
  await dynamo.stop();
}
