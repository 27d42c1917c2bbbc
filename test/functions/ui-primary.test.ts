import { describe, expect, it } from "vitest";
import type { FakeClock } from "../support/fake-clock";
import { checkIn, clusterWithFirstNode, harness, joinNode } from "../support/harness";
import type { ClusterView } from "../../core/clusters/clusters";
import { DEFAULT_SETTINGS } from "../../core/clusters/settings";
import type { RosterEvent } from "../../core/events/events";
import type { NodeView } from "../../core/nodes/nodes";
import { primarySpans } from "../../functions/ui/timeline";
import { clusterList, describeEvent, liveSection } from "../../functions/ui/views";

/**
 * The dashboard's rendering of the primary lease (issue 17): who is primary, each node's role
 * and URL, the primary's band in the timeline, and the primary events in words. Pure renders
 * of views shaped as the API gives them, so each assertion names what a reader sees.
 */
const NOW = Date.parse("2026-12-01T12:00:00.000Z");
const at = (secondsAgo: number) => new Date(NOW - secondsAgo * 1000).toISOString();

// The dashboard shows whatever the API gives: the defaults, as a new cluster has them.
const settings = { ...DEFAULT_SETTINGS, primaryMode: undefined, preferredPrimary: undefined, intraClusterUrlPattern: undefined };

function cluster(extra: Record<string, unknown> = {}, settingsExtra: Record<string, unknown> = {}): ClusterView {
  return {
    clusterId: "idm",
    settings: { ...settings, ...settingsExtra },
    initialized: true,
    keystore: { version: 1, fingerprint: "f" },
    ...extra,
  } as unknown as ClusterView;
}

function node(id: string, extra: Record<string, unknown> = {}): NodeView {
  return {
    instanceId: id,
    state: "running",
    startup: at(600),
    shutdown: "",
    epoch: 1,
    lastCheckIn: at(2),
    instanceType: "clustered-additional",
    schedulingEnabled: true,
    conformant: true,
    nonconformantReasons: [],
    softwareVersion: "1.0.0",
    clockSkewMs: 0,
    ...extra,
  } as unknown as NodeView;
}

let seq = 0;
function event(type: string, nodeId: string, secondsAgo: number, detail: Record<string, unknown> = {}): RosterEvent {
  const time = at(secondsAgo);
  return { eventId: `${time}_${String(seq++).padStart(5, "0")}_00000000`, time, type, clusterId: "idm", nodeId, detail } as unknown as RosterEvent;
}

const render = async (c: ClusterView, nodes: NodeView[], events: RosterEvent[] = []) =>
  String(await liveSection(c, nodes, [], events, NOW));

/** The text of the element whose opening tag carries `marker`, tags stripped. */
function textOf(page: string, marker: string): string {
  const start = page.indexOf(marker);
  if (start === -1) return "";
  const tag = /<(\w+)/.exec(page.slice(page.lastIndexOf("<", start)))![1]!;
  const end = page.indexOf(`</${tag}>`, start);
  return page.slice(start, end).replace(/^[^>]*>/, "").replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
}

describe("the primary on the cluster page", () => {
  it("names the primary, its term and since when; shows each node's role and URL", async () => {
    const page = await render(
      cluster({ primary: { nodeId: "idm-2", term: 7, since: at(90) } }, { primaryMode: "any" }),
      [node("idm-1", { role: "standby", url: "https://idm-1:8443/idm" }), node("idm-2", { role: "primary", url: "https://idm-2:8443/idm" })],
    );
    expect(textOf(page, 'class="primary"')).toBe("Primary: idm-2, term 7, since 11:58:30 (90s ago)");
    expect(page).toContain('data-primary="idm-2"');
    expect(textOf(page, 'tr data-node="idm-1"')).toContain("standby");
    expect(textOf(page, 'tr data-node="idm-2"')).toContain("primary");
    expect(page).toMatch(/<td data-role="primary"><span class="role role-primary">primary<\/span><\/td>/);
    expect(page).toMatch(/<td data-role="standby"><span class="role">standby<\/span><\/td>/);
    expect(textOf(page, 'tr data-node="idm-1"')).toContain("https://idm-1:8443/idm");
    expect(textOf(page, 'tr data-node="idm-2"')).toContain("https://idm-2:8443/idm");
    expect(page).toMatch(/<th>Role<\/th>.*<th class="wide">URL<\/th>/s);
  });

  it("says where a handover is going, and which node is preferred", async () => {
    const page = await render(
      cluster({ primary: { nodeId: "idm-2", term: 7, since: at(90) }, handoverTo: "idm-1" }, { primaryMode: "preferred", preferredPrimary: "idm-1" }),
      [node("idm-1", { role: "standby" }), node("idm-2", { role: "primary" })],
    );
    expect(textOf(page, 'class="primary"')).toBe(
      "Primary: idm-2, term 7, since 11:58:30 (90s ago); moving to idm-1 at its next check-in (preferred: idm-1)",
    );
  });

  it("says there is none when the mode wants one and nobody holds it, and that it is off in mode none", async () => {
    const none = await render(cluster({ primary: null }, { primaryMode: "any" }), [node("idm-1", { role: "standby" })]);
    expect(textOf(none, 'class="primary"')).toMatch(/^Primary: none /);
    const off = await render(cluster({ primary: null }, { primaryMode: "none" }), [node("idm-1", { role: "standby" })]);
    expect(textOf(off, 'class="primary')).toBe("No primary: primaryMode is none.");
    expect(off).not.toContain('class="role role-primary"');
    expect(off).toContain('<td data-role="">–</td>'); // every node is a standby there: not worth a word
  });

  it("renders a view without the primary fields as before: no primary line, a dash for role and URL", async () => {
    const page = await render(cluster(), [node("idm-1")]);
    expect(page).not.toContain('class="primary');
    expect(page).toContain('<td data-role="">–</td>');
    expect(page).toContain('<td class="wide url">–</td>');
  });

  it("escapes what a node declared: a URL is text, never markup", async () => {
    const page = await render(cluster(), [node("idm-1", { url: 'http://x/"><script>alert(1)</script>' })]);
    expect(page).not.toContain("<script>alert(1)");
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("lists the primary on the cluster list", async () => {
    const page = String(await clusterList([cluster({ primary: { nodeId: "idm-2", term: 7, since: at(90) } }), { ...cluster(), clusterId: "other" }]));
    expect(page).toContain("<td>idm-2 (term 7)</td>");
    expect(page).toMatch(/<a href="\/ui\/clusters\/other">other<\/a><\/td>\s*<td>yes<\/td>\s*<td>v1<\/td>\s*<td>–<\/td>/);
  });
});

describe("the primary events, in words", () => {
  it("says who became primary, with the term and whom it followed", () => {
    expect(describeEvent(event("primary.elected", "idm-2", 10, { epoch: 3, term: 8, previous: "idm-1" }))).toBe(
      "primary.elected idm-2: idm-2 is primary, term 8 (after idm-1)",
    );
    expect(describeEvent(event("primary.elected", "idm-2", 10, { epoch: 3, term: 8, by: "handover", previous: { nodeId: "idm-1", term: 7 } }))).toBe(
      "primary.elected idm-2: idm-2 is primary, term 8 (after idm-1)",
    );
    expect(describeEvent(event("primary.elected", "idm-2", 10, { epoch: 3, term: 1, by: "election" }))).toBe("primary.elected idm-2: idm-2 is primary, term 1");
    expect(describeEvent(event("primary.elected", "idm-2", 10, { epoch: 3, term: 2, by: "admin" }))).toBe(
      "primary.elected idm-2: idm-2 is primary, term 2 (moved there by an admin)",
    );
  });

  it("says to whom a handover gave the lease", () => {
    expect(describeEvent(event("primary.lost", "idm-1", 10, { epoch: 2, term: 7, reason: "handover", to: "idm-2" }))).toBe(
      "primary.lost idm-1: idm-1 is no longer primary, term 7 (handed over to idm-2)",
    );
  });

  it.each([
    ["timed-out", "it timed out"],
    ["left", "it left"],
    ["superseded", "it was superseded"],
    ["went-offline", "it went offline"],
    ["forced-offline", "it was forced offline"],
    ["handover", "handed over"],
    ["disabled", "primaryMode switched to none"],
    ["something-new", "something-new"],
  ])("says who lost the lease and why (%s)", (reason, words) => {
    expect(describeEvent(event("primary.lost", "idm-1", 10, { epoch: 2, term: 7, reason }))).toBe(
      `primary.lost idm-1: idm-1 is no longer primary, term 7 (${words})`,
    );
  });

  it("leaves other events as they were", () => {
    expect(describeEvent(event("node.recovering", "idm-1", 10))).toBe("node.recovering idm-1");
  });

  it("shows them in the feed, newest first", async () => {
    const page = await render(cluster({ primary: { nodeId: "idm-2", term: 8, since: at(10) } }, { primaryMode: "any" }), [node("idm-1"), node("idm-2")], [
      event("primary.lost", "idm-1", 12, { epoch: 1, term: 7, reason: "timed-out" }),
      event("primary.elected", "idm-2", 10, { epoch: 1, term: 8, previous: "idm-1" }),
    ]);
    const feed = page.slice(page.indexOf('<ol class="events">'));
    expect(textOf(feed, 'li data-type="primary.elected"')).toBe("11:59:50 primary.elected idm-2: idm-2 is primary, term 8 (after idm-1)");
    expect(textOf(feed, 'li data-type="primary.lost"')).toBe("11:59:48 primary.lost idm-1: idm-1 is no longer primary, term 7 (it timed out)");
    expect(feed.indexOf("primary.elected")).toBeLessThan(feed.indexOf("primary.lost"));
  });
});

describe("the primary in the timeline", () => {
  const from = NOW - 3_600_000;

  it("spans from an election to a loss, and to now while held", () => {
    const events = [
      event("primary.elected", "idm-1", 3000, { term: 1 }),
      event("primary.lost", "idm-1", 2000, { term: 1, reason: "timed-out" }),
      event("primary.elected", "idm-2", 1990, { term: 2 }),
      event("primary.lost", "idm-2", 600, { term: 2, reason: "handover" }),
      event("primary.elected", "idm-1", 600, { term: 3 }),
    ];
    const current = { nodeId: "idm-1", term: 3, since: at(600) };
    expect(primarySpans(events, "idm-1", current, from, NOW)).toEqual([
      { term: 1, from: NOW - 3_000_000, to: NOW - 2_000_000 },
      { term: 3, from: NOW - 600_000, to: NOW },
    ]);
    expect(primarySpans(events, "idm-2", current, from, NOW)).toEqual([{ term: 2, from: NOW - 1_990_000, to: NOW - 600_000 }]);
    expect(primarySpans(events, "idm-3", current, from, NOW)).toEqual([]);
  });

  it("starts at the window when the window opens on a loss, and on the lease's since without events", () => {
    expect(primarySpans([event("primary.lost", "idm-1", 60, { term: 4, reason: "left" })], "idm-1", null, from, NOW)).toEqual([
      { term: 4, from, to: NOW - 60_000 },
    ]);
    expect(primarySpans([], "idm-1", { nodeId: "idm-1", term: 4, since: at(7200) }, from, NOW)).toEqual([{ term: 4, from, to: NOW }]);
    expect(primarySpans([], "idm-1", { nodeId: "idm-1", term: 4, since: at(30) }, from, NOW)).toEqual([{ term: 4, from: NOW - 30_000, to: NOW }]);
  });

  it("draws the band under the holder's row, titled with its term", async () => {
    const page = await render(cluster({ primary: { nodeId: "idm-2", term: 8, since: at(1800) } }, { primaryMode: "any" }), [node("idm-1"), node("idm-2")]);
    const svg = page.slice(page.indexOf("<svg"), page.indexOf("</svg>"));
    const row = (id: string) => svg.slice(svg.indexOf(`data-node="${id}"`), svg.indexOf("</g>\n    </g>", svg.indexOf(`data-node="${id}"`)));
    expect(row("idm-1")).not.toContain("primary-span");
    expect(row("idm-2")).toMatch(/<rect class="primary-span" x="300\.0" y="19" width="300\.0" height="4" fill="#8250df"><title>primary, term 8, from 2026-12-01T11:30:00\.000Z<\/title><\/rect>/);
  });
});

describe("the cluster page over the real app", () => {
  it("shows the elected primary, each node's role and URL, and the election in the feed", async () => {
    const h = await harness();
    const settings = { primaryMode: "any", intraClusterUrlPattern: "https://$host:8443/idm" };
    const { joinToken, first } = await clusterWithFirstNode(h, "live-idm", "idm-1", settings);
    const second = await joinNode(h, "live-idm", "idm-2", joinToken, "clustered-additional", { endpoint: { host: "10.0.0.22" } });
    const third = await joinNode(h, "live-idm", "idm-3", joinToken, "clustered-additional", { url: "http://idm-3.internal:8080/idm" });
    expect((await checkIn(h, "live-idm", first)).body.role).toBe("primary");
    for (const n of [second, third]) expect((await checkIn(h, "live-idm", n)).body.role).toBe("standby");
    (h.clock as FakeClock).advance(5_000); // the primary's band has a length

    const ORIGIN = "http://roster.test";
    const signed = await h.app.request(`${ORIGIN}/ui/sign-in`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN },
      body: new URLSearchParams({ token: h.adminToken }).toString(),
    });
    const cookie = (signed.headers.get("set-cookie") ?? "").split(";")[0]!;
    const res = await h.app.request(`${ORIGIN}/ui/clusters/live-idm/live`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const page = await res.text();

    expect(textOf(page, 'class="primary"')).toMatch(/^Primary: idm-1, term 1, since \d\d:\d\d:\d\d \(5s ago\)$/);
    expect(page).toContain('<td data-role="primary"><span class="role role-primary">primary</span></td>');
    expect(textOf(page, 'tr data-node="idm-2"')).toContain("standby");
    expect(textOf(page, 'tr data-node="idm-2"')).toContain("https://10.0.0.22:8443/idm");
    expect(textOf(page, 'tr data-node="idm-3"')).toContain("http://idm-3.internal:8080/idm");
    expect(textOf(page, 'li data-type="primary.elected"')).toMatch(/primary\.elected idm-1: idm-1 is primary, term 1$/);
    expect(page).toMatch(/<g transform="translate\(0 0\)" data-node="idm-1">[\s\S]*?class="primary-span"/);
  });
});
