import { type Table, type TransactItem, TransactionCanceled } from "./table";

/**
 * A transaction whose conditions may lose a race: true when it committed, false when DynamoDB
 * cancelled it (another write moved the items first). Whatever else goes wrong is thrown.
 */
export async function tryTransact(table: Table, items: TransactItem[]): Promise<boolean> {
  try {
    await table.transact(items);
    return true;
  } catch (error) {
    if (error instanceof TransactionCanceled) return false;
    throw error;
  }
}
