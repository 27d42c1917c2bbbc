import { beforeAll, describe, expect, it } from "vitest";
import type { RosterEvent } from "../../../core/events/events";
import { type EventSink, drainOutbox } from "../../../core/events/publish";
import { type Harness, clusterWithFirstNode, harness, joinNode } from "../../support/harness";

/** The outbox against DynamoDB Local: nothing is marked published unless the sink accepted it. */
let h: Harness;
beforeAll(async () => {
  h = await harness();
});

const recordingSink = (refuse: (e: RosterEvent) => boolean = () => false) => {
  const published: RosterEvent[] = [];
  const sink: EventSink = {
    async publish(events) {
      const failed = events.filter(refuse).map((e) => e.eventId);
      published.push(...events.filter((e) => !failed.includes(e.eventId)));
      return { failed };
    },
  };
  return { sink, published };
};

describe("the outbox", () => {
  it("publishes every recorded event once, oldest first; refused ones stay until accepted", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, "pub");
    await joinNode(h, clusterId, "n2", joinToken);
    const flaky = recordingSink((e) => e.nodeId === "n2");
    const first = await drainOutbox({ ...h.deps, sink: flaky.sink });
    expect(first).toEqual({ published: 2, failed: 1 });
    expect(flaky.published.map((e) => e.type)).toEqual(["cluster.initialized", "node.joined"]);

    const healthy = recordingSink();
    expect(await drainOutbox({ ...h.deps, sink: healthy.sink })).toEqual({ published: 1, failed: 0 });
    expect(healthy.published.map((e) => `${e.type}:${e.nodeId}`)).toEqual(["node.joined:n2"]);
    expect(await drainOutbox({ ...h.deps, sink: healthy.sink })).toEqual({ published: 0, failed: 0 });
  });

  it("a sink that throws loses nothing", async () => {
    await clusterWithFirstNode(h, "pub-throw");
    const broken: EventSink = { publish: async () => Promise.reject(new Error("EventBridge down")) };
    await expect(drainOutbox({ ...h.deps, sink: broken })).rejects.toThrow("EventBridge down");
    const healthy = recordingSink();
    await drainOutbox({ ...h.deps, sink: healthy.sink });
    expect(healthy.published.map((e) => e.clusterId)).toEqual(["pub-throw", "pub-throw"]);
  });

  it("an empty outbox costs one query and no write", async () => {
    await drainOutbox({ ...h.deps, sink: recordingSink().sink });
    h.requests.reset();
    await drainOutbox({ ...h.deps, sink: recordingSink().sink });
    expect(h.requests.counts).toEqual({ QueryCommand: 1 });
  });

  it("published events stay readable in the log", async () => {
    const res = await h.call("GET", "/v1/clusters/pub/events", { token: h.adminToken });
    expect(res.body.results.map((e: { type: string }) => e.type).sort()).toEqual(["cluster.initialized", "node.joined", "node.joined"]);
  });
});
