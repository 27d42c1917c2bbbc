import type { RosterEvent } from "../../core/events/events";

export type Segment = { state: string; from: number; to: number };

const AFTER: Record<string, string> = {
  "node.joined": "running",
  "node.recovered": "running",
  "node.recovering": "recovering",
  "node.offline": "offline",
  "node.left": "stopped",
  "node.forgotten": "absent",
};
/** What a node was before an event, when the window opens on that event. */
const BEFORE: Record<string, string> = {
  "node.joined": "absent",
  "node.recovered": "recovering",
  "node.recovering": "running",
  "node.offline": "recovering",
  "node.left": "running",
  "node.superseded": "running",
  "node.forgotten": "offline",
};

/**
 * A node's states over a window, from the event log: segments in time order. With no event in
 * the window, the node was in its current state throughout.
 */
export function timeline(events: RosterEvent[], nodeId: string, current: string, from: number, to: number): Segment[] {
  const own = events.filter((e) => e.nodeId === nodeId && (AFTER[e.type] || BEFORE[e.type]));
  if (own.length === 0) return [{ state: current, from, to }];
  const segments: Segment[] = [];
  let state = BEFORE[own[0]!.type] ?? current;
  let since = from;
  for (const event of own) {
    const at = Math.max(from, Date.parse(event.time));
    const next = AFTER[event.type] ?? state;
    if (next === state) continue;
    if (at > since) segments.push({ state, from: since, to: at });
    state = next;
    since = at;
  }
  if (to > since) segments.push({ state, from: since, to });
  return segments;
}

/** A stretch of time during which a node held the primary lease, with its term. */
export type PrimarySpan = { term: number | undefined; from: number; to: number };

/** The primary lease as the dashboard knows it now (the cluster view's `primary`). */
export type CurrentPrimary = { nodeId: string; term: number; since: string } | null | undefined;

const termOf = (event: RosterEvent) => {
  const term = (event.detail as { term?: unknown }).term;
  return typeof term === "number" ? term : undefined;
};

/**
 * When a node held the primary lease over a window, from its `primary.elected` and
 * `primary.lost` events (each names the holder in `nodeId`). A window that opens on a loss
 * means the node held it from the start; a node that is primary now with no event in the
 * window has held it since the lease's `since` (or the window's start, if earlier).
 */
export function primarySpans(events: RosterEvent[], nodeId: string, current: CurrentPrimary, from: number, to: number): PrimarySpan[] {
  const own = events.filter((e) => e.nodeId === nodeId && (e.type as string).startsWith("primary."));
  const spans: PrimarySpan[] = [];
  if (own.length === 0) {
    if (current?.nodeId === nodeId) {
      const since = Math.max(from, Date.parse(current.since) || from);
      if (to > since) spans.push({ term: current.term, from: since, to });
    }
    return spans;
  }
  let held: { term: number | undefined; since: number } | undefined =
    (own[0]!.type as string) === "primary.lost" ? { term: termOf(own[0]!), since: from } : undefined;
  for (const event of own) {
    const at = Math.max(from, Date.parse(event.time));
    if ((event.type as string) === "primary.elected") {
      if (held && at > held.since) spans.push({ term: held.term, from: held.since, to: at });
      held = { term: termOf(event), since: at };
    } else if ((event.type as string) === "primary.lost" && held) {
      if (at > held.since) spans.push({ term: held.term, from: held.since, to: at });
      held = undefined;
    }
  }
  if (held && to > held.since) spans.push({ term: held.term, from: held.since, to });
  return spans;
}
