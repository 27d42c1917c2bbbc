/**
 * The floor of the Lambda-path benchmark (bench/lambda.ts): DynamoDB calls with nothing around
 * them, through a client configured as the API function's is (`new DynamoDBClient({})`: region,
 * endpoint and credentials from the environment; the document client over it, as
 * adapters/dynamo-table.ts has it). Bundled with the API's own build options, so both sides run
 * the same minified SDK.
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });

/** An UpdateItem of an item the size of a node item (~450 bytes), as a heartbeat writes it. */
export const update = (TableName: string, id: string) =>
  doc.send(
    new UpdateCommand({
      TableName,
      Key: { pk: `BENCH#${id}`, sk: "BARE" },
      UpdateExpression: "SET lastCheckIn = :now, clockSkewMs = :skew, padding = :padding",
      ExpressionAttributeValues: { ":now": Date.now(), ":skew": 3, ":padding": "x".repeat(380) },
    }),
  );

/**
 * The design's "one write and one small read", issued together: that UpdateItem and a Query of
 * one partition's first item (`pk`, sort keys from `sk`), as the check-in reads its cluster item.
 */
export const pair = (TableName: string, id: string, pk: string, sk: string) =>
  Promise.all([
    update(TableName, id),
    doc.send(
      new QueryCommand({
        TableName,
        KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
        ExpressionAttributeValues: { ":pk": pk, ":from": sk, ":to": sk },
        Limit: 1,
      }),
    ),
  ]);
