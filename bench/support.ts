import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";

/** Median and 99th percentile of a list of numbers. */
export function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99), n: sorted.length };
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Count a client's requests by command, and the capacity they consumed: every request asks
 * for `ReturnConsumedCapacity: TOTAL`.
 */
export function meter(client: DynamoDBClient) {
  const requests: Record<string, number> = {};
  const failed: Record<string, number> = {};
  let read = 0;
  let write = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName).replace(/Command$/, "");
      requests[name] = (requests[name] ?? 0) + 1;
      (args.input as Record<string, unknown>).ReturnConsumedCapacity = "TOTAL";
      const out = await next(args).catch((error: unknown) => {
        failed[name] = (failed[name] ?? 0) + 1;
        throw error;
      });
      const consumed = (out.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
      for (const c of (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) as { ReadCapacityUnits?: number; WriteCapacityUnits?: number; CapacityUnits?: number }[]) {
        read += c.ReadCapacityUnits ?? 0;
        write += c.WriteCapacityUnits ?? 0;
        if (c.ReadCapacityUnits === undefined && c.WriteCapacityUnits === undefined) {
          if (/Get|Query|Scan/.test(name)) read += c.CapacityUnits ?? 0;
          else write += c.CapacityUnits ?? 0;
        }
      }
      return out;
    },
    { step: "initialize", name: "benchMeter" },
  );
  return {
    reset() {
      for (const k of Object.keys(requests)) delete requests[k];
      for (const k of Object.keys(failed)) delete failed[k];
      read = 0;
      write = 0;
    },
    snapshot() {
      const writes = ["PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems", "BatchWriteItem"].reduce((n, k) => n + (requests[k] ?? 0), 0);
      const reads = ["GetItem", "Query", "Scan", "BatchGetItem"].reduce((n, k) => n + (requests[k] ?? 0), 0);
      return { reads, writes, requests: { ...requests }, failed: { ...failed }, readUnits: round(read, 1), writeUnits: round(write, 1) };
    },
  };
}
