import type { Explanation } from "../core/jobs/explain";

const BY_NODE = new Set(["claimed", "started", "succeeded", "failed"]);

/**
 * `roster jobs explain` in words a person reads top to bottom: the next occurrence and why,
 * the nodes when they are the answer, then the last occurrences, newest first, one line a step.
 */
export function explanationLines(e: Explanation): string[] {
  const lines = [`job '${e.jobId}' at ${e.now}`, "", `next: ${e.next.status}${e.next.at ? ` (${e.next.at})` : ""}`, `  ${e.next.why}`];
  if (e.nodes?.length) {
    lines.push("", "nodes:");
    for (const node of e.nodes) {
      lines.push(`  ${node.nodeId} (${node.state}): ${node.eligible ? "would claim it" : node.why.join("; ")}`);
    }
    if (e.nodesNotListed) lines.push(`  … and ${e.nodesNotListed} more`);
  }
  lines.push("", e.occurrences.length ? "last occurrences, newest first:" : "no past occurrence yet");
  for (const occurrence of e.occurrences) {
    lines.push(`  ${occurrence.scheduledFor}  ${occurrence.outcome}`);
    if (occurrence.waited) lines.push(`      waited: ${occurrence.waited}`);
    for (const step of occurrence.steps) {
      // The node did what it claimed, started or finished; a take-back happened to it.
      const who = !step.nodeId ? "" : BY_NODE.has(step.what) ? ` by ${step.nodeId}` : ` (node ${step.nodeId})`;
      const run = step.what === "claimed" && step.runId ? ` (run ${step.runId})` : "";
      lines.push(`      ${step.at}  ${step.what}${who}${run}${step.why ? `: ${step.why}` : ""}`);
    }
  }
  if (!e.history.complete) lines.push("", `(older runs exist past the ${e.history.runs} read)`);
  return lines;
}
