import { isProduction } from "./stacks/stage";
import { deployRegion } from "./stacks/region";

/**
 * `npx sst deploy --stage <stage>` puts Roster in an AWS account. Each stage is a separate
 * deployment: its own table, bus, functions and keystore secrets (`roster/<stage>/…`).
 * Set the admin token first: `npx sst secret set RosterAdminToken <token> --stage <stage>`.
 * Optional: ROSTER_KMS_KEY_ARN at deploy time for a customer managed key on the keystores,
 * ROSTER_AWS_REGION (default us-east-1, never the profile's), ROSTER_ALARM_EMAIL for the alarms.
 */
export default $config({
  app(input) {
    return {
      name: "roster",
      removal: isProduction(input.stage) ? "retain" : "remove",
      protect: isProduction(input.stage),
      home: "aws",
      providers: { aws: { region: deployRegion(process.env) } },
    };
  },
  async run() {
    const { createTable } = await import("./stacks/table");
    const { createBus } = await import("./stacks/bus");
    const { createSweeper } = await import("./stacks/sweeper");
    const { createApi } = await import("./stacks/api");
    const { createAlarms } = await import("./stacks/alarms");

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
    const alarms = createAlarms({ api, sweeper, table, ...(process.env.ROSTER_ALARM_EMAIL ? { email: process.env.ROSTER_ALARM_EMAIL } : {}) });
    return { url: api.url, table: table.name, bus: bus.name, region: aws.getRegionOutput().region, alarms: alarms.arn };
  },
});
