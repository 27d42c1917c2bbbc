import { beforeAll, describe, expect, it } from "vitest";
import { sweepCluster } from "../../../core/detection/sweep";
import { readCluster } from "../../../core/clusters/cluster-item";
import type { NodeItem } from "../../../core/nodes/node-item";
import { DEFAULT_NODE_SHARDS, nodeKey } from "../../../core/store/keys";
import type { UpdateInput } from "../../../core/store/table";
import type { FakeClock } from "../../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../../support/harness";

/**
 * A check-in whose write lands after a later check-in's must not move `lastCheckIn` back. An
 * agent that sends `seq` is ordered by it; an older client sends none, gives up on a slow
 * check-in and sends the next, and the first one's write can still land last (the soak saw it
 * under load: the node was timed out 2.4 s after a check-in that had been answered 200). The
 * node lifecycle's `fresh` check refuses that write.
 */
let h: Harness;
let clock: FakeClock;
beforeAll(async () => {
  h = await harness();
  clock = h.clock as FakeClock;
});

/** Holds the next heartbeat UpdateItem of `nodeId` until released; the others pass. */
function holdNextHeartbeat(nodeId: string) {
  const table = h.deps.table;
  const update = table.update.bind(table);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let reached!: () => void;
  const held = new Promise<void>((resolve) => (reached = resolve));
  let holding = true;
  table.update = async (input: UpdateInput) => {
    if (holding && (input.Key as { sk: string }).sk === nodeId && String(input.UpdateExpression).includes("lastCheckIn")) {
      holding = false;
      reached();
      await released;
    }
    return update(input);
  };
  return { held, release, restore: () => (table.update = update) };
}

const stored = async (clusterId: string, nodeId: string) =>
  (await h.deps.table.get({ Key: nodeKey(clusterId, nodeId, DEFAULT_NODE_SHARDS), ConsistentRead: true })) as NodeItem;

describe("check-ins out of order, without seq", () => {
  it("a check-in whose write lands after a later one's is refused and changes nothing; the node is not timed out early", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, "order1", "n1", { instanceTimeoutMs: 3000, instanceCheckInIntervalMs: 1000 });
    const node = await joinNode(h, clusterId, "n2", joinToken);
    const start = clock.now();

    // Check-in B starts at start+1000, and its write is held (a slow request the client gives up on).
    clock.set(start + 1000);
    const hold = holdNextHeartbeat("n2");
    const slow = checkIn(h, clusterId, node);
    await hold.held;
    // Check-in A, sent later, is answered first.
    clock.set(start + 2000);
    const later = await checkIn(h, clusterId, node);
    expect(later.status).toBe(200);
    expect((await stored(clusterId, "n2")).lastCheckIn).toBe(start + 2000);
    // B's write lands now: refused, out of order, and the last check-in stays A's.
    hold.release();
    const late = await slow;
    hold.restore();
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("check_in_out_of_order");
    expect((await stored(clusterId, "n2")).lastCheckIn).toBe(start + 2000);

    // A sweep one timeout after A (not yet past it) leaves the node running; past it, it times out.
    clock.set(start + 2000 + 3000);
    await sweepCluster(h.deps, (await readCluster(h.deps, clusterId, { consistent: true }))!);
    expect((await stored(clusterId, "n2")).state).toBe("running");
    clock.set(start + 2000 + 3001);
    await sweepCluster(h.deps, (await readCluster(h.deps, clusterId, { consistent: true }))!);
    expect((await stored(clusterId, "n2")).state).toBe("recovering");
  });

  it("the same order between a recovering node's check-ins: the late one does not undo the recovery's time", async () => {
    const { clusterId, joinToken } = await clusterWithFirstNode(h, "order2", "n1", { instanceTimeoutMs: 3000, instanceCheckInIntervalMs: 1000 });
    const node = await joinNode(h, clusterId, "n2", joinToken);
    const start = clock.now();
    clock.set(start + 3001);
    await sweepCluster(h.deps, (await readCluster(h.deps, clusterId, { consistent: true }))!);
    expect((await stored(clusterId, "n2")).state).toBe("recovering");

    clock.set(start + 4000);
    const recovered = await checkIn(h, clusterId, node);
    expect(recovered.status).toBe(200);
    expect((await stored(clusterId, "n2")).lastCheckIn).toBe(start + 4000);
    // A check-in that read the clock before that recovery, written after it.
    clock.set(start + 3500);
    const late = await checkIn(h, clusterId, node);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("check_in_out_of_order");
    expect(await stored(clusterId, "n2")).toMatchObject({ state: "running", lastCheckIn: start + 4000 });
  });
});
