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
import { ConditionFailed, type Item, type Key, type Table, TransactionCanceled, type TransactItem } from "../core/table";

const BATCH_GET_LIMIT = 100;

/**
 * The DynamoDB implementation of the `Table` port: adds the table name, and turns the SDK's
 * condition failures into `ConditionFailed` / `TransactionCanceled` carrying the stored items.
 */
export function dynamoTable(client: DynamoDBClient, tableName: string): Table {
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
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
    async batchGet(keys) {
      const found: Item[] = [];
      for (let i = 0; i < keys.length; i += BATCH_GET_LIMIT) {
        let pending: Key[] = keys.slice(i, i + BATCH_GET_LIMIT);
        for (let round = 0; pending.length > 0; round++) {
          if (round > 0) await sleep(Math.min(1000, 25 * 2 ** round));
          const out = await doc.send(new BatchGetCommand({ RequestItems: { [TableName]: { Keys: pending } } }));
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

function withTable(item: TransactItem, TableName: string) {
  if ("Put" in item) return { Put: { ...item.Put, TableName } };
  if ("Update" in item) return { Update: { ...item.Update, TableName } };
  if ("Delete" in item) return { Delete: { ...item.Delete, TableName } };
  return { ConditionCheck: { ...item.ConditionCheck, TableName } };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
