import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_NODE_SHARDS, eventPartition, nodeKey } from "../../core/store/keys";
import { type Harness, clusterWithFirstNode, harness, joinNode } from "../support/harness";

/**
 * Disagreements between the real system and the documented rules that the model-based test
 * (test/core/model.test.ts) found, or that writing their regression tests found, each as a
 * focused test through the API.
 */
let h: Harness;
beforeAll(async () => {
  h = await harness();
});

let seq = 0;
const cluster = () => clusterWithFirstNode(h, `mf${++seq}-${randomBytes(3).toString("hex")}`, "a");
const eventCount = async (clusterId: string) =>
  (await h.deps.table.query({ KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": eventPartition(clusterId) }, ConsistentRead: true })).items.length;
const storedNode = (clusterId: string, nodeId: string) => h.deps.table.get({ Key: nodeKey(clusterId, nodeId, DEFAULT_NODE_SHARDS), ConsistentRead: true });
/** A well-formed node token naming a cluster, node and epoch, with a secret nobody was given. */
const forged = (clusterId: string, nodeId: string, epoch = 1) =>
  `rnt_${Buffer.from(`${clusterId}/${nodeId}/${epoch}`).toString("base64url")}.${randomBytes(32).toString("base64url")}`;
const post = async (clusterId: string, nodeId: string, what: "drain" | "undrain", token: string) => {
  const res = await h.call("POST", `/v1/clusters/${clusterId}/nodes/${nodeId}/${what}`, { token });
  return `${what} ${nodeId}: ${res.status}${res.status >= 400 ? ` ${res.body?.error?.code}` : ""}`;
};

// API.md: "Missing/invalid token 401". Drain and undrain take an admin token or the node's own
// (README "Drain a node before an update"); any other token must be refused before anything is
// read out or written.
describe("drain and undrain with a node token that is not the node's", () => {
  // Found by the model: a node leaves, an admin forgets it, and its old token undrains it: the
  // model expects 401 (as drain answers, and every route of a node token), the system answered
  // 404 node_not_found. Replay: ROSTER_MODEL_SEED=300 (or 301) ROSTER_MODEL_LANES=1
  // ROSTER_MODEL_RUNS=60 npx vitest run test/core/model.test.ts (shrunk to those three steps).
  it("a forgotten node's own token is 401 for undrain as for drain, and changes nothing", async () => {
    const { clusterId, joinToken } = await cluster();
    const b = await joinNode(h, clusterId, "b", joinToken);
    expect((await h.call("POST", `/v1/clusters/${clusterId}/nodes/b/leave`, { token: b.nodeToken })).status).toBe(200);
    expect((await h.call("DELETE", `/v1/clusters/${clusterId}/nodes/b`, { token: h.adminToken })).status).toBe(204);
    const before = await eventCount(clusterId);
    expect([await post(clusterId, "b", "drain", b.nodeToken), await post(clusterId, "b", "undrain", b.nodeToken)]).toEqual([
      "drain b: 401 unauthorized",
      "undrain b: 401 unauthorized",
    ]);
    expect(await eventCount(clusterId)).toBe(before);
  });

  // Found writing the test above: a token that names the node's current epoch with a wrong
  // secret is answered 200 with the node's view (its URL, version, state), for drain and for
  // undrain; and undrain tells a node that exists (that 200) from one that does not (404).
  it("a forged token gets 401 whether or not the node exists, and learns nothing of it", async () => {
    const { clusterId } = await cluster();
    const before = await eventCount(clusterId);
    const answers = [];
    for (const nodeId of ["a", "ghost"]) {
      for (const what of ["drain", "undrain"] as const) answers.push(await post(clusterId, nodeId, what, forged(clusterId, nodeId)));
    }
    expect(answers).toEqual(["drain a: 401 unauthorized", "undrain a: 401 unauthorized", "drain ghost: 401 unauthorized", "undrain ghost: 401 unauthorized"]);
    expect({ draining: (await storedNode(clusterId, "a"))?.drainingSince !== undefined, events: await eventCount(clusterId) }).toEqual({ draining: false, events: before });
  });

  it("a forged token cannot undrain a node an admin drained", async () => {
    const { clusterId } = await cluster();
    expect(await post(clusterId, "a", "drain", h.adminToken)).toBe("drain a: 200");
    const before = await eventCount(clusterId);
    const answer = await post(clusterId, "a", "undrain", forged(clusterId, "a"));
    const after = { answer, draining: (await storedNode(clusterId, "a"))?.drainingSince !== undefined, events: await eventCount(clusterId) };
    expect(after).toEqual({ answer: "undrain a: 401 unauthorized", draining: true, events: before });
  });
});

// README: drain and undrain "take an admin token, or the node's own token for itself; both are
// idempotent"; a node token of an incarnation that is no longer live is refused with 409
// rejoin_required (README, node lifecycle), as drain does for a stopped node's own token.
describe("undrain with the own token of a stopped incarnation", () => {
  // Found by the model after the fix above: a node leaves, and its own token undrains it: 409
  // rejoin_required when it was not draining (seed 17 of the default run: "n2 leaves; the node
  // itself undrains n2"), but 200 and the mark lifted when it was draining, so a repeat of
  // that undrain (a lost answer) gets 409: not idempotent, and a stopped incarnation's token
  // still writes its node item. Replay: ROSTER_MODEL_SEED=302 ROSTER_MODEL_LANES=1
  // ROSTER_MODEL_RUNS=60 npx vitest run test/core/model.test.ts (shrunk to: an admin drains n1,
  // n1 leaves, n1's own token undrains it: the model expects 409 rejoin_required, the system 200).
  it("is refused the same way, draining or not, and a repeat gets the first answer", async () => {
    const { clusterId, joinToken } = await cluster();
    const b = await joinNode(h, clusterId, "b", joinToken);
    const c = await joinNode(h, clusterId, "c", joinToken);
    expect(await post(clusterId, "b", "drain", h.adminToken)).toBe("drain b: 200");
    for (const node of [b, c]) expect((await h.call("POST", `/v1/clusters/${clusterId}/nodes/${node.nodeId}/leave`, { token: node.nodeToken })).status).toBe(200);
    const before = await eventCount(clusterId);
    const answers = [
      await post(clusterId, "b", "undrain", b.nodeToken),
      await post(clusterId, "b", "undrain", b.nodeToken),
      await post(clusterId, "c", "undrain", c.nodeToken),
      await post(clusterId, "b", "drain", b.nodeToken),
    ];
    const after = { answers, draining: (await storedNode(clusterId, "b"))?.drainingSince !== undefined, events: await eventCount(clusterId) };
    expect(after).toEqual({
      answers: ["undrain b: 409 rejoin_required", "undrain b: 409 rejoin_required", "undrain c: 409 rejoin_required", "drain b: 409 rejoin_required"],
      draining: true,
      events: before,
    });
  });
});
