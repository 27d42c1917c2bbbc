import { beforeAll, describe, expect, it } from "vitest";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, clusterWithFirstNode, harness } from "../support/harness";
import { SESSION_TTL_MS } from "../../functions/ui/session";

/** The dashboard without a browser: sessions, redirects, the origin check. */
let h: Harness;
const ORIGIN = "http://roster.test";

beforeAll(async () => {
  h = await harness();
  await clusterWithFirstNode(h, "secret-cluster", "secret-node");
});

const ui = (path: string, init: RequestInit = {}) => h.app.request(`${ORIGIN}${path}`, { redirect: "manual", ...init });
const form = (fields: Record<string, string>, cookie?: string, origin = ORIGIN): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded", origin, ...(cookie ? { cookie } : {}) },
  body: new URLSearchParams(fields).toString(),
});
async function signIn(token = h.adminToken) {
  const res = await ui("/ui/sign-in", form({ token }));
  const cookie = res.headers.get("set-cookie") ?? "";
  return { res, cookie, pair: cookie.split(";")[0]! };
}

describe("dashboard sessions", () => {
  it("a wrong token shows an error and sets no cookie", async () => {
    const { res, cookie } = await signIn("not-the-token");
    expect(res.status).toBe(401);
    expect(await res.text()).toContain("That is not the admin token.");
    expect(cookie).toBe("");
  });

  it("the right token sets a signed, HttpOnly, SameSite=Strict, expiring cookie", async () => {
    const { res, cookie } = await signIn();
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/ui");
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=28800/);
    expect(cookie).not.toContain(h.adminToken);
  });

  it("marks the cookie Secure when served over HTTPS", async () => {
    const res = await h.app.request("https://roster.test/ui/sign-in", form({ token: h.adminToken }, undefined, "https://roster.test"));
    expect(res.headers.get("set-cookie")).toMatch(/Secure/);
  });

  it("a session shows the clusters", async () => {
    const { pair } = await signIn();
    const res = await ui("/ui", { headers: { cookie: pair } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("secret-cluster");
  });

  it("a tampered cookie, a cookie signed with another key, and an expired one all mean signed out", async () => {
    const { pair } = await signIn();
    const [name, value] = pair.split("=") as [string, string];
    const decoded = decodeURIComponent(value);
    const [expiry, signature] = decoded.split(".") as [string, string];
    const tampered = `${name}=${encodeURIComponent(`${Number(expiry) + 86_400_000}.${signature}`)}`;
    const forged = `${name}=${encodeURIComponent(`${expiry}.${Buffer.from("x".repeat(32)).toString("base64")}`)}`;
    for (const cookie of [tampered, forged, `${name}=${expiry}`]) {
      const res = await ui("/ui", { headers: { cookie } });
      expect(res.status, cookie).toBe(303);
      expect(res.headers.get("location")).toBe("/ui/sign-in");
    }
    (h.clock as FakeClock).advance(SESSION_TTL_MS + 1);
    const expired = await ui("/ui", { headers: { cookie: pair } });
    expect(expired.status).toBe(303);
  });

  it("sign-out ends the session cookie", async () => {
    const { pair } = await signIn();
    const res = await ui("/ui/sign-out", form({}, pair));
    expect(res.status).toBe(303);
    expect(res.headers.get("set-cookie")).toMatch(/roster_session=;.*Max-Age=0/);
  });
});

describe("without a session", () => {
  it.each([
    ["GET", "/ui"],
    ["GET", "/ui/clusters/secret-cluster"],
    ["GET", "/ui/clusters/secret-cluster/live"],
    ["POST", "/ui/clusters/secret-cluster/nodes/secret-node/scheduling"],
    ["POST", "/ui/clusters/secret-cluster/jobs/j/trigger"],
    ["POST", "/ui/clusters/secret-cluster/join-token"],
  ])("%s %s redirects to sign-in and shows no cluster data", async (method, path) => {
    const res = await ui(path, method === "POST" ? form({ enabled: "false" }) : {});
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/ui/sign-in");
    const body = await res.text();
    expect(body).not.toContain("secret-cluster");
    expect(body).not.toContain("secret-node");
  });
});

describe("changes", () => {
  it("refuses a POST from another origin, or without one", async () => {
    const { pair } = await signIn();
    const path = "/ui/clusters/secret-cluster/nodes/secret-node/scheduling";
    expect((await ui(path, form({ enabled: "false" }, pair, "https://evil.example"))).status).toBe(403);
    expect((await ui(path, { method: "POST", headers: { cookie: pair, "content-type": "application/x-www-form-urlencoded" }, body: "enabled=false" })).status).toBe(403);
    const node = await h.call("GET", "/v1/clusters/secret-cluster/nodes/secret-node", { token: h.adminToken });
    expect(node.body.schedulingEnabled).toBe(true);
  });

  it("switches scheduling and rotates the join token (shown once)", async () => {
    const { pair } = await signIn();
    const res = await ui("/ui/clusters/secret-cluster/nodes/secret-node/scheduling", form({ enabled: "false" }, pair));
    expect(res.status).toBe(303);
    const node = await h.call("GET", "/v1/clusters/secret-cluster/nodes/secret-node", { token: h.adminToken });
    expect(node.body.schedulingEnabled).toBe(false);
    const rotated = await ui("/ui/clusters/secret-cluster/join-token", form({}, pair));
    expect(rotated.headers.get("cache-control")).toBe("no-store");
    expect(await rotated.text()).toMatch(/rjt_[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}/);
  });

  it("cancels a job's current run from the jobs table", async () => {
    const { pair } = await signIn();
    const { checkIn } = await import("../support/harness");
    const made = await clusterWithFirstNode(h, "ui-cancel", "n1");
    await h.call("POST", "/v1/clusters/ui-cancel/jobs", { token: h.adminToken, body: { jobId: "j", type: "t", schedule: { at: "2099-01-01T00:00:00Z" } } });
    await h.call("POST", "/v1/clusters/ui-cancel/jobs/j/trigger", { token: h.adminToken });
    const [claim] = (await checkIn(h, "ui-cancel", made.first, { capacity: 1 })).body.claims;
    const page = await (await ui("/ui/clusters/ui-cancel", { headers: { cookie: pair } })).text();
    expect(page).toContain(`/ui/clusters/ui-cancel/runs/${encodeURIComponent(claim.runId)}/cancel`);
    expect((await ui(`/ui/clusters/ui-cancel/runs/${encodeURIComponent(claim.runId)}/cancel`, form({}, pair))).status).toBe(303);
    const runs = (await h.call("GET", "/v1/clusters/ui-cancel/jobs/j/runs", { token: h.adminToken })).body.results;
    expect(runs.map((r: { state: string }) => r.state)).toEqual(["cancelled"]);
  });

  it("flags a job no node can claim, with the reason", async () => {
    const { pair } = await signIn();
    await clusterWithFirstNode(h, "ui-unclaimable", "n1");
    const made = await h.call("POST", "/v1/clusters/ui-unclaimable/jobs", {
      token: h.adminToken,
      body: { jobId: "needs-v9", type: "t", schedule: { rateMs: 60_000 }, requires: { softwareVersion: ">=9.0.0" } },
    });
    expect(made.status).toBe(201);
    const page = await (await ui("/ui/clusters/ui-unclaimable", { headers: { cookie: pair } })).text();
    expect(page).toContain("data-unclaimable");
    expect(page).toContain(made.body.unclaimable.replace(">", "&gt;")); // escaped, as any text of the page
  });

  it("explains a job: the jobs table links to the page, which tells the next occurrence, each node's reasons and the past occurrences", async () => {
    const { pair } = await signIn();
    const { checkIn } = await import("../support/harness");
    const made = await clusterWithFirstNode(h, "ui-explain", "n1");
    await h.call("POST", "/v1/clusters/ui-explain/jobs", { token: h.adminToken, body: { jobId: "j", type: "t", schedule: { at: "2099-01-01T00:00:00Z" } } });
    await h.call("POST", "/v1/clusters/ui-explain/jobs/j/trigger", { token: h.adminToken });
    const cluster = await (await ui("/ui/clusters/ui-explain", { headers: { cookie: pair } })).text();
    expect(cluster).toContain('href="/ui/clusters/ui-explain/jobs/j/explain"');

    const path = "/ui/clusters/ui-explain/jobs/j/explain";
    const due = await (await ui(path, { headers: { cookie: pair } })).text();
    expect(due).toContain('data-next="no-eligible-node"');
    expect(due).toContain('data-node="n1"');
    expect(due).toContain("it asked for no new runs at its latest check-in");
    expect(due).toContain("No past occurrence yet.");

    const [claim] = (await checkIn(h, "ui-explain", made.first, { capacity: 1 })).body.claims;
    expect(claim).toBeDefined();
    const told = await (await ui(path, { headers: { cookie: pair } })).text();
    expect(told).toContain(`data-occurrence="${claim.scheduledFor}"`);
    expect(told).toMatch(/claimed <span class="muted">n1<\/span>/);
    // Signed out, nothing of it is rendered.
    expect((await ui(path)).status).toBe(303);
    expect((await ui("/ui/clusters/ui-explain/jobs/nope/explain", { headers: { cookie: pair } })).status).toBe(404);
  });

  it("drains and undrains a node; the page shows it draining, with the button that reverses it", async () => {
    const { pair } = await signIn();
    const page = async () => (await ui("/ui/clusters/secret-cluster", { headers: { cookie: pair } })).text();
    expect(await page()).toContain(">Drain</button>");
    expect((await ui("/ui/clusters/secret-cluster/nodes/secret-node/drain", form({}, pair))).status).toBe(303);
    expect((await h.call("GET", "/v1/clusters/secret-cluster/nodes/secret-node", { token: h.adminToken })).body).toMatchObject({ draining: true, drained: true });
    const shown = await page();
    expect(shown).toContain('data-drain="drained"');
    expect(shown).toContain(">Undrain</button>");
    expect((await ui("/ui/clusters/secret-cluster/nodes/secret-node/undrain", form({}, pair))).status).toBe(303);
    expect((await h.call("GET", "/v1/clusters/secret-cluster/nodes/secret-node", { token: h.adminToken })).body.draining).toBe(false);
    // Another origin may not drain.
    expect((await ui("/ui/clusters/secret-cluster/nodes/secret-node/drain", form({}, pair, "https://evil.example"))).status).toBe(403);
    expect((await h.call("GET", "/v1/clusters/secret-cluster/nodes/secret-node", { token: h.adminToken })).body.draining).toBe(false);
  });
});
