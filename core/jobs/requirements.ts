import semver from "semver";
import { z } from "zod";
import type { ClusterItem } from "../clusters/cluster-item";
import type { StoreDeps } from "../ports";
import { nonconformantReasons } from "../nodes/conformance";
import type { NodeItem } from "../nodes/node-item";
import { queryNodes } from "../clusters/cluster-nodes";

/**
 * A job's requirements (issue 18, rolling upgrades): the software versions (a semver range) and
 * the capabilities a node must have to claim it. A check-in hands a node only the jobs it meets
 * (`claims.ts`); the admin's job views say when no node that takes jobs meets them (`unclaimable`).
 */

/** Ranges compare by version order, prereleases included: 2.1.0-rc.1 meets `>=2.0.0`, 2.0.0-rc.1 does not. */
const RANGE_OPTIONS = { includePrerelease: true } as const;

/** A capability's name: 1–64 characters of `[A-Za-z0-9._:-]`, not starting with `.` or `:`. */
export const capabilityNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9._:-]{0,63}$/, "1-64 characters of [A-Za-z0-9._:-], not starting with '.' or ':'");

export const requirementsSchema = z
  .strictObject({
    softwareVersion: z
      .string()
      .min(1)
      .max(256)
      .refine((range) => semver.validRange(range, RANGE_OPTIONS) !== null, "is not a semver range (like '>=2.0.0', '^2.1', '2.x', '>=1.4 <3')")
      .optional()
      .meta({
        description:
          "a semver range the node's softwareVersion must satisfy (like `>=2.0.0`, `^2.1`); prereleases count by their order (2.1.0-rc.1 satisfies `>=2.0.0`); a node version that is not semver counts as its first x.y.z (7.2 → 7.2.0)",
      }),
    capabilities: z
      .array(capabilityNameSchema)
      .min(1)
      .max(32)
      .optional()
      .meta({ description: "names the node must have all of among the `capabilities` it reports at its join or check-in" }),
  })
  .refine((r) => r.softwareVersion !== undefined || r.capabilities !== undefined, "name softwareVersion, capabilities or both")
  .meta({ id: "JobRequirements", description: "what a node must run and have to claim this job; a node that does not meet it is never handed it" });
export type Requirements = z.infer<typeof requirementsSchema>;

/** What a node offers, as its item says. */
export type Offer = Pick<NodeItem, "softwareVersion" | "capabilities">;

/** A node's version as semver: as given (a leading `v` allowed), else its first x.y.z; undefined with no number in it. */
export const semverOf = (version: string): string | undefined =>
  semver.valid(version, { loose: true }) ?? semver.coerce(version, { includePrerelease: true })?.version ?? undefined;

const versionMeets = (range: string, version: string) => {
  const parsed = semverOf(version);
  return parsed !== undefined && semver.satisfies(parsed, range, RANGE_OPTIONS);
};

/** Each requirement on its own: a phrase naming it, and whether a node meets it. */
const parts = (requires: Requirements | undefined) => [
  ...(requires?.softwareVersion === undefined
    ? []
    : [{ what: `softwareVersion matching ${requires.softwareVersion}`, met: (node: Offer) => versionMeets(requires.softwareVersion!, node.softwareVersion) }]),
  ...(requires?.capabilities ?? []).map((name) => ({ what: `capability '${name}'`, met: (node: Offer) => (node.capabilities ?? []).includes(name) })),
];

/** What of `requires` the node lacks, one phrase each; empty when it meets them all (or there are none). */
export const unmet = (requires: Requirements | undefined, node: Offer): string[] =>
  parts(requires)
    .filter((part) => !part.met(node))
    .map((part) => part.what);

export const meets = (requires: Requirements | undefined, node: Offer) => unmet(requires, node).length === 0;

/** Why a live node takes no jobs now, or undefined when it does. */
export function whyIdle(node: NodeItem, cluster: ClusterItem): string | undefined {
  if (node.state !== "running") return node.state;
  if (!node.schedulingEnabled) return "scheduling off";
  if (node.drainingSince !== undefined) return "draining";
  if (nonconformantReasons(node, cluster).length > 0) return "not conformant";
  return undefined;
}

/**
 * Why no node can claim a job with these requirements now, or undefined when one can (or the
 * job requires nothing). Counted are the nodes that take jobs: running, conformant, scheduling
 * on, not draining. A live node left out that would meet them is named, with why it takes none.
 */
export function unclaimableReason(requires: Requirements | undefined, nodes: readonly NodeItem[], cluster: ClusterItem): string | undefined {
  if (!requires) return undefined;
  const claimers = nodes.filter((node) => whyIdle(node, cluster) === undefined);
  if (claimers.some((node) => meets(requires, node))) return undefined;
  const all = parts(requires);
  const lacking = all.find((part) => !claimers.some(part.met));
  const reason = lacking ? `no running node has ${lacking.what}` : `no running node has all of ${all.map((part) => part.what).join(", ")}`;
  const idle = nodes.find((node) => (node.state === "running" || node.state === "recovering") && meets(requires, node));
  return idle ? `${reason} (node '${idle.nodeId}' would, but it is ${whyIdle(idle, cluster)})` : reason;
}

/**
 * The live nodes of a cluster, for the admin's job views only (never a check-in): one query
 * per node shard, in parallel, and only when a job has requirements.
 */
export async function liveNodes(deps: StoreDeps, cluster: ClusterItem): Promise<NodeItem[]> {
  return (await queryNodes(deps, cluster)).filter((node) => node.state === "running" || node.state === "recovering");
}
