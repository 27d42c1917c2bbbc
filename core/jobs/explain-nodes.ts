import type { ClusterItem } from "../clusters/cluster-item";
import { nonconformantReasons } from "../nodes/conformance";
import type { NodeItem } from "../nodes/node-item";
import type { JobItem } from "./job-item";
import { unmet } from "./requirements";
import { MAX_HELD } from "./run-lifecycle";

/**
 * Why a node would not claim a job now: every check a check-in makes before it claims
 * (`core/nodes/check-in.ts` and `runnableDue`), in words. Capacity and job types are what the
 * node's latest check-in said; the rest is its item and its cluster's settings.
 */
export function whyNotClaiming(node: NodeItem, job: Pick<JobItem, "type" | "requires">, cluster: ClusterItem): string[] {
  if (node.state !== "running") return [`it is ${node.state}`];
  const why: string[] = [];
  if (!node.schedulingEnabled) why.push("its scheduling is switched off");
  if (node.drainingSince !== undefined) why.push("it is draining");
  for (const reason of nonconformantReasons(node, cluster)) why.push(`not conformant: ${reason}`);
  if (node.jobTypes !== undefined && !node.jobTypes.includes(job.type)) {
    why.push(`it runs only job types ${node.jobTypes.map((t) => `'${t}'`).join(", ") || "(none)"}, not '${job.type}'`);
  }
  for (const lacking of unmet(job.requires, node)) why.push(`the job requires ${lacking}`);
  // `capacity` is how many more runs the node asks for (the agent sends its free slots).
  const held = node.assigned?.size ?? 0;
  if ((node.askedCapacity ?? 0) === 0) {
    why.push(`it asked for no new runs at its latest check-in (capacity 0: it holds ${held} run${held === 1 ? "" : "s"}, or runs no jobs)`);
  } else if (held >= MAX_HELD) why.push(`it holds ${held} runs, the most a node may hold`);
  return why;
}
