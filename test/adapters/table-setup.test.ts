import { CreateTableCommand, DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { localClient } from "../../adapters/local-dynamodb";
import { ensureTable } from "../../adapters/table-setup";
import { TABLE_SCHEMA } from "../../core/store/table-schema";

/**
 * `npm start` keeps its table between runs: a table made by an older Roster lacks the indexes
 * added since (the byJob index of explain), and gets them without losing its items.
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
        AttributeDefinitions: ["pk", "sk", "outboxPk", "outboxSk"].map((name) => ({ AttributeName: name, AttributeType: "S" })),
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: "outbox",
            KeySchema: [
              { AttributeName: "outboxPk", KeyType: "HASH" },
              { AttributeName: "outboxSk", KeyType: "RANGE" },
            ],
            Projection: { ProjectionType: "ALL" },
          },
        ],
      }),
    );
    expect(await indexesOf(tableName)).toEqual(["outbox"]);
    await ensureTable(client, tableName);
    expect(await indexesOf(tableName)).toEqual(["byJob", "outbox"]);
    await ensureTable(client, tableName);
    expect(await indexesOf(tableName)).toEqual(["byJob", "outbox"]);
  });
});
