/**
 * The primary lease as the nodes were told it: every check-in answer on one timeline of server
 * time. A primary answer at serverTime s gives its node a lease valid until that node's next
 * answer (whatever it says) or s + instanceTimeoutMs, whichever is first: the longest a node
 * could go on believing it. The checks below are what issue 17 promises about that timeline.
 */

export interface Answer {
  /** serverTime of the answer, ms. */
  at: number;
  nodeId: string;
  /** `refused`: not a 200 (the node learns it is not running). */
  role: "primary" | "standby" | "refused";
  term?: number;
  /** Arrival order, to order answers of one node at the same server time. */
  order: number;
}

export interface Lease {
  nodeId: string;
  term: number;
  start: number;
  end: number;
}

/** Every lease the answers gave, by node, each ended by the node's next answer or the timeout. */
export function leasesOf(answers: Answer[], timeoutMs: number): Lease[] {
  const byNode = new Map<string, Answer[]>();
  for (const a of answers) byNode.set(a.nodeId, [...(byNode.get(a.nodeId) ?? []), a]);
  const leases: Lease[] = [];
  for (const list of byNode.values()) {
    list.sort((a, b) => a.at - b.at || a.order - b.order);
    list.forEach((a, i) => {
      if (a.role !== "primary") return;
      const next = list[i + 1];
      leases.push({ nodeId: a.nodeId, term: a.term!, start: a.at, end: Math.min(next ? next.at : Number.POSITIVE_INFINITY, a.at + timeoutMs) });
    });
  }
  return leases.sort((a, b) => a.start - b.start);
}

/** Pairs of leases of two different nodes valid at one instant (half-open intervals). */
export function overlaps(leases: Lease[]): [Lease, Lease][] {
  const found: [Lease, Lease][] = [];
  for (let i = 0; i < leases.length; i++) {
    for (let j = i + 1; j < leases.length && leases[j]!.start < leases[i]!.end; j++) {
      const [a, b] = [leases[i]!, leases[j]!];
      if (a.nodeId !== b.nodeId && a.start < a.end && b.start < b.end) found.push([a, b]);
    }
  }
  return found;
}

/**
 * Terms against the timeline: a term belongs to one node only, and a lease that starts later
 * never has a lower term; a lease of another node starts with a higher one.
 */
export function termProblems(leases: Lease[]): string[] {
  const problems: string[] = [];
  const owner = new Map<number, string>();
  for (const l of leases) {
    const had = owner.get(l.term);
    if (had !== undefined && had !== l.nodeId) problems.push(`term ${l.term} given to ${had} and ${l.nodeId}`);
    owner.set(l.term, l.nodeId);
  }
  for (let i = 1; i < leases.length; i++) {
    const [a, b] = [leases[i - 1]!, leases[i]!];
    if (b.term < a.term) problems.push(`term ${b.term} (${b.nodeId} at ${b.start}) after term ${a.term} (${a.nodeId} at ${a.start})`);
    if (b.nodeId !== a.nodeId && b.start > a.start && b.term === a.term) problems.push(`term ${a.term} reused`);
  }
  return problems;
}

/**
 * Answers that claim a term a later term had already replaced at their server time (`starts`:
 * when each term began, from the `primary.elected` events): a holder that handed the lease over
 * must not be told primary at that instant, even if the next holder only learns it later.
 */
export function staleAnswers(answers: Answer[], starts: Map<number, number>): string[] {
  const problems: string[] = [];
  for (const a of answers) {
    if (a.role !== "primary") continue;
    for (const [term, start] of starts) {
      if (term > a.term! && start <= a.at) problems.push(`${a.nodeId} told primary with term ${a.term} at ${a.at}, when term ${term} had begun at ${start}`);
    }
  }
  return problems;
}
