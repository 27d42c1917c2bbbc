import { beforeAll, describe, expect, it } from "vitest";
import { runSweep } from "../../../core/detection/sweep";
import type { FakeClock } from "../../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness } from "../../support/harness";

/** Check-ins drive the sweep while nodes talk, deciding from the cluster item they read anyway. */
let h: Harness;
const requested: string[] = [];
beforeAll(async () => {
  h = await harness();
  h.deps.sweeps = {
    request: (clusterId) => {
      requested.push(clusterId);
    },
  };
});

describe("the check-in's sweep trigger", () => {
  it("asks for a sweep when the last turn is over, not while it lasts, at no extra request", async () => {
    const { clusterId, first } = await clusterWithFirstNode(h, "trig", "n1", { instanceTimeoutMs: 10_000 });
    requested.length = 0;
    h.requests.reset();
    await checkIn(h, clusterId, first);
    expect(requested).toEqual([clusterId]); // never swept: due
    expect(h.requests.counts).toEqual({ QueryCommand: 1, UpdateItemCommand: 1 });

    // The sweep sees n1's last check-in: nothing can change before it could time out.
    await runSweep(h.deps, clusterId);
    requested.length = 0;
    (h.clock as FakeClock).advance(10_000);
    await checkIn(h, clusterId, first);
    expect(requested).toEqual([]);
    (h.clock as FakeClock).advance(1);
    await checkIn(h, clusterId, first);
    expect(requested).toEqual([clusterId]); // the first check-in past the deadline starts the sweep
  });
});
