import type { ClusterView } from "./client";
import type { JobView } from "../core/jobs/jobs";
import type { NodeView } from "../core/nodes/nodes";

/**
 * `roster upgrade` (issue 18, rolling upgrades): one step of moving a cluster to a new software
 * version node by node, decided from the cluster as it is now, so the command can simply be run
 * again after each node: let the old and new versions be conformant together
 * (`allowedSoftwareVersions`), drain and restart the nodes still on an old version one at a
 * time (the command prints what to run), then pin the new version.
 */
export type UpgradeStep =
  /** Set `allowedSoftwareVersions` to these: the versions live nodes run now, and the new one. */
  | { kind: "allow"; versions: string[] }
  /** Drain, stop, upgrade and restart this node next; `left` nodes (it included) still run an old version. */
  | { kind: "restart"; node: NodeView; left: number }
  /** Every live node runs the new version: remove the window and pin it. */
  | { kind: "pin"; version: string }
  | { kind: "done" };

interface Settings {
  allowedSoftwareVersions?: string[];
  expectedSoftwareVersion?: string;
}

const isLive = (node: NodeView) => node.state === "running" || node.state === "recovering";

export function nextUpgradeStep(to: string, settings: Settings, nodes: NodeView[]): UpgradeStep {
  const live = nodes.filter(isLive);
  const old = live.filter((node) => node.softwareVersion !== to);
  if (old.length === 0) {
    const pinned = settings.allowedSoftwareVersions === undefined && settings.expectedSoftwareVersion === to;
    return pinned ? { kind: "done" } : { kind: "pin", version: to };
  }
  const needed = [...new Set([...live.map((node) => node.softwareVersion), to])];
  const allowed = settings.allowedSoftwareVersions ?? [];
  if (needed.some((version) => !allowed.includes(version))) return { kind: "allow", versions: needed };
  // A node already draining first, then standbys before the primary, by id.
  const order = (node: NodeView) => (node.draining ? 0 : node.role === "primary" ? 2 : 1);
  const next = [...old].sort((a, b) => order(a) - order(b) || a.instanceId.localeCompare(b.instanceId))[0]!;
  return { kind: "restart", node: next, left: old.length };
}

/** What the command needs of the API client. */
export interface UpgradeClient {
  cluster(clusterId: string): Promise<ClusterView>;
  nodes(clusterId: string): Promise<{ results: NodeView[] }>;
  jobs(clusterId: string): Promise<{ results: JobView[] }>;
  patchSettings(clusterId: string, settings: Record<string, unknown>): Promise<ClusterView>;
}

/**
 * Walk the cluster as far as the command may go alone: it writes the settings (unless `dryRun`)
 * and stops at the first node that must be restarted, printing what to run. Returns the step it
 * stopped at.
 */
export async function runUpgrade(
  client: UpgradeClient,
  options: { clusterId: string; to: string; dryRun?: boolean; program?: string },
  print: (line: string) => void,
): Promise<UpgradeStep> {
  const { clusterId, to } = options;
  const roster = options.program ?? "roster";
  for (let round = 0; round < 3; round++) {
    const [cluster, { results: nodes }] = await Promise.all([client.cluster(clusterId), client.nodes(clusterId)]);
    const step = nextUpgradeStep(to, cluster.settings, nodes);
    if (step.kind === "allow" || step.kind === "pin") {
      const settings = step.kind === "allow" ? { allowedSoftwareVersions: step.versions } : { allowedSoftwareVersions: null, expectedSoftwareVersion: step.version };
      const what =
        step.kind === "allow"
          ? `${step.versions.map((v) => `'${v}'`).join(", ")} conformant together while the nodes move to '${to}' (allowedSoftwareVersions)`
          : `'${to}' pinned (expectedSoftwareVersion) and the window removed: every live node runs it`;
      if (options.dryRun) {
        print(`would make ${what}`);
        return step;
      }
      await client.patchSettings(clusterId, settings);
      print(`made ${what}`);
      if (step.kind === "pin") return { kind: "done" };
      continue;
    }
    if (step.kind === "done") {
      print(`every live node runs '${to}', and it is pinned: the upgrade is done`);
      return step;
    }
    const { node, left } = step;
    print(`${left} live node${left === 1 ? "" : "s"} still on an old version; next: '${node.instanceId}' (runs '${node.softwareVersion}'${node.role === "primary" ? ", holds the primary lease" : ""})`);
    print(`  1. ${roster} drain ${node.instanceId} --cluster ${clusterId} --wait`);
    print(`  2. stop its application and agent, install '${to}', start them again (the agent with --software-version ${to})`);
    print(`  3. ${roster} upgrade --cluster ${clusterId} --to ${to}   (again: the next node, or the final pin)`);
    const stuck = (await client.jobs(clusterId)).results.filter((job) => job.unclaimable);
    for (const job of stuck) print(`  job '${job.jobId}' waits: ${job.unclaimable}`);
    return step;
  }
  throw new Error("the cluster's settings keep changing under roster upgrade; run it again");
}
