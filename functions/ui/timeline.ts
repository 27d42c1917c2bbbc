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
