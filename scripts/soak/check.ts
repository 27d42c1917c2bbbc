/**
 * The soak's checker: reads what a soak left in its directory (history.log written by the jobs,
 * runs.json / events.json / nodes.json / jobs.json fetched from Roster at the end, soak.json and
 * sim.json written by the driver, the agents' logs) and checks Roster's promises. Runnable alone:
 *
 *   npx tsx scripts/soak/check.ts <dir>
 *
 * Exits non-zero on any violation. It is strict on purpose: a violation is a finding to report,
 * not something to relax here.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { percentile, slope } from "./stats";

interface Run {
  runId: string;
  jobId: string;
  state: "claimed" | "started" | "succeeded" | "failed" | "requeued" | "orphaned";
  nodeId: string;
  epoch: number;
  fencingToken: number;
  scheduledFor: string;
  claimedAt: string;
  startedAt?: string;
  finishedAt?: string;
  message?: string;
}
interface Event {
  eventId: string;
  time: string;
  type: string;
  nodeId?: string;
  jobId?: string;
  detail: Record<string, any>;
}
interface Line {
  what: "start" | "end" | "kill";
  runId: string;
  token: number;
  jobId: string;
  nodeId: string;
  at: number; // ms (from ns)
}

export interface Report {
  violations: string[];
  figures: [string, string][];
  notes: string[];
}

const TERMINAL = new Set(["succeeded", "failed", "requeued", "orphaned"]);
const ms = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));
const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "-");
const read = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), "utf8"));

export function checkSoak(dir: string): Report {
  const record = read(dir, "soak.json");
  const sims: { nodeId: string; ok: [number, number, number][]; failures: { at: number; status: number }[] }[] = read(dir, "sim.json");
  const runsByJob: Record<string, Run[]> = read(dir, "runs.json");
  const events: Event[] = read(dir, "events.json");
  const nodes: { instanceId: string; state: string; epoch: number }[] = read(dir, "nodes.json");
  const jobs: { jobId: string }[] = read(dir, "jobs.json");
  const { instanceTimeoutMs: T, instanceCheckInIntervalMs: I, instanceRecoveryTimeoutMs: R } = record.settings;
  const violations: string[] = [];
  const notes: string[] = [...(record.notes ?? [])];
  const figures: [string, string][] = [];
  const fail = (what: string) => violations.push(what);

  const history: Line[] = [];
  if (existsSync(join(dir, "history.log"))) {
    for (const raw of readFileSync(join(dir, "history.log"), "utf8").split("\n")) {
      const [what, runId, token, jobId, nodeId, ns] = raw.trim().split(" ");
      if (!ns || !["start", "end", "kill"].includes(what!)) continue;
      history.push({ what: what as Line["what"], runId: runId!, token: Number(token), jobId: jobId!, nodeId: nodeId!, at: Number(BigInt(ns) / 1_000_000n) });
    }
  }
  const linesOf = new Map<string, Line[]>();
  for (const l of history) linesOf.set(l.runId, [...(linesOf.get(l.runId) ?? []), l]);

  const allRuns = Object.values(runsByJob).flat();
  const runById = new Map(allRuns.map((r) => [r.runId, r]));
  for (const [jobId, runs] of Object.entries(runsByJob)) {
    if (runs.length >= 1000) fail(`${jobId}: 1000 runs listed, the history may be cut (run a shorter soak)`);
  }
  const restarts: { killedAt: number; readyAt: number }[] = record.restarts;
  const restartWindow = (t: number) => restarts.some((r) => t >= r.killedAt && t <= r.readyAt + T + I + 1000);
  const overlapsRestart = (a: number, b: number) => restarts.some((r) => a <= r.readyAt + T + I + 1000 && b >= r.killedAt);

  // --- 1. Occurrences: at most one completed run; more than one started only if the others were orphaned
  let occurrences = 0;
  let doubleRuns = 0;
  for (const [jobId, runs] of Object.entries(runsByJob)) {
    const byOccurrence = new Map<string, Run[]>();
    for (const r of runs) byOccurrence.set(r.scheduledFor, [...(byOccurrence.get(r.scheduledFor) ?? []), r]);
    for (const [at, group] of byOccurrence) {
      const started = group.filter((r) => r.startedAt !== undefined || ["started", "succeeded", "failed", "orphaned"].includes(r.state) || linesOf.has(r.runId));
      if (started.length > 0) occurrences++;
      const completed = group.filter((r) => r.state === "succeeded" || r.state === "failed");
      if (completed.length > 1) {
        doubleRuns++;
        fail(`${jobId} occurrence ${at} completed by ${completed.length} runs: ${completed.map((r) => `${r.runId} (${r.nodeId}/${r.epoch}, ${r.state})`).join(", ")}`);
      }
      const notOrphaned = started.filter((r) => r.state !== "orphaned");
      if (started.length > 1 && notOrphaned.length > 1) {
        doubleRuns++;
        fail(`${jobId} occurrence ${at} started by ${started.length} runs, ${notOrphaned.length} of them not orphaned: ${started.map((r) => `${r.runId} ${r.state}`).join(", ")}`);
      }
    }
  }
  for (const [runId, lines] of linesOf) {
    const run = runById.get(runId);
    if (!run) {
      fail(`run ${runId} executed (history: ${lines.map((l) => l.what).join(",")}) but Roster does not list it`);
      continue;
    }
    if (run.state === "requeued" || run.state === "claimed") fail(`run ${runId} executed on ${lines[0]!.nodeId} but Roster has it ${run.state} (never started)`);
    const start = lines.find((l) => l.what === "start");
    if (start && run.startedAt && start.at + 5 < ms(run.startedAt)!) fail(`run ${runId} began executing at ${new Date(start.at).toISOString()}, before Roster recorded its start ${run.startedAt}`);
    if (start && (start.token !== run.fencingToken || start.nodeId !== run.nodeId)) fail(`run ${runId}: history says token ${start.token} on ${start.nodeId}, Roster says ${run.fencingToken} on ${run.nodeId}`);
  }

  // --- 2. Non-concurrent jobs: no two runs executing while Roster considered both live
  const killedProcs = (record.agentProcs as { nodeId: string; startedAt: number; endedAt?: number; how?: string }[]).filter((p) => p.how === "SIGKILL");
  const soakEnd: number = record.endedAt + 60_000;
  let overlaps = 0;
  for (const [jobId, runs] of Object.entries(runsByJob)) {
    if (record.jobs[jobId]?.concurrent) continue;
    const spans: { run: Run; from: number; to: number; how: string }[] = [];
    for (const run of runs) {
      const lines = linesOf.get(run.runId);
      const start = lines?.find((l) => l.what === "start");
      if (!start) continue;
      const stop = lines!.find((l) => l.what !== "start");
      const killedWith = killedProcs.find((p) => p.nodeId === run.nodeId && start.at >= p.startedAt && p.endedAt !== undefined && start.at <= p.endedAt);
      const execEnd = stop?.at ?? killedWith?.endedAt ?? soakEnd;
      const liveFrom = ms(run.claimedAt)!;
      const liveTo = ms(run.finishedAt) ?? terminalEventTime(events, run.runId) ?? soakEnd;
      const from = Math.max(start.at, liveFrom);
      const to = Math.min(execEnd, liveTo);
      if (to > from) spans.push({ run, from, to, how: stop?.what ?? (killedWith ? "SIGKILL" : "no end line") });
    }
    spans.sort((a, b) => a.from - b.from);
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length && spans[j]!.from < spans[i]!.to; j++) {
        overlaps++;
        const [a, b] = [spans[i]!, spans[j]!];
        fail(
          `${jobId}: runs ${a.run.runId} (${a.run.nodeId}, token ${a.run.fencingToken}, ${a.run.state}, ended by ${a.how}) and ${b.run.runId} (${b.run.nodeId}, token ${b.run.fencingToken}, ${b.run.state}) executed at once while both live, for ${a.to - b.from} ms from ${new Date(b.from).toISOString()}`,
        );
      }
    }
  }

  // --- 3. Fencing tokens strictly increase with claim order (the event log's order)
  const claimsByJob = new Map<string, Event[]>();
  for (const e of events) if (e.type === "job.claimed") claimsByJob.set(e.jobId!, [...(claimsByJob.get(e.jobId!) ?? []), e]);
  for (const [jobId, claims] of claimsByJob) {
    for (let i = 1; i < claims.length; i++) {
      if (!(claims[i]!.detail.fencingToken > claims[i - 1]!.detail.fencingToken)) {
        fail(`${jobId}: claim ${claims[i]!.detail.runId} has fencing token ${claims[i]!.detail.fencingToken} after ${claims[i - 1]!.detail.runId} with ${claims[i - 1]!.detail.fencingToken}`);
      }
    }
    for (const c of claims) {
      const run = runById.get(c.detail.runId);
      if (run && run.fencingToken !== c.detail.fencingToken) fail(`run ${run.runId}: token ${run.fencingToken}, its claim event says ${c.detail.fencingToken}`);
    }
  }

  // --- 4. Events: each change exactly once
  const eventsOfRun = new Map<string, Event[]>();
  for (const e of events) if (e.type.startsWith("job.") && e.detail.runId) eventsOfRun.set(e.detail.runId, [...(eventsOfRun.get(e.detail.runId) ?? []), e]);
  for (const run of allRuns) {
    const es = eventsOfRun.get(run.runId) ?? [];
    const n = (type: string) => es.filter((e) => e.type === type).length;
    const terminal = n("job.completed") + n("job.requeued") + n("job.orphaned");
    if (n("job.claimed") !== 1) fail(`run ${run.runId}: ${n("job.claimed")} job.claimed events`);
    if (n("job.started") > 1 || (n("job.started") === 1) !== (run.startedAt !== undefined)) fail(`run ${run.runId} (${run.state}, startedAt ${run.startedAt}): ${n("job.started")} job.started events`);
    if (terminal !== (TERMINAL.has(run.state) ? 1 : 0)) fail(`run ${run.runId} (${run.state}): ${terminal} terminal events (${es.map((e) => e.type).join(", ")})`);
    const completed = es.find((e) => e.type === "job.completed");
    if (completed && completed.detail.outcome !== run.state) fail(`run ${run.runId} is ${run.state} but its job.completed says ${completed.detail.outcome}`);
    if (run.state === "requeued" && n("job.requeued") !== 1) fail(`run ${run.runId} requeued without its job.requeued event`);
    if (run.state === "orphaned" && n("job.orphaned") !== 1) fail(`run ${run.runId} orphaned without its job.orphaned event`);
  }
  if (allRuns.length > 0 && allRuns.length < 1000 * Object.keys(runsByJob).length) {
    for (const runId of eventsOfRun.keys()) if (!runById.has(runId)) fail(`events name run ${runId}, which Roster does not list`);
  }
  const byIncarnation = new Map<string, Event[]>();
  for (const e of events) {
    if (!e.type.startsWith("node.") || e.nodeId === undefined) continue;
    const key = `${e.nodeId}/${e.detail.epoch ?? "?"}`;
    byIncarnation.set(key, [...(byIncarnation.get(key) ?? []), e]);
  }
  // Counted, not replayed in order: an event's time is its writer's clock reading, taken before a
  // write that may land after a concurrent one (a slow check-in's node.recovered can carry an
  // earlier time than the sweep's node.recovering it answers).
  for (const [key, es] of byIncarnation) {
    const n = (type: string) => es.filter((e) => e.type === `node.${type}`).length;
    const closed = n("recovered") + n("offline");
    const bad = n("joined") > 1 || n("offline") > 1 || n("left") > 1 || n("superseded") > 1 || !(closed === n("recovering") || closed === n("recovering") - 1);
    if (bad) fail(`${key}: events ${es.map((x) => `${x.type.slice(5)}@${x.time.slice(11, 23)}`).join(" ")}: a change recorded twice or a transition without its event`);
  }

  // --- 5. Simulated nodes that kept checking in are never marked (false offlines)
  const simById = new Map(sims.map((s) => [s.nodeId, s]));
  const silencesOf = (nodeId: string) => (record.silences as { nodeId: string; from: number; to: number }[]).filter((s) => s.nodeId === nodeId);
  let falseOfflines = 0;
  let unexplained = 0;
  for (const e of events) {
    if (e.type !== "node.recovering" && e.type !== "node.offline") continue;
    const sim = e.nodeId ? simById.get(e.nodeId) : undefined;
    if (!sim) continue;
    const t = ms(e.time)!;
    const proof = sim.ok.find(([sent, received, epoch]) => epoch === e.detail.epoch && sent > t - T && received <= t);
    if (proof) {
      falseOfflines++;
      fail(`${e.nodeId} marked ${e.type.slice(5)} at ${e.time} (epoch ${e.detail.epoch}) though its check-in sent at ${new Date(proof[0]).toISOString()} was answered 200 at ${new Date(proof[1]).toISOString()}`);
      continue;
    }
    const silenced = silencesOf(sim.nodeId).some((s) => t >= s.from && t <= s.to + I + 1000);
    const windingDown = t >= record.endedAt; // the simulated nodes stop on purpose at the end
    if (!silenced && !restartWindow(t) && !windingDown) {
      unexplained++;
      const missed = sim.failures.filter((f) => f.at > t - T - I && f.at <= t).map((f) => f.status);
      notes.push(`${e.nodeId} ${e.type.slice(5)} at ${e.time}, not silenced, no server restart: its own check-ins failed or were late (statuses ${missed.join(",") || "none sent"})`);
    }
  }

  // --- 6. Silenced nodes are detected in time (unless a restart or the disruption guard is in the way)
  const disrupted: [number, number][] = [];
  for (const e of events) {
    if (e.type === "cluster.disrupted") disrupted.push([ms(e.time)!, Number.POSITIVE_INFINITY]);
    if (e.type === "cluster.stabilized" && disrupted.length > 0) disrupted[disrupted.length - 1]![1] = ms(e.time)!;
  }
  const guardHeld = (a: number, b: number) => disrupted.some(([from, to]) => a <= to && b >= from);
  const detect: number[] = [];
  const offline: number[] = [];
  let excused = 0;
  const slack = 500;
  for (const s of record.silences as { nodeId: string; from: number; to: number }[]) {
    const sim = simById.get(s.nodeId);
    if (!sim) continue;
    const before = sim.ok.filter(([sent]) => sent < s.from);
    if (before.length === 0) continue;
    const lastOkSent = Math.max(...before.map(([sent]) => sent));
    // The reference is the last check-in Roster received (the event says which): a check-in the
    // node gave up on (its answer late) may still have landed after the last one answered 200.
    const rec0 = events.find((e) => e.nodeId === s.nodeId && e.type === "node.recovering" && ms(e.time)! >= s.from && ms(e.time)! <= s.to + I + 1000);
    const received = ms(rec0?.detail.lastCheckIn as string | undefined);
    if (received !== undefined && received < lastOkSent) fail(`${s.nodeId}: Roster's last check-in ${rec0!.detail.lastCheckIn} is older than one it answered 200 (sent ${new Date(lastOkSent).toISOString()})`);
    const lastOk = received ?? lastOkSent;
    const recoverBy = lastOk + T + I + slack;
    const offlineBy = recoverBy + R + I + slack;
    if (overlapsRestart(lastOk, offlineBy) || guardHeld(lastOk, offlineBy)) {
      excused++;
      continue;
    }
    const mine = events.filter((e) => e.nodeId === s.nodeId && ms(e.time)! >= lastOk && ms(e.time)! <= s.to + I + 1000);
    const rec = mine.find((e) => e.type === "node.recovering");
    if (!rec || ms(rec.time)! > recoverBy) {
      fail(`${s.nodeId} silent from ${new Date(lastOk).toISOString()} (last check-in received) not recovering by +${T + I + slack} ms: ${rec ? `at +${ms(rec.time)! - lastOk} ms` : "never"}`);
      continue;
    }
    detect.push(ms(rec.time)! - lastOk);
    const off = mine.find((e) => e.type === "node.offline");
    if (s.to >= offlineBy) {
      if (!off || ms(off.time)! > offlineBy) fail(`${s.nodeId} recovering at ${rec.time}, not offline ${R + I + slack} ms later: ${off ? off.time : "never"}`);
    }
    if (off) offline.push(ms(off.time)! - ms(rec.time)!);
  }

  // --- 7. Acknowledged writes survive the crash
  const jobIds = new Set(jobs.map((j) => j.jobId));
  for (const c of record.jobCreates as { jobId: string; status: number }[]) if (c.status === 201 && !jobIds.has(c.jobId)) fail(`job ${c.jobId} was created (201) and is gone`);
  const once = runsByJob["soak-once"] ?? [];
  let triggersOk = 0;
  const unclaimed: number[] = [];
  for (const t of record.triggers as { sentAt: number; receivedAt: number; status: number }[]) {
    if (t.status !== 200) continue;
    triggersOk++;
    if (!once.some((r) => ms(r.scheduledFor)! >= t.sentAt - 1 && ms(r.scheduledFor)! <= t.receivedAt + 1)) unclaimed.push(t.receivedAt);
  }
  // Not claimed yet is not lost: the job's queue must still hold at least that many occurrences.
  const queued = (jobs.find((j) => j.jobId === "soak-once") as { queued?: number } | undefined)?.queued ?? 0;
  if (unclaimed.length > queued) {
    fail(`${unclaimed.length} acknowledged triggers have no run and only ${queued} occurrences are queued (lost): ${unclaimed.map((t) => new Date(t).toISOString()).join(", ")}`);
  } else if (unclaimed.length > 0) notes.push(`${unclaimed.length} acknowledged trigger(s) still queued at the end (queued ${queued})`);
  let acked = 0;
  const agentDir = join(dir, "agents");
  for (const file of existsSync(agentDir) ? readdirSync(agentDir) : []) {
    for (const line of readFileSync(join(agentDir, file), "utf8").split("\n")) {
      const at = line.indexOf("] job finished {");
      if (at < 0) continue;
      const fields = JSON.parse(line.slice(at + "] job finished ".length));
      acked++;
      const run = runById.get(fields.runId);
      if (!run || run.state !== fields.outcome) fail(`run ${fields.runId} completed ${fields.outcome} (200 to ${file.replace(/\.log$/, "")}) but Roster has ${run ? run.state : "no such run"}`);
    }
  }
  const nodeById = new Map(nodes.map((n) => [n.instanceId, n]));
  for (const sim of sims) {
    const lastEpoch = Math.max(...sim.ok.map(([, , e]) => e), 0);
    const n = nodeById.get(sim.nodeId);
    if (!n || n.epoch < lastEpoch) fail(`${sim.nodeId}: epoch ${lastEpoch} was acknowledged, Roster now lists ${n ? n.epoch : "no node"}`);
  }

  // --- 8. No 5xx
  const fiveXx = [...record.counts.sim.fiveXx, ...record.counts.admin.fiveXx];
  for (const f of fiveXx.slice(0, 20)) fail(`${f.status} ${f.code ?? ""} on ${f.path} at ${new Date(f.at).toISOString()}`);
  if (fiveXx.length > 20) fail(`… and ${fiveXx.length - 20} more 5xx answers`);

  // --- 9. Every run terminal, or in flight with a live owner
  let inFlight = 0;
  for (const run of allRuns) {
    if (TERMINAL.has(run.state)) continue;
    inFlight++;
    const owner = nodeById.get(run.nodeId);
    const guardAtEnd = disrupted.length > 0 && disrupted[disrupted.length - 1]![1] === Number.POSITIVE_INFINITY;
    if ((!owner || owner.state !== "running" || owner.epoch !== run.epoch) && guardAtEnd) {
      notes.push(`run ${run.runId} still ${run.state} on ${run.nodeId}/${run.epoch} (${owner ? owner.state : "gone"}): held back by the disruption guard, which holds at the end`);
    } else if (!owner || owner.state !== "running" || owner.epoch !== run.epoch) {
      fail(`run ${run.runId} is still ${run.state} on ${run.nodeId}/${run.epoch}, which is ${owner ? `${owner.state}/${owner.epoch}` : "gone"}`);
    }
  }

  // --- 10. Memory: RSS after warm-up
  const samples: { at: number; server?: number; java?: number; agents: Record<string, number> }[] = record.rss;
  const segments: (typeof samples)[] = [];
  for (const s of samples) {
    const seg = segments[segments.length - 1];
    if (!seg || restarts.some((r) => r.killedAt > seg[seg.length - 1]!.at && r.killedAt <= s.at)) segments.push([s]);
    else seg.push(s);
  }
  const warm = (seg: typeof samples) => seg.filter((s) => s.at >= seg[0]!.at + 30_000);
  const longest = segments.reduce<typeof samples>((a, b) => (warm(b).length > warm(a).length ? b : a), []);
  const perMin = (points: [number, number][]) => slope(points) * 60_000;
  const serverSlope = perMin(warm(longest).filter((s) => s.server).map((s) => [s.at, s.server!]));
  const javaSlope = perMin(warm(longest).filter((s) => s.java).map((s) => [s.at, s.java!]));
  const agentSeries = new Map<string, [number, number][]>();
  for (const s of samples.filter((x) => x.at >= (samples[0]?.at ?? 0) + 30_000)) {
    for (const [pid, kib] of Object.entries(s.agents)) agentSeries.set(pid, [...(agentSeries.get(pid) ?? []), [s.at, kib]]);
  }
  const agentSlopes = [...agentSeries.values()].filter((p) => p.length >= 10).map(perMin);
  const agentSlope = percentile(agentSlopes, 50);
  const spanMin = longest.length > 1 ? (longest[longest.length - 1]!.at - longest[0]!.at) / 60_000 : 0;
  if (spanMin >= 2 && serverSlope > 8192) fail(`server RSS grows ${fmt(serverSlope)} KiB/min over ${fmt(spanMin, 1)} min after warm-up`);
  if (spanMin >= 2 && agentSlope > 4096) fail(`agent RSS grows ${fmt(agentSlope)} KiB/min (median over agents) after warm-up`);
  const first = samples[0];
  const last = samples[samples.length - 1];
  const agentAvg = (s: (typeof samples)[number] | undefined) => {
    const v = Object.values(s?.agents ?? {});
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : Number.NaN;
  };
  const errorLines = readdirSync(dir)
    .filter((f) => /^server-\d+\.log$/.test(f))
    .reduce((n, f) => n + readFileSync(join(dir, f), "utf8").split("\n").filter((l) => /"level":"error"/.test(l)).length, 0);

  // --- The table
  const faults = new Map<string, number>();
  for (const f of record.faults as { kind: string }[]) faults.set(f.kind, (faults.get(f.kind) ?? 0) + 1);
  const states = new Map<string, number>();
  for (const r of allRuns) states.set(r.state, (states.get(r.state) ?? 0) + 1);
  const lat = record.checkInLatencyMs;
  figures.push(
    ["duration", `${fmt((record.endedAt - record.startedAt) / 1000)} s (seed ${record.seed})`],
    ["code under test", record.code ? `${record.code.head}${record.code.dirty.length ? ` with uncommitted changes in ${record.code.dirty.map((l: string) => l.slice(3)).join(", ")}` : ""}` : "-"],
    ["nodes", `${record.agents} agent processes, ${record.simulated} simulated`],
    ["occurrences run", `${occurrences} (${Object.entries(runsByJob).map(([j, r]) => `${j} ${r.length} runs`).join(", ")})`],
    ["runs by state", [...states].map(([s, n]) => `${s} ${n}`).join(", ")],
    ["job lines in history", `${history.filter((l) => l.what === "start").length} started, ${history.filter((l) => l.what === "end").length} ended, ${history.filter((l) => l.what === "kill").length} killed by their agent`],
    ["faults injected", [...faults].map(([k, n]) => `${k} ${n}`).join(", ") || "none"],
    ["store faults injected", Object.entries((record.storeFaults ?? {}) as Record<string, number>).map(([k, n]) => `${k} ${n}`).join(", ") || "none"],
    ["server downtime", restarts.map((r) => `${r.readyAt - r.killedAt} ms`).join(", ") || "-"],
    ["double runs", String(doubleRuns)],
    ["overlapping live runs (non-concurrent)", String(overlaps)],
    ["false offlines", String(falseOfflines)],
    ["unexplained recoverings (sim check-ins late or failed)", String(unexplained)],
    ["detection latency p50 / max", `${fmt(percentile(detect, 50))} / ${fmt(Math.max(...detect))} ms (n ${detect.length}, bound ${T + I + slack}; ${excused} silences excused by a restart or the guard)`],
    ["offline after recovering p50 / max", `${fmt(percentile(offline, 50))} / ${fmt(Math.max(...offline))} ms (n ${offline.length}, bound ${R + I + slack})`],
    ["acknowledged writes checked", `${record.jobCreates.length} job creates, ${triggersOk} triggers, ${acked} completes, ${sims.length} sim epochs`],
    ["5xx answers", `${fiveXx.length} (sim ${record.counts.sim.fiveXx.length}, admin ${record.counts.admin.fiveXx.length}); during restarts ${record.counts.sim.duringRestart + record.counts.admin.duringRestart} refused/503`],
    ["server error log lines", String(errorLines)],
    ["runs in flight at the end", String(inFlight)],
    ["sim check-in latency p50 / p99 / max", `${fmt(lat.p50)} / ${fmt(lat.p99)} / ${fmt(lat.max)} ms (n ${lat.n}, interval ${I} ms)`],
    ["server RSS start / end", `${fmt((first?.server ?? Number.NaN) / 1024, 1)} / ${fmt((last?.server ?? Number.NaN) / 1024, 1)} MiB; slope ${fmt(serverSlope)} KiB/min over ${fmt(spanMin, 1)} min`],
    ["DynamoDB Local RSS start / end", `${fmt((first?.java ?? Number.NaN) / 1024, 1)} / ${fmt((last?.java ?? Number.NaN) / 1024, 1)} MiB; slope ${fmt(javaSlope)} KiB/min`],
    ["agent RSS start / end (mean)", `${fmt(agentAvg(first) / 1024, 1)} / ${fmt(agentAvg(last) / 1024, 1)} MiB; median slope ${fmt(agentSlope)} KiB/min`],
    ["driver event-loop lag p50 / p99 / max", `${fmt(record.loopLagMs.p50, 1)} / ${fmt(record.loopLagMs.p99, 1)} / ${fmt(record.loopLagMs.max, 1)} ms`],
    ["violations", String(violations.length)],
  );
  return { violations, figures, notes };
}

function terminalEventTime(events: Event[], runId: string) {
  const e = events.find((x) => ["job.completed", "job.requeued", "job.orphaned"].includes(x.type) && x.detail.runId === runId);
  return e ? Date.parse(e.time) : undefined;
}

export function printReport(report: Report) {
  const width = Math.max(...report.figures.map(([k]) => k.length));
  console.log("");
  for (const [k, v] of report.figures) console.log(`${k.padEnd(width)}  ${v}`);
  for (const n of report.notes.slice(0, 20)) console.log(`note: ${n}`);
  if (report.notes.length > 20) console.log(`note: … and ${report.notes.length - 20} more`);
  for (const v of report.violations.slice(0, 50)) console.log(`VIOLATION: ${v}`);
  if (report.violations.length > 50) console.log(`VIOLATION: … and ${report.violations.length - 50} more`);
  console.log(report.violations.length === 0 ? "\nsoak: all checks passed" : `\nsoak: ${report.violations.length} violation(s)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: tsx scripts/soak/check.ts <soak directory>");
    process.exit(2);
  }
  const report = checkSoak(dir);
  printReport(report);
  process.exit(report.violations.length === 0 ? 0 : 1);
}
