import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { EVENT_SOURCE, eventBridgeSink } from "../../adapters/eventbridge-sink";
import type { RosterEvent } from "../../core/events/events";

const eb = mockClient(EventBridgeClient);
// The mocks replace the clients' send for the whole worker (test files share modules): put it back.
afterAll(() => { eb.restore(); });
const sink = eventBridgeSink(new EventBridgeClient({ region: "eu-west-1" }), "roster-prod-bus", 1);

const events = (n: number): RosterEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    eventId: `2026-11-23T10:00:00.000Z_${String(i).padStart(5, "0")}_abcd`,
    time: "2026-11-23T10:00:00.000Z",
    type: "node.offline",
    clusterId: "prod",
    nodeId: `n${i}`,
    detail: { epoch: 1 },
  }));

const ok = (n: number) => ({ FailedEntryCount: 0, Entries: Array.from({ length: n }, (_, i) => ({ EventId: `eb-${i}` })) });

beforeEach(() => eb.reset());

describe("EventBridge sink", () => {
  it("sends batches of at most ten entries, with source roster and the type as detail-type", async () => {
    eb.on(PutEventsCommand).callsFake((input) => ok(input.Entries.length));
    const result = await sink.publish(events(23));
    expect(result).toEqual({ failed: [] });
    const calls = eb.commandCalls(PutEventsCommand).map((c) => c.args[0].input.Entries!);
    expect(calls.map((entries) => entries.length)).toEqual([10, 10, 3]);
    expect(calls[0]![0]).toEqual({
      EventBusName: "roster-prod-bus",
      Source: EVENT_SOURCE,
      DetailType: "node.offline",
      Time: new Date("2026-11-23T10:00:00.000Z"),
      Detail: JSON.stringify(events(1)[0]),
    });
  });

  it("retries only the entries EventBridge refused (FailedEntryCount)", async () => {
    eb.on(PutEventsCommand)
      .resolvesOnce({
        FailedEntryCount: 2,
        Entries: [{ EventId: "a" }, { ErrorCode: "ThrottlingException", ErrorMessage: "slow down" }, { EventId: "c" }, { ErrorCode: "InternalFailure" }],
      })
      .resolves(ok(2));
    const batch = events(4);
    expect(await sink.publish(batch)).toEqual({ failed: [] });
    const retried = eb.commandCalls(PutEventsCommand)[1]!.args[0].input.Entries!.map((e) => JSON.parse(e.Detail!).eventId);
    expect(retried).toEqual([batch[1]!.eventId, batch[3]!.eventId]);
  });

  it("loses nothing when the first attempt throws", async () => {
    eb.on(PutEventsCommand).rejectsOnce(new Error("socket hang up")).resolves(ok(3));
    expect(await sink.publish(events(3))).toEqual({ failed: [] });
    expect(eb.commandCalls(PutEventsCommand)).toHaveLength(2);
    expect(eb.commandCalls(PutEventsCommand)[1]!.args[0].input.Entries).toHaveLength(3);
  });

  it("reports what still fails after its attempts, so it stays in the outbox", async () => {
    eb.on(PutEventsCommand).rejects(new Error("EventBridge is down"));
    const batch = events(12);
    expect((await sink.publish(batch)).failed).toEqual(batch.map((e) => e.eventId));
  });
});
