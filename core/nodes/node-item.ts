/** The node item: what Roster stores about one incarnation of one node. Types only, and the one predicate on its state. */

export const NODE_STATES = ["running", "recovering", "offline", "stopped"] as const;
export type NodeState = (typeof NODE_STATES)[number];
export const INSTANCE_TYPES = ["clustered-first", "clustered-additional"] as const;

/** A live incarnation may check in; the others must join again. */
export const isLive = (state: string | undefined) => state === "running" || state === "recovering";

/** How others reach a node, as it says at its join. */
export interface NodeEndpoint {
  host: string;
  port?: number;
  path?: string;
  scheme?: "http" | "https";
}

/** The node item: one incarnation of one node, and a memory of the one before it. */
export interface NodeItem {
  pk: string;
  sk: string;
  clusterId: string;
  nodeId: string;
  state: NodeState;
  epoch: number;
  tokenHash: string;
  /** The incarnation this one replaced, so its token gets `409 superseded`, not `401`. */
  prevEpoch?: number;
  prevTokenHash?: string;
  prevState?: NodeState;
  startup: string;
  shutdown: string;
  /** Server time of the last check-in, ms. */
  lastCheckIn: number;
  recoveringSince?: number;
  /** When this incarnation last recovered (ms): with `startup`, how long it has been running. */
  recoveredAt?: number;
  instanceType: (typeof INSTANCE_TYPES)[number];
  schedulingEnabled: boolean;
  softwareVersion: string;
  /** What the node can do, as its join or latest check-in said (jobs may require some). */
  capabilities?: string[];
  configFingerprint?: string;
  keystoreFingerprint?: string;
  clockSkewMs: number;
  /** The URL the node gave at its join, or how others reach it (`node-url.ts` derives the effective URL). */
  url?: string;
  endpoint?: NodeEndpoint;
  /** An admin's URL for this node; it wins over the rest, and outlives incarnations. */
  urlOverride?: string;
  /** While this incarnation holds the primary lease: its term, and when it began (ms). */
  primaryTerm?: number;
  primarySince?: number;
  /** Since when this incarnation is draining (ms): it claims nothing new; `drainedAt` once none of its runs was left. */
  drainingSince?: number;
  drainedAt?: number;
  /** Runs claimed by this incarnation and not yet ended: claims add to it, ends remove from it. */
  assigned?: Set<string>;
  /** Its started runs an admin cancelled and it has not yet ended: its next check-in revokes them. */
  revoking?: Set<string>;
  /** How many more runs it asked for and the job types it runs (absent: every type), as its latest check-in said. */
  askedCapacity?: number;
  jobTypes?: string[];
  /** The run ids a check-in last listed, and when: what renews their leases (`core/jobs/leases.ts`). */
  holding?: string[];
  heldAt?: number;
}
