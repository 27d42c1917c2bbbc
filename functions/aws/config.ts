import { Resource } from "sst/resource";

/**
 * What the Lambda functions need to know, read once from SST's linked resources (the
 * `SST_RESOURCE_*` environment SST sets) or, for each value, from a plain environment
 * variable that overrides it. `core/` never sees `Resource`: only these plain values.
 */
export interface AwsConfig {
  tableName: string;
  adminToken: string;
  /** The sweeper function, invoked asynchronously when a check-in finds a sweep due. */
  sweeperFunctionName: string;
  /** Keystore secrets are named under this prefix (the app and stage), which is what IAM grants. */
  secretPrefix: string;
  /** A customer managed KMS key for the keystore secrets, when the operator chose one. */
  kmsKeyId?: string;
}

const required = (envVar: string, what: string): string => {
  const value = process.env[envVar];
  if (!value) throw new Error(`Roster is not configured: set ${envVar} (${what})`);
  return value;
};

const linked = (resource: string, field: string, envVar: string): string => {
  const fromEnv = process.env[envVar];
  if (fromEnv) return fromEnv;
  let value: unknown;
  try {
    value = (Resource as unknown as Record<string, Record<string, unknown> | undefined>)[resource]?.[field];
  } catch {
    value = undefined; // not linked: said below, in Roster's words
  }
  if (typeof value === "string" && value !== "") return value;
  throw new Error(`Roster is not configured: link ${resource} to this function in sst.config.ts, or set ${envVar}`);
};

export const apiConfig = (): AwsConfig => ({
  tableName: linked("RosterTable", "name", "ROSTER_TABLE_NAME"),
  adminToken: linked("RosterAdminToken", "value", "ROSTER_ADMIN_TOKEN"),
  sweeperFunctionName: linked("RosterSweeper", "name", "ROSTER_SWEEPER_FUNCTION"),
  secretPrefix: required("ROSTER_SECRET_PREFIX", "the name prefix of the keystore secrets"),
  ...(process.env.ROSTER_KMS_KEY_ID ? { kmsKeyId: process.env.ROSTER_KMS_KEY_ID } : {}),
});

export const sweeperConfig = () => ({
  tableName: linked("RosterTable", "name", "ROSTER_TABLE_NAME"),
  busName: linked("RosterBus", "name", "ROSTER_BUS_NAME"),
});
