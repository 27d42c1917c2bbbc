import { Hono } from "hono";
import { getCluster, listClusters, rotateJoinToken } from "../../core/clusters/clusters";
import type { Deps } from "../../core/ports";
import { RosterError } from "../../core/common/errors";
import { listEvents } from "../../core/events/event-log";
import { listJobs, triggerJob } from "../../core/jobs/jobs";
import { forgetNode, listNodes, setScheduling } from "../../core/nodes/nodes";
import { tokenMatches } from "../../core/common/tokens";
import { endSession, hasSession, sessionKey, startSession } from "./session";
import { clusterList, clusterPage, liveSection, signIn, tokenShown } from "./views";
import { drainNode, undrainNode } from "../../core/nodes/drain";
import { cancelRun } from "../../core/jobs/cancel";
import { activeRuns } from "../../core/jobs/run-recovery";
import { explainJob } from "../../core/jobs/explain";
import { explainPage } from "./explain-view";

/**
 * The dashboard at /ui: server-rendered pages over the same core the API uses. Every page
 * but sign-in needs a session; every change is a POST whose Origin must be this site.
 */
export function uiRoutes(deps: Deps, adminTokenHash: string) {
  const ui = new Hono();
  const key = sessionKey(adminTokenHash);
  const now = () => deps.clock.now();

  ui.get("/sign-in", (c) => c.html(signIn()));

  ui.post("/sign-in", async (c) => {
    if (!sameOrigin(c.req.header("origin"), c.req.url)) return c.text("cross-site request refused", 403);
    const form = await c.req.parseBody();
    const token = typeof form.token === "string" ? form.token : "";
    if (!tokenMatches(token, adminTokenHash)) return c.html(signIn("That is not the admin token."), 401);
    await startSession(c, key, now());
    return c.redirect("/ui", 303);
  });

  ui.post("/sign-out", (c) => {
    endSession(c);
    return c.redirect("/ui/sign-in", 303);
  });

  // Everything below needs a session; without one, nothing of a cluster is rendered.
  ui.use("*", async (c, next) => {
    if (!(await hasSession(c, key, now()))) return c.redirect("/ui/sign-in", 303);
    if (c.req.method === "POST" && !sameOrigin(c.req.header("origin"), c.req.url)) return c.text("cross-site request refused", 403);
    return next();
  });

  ui.get("/", async (c) => c.html(clusterList(await listClusters(deps))));

  const live = async (clusterId: string) => {
    const t = now();
    const [cluster, nodes, listed, events, active] = await Promise.all([
      getCluster(deps, clusterId),
      listNodes(deps, clusterId),
      listJobs(deps, clusterId),
      recentEvents(deps, clusterId, t - 3_600_000),
      activeRuns(deps, clusterId),
    ]);
    // The listing leaves runs out (one query per job); the page reads the runs in flight once.
    const jobs = listed.map((job) => {
      const run = active.filter((r) => r.jobId === job.jobId).at(-1);
      return job.currentRun || !run ? job : { ...job, currentRun: { runId: run.runId, state: run.state, nodeId: run.nodeId, fencingToken: run.fencingToken } };
    });
    return { cluster, section: liveSection(cluster, nodes, jobs, events, t) };
  };

  ui.get("/clusters/:id", async (c) => {
    const { cluster, section } = await live(c.req.param("id"));
    return c.html(clusterPage(cluster, section));
  });
  ui.get("/clusters/:id/live", async (c) => c.html((await live(c.req.param("id"))).section));

  ui.get("/clusters/:id/jobs/:job/explain", async (c) =>
    c.html(explainPage(c.req.param("id"), await explainJob(deps, c.req.param("id"), c.req.param("job"), 20))),
  );

  const back = (clusterId: string) => `/ui/clusters/${encodeURIComponent(clusterId)}`;
  ui.post("/clusters/:id/nodes/:node/scheduling", async (c) => {
    const form = await c.req.parseBody();
    await setScheduling(deps, c.req.param("id"), c.req.param("node"), form.enabled === "true");
    return c.redirect(back(c.req.param("id")), 303);
  });
  ui.post("/clusters/:id/nodes/:node/drain", async (c) => {
    await drainNode(deps, c.req.param("id"), c.req.param("node"), { admin: true });
    return c.redirect(back(c.req.param("id")), 303);
  });
  ui.post("/clusters/:id/nodes/:node/undrain", async (c) => {
    await undrainNode(deps, c.req.param("id"), c.req.param("node"), { admin: true });
    return c.redirect(back(c.req.param("id")), 303);
  });
  ui.post("/clusters/:id/runs/:run/cancel", async (c) => {
    await cancelRun(deps, c.req.param("id"), c.req.param("run"));
    return c.redirect(back(c.req.param("id")), 303);
  });
  ui.post("/clusters/:id/nodes/:node/forget", async (c) => {
    await forgetNode(deps, c.req.param("id"), c.req.param("node"));
    return c.redirect(back(c.req.param("id")), 303);
  });
  ui.post("/clusters/:id/jobs/:job/trigger", async (c) => {
    await triggerJob(deps, c.req.param("id"), c.req.param("job"));
    return c.redirect(back(c.req.param("id")), 303);
  });
  ui.post("/clusters/:id/join-token", async (c) => {
    const { joinToken } = await rotateJoinToken(deps, c.req.param("id"));
    c.header("Cache-Control", "no-store");
    return c.html(tokenShown(c.req.param("id"), joinToken));
  });

  ui.onError((error, c) => {
    if (error instanceof RosterError && error.status < 500) return c.text(error.message, error.status as 400);
    throw error;
  });
  return ui;
}

/** Events since `from` (event ids begin with their ISO time, so the time is a cursor). */
async function recentEvents(deps: Deps, clusterId: string, from: number) {
  const events = [];
  let after: string | undefined = new Date(from).toISOString();
  for (let pages = 0; after && pages < 20; pages++) {
    const page = await listEvents(deps, clusterId, { after, limit: 1000 });
    events.push(...page.results);
    after = page.next;
  }
  return events;
}

/** A browser's Origin must be this site's; a missing one (an old client, curl) is refused too. */
function sameOrigin(origin: string | undefined, url: string) {
  return origin !== undefined && origin === new URL(url).origin;
}
