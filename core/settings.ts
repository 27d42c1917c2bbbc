import { z } from "zod";

const DAY_MS = 86_400_000;
/** Every timeout and interval is at least 1 s (API.md), so tests can run fast but not spin. */
const duration = (min: number) => z.number().int().min(min).max(DAY_MS);

export const settingsShape = {
  instanceTimeoutMs: duration(1000),
  instanceRecoveryTimeoutMs: duration(1000),
  instanceCheckInIntervalMs: duration(1000),
  instanceCheckInOffsetMs: duration(0),
  misfireThresholdMs: duration(1000),
  maxClockSkewMs: duration(0),
  /** How long events are kept before DynamoDB's TTL removes them. */
  eventRetentionMs: z.number().int().min(3_600_000).max(366 * DAY_MS),
};

export const clusterSettingsSchema = z.strictObject(settingsShape).meta({ id: "ClusterSettings" });
export type ClusterSettings = z.infer<typeof clusterSettingsSchema>;

/** What a client may send: any subset, nothing unknown. */
export const settingsPatchSchema = clusterSettingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: ClusterSettings = {
  instanceTimeoutMs: 30_000,
  instanceRecoveryTimeoutMs: 30_000,
  instanceCheckInIntervalMs: 5_000,
  instanceCheckInOffsetMs: 0,
  misfireThresholdMs: 60_000,
  maxClockSkewMs: 1_000,
  eventRetentionMs: 14 * DAY_MS,
};

/** Stored settings merged over the defaults, so a setting added later has a value for old clusters. */
export const withDefaults = (stored: Partial<ClusterSettings> | undefined): ClusterSettings => ({
  ...DEFAULT_SETTINGS,
  ...stored,
});
