import { z } from "zod";
import { idSchema } from "../common/ids";

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
  /**
   * Disruption guard: when at least this share of the live nodes (and at least 3) are not
   * running (recovering, or going silent), Roster suspects itself or the network, and takes no
   * destructive step.
   */
  disruptionThreshold: z.number().min(0.01).max(1),
  /** How long events are kept before DynamoDB's TTL removes them. */
  eventRetentionMs: z.number().int().min(3_600_000).max(366 * DAY_MS),
};

/** The primary lease (core/primary/): none, any running conformant node, or the preferred one first. */
export const PRIMARY_MODES = ["none", "any", "preferred"] as const;

/** The macros an `intraClusterUrlPattern` may use (core/nodes/node-url.ts applies them). */
export const URL_MACROS = ["host", "port", "path", "scheme"] as const;

/** Why a URL pattern is refused, or undefined: an unknown `$macro`, or a result that is no http(s) URL. */
export function patternProblem(pattern: string): string | undefined {
  const unknown = [...pattern.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!).filter((name) => !(URL_MACROS as readonly string[]).includes(name));
  if (unknown.length) return `unknown macro $${unknown[0]} (use ${URL_MACROS.map((m) => `$${m}`).join(", ")})`;
  const sample = pattern.replaceAll("$scheme", "https").replaceAll("$host", "node.example").replaceAll("$port", "8443").replaceAll("$path", "/app");
  try {
    const url = new URL(sample);
    if (url.protocol !== "http:" && url.protocol !== "https:") return "must make an http(s) URL";
  } catch {
    return "must make an http(s) URL";
  }
  return undefined;
}

const urlPattern = z
  .string()
  .min(1)
  .max(2048)
  .superRefine((pattern, ctx) => {
    const problem = patternProblem(pattern);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .meta({ description: "how nodes reach each other, from a node's join `endpoint`: macros $host, $port, $path, $scheme (e.g. `https://$host:8443/idm`)" });

const lease = {
  /** Who may hold the primary lease: nobody (no cost), any node, or the preferred node first. */
  primaryMode: z.enum(PRIMARY_MODES).meta({ description: "the primary lease: `none` (no lease, no cost), `any` running conformant node, or `preferred` (`preferredPrimary` first)" }),
  /** With `preferred`: the node that takes the lease whenever it runs. */
  preferredPrimary: idSchema.nullable().meta({ description: "with primaryMode `preferred`: the node that takes the lease back whenever it is running" }),
  intraClusterUrlPattern: urlPattern.nullable(),
};

/**
 * A rolling upgrade's window: while set, a node is conformant in software version when it runs
 * any of these (exact strings), whatever `expectedSoftwareVersion` or the first node says.
 */
const allowedVersions = z
  .array(z.string().min(1).max(128))
  .min(1)
  .max(20)
  .refine((versions) => new Set(versions).size === versions.length, "lists a version twice")
  .meta({
    description:
      "during a rolling upgrade: the software versions (exact strings) that are all conformant; while set it replaces `expectedSoftwareVersion` and the first node's version. `null` removes it",
  });

const pins = {
  /** Pinned by an admin: the software version every node must run (else the first node's). */
  expectedSoftwareVersion: z.string().min(1).max(128).optional(),
  /** Pinned by an admin: the configuration fingerprint every node must report (else the first node's). */
  expectedConfigFingerprint: z.string().min(1).max(256).optional(),
  /** A rolling upgrade's window (see `allowedVersions`). */
  allowedSoftwareVersions: allowedVersions.optional(),
};

export const clusterSettingsSchema = z.strictObject({ ...settingsShape, ...lease, ...pins }).meta({ id: "ClusterSettings" });
export type ClusterSettings = z.infer<typeof clusterSettingsSchema>;

/** What a client may send: any subset, nothing unknown; `null` unpins a pinned value. */
export const settingsPatchSchema = z
  .strictObject({
    ...settingsShape,
    ...lease,
    expectedSoftwareVersion: pins.expectedSoftwareVersion.unwrap().nullable(),
    expectedConfigFingerprint: pins.expectedConfigFingerprint.unwrap().nullable(),
    allowedSoftwareVersions: allowedVersions.nullable(),
  })
  .partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS = {
  instanceTimeoutMs: 30_000,
  instanceRecoveryTimeoutMs: 30_000,
  instanceCheckInIntervalMs: 5_000,
  instanceCheckInOffsetMs: 0,
  misfireThresholdMs: 60_000,
  maxClockSkewMs: 1_000,
  disruptionThreshold: 0.55,
  eventRetentionMs: 14 * DAY_MS,
  primaryMode: "none",
  preferredPrimary: null,
  intraClusterUrlPattern: null,
} satisfies ClusterSettings;

/** Stored settings merged over the defaults, so a setting added later has a value for old clusters. */
export const withDefaults = (stored: Partial<ClusterSettings> | undefined): ClusterSettings => ({
  ...DEFAULT_SETTINGS,
  ...stored,
});

/** Settings as a create request gives them: defaults for the rest, no null pins. */
export const initialSettings = (given: SettingsPatch | undefined): ClusterSettings =>
  withDefaults(Object.fromEntries(Object.entries(given ?? {}).filter(([, v]) => v !== null)));
