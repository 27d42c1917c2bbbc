import { type Harness, checkIn, clusterWithFirstNode, joinNode } from "../harness";

export interface Node {
  nodeId: string;
  nodeToken: string;
  epoch: number;
}
export interface Claim {
  runId: string;
  claimToken: string;
}

/** What valid requests need: clusters, nodes with their tokens, jobs and claimed runs. */
export interface Fixtures {
  adminToken: string;
  /** The cluster most requests go to, its join token, first node, additional node. */
  clusterId: string;
  joinToken: string;
  first: Node;
  additional: Node;
  /** A node that only ever leaves, and a stopped node that may be forgotten. */
  leaver: Node;
  stoppedNodeId: string;
  /** Another cluster, for tokens on the wrong cluster. */
  other: { clusterId: string; joinToken: string; first: Node };
  /** A cluster whose join token may be rotated. */
  rotatingClusterId: string;
  jobId: string;
  deletableJobId: string;
  /** Two claims of the first node: one to start, one started to complete. */
  toStart: Claim;
  toComplete: Claim;
}

const ok = (what: string, res: { status: number; body: any }) => {
  if (res.status >= 300) throw new Error(`fixture ${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

export async function fixtures(h: Harness): Promise<Fixtures> {
  const admin = { token: h.adminToken };
  const main = await clusterWithFirstNode(h, "fz", "n1");
  const additional = await joinNode(h, "fz", "n2", main.joinToken);
  const leaver = await joinNode(h, "fz", "leaver", main.joinToken);
  const stopped = await joinNode(h, "fz", "stopped", main.joinToken);
  ok("leave", await h.call("POST", "/v1/clusters/fz/nodes/stopped/leave", { token: stopped.nodeToken }));
  const other = await clusterWithFirstNode(h, "fz-other", "m1");
  ok("rotating cluster", await h.call("POST", "/v1/clusters", { ...admin, body: { clusterId: "fz-rotating" } }));

  const job = (jobId: string, extra: object) =>
    h.call("POST", "/v1/clusters/fz/jobs", { ...admin, body: { jobId, type: "fuzz", payload: { jobId }, schedule: { rateMs: 3_600_000 }, ...extra } });
  ok("job", await job("j1", {}));
  ok("deletable job", await job("jdel", {}));
  for (const jobId of ["jclaim", "jclaim2"]) {
    ok("claimable job", await job(jobId, {}));
    ok("trigger", await h.call("POST", `/v1/clusters/fz/jobs/${jobId}/trigger`, admin));
  }
  const claims: Claim[] = ok("check-in", await checkIn(h, "fz", main.first, { capacity: 2 })).claims;
  if (claims.length !== 2) throw new Error(`fixture claims: ${claims.length}`);
  const [toStart, toComplete] = claims as [Claim, Claim];
  ok("start", await h.call("POST", `/v1/clusters/fz/runs/${encodeURIComponent(toComplete.runId)}/start`, {
    token: main.first.nodeToken,
    body: { claimToken: toComplete.claimToken },
  }));

  return {
    adminToken: h.adminToken,
    clusterId: "fz",
    joinToken: main.joinToken,
    first: main.first,
    additional,
    leaver,
    stoppedNodeId: stopped.nodeId,
    other: { clusterId: other.clusterId, joinToken: other.joinToken, first: other.first },
    rotatingClusterId: "fz-rotating",
    jobId: "j1",
    deletableJobId: "jdel",
    toStart,
    toComplete,
  };
}
