/**
 * The keystore secrets of a stage, which Roster's API creates at run time in Secrets Manager
 * (one per cluster, `roster/<stage>/clusters/<clusterId>/keystore`): SST does not know them, so
 * `sst remove` leaves them behind. This lists them and, with --delete, schedules their deletion.
 *
 *   npx tsx scripts/keystore-secrets.ts --stage dev                 # list
 *   npx tsx scripts/keystore-secrets.ts --stage dev --delete        # after `sst remove --stage dev`
 *   npx tsx scripts/keystore-secrets.ts --stage dev --delete --recovery-days 30
 *
 * Credentials and region are the AWS SDK's usual ones (AWS_PROFILE, AWS_REGION). Deletion is
 * recoverable for the recovery window (7 days unless told, 7 to 30), and re-running is safe.
 * Production stages (prod, production) keep their table through `sst remove`, and their clusters
 * still point to these secrets: --delete refuses them.
 */
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { parseArgs } from "node:util";
import { RECOVERY_WINDOW_DAYS, listKeystoreSecrets, scheduleKeystoreDeletion } from "../adapters/secrets-manager-vault";
import { isProduction } from "../stacks/stage";

const USAGE = "usage: keystore-secrets --stage <stage> [--app roster] [--delete [--recovery-days 7]]";

/** Runs the command; answers its exit status. */
export async function keystoreSecrets(argv: string[], client: SecretsManagerClient, print: (line: string) => void): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { stage: { type: "string" }, app: { type: "string", default: "roster" }, delete: { type: "boolean", default: false }, "recovery-days": { type: "string", default: String(RECOVERY_WINDOW_DAYS.min) } },
      strict: true,
    }));
  } catch (error) {
    print(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { stage, app } = values;
  const days = Number(values["recovery-days"]);
  if (!stage) return (print(USAGE), 2);
  if (!Number.isInteger(days) || days < RECOVERY_WINDOW_DAYS.min || days > RECOVERY_WINDOW_DAYS.max) {
    return (print(`--recovery-days is ${RECOVERY_WINDOW_DAYS.min} to ${RECOVERY_WINDOW_DAYS.max}`), 2);
  }
  if (values.delete && isProduction(stage)) {
    print(`refused: stage '${stage}' keeps its table through sst remove, and its clusters still point to these secrets`);
    return 2;
  }
  const prefix = `${app}/${stage}/`;
  const secrets = await listKeystoreSecrets(client, prefix);
  if (secrets.length === 0) return (print(`no keystore secrets under ${prefix}`), 0);
  let failed = 0;
  for (const secret of secrets) {
    if (secret.deletedDate) {
      print(`${secret.name}  deletion scheduled (asked ${secret.deletedDate.toISOString()})`);
    } else if (!values.delete) {
      print(`${secret.name}  in use or left behind`);
    } else {
      try {
        const outcome = await scheduleKeystoreDeletion(client, prefix, secret.clusterId, days);
        print(`${secret.name}  ${outcome === "deleted" ? `deletion scheduled, recoverable for ${days} days` : outcome === "already" ? "deletion scheduled before" : "gone"}`);
      } catch (error) {
        failed += 1;
        print(`${secret.name}  not deleted: ${(error as Error).message}`);
      }
    }
  }
  if (failed > 0) print(`${failed} not deleted: run the command again`);
  return failed > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await keystoreSecrets(process.argv.slice(2), new SecretsManagerClient({}), (line) => console.log(line));
}
