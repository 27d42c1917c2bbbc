import { DEFAULT_SETTINGS } from "../../core/clusters/settings";
import { beforeAll, describe, expect, it } from "vitest";
import { checkInResponseSchema } from "../../core/nodes/schemas";
import { moveAnswerSchema } from "../../core/primary/move";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/**
 * The primary lease through the HTTP API (issue 17): the check-in's `role` and `primary`, the
 * cluster and node views, the events, an admin's move and its refusals, the settings, the
 * preferred node, and what each kind of check-in costs in DynamoDB requests.
 */

let h: Harness;
let clusters = 0;
beforeAll(async () => {
  h = await harness();
});

const admin = () => ({ token: h.adminToken });

async function cluster(settings: object, count = 3) {
  const clusterId = `pr${++clusters}`;
  const made = await clusterWithFirstNode(h, clusterId, "a", settings);
  const nodes = [made.first];
  for (let i = 1; i < count; i++) nodes.push(await joinNode(h, clusterId, String.fromCharCode(97 + i), made.joinToken));
  return { clusterId, joinToken: made.joinToken, nodes };
}

const move = (clusterId: string, nodeId: string) => h.call("POST", `/v1/clusters/${clusterId}/primary`, { ...admin(), body: { nodeId } });

describe("the check-in answer", () => {
  it("mode none (the default): role standby, primary null, and nothing is elected", async () => {
    const { clusterId, nodes } = await cluster({});
    for (const n of nodes) {
      const res = await checkIn(h, clusterId, n);
      expect(res.body).toMatchObject({ role: "standby", primary: null });
      checkInResponseSchema.parse(res.body);
    }
    const cl = await h.call("GET", `/v1/clusters/${clusterId}`, admin());
    expect(cl.body.primary).toBeNull();
    expect(cl.body.settings).toMatchObject({ primaryMode: "none", preferredPrimary: null, intraClusterUrlPattern: null });
  });

  it("mode any: the first check-in takes the lease, the others see it; the views and the events say so", async () => {
    const { clusterId, nodes } = await cluster({ primaryMode: "any" });
    const [a, b, c] = nodes;
    const first = await checkIn(h, clusterId, a!);
    expect(first.body).toMatchObject({ role: "primary", primary: { nodeId: "a", term: 1, since: first.body.serverTime } });
    for (const n of [b, c]) expect((await checkIn(h, clusterId, n!)).body).toMatchObject({ role: "standby", primary: { nodeId: "a", term: 1 } });
    expect((await h.call("GET", `/v1/clusters/${clusterId}`, admin())).body.primary).toEqual({ nodeId: "a", term: 1, since: first.body.serverTime });
    const list = (await h.call("GET", `/v1/clusters/${clusterId}/nodes`, admin())).body.results;
    expect(list.map((n: { instanceId: string; role: string }) => [n.instanceId, n.role])).toEqual([["a", "primary"], ["b", "standby"], ["c", "standby"]]);
    expect((await h.call("GET", `/v1/clusters/${clusterId}/nodes/a`, admin())).body.role).toBe("primary");
    const events = (await h.call("GET", `/v1/clusters/${clusterId}/events`, admin())).body.results;
    expect(events.filter((e: { type: string }) => e.type === "primary.elected").map((e: { nodeId: string; detail: object }) => [e.nodeId, e.detail])).toEqual([
      ["a", { epoch: 1, term: 1, by: "election" }],
    ]);
  });

  it("a term the node no longer holds is refused with a warning; its current term is not", async () => {
    const { clusterId, nodes } = await cluster({ primaryMode: "any" });
    const [a, b] = nodes;
    await checkIn(h, clusterId, a!);
    expect((await checkIn(h, clusterId, a!, { primaryTerm: 1 })).body).toMatchObject({ role: "primary", warnings: [] });
    expect((await checkIn(h, clusterId, b!, { primaryTerm: 1 })).body).toMatchObject({ role: "standby", warnings: ["primary term 1 is no longer valid"] });
    expect((await checkIn(h, clusterId, a!, { primaryTerm: 3 })).body).toMatchObject({ role: "primary", primary: { term: 1 }, warnings: ["primary term 3 is no longer valid"] });
    expect((await checkIn(h, clusterId, a!, { primaryTerm: 0 })).status).toBe(400);
  });

  it("a node that is not conformant is not elected; a conformant one is", async () => {
    const { clusterId, nodes } = await cluster({ primaryMode: "any" });
    const [a, b] = nodes;
    expect((await checkIn(h, clusterId, a!, { softwareVersion: "2.0.0" })).body).toMatchObject({ conformant: false, role: "standby", primary: null });
    expect((await checkIn(h, clusterId, b!)).body).toMatchObject({ role: "primary", primary: { nodeId: "b" } });
  });

  it("primaryMode none releases: the holder's next check-in gives it up (primary.lost, disabled)", async () => {
    const { clusterId, nodes } = await cluster({ primaryMode: "any" });
    const [a, b] = nodes;
    await checkIn(h, clusterId, a!);
    expect((await h.call("PATCH", `/v1/clusters/${clusterId}`, { ...admin(), body: { settings: { primaryMode: "none" } } })).status).toBe(200);
    expect((await checkIn(h, clusterId, b!)).body).toMatchObject({ role: "standby", primary: { nodeId: "a" } }); // not released yet
    expect((await checkIn(h, clusterId, a!)).body).toMatchObject({ role: "standby", primary: null });
    expect((await checkIn(h, clusterId, b!)).body).toMatchObject({ role: "standby", primary: null });
    expect((await h.call("GET", `/v1/clusters/${clusterId}`, admin())).body.primary).toBeNull();
    const lost = (await h.call("GET", `/v1/clusters/${clusterId}/events`, admin())).body.results.filter((e: { type: string }) => e.type === "primary.lost");
    expect(lost.map((e: { nodeId: string; detail: object }) => [e.nodeId, e.detail])).toEqual([["a", { epoch: 1, term: 1, reason: "disabled" }]]);
    // Back to any: a new term, never the old one.
    await h.call("PATCH", `/v1/clusters/${clusterId}`, { ...admin(), body: { settings: { primaryMode: "any" } } });
    expect((await checkIn(h, clusterId, b!)).body).toMatchObject({ role: "primary", primary: { nodeId: "b", term: 2 } });
  });
});

describe("mode preferred", () => {
  it("the preferred node takes the lease when it runs; others only when it does not, and it takes it back", async () => {
    const { clusterId, nodes } = await cluster({ primaryMode: "preferred", preferredPrimary: "c" });
    const [a, b, c] = nodes;
    // c is running and conformant: a and b leave the lease to it.
    expect((await checkIn(h, clusterId, a!)).body).toMatchObject({ role: "standby", primary: null });
    expect((await checkIn(h, clusterId, c!)).body).toMatchObject({ role: "primary", primary: { nodeId: "c", term: 1 } });
    // c leaves: the lease is free, and another node takes it instead.
    await h.call("POST", `/v1/clusters/${clusterId}/nodes/c/leave`, { token: c!.nodeToken });
    expect((await checkIn(h, clusterId, b!)).body).toMatchObject({ role: "primary", primary: { nodeId: "b", term: 2 } });
    // c comes back: once it has been running for a timeout's length (not before: a flapping
    // preferred node must not pull the lease away each time) it asks, b hands over at its next
    // check-in, c learns it at its next one.
    const back = await joinNode(h, clusterId, "c", (await h.call("POST", `/v1/clusters/${clusterId}/join-token`, admin())).body.joinToken);
    expect((await checkIn(h, clusterId, back)).body).toMatchObject({ role: "standby", primary: { nodeId: "b", term: 2 } });
    expect((await h.call("GET", `/v1/clusters/${clusterId}`, admin())).body.handoverTo).toBeUndefined();
    (h.clock as FakeClock).advance(DEFAULT_SETTINGS.instanceTimeoutMs - 1);
    expect((await checkIn(h, clusterId, b!)).body).toMatchObject({ role: "primary", primary: { nodeId: "b", term: 2 } });
    expect((await checkIn(h, clusterId, back)).body).toMatchObject({ role: "standby", primary: { nodeId: "b", term: 2 } });
    expect((await h.call("GET", `/v1/clusters/${clusterId}`, admin())).body.handoverTo).toBeUndefined();
    (h.clock as FakeClock).advance(1);
    expect((await checkIn(h, clusterId, back)).body).toMatchObject({ role: "standby", primary: { nodeId: "b", term: 2 } });
    expect((await h.call("GET", `/v1/clusters/${clusterId}`, admin())).body).toMatchObject({ primary: { nodeId: "b" }, handoverTo: "c" });
    expect((await checkIn(h, clusterId, b!)).body).toMatchObject({ role: "standby", primary: { nodeId: "c", term: 3 } });
    expect((await checkIn(h, clusterId, back)).body).toMatchObject({ role: "primary", primary: { nodeId: "c", term: 3 } });
    expect((await h.call("GET", `/v1/clusters/${clusterId}`, admin())).body.handoverTo).toBeUndefined();
  });

  it("a running preferred node that is not conformant does not keep the others from the lease", async () => {
    const { clusterId, nodes } = await cluster({ primaryMode: "preferred", preferredPrimary: "c" });
    const [a, , c] = nodes;
    expect((await checkIn(h, clusterId, c!, { softwareVersion: "9" })).body).toMatchObject({ conformant: false, role: "standby" });
    expect((await checkIn(h, clusterId, a!)).body).toMatchObject({ role: "primary", primary: { nodeId: "a" } });
  });
});

describe("POST /v1/clusters/{clusterId}/primary", () => {
  it("gives a free lease at once; hands a held one over at the holder's next check-in; moving it to its holder drops the move", async () => {
    const { clusterId, nodes } = await cluster({ primaryMode: "any" });
    const [a, b, c] = nodes;
    const appointed = await move(clusterId, "b");
    expect(appointed.status).toBe(202);
    moveAnswerSchema.parse(appointed.body);
    expect(appointed.body).toMatchObject({ primary: { nodeId: "b", term: 1 }, handoverTo: null });
    expect((await checkIn(h, clusterId, b!)).body).toMatchObject({ role: "primary", primary: { nodeId: "b", term: 1 } });

    const moved = await move(clusterId, "c");
    expect(moved).toMatchObject({ status: 202, body: { primary: { nodeId: "b", term: 1 }, handoverTo: "c" } });
    expect((await checkIn(h, clusterId, c!)).body).toMatchObject({ role: "standby", primary: { nodeId: "b" } }); // not yet
    expect((await checkIn(h, clusterId, b!)).body).toMatchObject({ role: "standby", primary: { nodeId: "c", term: 2 } }); // handed over
    expect((await checkIn(h, clusterId, c!)).body).toMatchObject({ role: "primary", primary: { nodeId: "c", term: 2 } });
    const events = (await h.call("GET", `/v1/clusters/${clusterId}/events`, admin())).body.results.filter((e: { type: string }) => e.type.startsWith("primary."));
    expect(events.map((e: { type: string; nodeId: string; detail: { term: number; reason?: string } }) => [e.type, e.nodeId, e.detail.term, e.detail.reason])).toEqual(
      expect.arrayContaining([
        ["primary.elected", "b", 1, undefined],
        ["primary.lost", "b", 1, "handover"],
        ["primary.elected", "c", 2, undefined],
      ]),
    );

    expect((await move(clusterId, "a")).body).toMatchObject({ handoverTo: "a" });
    expect((await move(clusterId, "c")).body).toMatchObject({ primary: { nodeId: "c" }, handoverTo: null });
    expect((await checkIn(h, clusterId, c!)).body).toMatchObject({ role: "primary", primary: { nodeId: "c", term: 2 } });
    expect((await checkIn(h, clusterId, a!)).body.role).toBe("standby");
  });

  it("a holder that says it holds its term is told standby first and keeps the lease; it moves when the holder no longer claims it (a lost answer never leaves two believers)", async () => {
    const { clusterId, nodes } = await cluster({ primaryMode: "any" });
    const [a, b] = nodes;
    expect((await checkIn(h, clusterId, a!)).body.primary.term).toBe(1);
    expect((await move(clusterId, "b")).body.handoverTo).toBe("b");
    // The holder still believes term 1 (say the answer below is lost: it goes on believing).
    expect((await checkIn(h, clusterId, a!, { primaryTerm: 1 })).body).toMatchObject({ role: "standby", primary: null });
    expect((await checkIn(h, clusterId, b!)).body).toMatchObject({ role: "standby", primary: { nodeId: "a", term: 1 } }); // nothing moved
    expect((await checkIn(h, clusterId, a!, { primaryTerm: 1 })).body).toMatchObject({ role: "standby" });
    expect((await h.call("GET", `/v1/clusters/${clusterId}`, admin())).body).toMatchObject({ primary: { nodeId: "a", term: 1 }, handoverTo: "b" });
    // It heard standby and let go: now the lease moves, and b learns it at its next check-in.
    expect((await checkIn(h, clusterId, a!)).body).toMatchObject({ role: "standby", primary: { nodeId: "b", term: 2 } });
    expect((await checkIn(h, clusterId, b!)).body).toMatchObject({ role: "primary", primary: { nodeId: "b", term: 2 } });
  });

  it("a move to a node that stopped before the handover is dropped by the holder, who keeps the lease", async () => {
    const { clusterId, nodes } = await cluster({ primaryMode: "any" });
    const [a, b] = nodes;
    await checkIn(h, clusterId, a!);
    expect((await move(clusterId, "b")).body.handoverTo).toBe("b");
    await h.call("POST", `/v1/clusters/${clusterId}/nodes/b/leave`, { token: b!.nodeToken });
    // Claiming its term, it is not even told standby first: there is nobody to hand over to.
    expect((await checkIn(h, clusterId, a!, { primaryTerm: 1 })).body).toMatchObject({ role: "primary", primary: { nodeId: "a", term: 1 } });
    expect((await h.call("GET", `/v1/clusters/${clusterId}`, admin())).body.handoverTo).toBeUndefined();
  });

  it("refuses: an unknown node 404, a node that is not running 409, primaryMode none 409, an unknown cluster 404, a bad body 400", async () => {
    const { clusterId, nodes } = await cluster({ primaryMode: "any" });
    await h.call("POST", `/v1/clusters/${clusterId}/nodes/c/leave`, { token: nodes[2]!.nodeToken });
    expect(await move(clusterId, "nobody")).toMatchObject({ status: 404, body: { error: { code: "node_not_found" } } });
    expect(await move(clusterId, "c")).toMatchObject({ status: 409, body: { error: { code: "node_not_running" } } });
    expect(await move("no-such-cluster", "a")).toMatchObject({ status: 404, body: { error: { code: "cluster_not_found" } } });
    expect((await h.call("POST", `/v1/clusters/${clusterId}/primary`, { ...admin(), body: { nodeId: ".bad" } })).status).toBe(400);
    expect((await h.call("POST", `/v1/clusters/${clusterId}/primary`, { ...admin(), body: {} })).status).toBe(400);
    expect((await h.call("POST", `/v1/clusters/${clusterId}/primary`, { token: nodes[0]!.nodeToken, body: { nodeId: "a" } })).status).toBe(403);
    const off = await cluster({});
    expect(await move(off.clusterId, "b")).toMatchObject({ status: 409, body: { error: { code: "primary_disabled" } } });
  });
});

describe("settings", () => {
  it("take primaryMode and preferredPrimary, and refuse what is not one", async () => {
    const { clusterId } = await cluster({});
    const patch = (settings: object) => h.call("PATCH", `/v1/clusters/${clusterId}`, { ...admin(), body: { settings } });
    expect((await patch({ primaryMode: "preferred", preferredPrimary: "b" })).body.settings).toMatchObject({ primaryMode: "preferred", preferredPrimary: "b" });
    expect((await patch({ preferredPrimary: null })).body.settings.preferredPrimary).toBeNull();
    expect((await patch({ primaryMode: "sometimes" })).status).toBe(400);
    expect((await patch({ preferredPrimary: ".x" })).status).toBe(400);
    expect((await patch({ primaryMode: null })).status).toBe(400);
  });
});

describe("what a check-in costs with the lease", () => {
  const count = async (run: () => Promise<unknown>) => {
    h.requests.reset();
    await run();
    return { ...h.requests.counts };
  };

  it("mode none, a holder, a standby: one UpdateItem and one Query each; an election adds one transaction", async () => {
    const none = await cluster({});
    expect(await count(() => checkIn(h, none.clusterId, none.nodes[1]!))).toEqual({ UpdateItemCommand: 1, QueryCommand: 1 });
    const any = await cluster({ primaryMode: "any" });
    expect(await count(() => checkIn(h, any.clusterId, any.nodes[0]!))).toEqual({ UpdateItemCommand: 1, QueryCommand: 1, TransactWriteItemsCommand: 1 });
    expect(await count(() => checkIn(h, any.clusterId, any.nodes[0]!))).toEqual({ UpdateItemCommand: 1, QueryCommand: 1 });
    expect(await count(() => checkIn(h, any.clusterId, any.nodes[1]!))).toEqual({ UpdateItemCommand: 1, QueryCommand: 1 });
    (h.clock as FakeClock).advance(1000);
    expect(await count(() => checkIn(h, any.clusterId, any.nodes[1]!, { primaryTerm: 1 }))).toEqual({ UpdateItemCommand: 1, QueryCommand: 1 });
  });
});
