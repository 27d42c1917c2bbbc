import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Peer, parseEndpoint } from "../../agent/client";
import { peersFile } from "../../agent/peers-file";
import { error, fakeRoster } from "./fake-roster";
import { advance, agentOn, stop, useFakeTime } from "./helpers";

const INTERVAL = 1100; // the fake's 1000 with the longest jitter
const PEERS: Peer[] = [
  { nodeId: "a", url: "http://a:8080/idm", state: "running", role: "primary" },
  { nodeId: "b", url: null, state: "running", role: "standby" },
];

describe("when the agent fetches the peers (fake time)", () => {
  useFakeTime();

  /** Which check-ins (1-based) a peers fetch followed, by the time it was sent. */
  const fetchedAfter = (roster: ReturnType<typeof fakeRoster>) =>
    roster.of("peers").map((p) => roster.of("check-in").filter((c) => c.sentAt <= p.sentAt).length);

  it("after the first check-in, then every 5th (default), with the node token; onPeers gets the list", async () => {
    const roster = fakeRoster();
    roster.setPeers(PEERS);
    const seen: Peer[][] = [];
    const { agent } = await agentOn(roster, {}, { onPeers: (peers) => void seen.push(peers) });
    await advance(10 * INTERVAL + 100); // 11 check-ins
    expect(roster.of("check-in")).toHaveLength(11);
    expect(fetchedAfter(roster)).toEqual([1, 6, 11]);
    expect(roster.of("peers").every((p) => p.token === "node-token")).toBe(true);
    expect(seen).toEqual([PEERS, PEERS, PEERS]);
    await stop(agent);
    expect(roster.of("peers")).toHaveLength(3); // none while leaving
  });

  it("at once when an answer names another primary (or a new term), not only every n-th", async () => {
    const roster = fakeRoster();
    const { agent } = await agentOn(roster, {}, { onPeers: () => {}, peersEvery: 10 });
    await advance(2 * INTERVAL + 100); // check-ins 1-3
    roster.setPrimary("x", 1);
    await advance(INTERVAL); // check-in 4 names x
    await advance(INTERVAL); // 5: the same
    roster.setPrimary("y", 2);
    await advance(INTERVAL); // 6 names y
    roster.setPrimary(null);
    await advance(INTERVAL); // 7: none
    expect(fetchedAfter(roster)).toEqual([1, 4, 6, 7]);
    await stop(agent);
  });

  it("a failed fetch, or an onPeers that throws, is tried again at the next check-in", async () => {
    const roster = fakeRoster();
    let peersCalls = 0;
    roster.script((call) => (call.kind === "peers" && ++peersCalls === 1 ? error(503, "busy") : undefined));
    let throws = true;
    const { agent, lines } = await agentOn(roster, {}, {
      onPeers: () => {
        if (throws) {
          throws = false;
          throw new Error("disk full");
        }
      },
    });
    await advance(3 * INTERVAL + 100); // 4 check-ins
    expect(fetchedAfter(roster)).toEqual([1, 2, 3]); // 503, then onPeers failed, then done
    expect(lines.filter((l) => l.message.startsWith("peers not updated")).map((l) => l.fields!.error)).toEqual(["busy", "disk full"]);
    await stop(agent);
  });

  it("peersEvery 1: after every check-in; never two fetches at once", async () => {
    const roster = fakeRoster();
    roster.script((call) => (call.kind === "peers" ? { delayMs: 300 } : undefined));
    let slow = true;
    const { agent } = await agentOn(roster, {}, {
      peersEvery: 1,
      onPeers: () => (slow ? new Promise<void>((r) => setTimeout(() => ((slow = false), r()), 2000)) : undefined),
    });
    await advance(5 * INTERVAL + 100); // 6 check-ins
    // The first fetch and its slow onPeers span check-ins 2 and 3: nothing overlaps it.
    const fetched = fetchedAfter(roster);
    expect(fetched[0]).toBe(1);
    expect(fetched).not.toContain(2);
    expect(fetched).not.toContain(3);
    expect(fetched.slice(1)).toEqual([4, 5, 6]);
    await stop(agent);
  });
});

describe("--peers-out: the file (real files)", () => {
  const folder = () => mkdtempSync(join(tmpdir(), "roster-peers-"));

  it("is written as a JSON list, again only when the list changes; the command runs after each rewrite", async () => {
    const dir = folder();
    const path = join(dir, "peers.json");
    const changes: string[] = [];
    const file = peersFile({ path, onChange: async (p) => void changes.push(p), log: () => {} });
    expect(await file.update(PEERS)).toBe(true);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(PEERS);
    const before = statSync(path);
    expect(before.mode & 0o777).toBe(0o644);
    expect(await file.update(structuredClone(PEERS))).toBe(false);
    await file.idle();
    const same = statSync(path);
    expect([same.ino, same.mtimeMs]).toEqual([before.ino, before.mtimeMs]); // not touched at all
    expect(changes).toEqual([path]);
    const next = [...PEERS, { nodeId: "c", url: "http://c:8080/idm", state: "recovering", role: "standby" as const }];
    expect(await file.update(next)).toBe(true);
    await file.idle();
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(next);
    expect(statSync(path).ino).not.toBe(before.ino); // a new file renamed over the old one
    expect(changes).toEqual([path, path]);
    expect(readdirSync(dir)).toEqual(["peers.json"]); // no temporary file left
  });

  it("a restarted agent finding the same list in the file writes nothing and runs nothing", async () => {
    const path = join(folder(), "peers.json");
    writeFileSync(path, `${JSON.stringify(PEERS, null, 2)}\n`);
    const before = statSync(path);
    let ran = 0;
    const file = peersFile({ path, onChange: async () => void ran++, log: () => {} });
    expect(await file.update(PEERS)).toBe(false);
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
    expect(ran).toBe(0);
  });

  it("atomically: a reader polling during 200 rewrites only ever reads a whole list", async () => {
    const path = join(folder(), "peers.json");
    const file = peersFile({ path, log: () => {} });
    await file.update(PEERS);
    let writing = true;
    const reads: string[] = [];
    const reader = (async () => {
      while (writing) reads.push(await readFile(path, "utf8"));
    })();
    for (let i = 0; i < 200; i++) {
      // Long lists, so a torn write would show.
      await file.update(Array.from({ length: 50 }, (_, n) => ({ nodeId: `n${n}`, url: `http://n${n}:${8000 + i}/idm`, state: "running", role: "standby" as const })));
    }
    writing = false;
    await reader;
    expect(reads.length).toBeGreaterThan(10);
    for (const text of reads) expect(() => JSON.parse(text)).not.toThrow();
  });

  it("changes that come while the command runs make one more run after it, with the newest file, not one each", async () => {
    const path = join(folder(), "peers.json");
    const runs: string[] = [];
    let release = () => {};
    const file = peersFile({
      path,
      onChange: async (p) => {
        runs.push(readFileSync(p, "utf8"));
        if (runs.length === 1) await new Promise<void>((r) => (release = r));
      },
      log: () => {},
    });
    await file.update([PEERS[0]!]);
    await file.update([PEERS[1]!]);
    await file.update(PEERS);
    release();
    await file.idle();
    expect(runs.map((t) => JSON.parse(t))).toEqual([[PEERS[0]], PEERS]);
  });
});

describe("how the other nodes reach this one: --node-url, --node-endpoint", () => {
  it("parses [scheme://]host[:port][/path], sending only what is written", () => {
    expect(parseEndpoint("idm-1")).toEqual({ host: "idm-1" });
    expect(parseEndpoint("idm-1.example:8443")).toEqual({ host: "idm-1.example", port: 8443 });
    expect(parseEndpoint("https://10.0.0.7:443/midpoint")).toEqual({ host: "10.0.0.7", port: 443, path: "/midpoint", scheme: "https" });
    expect(parseEndpoint("http://[fe80::1]/portal")).toEqual({ host: "[fe80::1]", path: "/portal", scheme: "http" });
    expect(parseEndpoint("ftp://x")).toBe("--node-endpoint takes [scheme://]host[:port][/path], not 'ftp://x'");
    expect(parseEndpoint("h:70000")).toBe("--node-endpoint: port 70000 is not from 1 to 65535");
    expect(parseEndpoint("h/p?q=1")).toMatch(/^--node-endpoint takes/);
  });

  describe("the join carries them", () => {
    useFakeTime();
    it("url and endpoint in the join's body", async () => {
      const roster = fakeRoster();
      const { agent } = await agentOn(roster, {}, { nodeUrl: "https://n1.example/idm", endpoint: { host: "n1", port: 8080 } });
      expect(roster.of("join")[0]!.body).toMatchObject({ url: "https://n1.example/idm", endpoint: { host: "n1", port: 8080 } });
      await stop(agent);
    });
  });
});
