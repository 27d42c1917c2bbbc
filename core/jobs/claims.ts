import type { ClusterItem } from "../clusters/cluster-item";
import type { ClusterRead } from "./read-cache";
import type { Deps } from "../ports";
import { type JobItem, pointerOf, toJob } from "./job-item";
import { clusterKey, dueUpTo } from "../store/keys";
import { type Offer, meets } from "./requirements";

/**
 * The check-in's one read: the cluster item and, when the node has capacity, the due pointers
 * (`CLUSTER` sorts just before `DUE#`, so one range query returns both, earliest due first).
 */
export async function readClusterAndDue(deps: Deps, clusterId: string, now: number, window: number): Promise<ClusterRead> {
  const remembered = deps.clusterCache?.get(clusterId, window > 0, now) as ClusterRead | undefined;
  if (remembered) return remembered;
  const page = await deps.table.query({
    KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
    ExpressionAttributeValues: { ":pk": clusterKey(clusterId).pk, ":from": "CLUSTER", ":to": window > 0 ? dueUpTo(now) : "CLUSTER" },
    Limit: 1 + window,
  });
  const cluster = page.items.find((item) => item.sk === "CLUSTER") as ClusterItem | undefined;
  const due = page.items.filter((item) => String(item.sk).startsWith("DUE#")).map(toJob);
  if (cluster) deps.clusterCache?.set(clusterId, window > 0, now, { cluster, due });
  return { cluster, due };
}

/**
 * How many due pointers a check-in with capacity reads: enough that nodes checking in together
 * spread over different blocks of jobs (`inBlocks`) instead of racing for the earliest few.
 * With nothing due the range holds no pointer, so the window costs nothing then; with 100 due,
 * the read is about 50 KB (6 read units), paid only while a backlog lasts.
 */
export const claimWindow = (capacity: number) => (capacity > 0 ? 100 : 0);

/** How many more pages of due pointers a check-in may read past jobs it cannot run. */
const MAX_EXTRA_PAGES = 3;

/**
 * The due jobs a node may claim: of the `types` it runs (when it names them), and whose
 * `requires` it meets, judged on the node item its own heartbeat wrote this check-in (the
 * version and capabilities it reports now). A job it cannot run is left alone: no transaction
 * is tried on it, so it costs this node nothing and stays due for the nodes that can run it.
 * A claim's transaction is conditioned on the job's version as read (the run lifecycle's
 * `job version` check), so a job whose `requires` changed after this read refuses a claim
 * planned on its old requirements: no node claims a job by requirements it no longer has.
 *
 * Due pointers sort by due time and a job that no node can run stays due, so its pointer only
 * gets earlier than the others. When the window read was full and leaves this node fewer jobs
 * than it wants, it reads on past it (at most a few pages, only then), so such jobs never hide
 * the ones behind them.
 */
export async function runnableDue(
  deps: Deps,
  clusterId: string,
  due: JobItem[],
  args: { node: Offer; types: string[] | undefined; now: number; window: number; wanted: number },
): Promise<JobItem[]> {
  const fits = (job: JobItem) => (!args.types || args.types.includes(job.type)) && meets(job.requires, args.node);
  const runnable = due.filter(fits);
  let page = due;
  for (let extra = 0; extra < MAX_EXTRA_PAGES && runnable.length < args.wanted && page.length >= args.window && page.length > 0; extra++) {
    const read = await deps.table.query({
      KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
      ExpressionAttributeValues: { ":pk": clusterKey(clusterId).pk, ":from": "DUE#", ":to": dueUpTo(args.now) },
      ExclusiveStartKey: pointerOf(page.at(-1)!),
      Limit: args.window,
    });
    page = read.items.map(toJob);
    runnable.push(...page.filter(fits));
  }
  return runnable;
}
