import type {
  DeleteCommandInput,
  GetCommandInput,
  PutCommandInput,
  QueryCommandInput,
  TransactWriteCommandInput,
  UpdateCommandInput,
} from "@aws-sdk/lib-dynamodb";

/**
 * The store port: one DynamoDB table, reached through the document client's input shapes
 * (without `TableName`, which the adapter adds). `core/` writes the condition expressions
 * next to the rules they enforce; only the adapter talks to the SDK client.
 */
export type Item = Record<string, any>;
export type Key = { pk: string; sk: string };

type NoTable<T> = Omit<T, "TableName">;
export type GetInput = NoTable<GetCommandInput>;
export type PutInput = NoTable<PutCommandInput>;
export type UpdateInput = NoTable<UpdateCommandInput>;
export type DeleteInput = NoTable<DeleteCommandInput>;
export type QueryInput = NoTable<QueryCommandInput>;

type TransactInput = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];
export type TransactItem =
  | { Put: NoTable<NonNullable<TransactInput["Put"]>> }
  | { Update: NoTable<NonNullable<TransactInput["Update"]>> }
  | { Delete: NoTable<NonNullable<TransactInput["Delete"]>> }
  | { ConditionCheck: NoTable<NonNullable<TransactInput["ConditionCheck"]>> };

export interface Table {
  get(input: GetInput): Promise<Item | undefined>;
  put(input: PutInput): Promise<void>;
  /** Returns the item's attributes as `ReturnValues` asked for. */
  update(input: UpdateInput): Promise<Item | undefined>;
  delete(input: DeleteInput): Promise<void>;
  query(input: QueryInput): Promise<{ items: Item[]; lastKey?: Item }>;
  /** The items that exist among `keys`; `consistent` reads them strongly consistent. */
  batchGet(keys: Key[], options?: { consistent?: boolean }): Promise<Item[]>;
  transact(items: TransactItem[]): Promise<void>;
}

/** A conditional write lost. `item` is the stored item when the write asked for `ALL_OLD`. */
export class ConditionFailed extends Error {
  override readonly name = "ConditionFailed";
  constructor(readonly item?: Item) {
    super("the condition of the write did not hold");
  }
}

/**
 * A transaction was cancelled. `reasons` has one entry per transact item, in order:
 * `code` is "None" for items that were fine, "ConditionalCheckFailed", "TransactionConflict", ….
 */
export class TransactionCanceled extends Error {
  override readonly name = "TransactionCanceled";
  constructor(readonly reasons: { code: string; item?: Item }[]) {
    super(`transaction cancelled: ${reasons.map((r) => r.code).join(", ")}`);
  }
  /** Did any item fail only because another write was in flight (worth retrying)? */
  get conflicted() {
    return this.reasons.some((r) => r.code === "TransactionConflict");
  }
}

/**
 * The store did not answer usefully, for a reason that passes (throttling after the SDK's own
 * retries, a timeout or a lost connection, a 5xx, a write that conflicted with a transaction in flight): the caller
 * may try again shortly. The write may or may not have happened (a timeout can come after
 * DynamoDB committed), so whoever retries must be idempotent. `cause` keeps the SDK error's
 * name, message and HTTP status, never the error object itself (it can hold request parameters).
 */
export class StoreUnavailable extends Error {
  override readonly name = "StoreUnavailable";
  constructor(
    readonly kind: "throttled" | "timeout" | "network" | "server" | "conflict",
    cause?: { name: string; message?: string; status?: number },
  ) {
    super(`the store is unavailable (${kind}${cause ? `: ${cause.name}` : ""}); retry shortly`, cause ? { cause } : undefined);
  }
}

/** Every item of a query, page after page. */
export async function queryAll(table: Table, input: QueryInput): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const page = await table.query({ ...input, ExclusiveStartKey: start });
    items.push(...page.items);
    start = page.lastKey;
  } while (start);
  return items;
}
