import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, checkIn, clusterWithFirstNode, harness } from "../../support/harness";

/** DESIGN.md's cost model: an idle check-in is one write request and at most one read. */
let h: Harness;
beforeAll(async () => {
  h = await harness();
});

const WRITES = ["PutItemCommand", "UpdateItemCommand", "DeleteItemCommand", "TransactWriteItemsCommand", "BatchWriteItemCommand"];
const READS = ["GetItemCommand", "QueryCommand", "ScanCommand", "BatchGetItemCommand", "TransactGetItemsCommand"];
const sum = (counts: Record<string, number>, names: string[]) => names.reduce((n, name) => n + (counts[name] ?? 0), 0);

describe("check-in cost", () => {
  it("a check-in that claims nothing makes exactly one write request and at most one read", async () => {
    const { clusterId, first } = await clusterWithFirstNode(h, "cost");
    h.requests.reset();
    const res = await checkIn(h, clusterId, first, { capacity: 2, softwareVersion: "1.0.0" });
    expect(res.status).toBe(200);
    expect(sum(h.requests.counts, WRITES)).toBe(1);
    expect(sum(h.requests.counts, READS)).toBeLessThanOrEqual(1);
    // The read is one query that returns the cluster item and any due job pointers.
    expect(h.requests.counts).toEqual({ QueryCommand: 1, UpdateItemCommand: 1 });
  });

  it("a refused check-in (stopped node) reads nothing more to explain itself", async () => {
    const { clusterId, first } = await clusterWithFirstNode(h, "cost-stopped");
    await h.call("POST", `/v1/clusters/${clusterId}/nodes/n1/leave`, { token: first.nodeToken });
    h.requests.reset();
    const res = await checkIn(h, clusterId, first);
    expect(res.status).toBe(409);
    expect(sum(h.requests.counts, WRITES)).toBe(1);
    expect(sum(h.requests.counts, READS)).toBeLessThanOrEqual(1);
  });
});
