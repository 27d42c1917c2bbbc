/** The API function on Lambda (function URL or HTTP API payload v2), as SST's Hono guide does it. */
import { handle } from "hono/aws-lambda";
import { createApp } from "./app";
import { apiDeps } from "./aws/deps";
import { emfLogger } from "./http/log";
import { stageOf } from "./http/metrics";

const log = emfLogger(stageOf(process.env));
const { deps, adminTokenHash } = apiDeps(log);

export const handler = handle(createApp({ deps, adminTokenHash, log }));
