import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import {
  BatchGetCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { ConditionFailed, type Item, type Key, StoreUnavailable, type Table, TransactionCanceled, type TransactItem } from "../core/store/table";

const BATCH_GET_LIMIT = 100;

/**
 * The DynamoDB implementation of the `Table` port: adds the table name, turns the SDK's
 * condition failures into `ConditionFailed` / `TransactionCanceled` carrying the stored items,
 * and every transient failure (what is left after the SDK's own retries) into one
 * `StoreUnavailable` (see `storeFailure`).
 */
export function dynamoTable(client: DynamoDBClient, tableName: string): Table {
  const documents = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const doc = {
    send: (async (command: any) => {
      try {
        return await documents.send(command);
      } catch (error) {
        throw storeFailure(error) ?? error;
      }
    }) as DynamoDBDocumentClient["send"],
  };
  const TableName = tableName;

  return {
    async get(input) {
      return (await doc.send(new GetCommand({ ...input, TableName }))).Item;
    },
    async put(input) {
      await conditional(() => doc.send(new PutCommand({ ...input, TableName })));
    },
    async update(input) {
      return (await conditional(() => doc.send(new UpdateCommand({ ...input, TableName })))).Attributes;
    },
    async delete(input) {
      await conditional(() => doc.send(new DeleteCommand({ ...input, TableName })));
    },
    async query(input) {
      const out = await doc.send(new QueryCommand({ ...input, TableName }));
      return { items: out.Items ?? [], ...(out.LastEvaluatedKey ? { lastKey: out.LastEvaluatedKey } : {}) };
    },
    async batchGet(keys, options = {}) {
      const found: Item[] = [];
      for (let i = 0; i < keys.length; i += BATCH_GET_LIMIT) {
        let pending: Key[] = keys.slice(i, i + BATCH_GET_LIMIT);
        for (let round = 0; pending.length > 0; round++) {
          if (round > 0) await sleep(Math.min(1000, 25 * 2 ** round));
          const out = await doc.send(new BatchGetCommand({ RequestItems: { [TableName]: { Keys: pending, ...(options.consistent ? { ConsistentRead: true } : {}) } } }));
          found.push(...(out.Responses?.[TableName] ?? []));
          pending = (out.UnprocessedKeys?.[TableName]?.Keys ?? []) as Key[];
        }
      }
      return found;
    },
    async transact(items) {
      try {
        await doc.send(new TransactWriteCommand({ TransactItems: items.map((item) => withTable(item, TableName)) }));
      } catch (error) {
        if (error instanceof TransactionCanceledException) {
          const codes = (error.CancellationReasons ?? []).map((reason) => reason.Code ?? "Unknown");
          // Cancelled only because an item was throttled: no condition answered, nothing to explain.
          if (codes.some((code) => THROTTLED_ITEM.has(code)) && !codes.includes("ConditionalCheckFailed")) {
            throw new StoreUnavailable("throttled", { name: error.name, message: `cancelled: ${codes.join(", ")}` });
          }
          throw new TransactionCanceled(
            (error.CancellationReasons ?? []).map((reason) => ({
              code: reason.Code ?? "Unknown",
              ...(reason.Item ? { item: unmarshall(reason.Item) } : {}),
            })),
          );
        }
        throw error;
      }
    },
  };
}

async function conditional<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      throw new ConditionFailed(error.Item ? unmarshall(error.Item) : undefined);
    }
    throw error;
  }
}

const THROTTLED = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "TransactionInProgressException", // a transaction with the same token still in flight
  "Throttling",
  "TooManyRequestsException",
]);
const CONFLICTED = new Set(["TransactionConflictException", "ReplicatedWriteConflictException"]);
const TIMED_OUT = new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException"]);
const SERVER = new Set(["InternalServerError", "ServiceUnavailable", "ServiceUnavailableException"]);
const NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
/** Cancellation reasons of a transaction item that was throttled. */
const THROTTLED_ITEM = new Set(["ThrottlingError", "ProvisionedThroughputExceeded", "RequestLimitExceeded"]);

/**
 * A transient failure of the SDK as the core's `StoreUnavailable`, or undefined for anything
 * else (a condition that failed, a malformed request: those are answers or bugs, not outages).
 * The names are those of `@aws-sdk/client-dynamodb` and of Smithy's error classification
 * (throttling, transient and timeout codes); a 5xx without a known name counts as a server error.
 * Only the name, message and HTTP status are kept: the SDK error can carry request parameters.
 */
export function storeFailure(error: unknown): StoreUnavailable | undefined {
  if (!(error instanceof Error) || error instanceof StoreUnavailable) return undefined;
  const meta = (error as { $metadata?: { httpStatusCode?: number } }).$metadata;
  const status = meta?.httpStatusCode;
  const cause = { name: error.name, message: error.message, ...(status ? { status } : {}) };
  const code = (error as { code?: unknown }).code;
  if (THROTTLED.has(error.name)) return new StoreUnavailable("throttled", cause);
  if (CONFLICTED.has(error.name)) return new StoreUnavailable("conflict", cause);
  if (TIMED_OUT.has(error.name)) return new StoreUnavailable("timeout", cause);
  if (typeof code === "string" && NETWORK_CODES.has(code)) return new StoreUnavailable("network", cause);
  if (SERVER.has(error.name) || (error as { $fault?: string }).$fault === "server" || (status !== undefined && status >= 500)) {
    return new StoreUnavailable("server", cause);
  }
  return undefined;
}

function withTable(item: TransactItem, TableName: string) {
  if ("Put" in item) return { Put: { ...item.Put, TableName } };
  if ("Update" in item) return { Update: { ...item.Update, TableName } };
  if ("Delete" in item) return { Delete: { ...item.Delete, TableName } };
  return { ConditionCheck: { ...item.ConditionCheck, TableName } };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
