import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import type { Deps } from "../../core/ports";
import { idSchema } from "../../core/common/ids";
import { createJob, createJobSchema, deleteJob, getJob, jobViewSchema, listJobs, triggerJob } from "../../core/jobs/jobs";
import { runViewSchema } from "../../core/jobs/run-items";
import { listRuns, runPageQuerySchema } from "../../core/jobs/runs";
import { listUpcoming, upcomingQuerySchema, upcomingViewSchema } from "../../core/jobs/upcoming";
import { explainJob, explainQuerySchema, explanationSchema } from "../../core/jobs/explain";
import { validationHook } from "../http/errors";
import { type Guard, bearerSecurity, clusterParams, errors, json, jsonBody } from "../http/openapi";

const jobParams = z.object({ clusterId: idSchema, jobId: idSchema });

/** Admin routes over a cluster's clustered jobs and their runs. */
export function jobRoutes(deps: Deps, admin: Guard) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  const common = { middleware: [admin], security: bearerSecurity, tags: ["jobs"] };

  app.openapi(
    createRoute({
      ...common,
      method: "post",
      path: "/v1/clusters/{clusterId}/jobs",
      operationId: "createJob",
      summary: "Create a job: a cron, rate or one-shot schedule",
      request: { params: clusterParams, body: jsonBody(createJobSchema) },
      responses: { 201: json(jobViewSchema, "created"), ...errors(404, 409) },
    }),
    async (c) => c.json(await createJob(deps, c.req.valid("param").clusterId, c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      ...common,
      method: "get",
      path: "/v1/clusters/{clusterId}/jobs",
      operationId: "listJobs",
      summary: "List jobs",
      request: { params: clusterParams },
      responses: { 200: json(z.object({ results: z.array(jobViewSchema) }), "jobs"), ...errors(404) },
    }),
    async (c) => c.json({ results: await listJobs(deps, c.req.valid("param").clusterId) }, 200),
  );

  app.openapi(
    createRoute({
      ...common,
      method: "get",
      path: "/v1/clusters/{clusterId}/jobs/{jobId}",
      operationId: "getJob",
      summary: "A job with its next occurrence and current run",
      request: { params: jobParams },
      responses: { 200: json(jobViewSchema, "the job"), ...errors(404) },
    }),
    async (c) => {
      const { clusterId, jobId } = c.req.valid("param");
      return c.json(await getJob(deps, clusterId, jobId), 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: "delete",
      path: "/v1/clusters/{clusterId}/jobs/{jobId}",
      operationId: "deleteJob",
      summary: "Delete a job (runs in flight finish into the history)",
      request: { params: jobParams },
      responses: { 204: { description: "deleted" }, ...errors(404, 503) },
    }),
    async (c) => {
      const { clusterId, jobId } = c.req.valid("param");
      await deleteJob(deps, clusterId, jobId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: "post",
      path: "/v1/clusters/{clusterId}/jobs/{jobId}/trigger",
      operationId: "triggerJob",
      summary: "Queue one occurrence now",
      description:
        "With an `Idempotency-Key` header, a retry with the same key (after a lost answer) queues nothing more and answers the job as it is; a job remembers its last 20 keys.",
      request: { params: jobParams, headers: z.object({ "idempotency-key": z.string().min(1).max(128).optional() }) },
      responses: { 200: json(jobViewSchema, "the job"), ...errors(404, 503) },
    }),
    async (c) => {
      const { clusterId, jobId } = c.req.valid("param");
      return c.json(await triggerJob(deps, clusterId, jobId, c.req.valid("header")["idempotency-key"]), 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: "get",
      path: "/v1/clusters/{clusterId}/jobs/{jobId}/runs",
      operationId: "listRuns",
      summary: "Run history, newest first",
      request: { params: jobParams, query: runPageQuerySchema },
      responses: { 200: json(z.object({ results: z.array(runViewSchema) }), "runs"), ...errors(404) },
    }),
    async (c) => {
      const { clusterId, jobId } = c.req.valid("param");
      return c.json({ results: await listRuns(deps, clusterId, jobId, c.req.valid("query").limit) }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: "get",
      path: "/v1/clusters/{clusterId}/jobs/{jobId}/upcoming",
      operationId: "listUpcoming",
      summary: "The next occurrences, in UTC and in the job's zone",
      description:
        "Starts from the job's next occurrence as stored, even if it is due and not yet claimed; queued occurrences (triggered or requeued) are listed among them. " +
        "A one-time job lists its moment until it is claimed, then nothing. A cron job in a zone whose clocks change: a local time that does not exist that day runs once when the clocks jump forward " +
        "(02:30 runs at 03:00), and a local time that happens twice runs once, at the first (an hourly job runs the repeated hour once); `note` says so. Reads the job and changes nothing.",
      request: { params: jobParams, query: upcomingQuerySchema },
      responses: { 200: json(upcomingViewSchema, "the next occurrences"), ...errors(404) },
    }),
    async (c) => {
      const { clusterId, jobId } = c.req.valid("param");
      return c.json(await listUpcoming(deps, clusterId, jobId, c.req.valid("query").count), 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: "get",
      path: "/v1/clusters/{clusterId}/jobs/{jobId}/explain",
      operationId: "explainJob",
      summary: "Why a job did or did not run: its next occurrence and its last ones",
      description:
        "`next` says whether the next occurrence is due and, when it is due and not running, why: blocked by the live run of a non-concurrent job (`blockedBy`), or no node can claim it, with each node's reasons in `nodes` " +
        "(not running, scheduling off, draining, not conformant, a job type or requirement it lacks, no capacity asked). `occurrences` tells the last `count` occurrences from the job's runs, newest first: " +
        "who claimed each, starts and outcomes, requeued or orphaned and why (the run lifecycle's rule), misfired, skipped by misfirePolicy doNothing, cancelled, and `waited` when a live run of the non-concurrent job held it back. " +
        "Reads the job item, the job's own runs (two range queries: no scan) and, only to explain a due occurrence, its blocking run or the cluster's nodes; changes nothing. " +
        "History goes back as far as finished runs are kept (`eventRetentionMs`); an occurrence skipped by a misfire comes from the job item, which keeps the last five. A deleted job explains itself as `deleted`.",
      request: { params: jobParams, query: explainQuerySchema },
      responses: { 200: json(explanationSchema, "the explanation"), ...errors(404) },
    }),
    async (c) => {
      const { clusterId, jobId } = c.req.valid("param");
      return c.json(await explainJob(deps, clusterId, jobId, c.req.valid("query").count), 200);
    },
  );

  return app;
}
