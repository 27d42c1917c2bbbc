/**
 * A second yardstick for the cold start (bench/cold-steps.ts): the hello world (bench/hello.ts)
 * written as Roster's routes are, with @hono/zod-openapi and zod validating its body, plus the
 * other libraries a check-in's code imports (cron-parser with luxon, semver). What is left
 * between this and the API bundle is Roster's own code.
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import { CronExpressionParser } from "cron-parser";
import { handle } from "hono/aws-lambda";
import semver from "semver";
import { z } from "zod";

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
const TableName = process.env.ROSTER_TABLE_NAME;

const app = new OpenAPIHono();
app.openapi(
  createRoute({
    method: "post",
    path: "/hello/{id}",
    request: {
      params: z.object({ id: z.string().min(1) }),
      body: { content: { "application/json": { schema: z.object({ sentAt: z.iso.datetime({ offset: true }) }) } }, required: true },
    },
    responses: { 200: { description: "written", content: { "application/json": { schema: z.object({ ok: z.boolean() }) } } } },
  }),
  async (c) => {
    const { sentAt } = c.req.valid("json");
    await doc.send(
      new UpdateCommand({
        TableName,
        Key: { pk: `HELLO#${c.req.valid("param").id}`, sk: "HELLO" },
        UpdateExpression: "SET lastCheckIn = :now, sentAt = :sentAt",
        ExpressionAttributeValues: { ":now": Date.now(), ":sentAt": sentAt },
      }),
    );
    return c.json({ ok: true }, 200);
  },
);

/** Referenced so they stay in the bundle, as Roster's scheduling and requirements code uses them. */
export const libraries = [CronExpressionParser, semver];
export const handler = handle(app);
