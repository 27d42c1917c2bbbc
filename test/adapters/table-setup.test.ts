import { CreateTableCommand, DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { localClient } from "../../adapters/local-dynamodb";
import { ensureTable } from "../../adapters/table-setup";
import { TABLE_SCHEMA } from "../../core/store/table-schema";

/**
 * `npm start` keeps its table between runs: a table made by an older Roster lacks the indexes
 * added since, and gets them. Here a table made without the outbox index gets it.
 */
const indexesOf = async (tableName: string) =>
  ((await localClient(inject("dynamoEndpoint")).send(new DescribeTableCommand({ TableName: tableName }))).Table?.GlobalSecondaryIndexes ?? [])
    .map((index) => index.IndexName)
    .sort();

describe("ensureTable", () => {
  it("creates the table with every index of TABLE_SCHEMA", async () => {
    const tableName = `roster-setup-${randomBytes(4).toString("hex")}`;
    await ensureTable(localClient(inject("dynamoEndpoint")), tableName);
    expect(await indexesOf(tableName)).toEqual(TABLE_SCHEMA.globalIndexes.map((index) => index.name).sort());
  });

  it("adds the indexes a table kept from an older version lacks, and leaves it alone after", async () => {
    const client = localClient(inject("dynamoEndpoint"));
    const tableName = `roster-setup-${randomBytes(4).toString("hex")}`;
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: ["pk", "sk"].map((name) => ({ AttributeName: name, AttributeType: "S" })),
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
      }),
    );
    expect(await indexesOf(tableName)).toEqual([]);
    await ensureTable(client, tableName);
    expect(await indexesOf(tableName)).toEqual(["outbox"]);
    await ensureTable(client, tableName);
    expect(await indexesOf(tableName)).toEqual(["outbox"]);
  });
});
