/// <reference path="./stacks/sst-globals.d.ts" />
import { isProduction } from "./stacks/stage";

/**
 * `npx sst deploy --stage <stage>` puts Roster in an AWS account. Each stage is a separate
 * deployment: its own table, bus, functions and keystore secrets (`roster/<stage>/…`).
 * Set the admin token first: `npx sst secret set RosterAdminToken <token> --stage <stage>`.
 * Optional: ROSTER_KMS_KEY_ARN at deploy time for a customer managed key on the keystores.
 */
export default $config({
  app(input) {
    return {
      name: "roster",
      removal: isProduction(input.stage) ? "retain" : "remove",
      protect: isProduction(input.stage),
      home: "aws",
    };
  },
  async run() {
    const { createTable } = await import("./stacks/table");
    const { createBus } = await import("./stacks/bus");
    const { createSweeper } = await import("./stacks/sweeper");
    const { createApi } = await import("./stacks/api");

    const table = createTable($app.stage);
    const bus = createBus();
    const adminToken = new sst.Secret("RosterAdminToken");
    const sweeper = createSweeper(table, bus);
    const api = createApi({
      table,
      sweeper,
      adminToken,
      secretPrefix: `${$app.name}/${$app.stage}/`,
      ...(process.env.ROSTER_KMS_KEY_ARN ? { kmsKeyArn: process.env.ROSTER_KMS_KEY_ARN } : {}),
    });
    return { url: api.url, table: table.name, bus: bus.name };
  },
});
