import { randomBytes } from "node:crypto";
import type { StoreDeps } from "../ports";
import { OUTBOX_PK, type RosterEvent, toEvent } from "./events";
import { eventPartition } from "../store/keys";
import { ConditionFailed, type Item } from "../store/table";

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
/** How long one drainer may hold the outbox without renewing its turn. */
export const DRAIN_TURN_MS = 60_000;
const DRAIN_TURN_KEY = { pk: OUTBOX_PK, sk: "DRAIN_TURN" };

/**
 * Publish the outbox: every event recorded but not yet accepted by the sink, oldest first.
 * An event leaves the outbox only after the sink accepted it, so a sink that fails, or a
 * function that dies between the publish and the mark, sends it again later: delivery is at
 * least once, and consumers deduplicate on `eventId`. One drainer at a time holds the outbox
 * (a turn taken and renewed by conditional writes), so two drainers running together never
 * publish the same event; only a drainer that dies or stalls past its turn leaves events to
 * be sent again. An empty outbox costs one query and no write.
 */
export async function drainOutbox(deps: StoreDeps & { sink: EventSink }, maxEvents = 1000): Promise<DrainResult> {
  const result: DrainResult = { published: 0, failed: 0 };
  if ((await outboxPage(deps, undefined, 1)).items.length === 0) return result; // nothing to do: no write
  const holder = randomBytes(8).toString("hex");
  if (!(await takeTurn(deps, holder))) return result; // another drainer is at it
  try {
    // Read only once the turn is ours: a page read before could hold what another drainer
    // published meanwhile. The index lags the table, so each event is checked on the table too.
    let page: { items: Item[]; lastKey?: Item } | undefined = await outboxPage(deps, undefined);
    while (page && page.items.length > 0 && result.published + result.failed < maxEvents) {
      const events = (await stillInOutbox(deps, page.items)).map(toEvent);
      const { failed } = await deps.sink.publish(events);
      const refused = new Set(failed);
      await Promise.all(events.filter((e) => !refused.has(e.eventId)).map((e) => markPublished(deps, e)));
      result.published += events.length - refused.size;
      result.failed += refused.size;
      if (!page.lastKey || !(await takeTurn(deps, holder))) break; // renewed before each publish, or stop
      page = await outboxPage(deps, page.lastKey);
    }
  } finally {
    await endTurn(deps, holder);
  }
  return result;
}

const outboxPage = (deps: StoreDeps, start: Item | undefined, limit = PAGE) =>
  deps.table.query({
    IndexName: "outbox",
    KeyConditionExpression: "outboxPk = :pk",
    ExpressionAttributeValues: { ":pk": OUTBOX_PK },
    Limit: limit,
    ...(start ? { ExclusiveStartKey: start } : {}),
  });

/** The events of a page that the table, read consistently, still has in the outbox. */
async function stillInOutbox(deps: StoreDeps, items: Item[]) {
  const current = await deps.table.batchGet(items.map((i) => ({ pk: i.pk, sk: i.sk })), { consistent: true });
  const pending = new Set(current.filter((i) => i.outboxPk !== undefined).map((i) => i.sk as string));
  return items.filter((i) => pending.has(i.sk as string));
}

/** Take or renew the drain turn: free, expired, or already this holder's. */
async function takeTurn(deps: StoreDeps, holder: string) {
  const now = deps.clock.now();
  try {
    await deps.table.update({
      Key: DRAIN_TURN_KEY,
      UpdateExpression: "SET holder = :holder, #until = :until",
      ConditionExpression: "attribute_not_exists(holder) OR holder = :holder OR #until <= :now",
      ExpressionAttributeNames: { "#until": "until" },
      ExpressionAttributeValues: { ":holder": holder, ":until": now + DRAIN_TURN_MS, ":now": now },
    });
    return true;
  } catch (error) {
    if (error instanceof ConditionFailed) return false;
    throw error;
  }
}

async function endTurn(deps: StoreDeps, holder: string) {
  try {
    await deps.table.update({
      Key: DRAIN_TURN_KEY,
      UpdateExpression: "REMOVE holder, #until",
      ConditionExpression: "holder = :holder",
      ExpressionAttributeNames: { "#until": "until" },
      ExpressionAttributeValues: { ":holder": holder },
    });
  } catch (error) {
    if (!(error instanceof ConditionFailed)) throw error; // expired and taken by another: theirs now
  }
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
