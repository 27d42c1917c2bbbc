/** The cold-start yardstick: a hello-world Hono handler with the same DynamoDB client. */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { Hono } from "hono";
import { handle } from "hono/aws-lambda";

const client = new DynamoDBClient({});
export const handler = handle(new Hono().get("/", (c) => c.text(`hello ${typeof client.send}`)));
