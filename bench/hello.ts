/**
 * The cold-start yardstick: a hello-world Hono handler on Lambda with the DynamoDB client Roster
 * uses (the document client), whose one route writes a heartbeat-sized item with one UpdateItem.
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { Hono } from "hono";
import { handle } from "hono/aws-lambda";

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
const TableName = process.env.ROSTER_TABLE_NAME;

export const handler = handle(
  new Hono().post("/hello/:id", async (c) => {
    const body = await c.req.json<{ sentAt: string }>();
    await doc.send(
      new UpdateCommand({
        TableName,
        Key: { pk: `HELLO#${c.req.param("id")}`, sk: "HELLO" },
        UpdateExpression: "SET lastCheckIn = :now, sentAt = :sentAt",
        ExpressionAttributeValues: { ":now": Date.now(), ":sentAt": body.sentAt },
      }),
    );
    return c.json({ ok: true });
  }),
);
