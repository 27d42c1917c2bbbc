import { html } from "hono/html";
import type { Explanation } from "../../core/jobs/explain";
import { page } from "./views";

/**
 * The dashboard's answer to "why didn't it run?": the job's explanation (`core/jobs/explain.ts`)
 * as a page: the next occurrence and why, each node's reasons when they are the answer, and
 * the last occurrences with what happened to each.
 */
export const explainPage = (clusterId: string, e: Explanation) => {
  const back = `/ui/clusters/${encodeURIComponent(clusterId)}`;
  return page(
    `${e.jobId} — why`,
    html`<h1>Job ${e.jobId} <span class="muted">in <a href="${back}">${clusterId}</a></span></h1>
      <section data-next="${e.next.status}">
        <h2>Next occurrence: ${e.next.status}${e.next.at ? html` <span class="muted">${e.next.at}</span>` : ""}</h2>
        <p>${e.next.why}</p>
        ${e.nodes?.length
          ? html`<table>
              <thead><tr><th>Node</th><th>State</th><th>Would it claim it?</th></tr></thead>
              <tbody>
                ${e.nodes.map(
                  (n) => html`<tr data-node="${n.nodeId}">
                    <td>${n.nodeId}</td>
                    <td>${n.state}</td>
                    <td>${n.eligible ? "yes" : html`<span class="error">no</span>: ${n.why.join("; ")}`}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
            ${e.nodesNotListed ? html`<p class="muted">and ${e.nodesNotListed} more nodes</p>` : ""}`
          : ""}
      </section>
      <section>
        <h2>Last occurrences</h2>
        ${e.occurrences.length === 0 ? html`<p class="muted">No past occurrence yet.</p>` : ""}
        <table>
          <tbody>
            ${e.occurrences.map(
              (o) => html`<tr data-occurrence="${o.scheduledFor}">
                <td>${o.scheduledFor}<br /><strong>${o.outcome}</strong></td>
                <td>
                  ${o.waited ? html`<p class="tag">waited: ${o.waited}</p>` : ""}
                  <ol class="events">
                    ${o.steps.map(
                      (s) =>
                        html`<li><span class="muted">${s.at.slice(11, 19)}</span> ${s.what}${s.nodeId ? html` <span class="muted">${s.nodeId}</span>` : ""}${s.why ? html` — ${s.why}` : ""}</li>`,
                    )}
                  </ol>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
        <p class="muted">${e.history.note}${e.history.complete ? "" : ` (older runs exist past the ${e.history.runs} read)`}</p>
      </section>`,
    true,
  );
};
