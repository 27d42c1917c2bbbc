import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { ClusterView } from "../../core/clusters/clusters";
import type { RosterEvent } from "../../core/events/events";
import type { JobView } from "../../core/jobs/jobs";
import type { NodeView } from "../../core/nodes/nodes";
import { type CurrentPrimary, type Segment, primarySpans, timeline } from "./timeline";

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/**
 * What the dashboard reads of issue 17's fields (the primary lease, a node's role and URL).
 * Each is optional here, so a view without them (a cluster that never used a primary, or a
 * server before them) renders as before.
 */
type PrimaryOf = { primary?: CurrentPrimary; handoverTo?: string | null; settings: { primaryMode?: string; preferredPrimary?: string | null } };
type RoleOf = { role?: string; url?: string | null };
const primaryOf = (cluster: ClusterView) => cluster as ClusterView & PrimaryOf;
const roleOf = (node: NodeView) => node as NodeView & RoleOf;

/** The colour of a node holding the primary lease: its role badge and its band in the timeline. */
const PRIMARY_COLOUR = "#8250df";

const COLOURS: Record<string, string> = {
  running: "#1a7f37",
  recovering: "#bf8700",
  offline: "#cf222e",
  stopped: "#6e7781",
  absent: "#eaeef2",
};

/** No external fonts, scripts or styles: the page works in a closed network. */
const STYLE = `
:root { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #f6f8fa; }
body { margin: 0; }
header { background: #24292f; color: #fff; padding: .75rem 1rem; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
header a { color: #fff; font-weight: 600; text-decoration: none; }
header form { margin-left: auto; }
main { padding: 1rem; max-width: 72rem; margin: 0 auto; }
section { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: .75rem 1rem; margin-bottom: 1rem; overflow-x: auto; }
h1 { font-size: 1.3rem; } h2 { font-size: 1.05rem; margin: .25rem 0 .75rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #eaeef2; vertical-align: top; }
.state { display: inline-block; padding: .05rem .5rem; border-radius: 1rem; color: #fff; font-weight: 600; font-size: .8rem; }
.tag { display: inline-block; padding: .05rem .4rem; border-radius: .3rem; border: 1px solid #bf8700; color: #7d4e00; font-size: .75rem; }
button { font: inherit; padding: .25rem .6rem; border-radius: 6px; border: 1px solid #d0d7de; background: #f6f8fa; cursor: pointer; }
button:focus-visible, a:focus-visible, input:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.inline { display: inline; }
.error { color: #cf222e; font-weight: 600; }
.muted { color: #57606a; font-size: .85rem; }
.token { font-family: ui-monospace, monospace; word-break: break-all; background: #fff8c5; padding: .5rem; }
input[type=password] { font: inherit; padding: .4rem; width: min(100%, 28rem); }
ol.events { list-style: none; padding: 0; margin: 0; font-size: .85rem; max-height: 20rem; overflow-y: auto; }
ol.events li { padding: .2rem 0; border-bottom: 1px solid #eaeef2; }
.role { display: inline-block; padding: .05rem .5rem; border-radius: 1rem; font-weight: 600; font-size: .8rem; border: 1px solid #d0d7de; }
.role-primary { background: ${PRIMARY_COLOUR}; border-color: ${PRIMARY_COLOUR}; color: #fff; }
.url { font-family: ui-monospace, monospace; font-size: .8rem; word-break: break-all; }
.primary { margin: 0 0 .75rem; }
@media (max-width: 40rem) { .wide { display: none; } }
`;

export const page = (title: string, body: Html, signedIn: boolean) => html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · Roster</title>
    <style>${raw(STYLE)}</style>
  </head>
  <body>
    <header>
      <a href="/ui">Roster</a>
      ${signedIn
        ? html`<form method="post" action="/ui/sign-out"><button type="submit">Sign out</button></form>`
        : ""}
    </header>
    <main>${body}</main>
  </body>
</html>`;

export const signIn = (error?: string) =>
  page(
    "Sign in",
    html`<section>
      <h1>Sign in</h1>
      ${error ? html`<p class="error" role="alert">${error}</p>` : ""}
      <form method="post" action="/ui/sign-in">
        <label for="token">Admin token</label><br />
        <input id="token" name="token" type="password" autocomplete="current-password" required autofocus />
        <button type="submit">Sign in</button>
      </form>
    </section>`,
    false,
  );

const state = (s: string) => html`<span class="state" style="background:${COLOURS[s] ?? "#57606a"}">${s}</span>`;

const ago = (iso: string, now: number) => {
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  return s < 120 ? `${s}s ago` : s < 7200 ? `${Math.round(s / 60)}m ago` : `${Math.round(s / 3600)}h ago`;
};

export const clusterList = (clusters: ClusterView[]) =>
  page(
    "Clusters",
    html`<section>
      <h1>Clusters</h1>
      <table>
        <thead><tr><th>Cluster</th><th>Initialized</th><th>Keystore</th><th>Primary</th></tr></thead>
        <tbody>
          ${clusters.map(
            (c) => html`<tr>
              <td><a href="/ui/clusters/${encodeURIComponent(c.clusterId)}">${c.clusterId}</a></td>
              <td>${c.initialized ? "yes" : "no"}</td>
              <td>${c.keystore ? `v${c.keystore.version}` : "–"}</td>
              <td>${primaryOf(c).primary ? `${primaryOf(c).primary!.nodeId} (term ${primaryOf(c).primary!.term})` : "–"}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`,
    true,
  );

/** One row of SVG per node: its states over the last hour, and a band while it was primary. */
function timelines(cluster: ClusterView, nodes: NodeView[], events: RosterEvent[], now: number) {
  const from = now - 3_600_000;
  const width = 600;
  const rowHeight = 18;
  const band = 4;
  const x = (t: number) => ((t - from) / (now - from)) * width;
  const w = (a: number, b: number) => Math.max(1, x(b) - x(a)).toFixed(1);
  const current = primaryOf(cluster).primary;
  const rows = nodes.map((node, i) => {
    const segments: Segment[] = timeline(events, node.instanceId, node.state, from, now);
    const spans = primarySpans(events, node.instanceId, current, from, now);
    return html`<g transform="translate(0 ${i * (rowHeight + band + 6)})" data-node="${node.instanceId}">
      <text x="0" y="13" font-size="12">${node.instanceId}</text>
      <g transform="translate(110 0)">
        ${segments.map(
          (s) => html`<rect x="${x(s.from).toFixed(1)}" width="${w(s.from, s.to)}" height="${rowHeight}" fill="${COLOURS[s.state] ?? "#57606a"}"><title>${s.state} from ${new Date(s.from).toISOString()}</title></rect>`,
        )}
        ${spans.map(
          (s) => html`<rect class="primary-span" x="${x(s.from).toFixed(1)}" y="${rowHeight + 1}" width="${w(s.from, s.to)}" height="${band}" fill="${PRIMARY_COLOUR}"><title>primary${s.term === undefined ? "" : `, term ${s.term}`}, from ${new Date(s.from).toISOString()}</title></rect>`,
        )}
      </g>
    </g>`;
  });
  const height = nodes.length * (rowHeight + band + 6) + 16;
  return html`<svg role="img" aria-label="node states over the last hour; a purple band under a node while it was primary" viewBox="0 0 ${width + 110} ${height}" width="100%" style="max-width:${width + 110}px">
    ${rows}
    <text x="110" y="${height - 2}" font-size="10" fill="#57606a">1 hour ago</text>
    <text x="${width + 110}" y="${height - 2}" font-size="10" fill="#57606a" text-anchor="end">now</text>
  </svg>`;
}

const LOSS_REASONS: Record<string, string> = {
  "timed-out": "it timed out",
  left: "it left",
  superseded: "it was superseded",
  "went-offline": "it went offline",
  "forced-offline": "it was forced offline",
  handover: "handed over",
  disabled: "primaryMode switched to none",
};

const nodeIdIn = (value: unknown) =>
  typeof value === "string" ? value : typeof (value as { nodeId?: unknown } | undefined)?.nodeId === "string" ? (value as { nodeId: string }).nodeId : undefined;

/** An event in the feed: its type and subject, and for the primary lease what happened, in words. */
export function describeEvent(e: RosterEvent): string {
  const subject = e.nodeId ?? e.jobId ?? "";
  const type = e.type as string;
  const detail = e.detail as { term?: unknown; previous?: unknown; reason?: unknown; by?: unknown; to?: unknown };
  const term = typeof detail.term === "number" ? `, term ${detail.term}` : "";
  if (type === "primary.elected") {
    const previous = nodeIdIn(detail.previous);
    const how = previous ? ` (after ${previous})` : detail.by === "admin" ? " (moved there by an admin)" : "";
    return `${type} ${subject}: ${subject} is primary${term}${how}`;
  }
  if (type === "primary.lost") {
    const to = nodeIdIn(detail.to);
    const reason = typeof detail.reason === "string" ? (LOSS_REASONS[detail.reason] ?? detail.reason) : undefined;
    const why = reason ? ` (${reason}${detail.reason === "handover" && to ? ` to ${to}` : ""})` : "";
    return `${type} ${subject}: ${subject} is no longer primary${term}${why}`;
  }
  return `${type} ${subject}`.trimEnd();
}

/** Who holds the primary lease, since when, and where it is moving; or why there is none. */
function primaryLine(cluster: ClusterView, now: number) {
  const { primary, handoverTo, settings } = primaryOf(cluster);
  const mode = settings.primaryMode;
  if (primary) {
    return html`<p class="primary" data-primary="${primary.nodeId}" data-term="${primary.term}">
      Primary: <strong>${primary.nodeId}</strong>, term ${primary.term}, since ${primary.since.slice(11, 19)} (${ago(primary.since, now)})${handoverTo ? html`; moving to <strong>${handoverTo}</strong> at its next check-in` : ""}${mode === "preferred" && settings.preferredPrimary ? html` <span class="muted">(preferred: ${settings.preferredPrimary})</span>` : ""}
    </p>`;
  }
  if (mode === "any" || mode === "preferred") {
    return html`<p class="primary" data-primary="">Primary: <strong>none</strong> <span class="muted">the next check-in of an eligible running node takes it (none while the disruption guard holds)</span></p>`;
  }
  if (primary === null || mode === "none") {
    return html`<p class="primary muted" data-primary="">No primary: primaryMode is none.</p>`;
  }
  return "";
}

/** A node's role, where it means something: in a cluster without a primary every node is a standby, shown as a dash. */
const shownRole = (node: NodeView, cluster: ClusterView) => {
  const r = roleOf(node).role;
  const mode = primaryOf(cluster).settings.primaryMode;
  return r === "primary" || (r && mode !== undefined && mode !== "none") ? r : undefined;
};
const role = (r: string | undefined) => (r ? html`<span class="role${r === "primary" ? " role-primary" : ""}">${r}</span>` : "–");

const confirmed = (question: string) => raw(`onsubmit="return confirm(${JSON.stringify(question).replace(/"/g, "&quot;")})"`);

/** The part of the cluster page that refreshes itself. */
export function liveSection(cluster: ClusterView, nodes: NodeView[], jobs: JobView[], events: RosterEvent[], now: number) {
  const base = `/ui/clusters/${encodeURIComponent(cluster.clusterId)}`;
  return html`<section aria-live="polite">
      <h2>Nodes</h2>
      ${primaryLine(cluster, now)}
      <table>
        <thead><tr><th>Node</th><th>State</th><th>Role</th><th>Last check-in</th><th class="wide">Epoch</th><th class="wide">URL</th><th>Scheduling</th><th>Conformance</th><th>Actions</th></tr></thead>
        <tbody>
          ${nodes.map(
            (n) => html`<tr data-node="${n.instanceId}">
              <td>${n.instanceId}</td>
              <td data-state="${n.state}">${state(n.state)}${n.draining ? html` <span class="tag" data-drain="${n.drained ? "drained" : "draining"}">${n.drained ? "drained: safe to stop" : "draining"}</span>` : ""}</td>
              <td data-role="${shownRole(n, cluster) ?? ""}">${role(shownRole(n, cluster))}</td>
              <td>${ago(n.lastCheckIn, now)}</td>
              <td class="wide">${n.epoch}</td>
              <td class="wide url">${roleOf(n).url ?? "–"}</td>
              <td>${n.schedulingEnabled ? "on" : "off"}</td>
              <td>${n.conformant ? "conformant" : html`<span class="error">no</span>: ${n.nonconformantReasons.join("; ")}`}</td>
              <td>
                <form class="inline" method="post" action="${base}/nodes/${encodeURIComponent(n.instanceId)}/scheduling" ${confirmed(`Switch scheduling ${n.schedulingEnabled ? "off" : "on"} for ${n.instanceId}?`)}>
                  <input type="hidden" name="enabled" value="${n.schedulingEnabled ? "false" : "true"}" />
                  <button type="submit">Scheduling ${n.schedulingEnabled ? "off" : "on"}</button>
                </form>
                ${n.state === "running" || n.state === "recovering"
                  ? html`<form class="inline" method="post" action="${base}/nodes/${encodeURIComponent(n.instanceId)}/${n.draining ? "undrain" : "drain"}" ${confirmed(
                      n.draining ? `Undrain ${n.instanceId}: it claims jobs again?` : `Drain ${n.instanceId}: it finishes what it started, claims nothing new, and hands back what it has not started?`,
                    )}><button type="submit">${n.draining ? "Undrain" : "Drain"}</button></form>`
                  : ""}
                ${n.state === "offline" || n.state === "stopped"
                  ? html`<form class="inline" method="post" action="${base}/nodes/${encodeURIComponent(n.instanceId)}/forget" ${confirmed(`Forget ${n.instanceId}?`)}><button type="submit">Forget</button></form>`
                  : ""}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>
    <section>
      <h2>The last hour</h2>
      ${timelines(cluster, nodes, events, now)}
    </section>
    <section>
      <h2>Jobs</h2>
      <table>
        <thead><tr><th>Job</th><th>Next</th><th>Current run</th><th>Last outcome</th><th></th></tr></thead>
        <tbody>
          ${jobs.map(
            (j) => html`<tr>
              <td>${j.jobId} <span class="muted">${j.type}</span>${j.unclaimable ? html`<br /><span class="error" data-unclaimable>unclaimable</span>: ${j.unclaimable}` : ""}</td>
              <td>${j.nextFireAt ?? "–"}</td>
              <td>
                ${j.currentRun ? `${j.currentRun.state} on ${j.currentRun.nodeId}` : "–"}
                ${j.currentRun && (j.currentRun.state === "claimed" || j.currentRun.state === "started")
                  ? html`<form class="inline" method="post" action="${base}/runs/${encodeURIComponent(j.currentRun.runId)}/cancel" ${confirmed(
                      `Cancel the ${j.currentRun.state} run of ${j.jobId} on ${j.currentRun.nodeId}? A started run is killed at the node's next check-in.`,
                    )}><button type="submit">Cancel</button></form>`
                  : ""}
              </td>
              <td>${j.lastRun?.outcome ?? "–"}</td>
              <td>
                <form class="inline" method="post" action="${base}/jobs/${encodeURIComponent(j.jobId)}/trigger" ${confirmed(`Run ${j.jobId} now?`)}><button type="submit">Trigger</button></form>
                <a href="${base}/jobs/${encodeURIComponent(j.jobId)}/explain">Why?</a>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>
    <section>
      <h2>Events</h2>
      <ol class="events">
        ${[...events].reverse().slice(0, 50).map((e) => html`<li data-type="${e.type}"><span class="muted">${e.time.slice(11, 19)}</span> ${describeEvent(e)}</li>`)}
      </ol>
    </section>`;
}

export const clusterPage = (cluster: ClusterView, live: Html) => {
  const base = `/ui/clusters/${encodeURIComponent(cluster.clusterId)}`;
  return page(
    cluster.clusterId,
    html`<h1>Cluster ${cluster.clusterId}</h1>
      <div id="live">${live}</div>
      <section>
        <h2>Join token</h2>
        <form method="post" action="${base}/join-token" ${confirmed("Rotate the join token? The old one stops working.")}>
          <button type="submit">Rotate the join token</button>
        </form>
      </section>
      <script>
        // Refresh the live part every few seconds, without reloading the page.
        setInterval(async () => {
          const res = await fetch(${raw(JSON.stringify(`${base}/live`))}, { headers: { accept: "text/html" } });
          if (res.redirected || !res.ok) return location.reload();
          document.getElementById("live").innerHTML = await res.text();
        }, 2000);
      </script>`,
    true,
  );
};

export const tokenShown = (clusterId: string, joinToken: string) =>
  page(
    "Join token",
    html`<section>
      <h1>New join token for ${clusterId}</h1>
      <p>It is shown once. The old one no longer works.</p>
      <p class="token">${joinToken}</p>
      <p><a href="/ui/clusters/${encodeURIComponent(clusterId)}">Back to the cluster</a></p>
    </section>`,
    true,
  );
