import { z } from "zod";
import { iso } from "../common/clock";
import type { ClusterItem, PrimaryRecord } from "../clusters/cluster-item";
import type { NodeItem } from "../nodes/node-item";

/** The primary lease as the API shows it: its holder, its term, and since when. */
export const primaryViewSchema = z
  .object({
    nodeId: z.string(),
    term: z.number().int().meta({ description: "the lease's term: strictly increasing per cluster, never reused (a fencing token)" }),
    since: z.string(),
  })
  .meta({ id: "Primary" });
export type PrimaryView = z.infer<typeof primaryViewSchema>;

export const ROLES = ["primary", "standby"] as const;
export type Role = (typeof ROLES)[number];

export const toPrimaryView = (primary: PrimaryRecord | undefined): PrimaryView | null =>
  primary ? { nodeId: primary.nodeId, term: primary.term, since: iso(primary.since) } : null;

/** The lease as a cluster item read says. */
export const primaryOf = (cluster: Pick<ClusterItem, "primary">) => toPrimaryView(cluster.primary);

/**
 * A node item's role: primary while it carries a term and runs (a lease is valid exactly then;
 * every transition out of running ends it in the same write).
 */
export const roleOf = (node: Pick<NodeItem, "state" | "primaryTerm">): Role =>
  node.primaryTerm !== undefined && node.state === "running" ? "primary" : "standby";
