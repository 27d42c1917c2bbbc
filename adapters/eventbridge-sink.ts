import { type EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from "@aws-sdk/client-eventbridge";
import type { RosterEvent } from "../core/events/events";
import type { EventSink } from "../core/events/publish";

/** What rule authors match on: `source` is always this; `detail-type` is the event's type. */
export const EVENT_SOURCE = "roster";
const BATCH = 10; // PutEvents takes at most 10 entries
const ATTEMPTS = 3;

/**
 * Publishes to an EventBridge bus in batches of ten. Entries EventBridge refuses
 * (`FailedEntryCount`, an `ErrorCode` on the entry) and batches whose call throws are
 * retried with backoff; what still fails is reported, so it stays in the outbox.
 */
export function eventBridgeSink(client: EventBridgeClient, busName: string, backoffMs = 100): EventSink {
  const entry = (event: RosterEvent): PutEventsRequestEntry => ({
    EventBusName: busName,
    Source: EVENT_SOURCE,
    DetailType: event.type,
    Time: new Date(event.time),
    Detail: JSON.stringify(event),
  });

  async function publishBatch(batch: RosterEvent[]): Promise<string[]> {
    let pending = batch;
    for (let attempt = 1; pending.length > 0 && attempt <= ATTEMPTS; attempt++) {
      if (attempt > 1) await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 2)));
      try {
        const out = await client.send(new PutEventsCommand({ Entries: pending.map(entry) }));
        if (!out.FailedEntryCount) return [];
        // Entries answer in request order; the refused ones carry an ErrorCode.
        pending = pending.filter((_, i) => out.Entries?.[i]?.ErrorCode !== undefined || !out.Entries?.[i]?.EventId);
      } catch {
        // the whole call failed: every entry of the batch is tried again
      }
    }
    return pending.map((e) => e.eventId);
  }

  return {
    async publish(events) {
      const failed: string[] = [];
      for (let i = 0; i < events.length; i += BATCH) failed.push(...(await publishBatch(events.slice(i, i + BATCH))));
      return { failed };
    },
  };
}
