import type { StoreDeps } from "./deps";
import { OUTBOX_PK, type RosterEvent, toEvent } from "./events";
import { eventPartition } from "./keys";
import { ConditionFailed, type Item } from "./table";

/** The event-sink port: EventBridge in the cloud, a file locally. */
export interface EventSink {
  /** Publish events; returns the ids of those the sink did not accept (to be retried later). */
  publish(events: RosterEvent[]): Promise<{ failed: string[] }>;
}

export interface DrainResult {
  published: number;
  failed: number;
}

const PAGE = 100;

/**
 * Publish the outbox: every event recorded but not yet accepted by the sink, oldest first.
 * An event leaves the outbox only after the sink accepted it, so a sink that fails, or a
 * function that dies between the publish and the mark, sends it again later: delivery is at
 * least once, and consumers deduplicate on `eventId`. An empty outbox costs one query.
 */
export async function drainOutbox(deps: StoreDeps & { sink: EventSink }, maxEvents = 1000): Promise<DrainResult> {
  const result: DrainResult = { published: 0, failed: 0 };
  let start: Item | undefined;
  while (result.published + result.failed < maxEvents) {
    const page = await deps.table.query({
      IndexName: "outbox",
      KeyConditionExpression: "outboxPk = :pk",
      ExpressionAttributeValues: { ":pk": OUTBOX_PK },
      Limit: PAGE,
      ExclusiveStartKey: start,
    });
    if (page.items.length === 0) break;
    const events = page.items.map(toEvent);
    const { failed } = await deps.sink.publish(events);
    const refused = new Set(failed);
    await Promise.all(events.filter((e) => !refused.has(e.eventId)).map((e) => markPublished(deps, e)));
    result.published += events.length - refused.size;
    result.failed += refused.size;
    start = page.lastKey;
    if (!start) break;
  }
  return result;
}

async function markPublished(deps: StoreDeps, event: RosterEvent) {
  try {
    await deps.table.update({
      Key: { pk: eventPartition(event.clusterId), sk: event.eventId },
      UpdateExpression: "REMOVE outboxPk, outboxSk",
      ConditionExpression: "attribute_exists(outboxPk)",
    });
  } catch (error) {
    if (!(error instanceof ConditionFailed)) throw error; // another drainer marked it first
  }
}
