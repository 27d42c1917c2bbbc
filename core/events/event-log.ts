import { z } from "zod";
import { requireCluster } from "../clusters/cluster-item";
import type { Deps } from "../ports";
import { type RosterEvent, eventSchema, toEvent } from "./events";
import { eventPartition } from "../store/keys";

export const eventPageQuerySchema = z.strictObject({
  after: z.string().max(128).optional().meta({ description: "the `next` of the previous page (an eventId)" }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const eventPageSchema = z
  .object({ results: z.array(eventSchema), next: z.string().optional() })
  .meta({ id: "EventPage" });

/** The durable event log of a cluster, oldest first, one page at a time. */
export async function listEvents(
  deps: Deps,
  clusterId: string,
  query: z.infer<typeof eventPageQuerySchema>,
): Promise<{ results: RosterEvent[]; next?: string }> {
  await requireCluster(deps, clusterId);
  const page = await deps.table.query({
    KeyConditionExpression: query.after === undefined ? "pk = :pk" : "pk = :pk AND sk > :after",
    ExpressionAttributeValues: { ":pk": eventPartition(clusterId), ...(query.after === undefined ? {} : { ":after": query.after }) },
    Limit: query.limit,
    ConsistentRead: true,
  });
  const results = page.items.map(toEvent);
  const last = results.at(-1);
  return { results, ...(page.lastKey && last ? { next: last.eventId } : {}) };
}
