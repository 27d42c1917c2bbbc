import { bundling } from "./bundling";
import { grantsFor } from "./permissions";
import { logging } from "./ops";

/** The HTTP API: Hono on Lambda behind a function URL. */
export function createApi(args: {
  table: sst.aws.Dynamo;
  sweeper: sst.aws.Function;
  adminToken: sst.Secret;
  secretPrefix: string;
  kmsKeyArn?: string;
}) {
  const { table, sweeper, adminToken, secretPrefix, kmsKeyArn } = args;
  return new sst.aws.Function("RosterApi", {
    handler: "functions/api.handler",
    runtime: "nodejs22.x",
    architecture: "arm64",
    memory: "512 MB",
    timeout: "10 seconds",
    url: true,
    nodejs: bundling,
    logging: logging($app.stage),
    link: [adminToken], // read as Resource.RosterAdminToken.value in functions/aws/config.ts
    environment: {
      ROSTER_TABLE_NAME: table.name,
      ROSTER_SWEEPER_FUNCTION: sweeper.name,
      ROSTER_SECRET_PREFIX: secretPrefix,
      ...(kmsKeyArn ? { ROSTER_KMS_KEY_ID: kmsKeyArn } : {}),
    },
    permissions: grantsFor("api", { table, sweeper, secretPrefix, ...(kmsKeyArn ? { kmsKey: kmsKeyArn } : {}) }),
  });
}
