/** The API function on Lambda (function URL or HTTP API payload v2), as SST's Hono guide does it. */
import { handle } from "hono/aws-lambda";
import { createApp } from "./app";
import { apiDeps } from "./aws/deps";
import { jsonLogger } from "./http/log";

const { deps, adminTokenHash } = apiDeps(jsonLogger);

export const handler = handle(createApp({ deps, adminTokenHash, log: jsonLogger }));
