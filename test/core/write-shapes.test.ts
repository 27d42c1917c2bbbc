import { describe, expect, it } from "vitest";
import { readCluster } from "../../core/clusters/cluster-item";
import { sweepCluster } from "../../core/detection/sweep";
import type { FakeClock } from "../support/fake-clock";
import { type Harness, checkIn, harness, joinNode } from "../support/harness";

/**
 * Issue 16 moved core/ into domain folders and made the node and run lifecycles tables that
 * the code writes through (core/nodes/lifecycle.ts + node-writes.ts, core/jobs/run-lifecycle.ts
 * + run-transitions.ts), promising that behaviour does not change. This pins that promise at
 * the callers: the writes every operation sends, item by item and in order, with their
 * conditions as DynamoDB evaluates them (placeholder names substituted by their values, so a
 * renamed placeholder is no change but a dropped or altered check is), which items return the
 * stored item on refusal (ALL_OLD: refusals are explained from reasons[i], by position), the
 * events' types and seq numbers, and how many requests of each kind each operation costs.
 *
 * The expected summaries were produced by this very scenario against b66921a, the last commit
 * before the refactor (only the import paths differ), and the refactored code sends the same.
 * A change that means to alter what an operation sends updates its summary here, in the same
 * commit, and says why; any other difference is a regression. Changed since: check-in and
 * recover also check `lastCheckIn <= now` (the node lifecycle's `fresh` check: a check-in whose
 * write lands after a later one's must not move the last check-in back; found by the soak).
 * A summary also says when a write carries a name or value its expressions do not use
 * (DynamoDB would reject it with a ValidationException), or uses one it does not carry.
 * Changed since (issue 17, the primary lease): every node transition that ends a node's
 * running or its incarnation (supersede, leave, time out, go offline, force offline) also
 * checks the lease as read (the node lifecycle's `lease as read`): a node that held none is
 * written only if it still holds none (`attribute_not_exists(primaryTerm)`), so an election
 * landing between the read and the write refuses the write instead of leaving a lease behind.
 * With primaryMode none (this scenario) that is the only difference: the same items, requests
 * and events; a holder's transition also ends the lease in the same transaction
 * (test/core/primary/lease-loss.test.ts). Changed since (issue 17, the lease attack): recover
 * also sets `recoveredAt` (how long a node has been running: a preferred primary asks for the
 * lease back only after a timeout's length of it). Changed since (issue 18, drain): a claim and
 * a start also check that the node is not draining (`attribute_not_exists(drainingSince)`).
 * Changed since (issue 18, explain): a check-in also records what it asked for, `askedCapacity`
 * and `jobTypes` (removed when it names no types), so that explain can say why a node would not
 * claim a job; a finished run's history item says which row ended it (`endedBy`) and a misfire
 * skip notes the occurrence on the job item (`skipped`), attributes of items not shown here.
 * Changed since (issue 20, claims under contention): one transaction may claim several
 * occurrences and writes the node item once, so the node item moved after the claim's events
 * (last in the transaction, whatever the number of claims); the same items and conditions.
 */

type AnyItem = Record<string, any>;

const mask = (s: string) =>
  s
    .replace(/[0-9a-f]{64}/g, "<hash>")
    .replace(/\b[a-z0-9]+~\d{15}~[0-9a-f]{8}\b/g, "<run>")
    .replace(/\b1\d{12}\b/g, "<time>");

const shown = (v: unknown): string =>
  v instanceof Set ? `{${[...v].join(",")}}` : v !== null && typeof v === "object" && !Array.isArray(v) ? "{…}" : JSON.stringify(v);

/** `(x)` → `x` when the parentheses enclose the whole expression. */
function unwrap(e: string) {
  if (!e.startsWith("(") || !e.endsWith(")")) return e;
  let depth = 0;
  for (let i = 0; i < e.length; i++) {
    if (e[i] === "(") depth++;
    if (e[i] === ")") depth--;
    if (depth === 0 && i < e.length - 1) return e;
  }
  return e.slice(1, -1);
}

/** An expression with its names and values put in; `a IN (x)` with one x reads as `a = x`. */
function said(expression: string, names: Record<string, string>, values: Record<string, unknown>) {
  const e = expression
    .replace(/:\w+/g, (n) => {
      return n in values ? shown(values[n]) : `<no value for ${n}>`;
    })
    .replace(/#\w+/g, (n) => {
      return n in names ? names[n]! : `<no name for ${n}>`;
    });
  return mask(unwrap(e.replace(/ IN \(("[^"]*")\)/g, " = $1")));
}

/** An update's clauses, SET and REMOVE sorted (their order changes nothing). */
const clauses = (update: string, names: Record<string, string>, values: Record<string, unknown>) =>
  update
    .split(/\b(?=SET |REMOVE |ADD |DELETE )/)
    .map((part) => {
      const [verb, ...rest] = part.trim().split(" ");
      const list = rest.join(" ").split(",").map((c) => said(c.trim(), names, values)).filter(Boolean);
      return `${verb} ${(verb === "SET" || verb === "REMOVE" ? list.sort() : list).join(", ")}`;
    })
    .join(" ");

function what(item: AnyItem, key: AnyItem) {
  const pk = String(key.pk);
  const sk = String(key.sk);
  if (pk.endsWith("#E")) return `event ${item.type} #${String(item.eventId).split("_")[1]}`;
  if (pk.includes("#N#")) return "node";
  if (pk.endsWith("#ACTIVE")) return "run";
  if (pk.endsWith("#RUNS")) return "history";
  if (pk.endsWith("#FORGOTTEN")) return "tombstone";
  if (sk === "CLUSTER") return "cluster";
  if (sk.startsWith("JOB#")) return "job";
  if (sk.startsWith("DUE#")) return "due";
  return `${pk} ${sk}`;
}

/** One write (of a transaction, or alone) as one line. */
function summarize(kind: string, body: AnyItem) {
  const names = body.ExpressionAttributeNames ?? {};
  const values = body.ExpressionAttributeValues ?? {};
  const used = `${body.ConditionExpression ?? ""} ${body.UpdateExpression ?? ""}`;
  const unused = [
    ...Object.keys(values).filter((n) => !new RegExp(`${n}\\b`).test(used)),
    ...Object.keys(names).filter((n) => !new RegExp(`${n}\\b`).test(used)),
  ];
  const key = body.Key ?? { pk: body.Item?.pk, sk: body.Item?.sk };
  const parts = [`${kind} ${what(body.Item ?? {}, key)}`];
  if (body.ConditionExpression && !String(key.pk).endsWith("#E")) parts.push(`if ${said(body.ConditionExpression, names, values)}`);
  if (body.UpdateExpression) parts.push(clauses(body.UpdateExpression, names, values));
  if (body.ReturnValuesOnConditionCheckFailure) parts.push("ALL_OLD");
  if (unused.length) parts.push(`UNUSED ${unused.join(", ")}`); // DynamoDB rejects the write (ValidationException)
  return parts.join(" | ");
}

const summarizeTransaction = (items: AnyItem[]) =>
  items.map((item) => {
    const [kind, body] = Object.entries(item)[0]!;
    return summarize(kind, body);
  });

interface Step {
  /** Each write request, in order (a sweep's parallel writes sorted): a transaction's items, or one write. */
  writes: string[][];
  /** DynamoDB requests by command. */
  requests: Record<string, number>;
}

/** Every write each step sends, into `steps` (so that what was recorded is there even when a step breaks the scenario). */
async function scenario(h: Harness, steps: Record<string, Step>): Promise<void> {
  const clock = h.clock as FakeClock;
  let current: string[][] = [];
  const table = h.deps.table as unknown as Record<string, (input: any) => Promise<unknown>>;
  for (const method of ["transact", "update", "put", "delete"]) {
    const original = table[method]!.bind(table);
    table[method] = (input: any) => {
      current.push(method === "transact" ? summarizeTransaction(input) : [summarize(method, input)]);
      return original(input);
    };
  }
  const step = async <T>(label: string, run: () => Promise<T>, parallel = false): Promise<T> => {
    current = [];
    h.requests.reset();
    const result = await run();
    const writes = parallel ? [...current].sort((a, b) => a.join().localeCompare(b.join())) : current;
    steps[label] = { writes, requests: Object.fromEntries(Object.entries(h.requests.counts).sort()) };
    current = [];
    return result;
  };
  const admin = { token: h.adminToken };
  const sweep = async (c: string) => sweepCluster(h.deps, (await readCluster(h.deps, c))!);
  const run = (c: string, runId: string, verb: string, token: string, body: object) =>
    h.call("POST", `/v1/clusters/${c}/runs/${encodeURIComponent(runId)}/${verb}`, { token, body });
  const c = "k1";
  const created = await h.call("POST", "/v1/clusters", {
    ...admin,
    body: { clusterId: c, settings: { instanceTimeoutMs: 10_000, instanceRecoveryTimeoutMs: 10_000, misfireThresholdMs: 60_000 } },
  });
  const joinToken: string = created.body.joinToken;

  const a = await step("join clustered-first", () => joinNode(h, c, "a", joinToken, "clustered-first"));
  let b = await step("join", () => joinNode(h, c, "b", joinToken));
  await h.call("POST", `/v1/clusters/${c}/jobs`, { ...admin, body: { jobId: "j", type: "t", concurrent: true, schedule: { rateMs: 1000 } } });
  clock.advance(1_500);
  const claimed = await step("check-in that claims (seq)", () => checkIn(h, c, a, { capacity: 1, holding: [], seq: 1 }));
  const mine = claimed.body.claims[0];
  await step("check-in that lists (seq)", () => checkIn(h, c, a, { holding: [mine.runId], seq: 2 }));
  await step("check-in out of order", () => checkIn(h, c, a, { holding: [mine.runId], seq: 2 }));
  await step("start", () => run(c, mine.runId, "start", a.nodeToken, { claimToken: mine.claimToken }));
  await step("start again (the same answer)", () => run(c, mine.runId, "start", a.nodeToken, { claimToken: mine.claimToken }));
  await step("start by another node", () => run(c, mine.runId, "start", b.nodeToken, { claimToken: mine.claimToken }));
  await step("complete", () => run(c, mine.runId, "complete", a.nodeToken, { claimToken: mine.claimToken, outcome: "succeeded" }));

  clock.advance(1_000);
  await step("check-in that claims (no seq)", () => checkIn(h, c, b, { capacity: 1, holding: [] }));
  await step("check-in that leaves its claim out (not-held)", () => checkIn(h, c, b, { holding: [] }));
  clock.advance(1_000);
  const held = (await checkIn(h, c, b, { capacity: 1, holding: [] })).body.claims[0];
  await run(c, held.runId, "start", b.nodeToken, { claimToken: held.claimToken });
  const superseding = await step("join that supersedes a live incarnation (its started run is orphaned)", () => joinNode(h, c, "b", joinToken));
  await step("check-in with a superseded token", () => checkIn(h, c, b));
  await step("complete with a superseded token", () => run(c, held.runId, "complete", b.nodeToken, { claimToken: held.claimToken, outcome: "failed" }));
  b = superseding;

  clock.advance(1_000);
  await checkIn(h, c, b, { capacity: 1, holding: [] });
  clock.advance(10_001);
  await checkIn(h, c, a, { holding: [] });
  await step("sweep: time out, and the claim of the recovering node goes back", () => sweep(c), true);
  await step("check-in of a recovering node (recover, seq)", () => checkIn(h, c, b, { holding: [], seq: 7 }));
  await step("leave", () => h.call("POST", `/v1/clusters/${c}/nodes/b/leave`, { token: b.nodeToken }));
  await step("leave again (stopped, from the refusal's item)", () => h.call("POST", `/v1/clusters/${c}/nodes/b/leave`, { token: b.nodeToken }));
  await step("forget", () => h.call("DELETE", `/v1/clusters/${c}/nodes/b`, admin));
  b = await step("join after forget", () => joinNode(h, c, "b", joinToken));

  const d = await joinNode(h, c, "d", joinToken);
  clock.advance(10_001);
  await checkIn(h, c, a, { holding: [] });
  await checkIn(h, c, b, { holding: [] });
  await step("sweep: time out", () => sweep(c), true);
  clock.advance(10_001);
  await checkIn(h, c, a, { holding: [] });
  await checkIn(h, c, b, { holding: [] });
  await step("sweep: go offline (stabilizedAt absent)", () => sweep(c), true);
  await step("check-in of an offline node", () => checkIn(h, c, d));
  await step("rejoin from offline", () => joinNode(h, c, "d", joinToken));

  await joinNode(h, c, "e", joinToken);
  clock.advance(10_001);
  await checkIn(h, c, a, { holding: [] });
  await checkIn(h, c, b, { holding: [] });
  await sweep(c);
  await step("force offline", () => h.call("POST", `/v1/clusters/${c}/nodes/e/offline`, admin));

  // A claim never listed: its lease lapses while its node keeps checking in (an older client lists nothing).
  clock.advance(1_000);
  await checkIn(h, c, a, { capacity: 1 });
  for (const wait of [6_000, 5_000]) {
    clock.advance(wait);
    await checkIn(h, c, a, {});
    await checkIn(h, c, b, { holding: [] });
  }
  await step("sweep: lease lapsed (and a node offline)", () => sweep(c), true);

  // The guard: seven of nine silent. While it holds, only the node's own word (a listing that
  // leaves a claim out, a leave) or an admin's (force offline) takes runs back; then it is
  // lifted by hand, so the next go offline checks a stabilizedAt that is present.
  const g = "k2";
  const made = await h.call("POST", "/v1/clusters", {
    ...admin,
    body: { clusterId: g, settings: { instanceTimeoutMs: 10_000, instanceRecoveryTimeoutMs: 10_000 } },
  });
  const nodes = [await joinNode(h, g, "g0", made.body.joinToken, "clustered-first")];
  for (let i = 1; i < 9; i++) nodes.push(await joinNode(h, g, `g${i}`, made.body.joinToken));
  for (const jobId of ["w2", "w3", "w4"]) {
    await h.call("POST", `/v1/clusters/${g}/jobs`, { ...admin, body: { jobId, type: "t", concurrent: true, schedule: { rateMs: 1000 } } });
  }
  clock.advance(1_500);
  for (const n of nodes.slice(2, 5)) {
    const claim = (await checkIn(h, g, n, { capacity: 1, holding: [] })).body.claims[0];
    if (n.nodeId !== "g2") await run(g, claim.runId, "start", n.nodeToken, { claimToken: claim.claimToken });
  }
  clock.advance(10_001);
  for (const n of nodes.slice(0, 2)) await checkIn(h, g, n, { holding: [] });
  await step("sweep: the guard trips (no run taken back)", () => sweep(g), true);
  await step("check-in under the guard that leaves its claim out (recover, not-held)", () => checkIn(h, g, nodes[2]!, { holding: [] }));
  await step("leave under the guard (its run given back)", () => h.call("POST", `/v1/clusters/${g}/nodes/g3/leave`, { token: nodes[3]!.nodeToken }));
  await step("force offline under the guard (its run given back)", () => h.call("POST", `/v1/clusters/${g}/nodes/g4/offline`, admin));
  clock.advance(10_001);
  for (const n of nodes.slice(0, 3)) await checkIn(h, g, n, { holding: [] });
  await step("sweep under the guard (nothing goes offline)", () => sweep(g), true);
  await step("lift the guard", () => h.call("POST", `/v1/clusters/${g}/stabilize`, admin));
  clock.advance(10_001);
  for (const n of nodes.slice(0, 3)) await checkIn(h, g, n, { holding: [] });
  await step("sweep: go offline (stabilizedAt present)", () => sweep(g), true);
}
/** What b66921a (before the refactor) sent, step by step: the scenario above, run against it. */
const BEFORE_THE_REFACTOR: Record<string, Step> = {
  "join clustered-first": {
    requests: {"GetItemCommand": 3, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Update cluster | if attribute_exists(pk) AND attribute_not_exists(initializedAt) | SET initializedAt = \"2026-11-23T10:00:00.000Z\", initializedBy = \"a\", keystore = {…}, reference = {…}",
        "Put node | if attribute_not_exists(pk)",
        "Put event cluster.initialized #00000",
        "Put event node.joined #00001",
      ],
    ],
  },
  "join": {
    requests: {"GetItemCommand": 3, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Put node | if attribute_not_exists(pk)",
        "Put event node.joined #00000",
      ],
    ],
  },
  "check-in that claims (seq)": {
    requests: {"QueryCommand": 1, "TransactWriteItemsCommand": 1, "UpdateItemCommand": 1},
    writes: [
      [
        "update node | if tokenHash = \"<hash>\" AND epoch = 1 AND state = \"running\" AND (attribute_not_exists(checkInSeq) OR checkInSeq < 1) AND lastCheckIn <= <time> | SET askedCapacity = 1, checkInSeq = 1, clockSkewMs = 0, lastCheckIn = <time> REMOVE heldAt, holding, jobTypes | ALL_OLD",
      ],
      [
        "Put job | if version = 1",
        "Delete due",
        "Put due",
        "Put run | if attribute_not_exists(pk)",
        "Put event job.claimed #00000",
        "Update node | if tokenHash = \"<hash>\" AND epoch = 1 AND state = \"running\" AND schedulingEnabled = true AND attribute_not_exists(drainingSince) AND (attribute_not_exists(assigned) OR size(assigned) < 100) | ADD assigned {<run>}",
      ],
    ],
  },
  "check-in that lists (seq)": {
    requests: {"QueryCommand": 1, "UpdateItemCommand": 1},
    writes: [
      [
        "update node | if tokenHash = \"<hash>\" AND epoch = 1 AND state = \"running\" AND (attribute_not_exists(checkInSeq) OR checkInSeq < 2) AND lastCheckIn <= <time> | SET askedCapacity = 0, checkInSeq = 2, clockSkewMs = 0, heldAt = <time>, holding = [\"<run>\"], lastCheckIn = <time> REMOVE jobTypes | ALL_OLD",
      ],
    ],
  },
  "check-in out of order": {
    requests: {"QueryCommand": 1, "UpdateItemCommand": 1},
    writes: [
      [
        "update node | if tokenHash = \"<hash>\" AND epoch = 1 AND state = \"running\" AND (attribute_not_exists(checkInSeq) OR checkInSeq < 2) AND lastCheckIn <= <time> | SET askedCapacity = 0, checkInSeq = 2, clockSkewMs = 0, heldAt = <time>, holding = [\"<run>\"], lastCheckIn = <time> REMOVE jobTypes | ALL_OLD",
      ],
    ],
  },
  "start": {
    requests: {"GetItemCommand": 2, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Update run | if state = \"claimed\" AND claimTokenHash = \"<hash>\" AND nodeId = \"a\" AND epoch = 1 | SET startedAt = <time>, state = \"started\" | ALL_OLD",
        "ConditionCheck node | if tokenHash = \"<hash>\" AND epoch = 1 AND state = \"running\" AND attribute_not_exists(drainingSince) | ALL_OLD",
        "Put event job.started #00000",
      ],
    ],
  },
  "start again (the same answer)": {
    requests: {"GetItemCommand": 1, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Update run | if state = \"claimed\" AND claimTokenHash = \"<hash>\" AND nodeId = \"a\" AND epoch = 1 | SET startedAt = <time>, state = \"started\" | ALL_OLD",
        "ConditionCheck node | if tokenHash = \"<hash>\" AND epoch = 1 AND state = \"running\" AND attribute_not_exists(drainingSince) | ALL_OLD",
        "Put event job.started #00000",
      ],
    ],
  },
  "start by another node": {
    requests: {"GetItemCommand": 1, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Update run | if state = \"claimed\" AND claimTokenHash = \"<hash>\" AND nodeId = \"b\" AND epoch = 1 | SET startedAt = <time>, state = \"started\" | ALL_OLD",
        "ConditionCheck node | if tokenHash = \"<hash>\" AND epoch = 1 AND state = \"running\" AND attribute_not_exists(drainingSince) | ALL_OLD",
        "Put event job.started #00000",
      ],
    ],
  },
  "complete": {
    requests: {"GetItemCommand": 3, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Delete run | if state = \"started\" AND claimTokenHash = \"<hash>\" AND nodeId = \"a\" AND epoch = 1 | ALL_OLD",
        "Update node | if tokenHash = \"<hash>\" AND epoch = 1 | DELETE assigned {<run>} | ALL_OLD",
        "Put history",
        "Put job | if version = 2",
        "Put due",
        "Put event job.completed #00000",
      ],
    ],
  },
  "check-in that claims (no seq)": {
    requests: {"QueryCommand": 1, "TransactWriteItemsCommand": 1, "UpdateItemCommand": 1},
    writes: [
      [
        "update node | if tokenHash = \"<hash>\" AND epoch = 1 AND state = \"running\" AND lastCheckIn <= <time> | SET askedCapacity = 1, clockSkewMs = 0, lastCheckIn = <time> REMOVE heldAt, holding, jobTypes | ALL_OLD",
      ],
      [
        "Put job | if version = 3",
        "Delete due",
        "Put due",
        "Put run | if attribute_not_exists(pk)",
        "Put event job.claimed #00000",
        "Update node | if tokenHash = \"<hash>\" AND epoch = 1 AND state = \"running\" AND schedulingEnabled = true AND attribute_not_exists(drainingSince) AND (attribute_not_exists(assigned) OR size(assigned) < 100) | ADD assigned {<run>}",
      ],
    ],
  },
  "check-in that leaves its claim out (not-held)": {
    requests: {"GetItemCommand": 2, "QueryCommand": 1, "TransactWriteItemsCommand": 1, "UpdateItemCommand": 1},
    writes: [
      [
        "update node | if tokenHash = \"<hash>\" AND epoch = 1 AND state = \"running\" AND lastCheckIn <= <time> | SET askedCapacity = 0, clockSkewMs = 0, lastCheckIn = <time> REMOVE heldAt, holding, jobTypes | ALL_OLD",
      ],
      [
        "Delete run | if state = \"claimed\" AND claimTokenHash = \"<hash>\"",
        "Update node | if epoch = 1 AND NOT contains(holding, \"<run>\") | DELETE assigned {<run>}",
        "Put history",
        "Put job | if version = 4",
        "Delete due",
        "Put due",
        "Put event job.requeued #00000",
      ],
    ],
  },
  "join that supersedes a live incarnation (its started run is orphaned)": {
    requests: {"GetItemCommand": 3, "QueryCommand": 1, "TransactWriteItemsCommand": 2},
    writes: [
      [
        "Put node | if epoch = 1 AND state = \"running\" AND attribute_not_exists(primaryTerm)",
        "Put event node.superseded #00000",
        "Put event node.joined #00001",
      ],
      [
        "Delete run | if state = \"started\" AND claimTokenHash = \"<hash>\"",
        "ConditionCheck node | if attribute_not_exists(pk) OR epoch <> 1",
        "ConditionCheck cluster | if attribute_not_exists(disruptedSince)",
        "Put history",
        "Put job | if version = 6",
        "Put due",
        "Put event job.orphaned #00000",
      ],
    ],
  },
  "check-in with a superseded token": {
    requests: {"QueryCommand": 1, "UpdateItemCommand": 1},
    writes: [
      [
        "update node | if tokenHash = \"<hash>\" AND epoch = 1 AND state = \"running\" AND lastCheckIn <= <time> | SET askedCapacity = 0, clockSkewMs = 0, lastCheckIn = <time> REMOVE jobTypes | ALL_OLD",
      ],
    ],
  },
  "complete with a superseded token": {
    requests: {"GetItemCommand": 4},
    writes: [
    ],
  },
  "sweep: time out, and the claim of the recovering node goes back": {
    requests: {"GetItemCommand": 2, "QueryCommand": 5, "TransactWriteItemsCommand": 2},
    writes: [
      [
        "Delete run | if state = \"claimed\" AND claimTokenHash = \"<hash>\"",
        "Update node | if epoch = 2 AND state <> \"running\" | DELETE assigned {<run>}",
        "ConditionCheck cluster | if attribute_not_exists(disruptedSince)",
        "Put history",
        "Put job | if version = 8",
        "Delete due",
        "Put due",
        "Put event job.requeued #00002",
      ],
      [
        "Update node | if state = \"running\" AND epoch = 2 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET recoveringSince = <time>, state = \"recovering\"",
        "Put event node.recovering #00001",
      ],
    ],
  },
  "check-in of a recovering node (recover, seq)": {
    requests: {"GetItemCommand": 1, "QueryCommand": 1, "TransactWriteItemsCommand": 1, "UpdateItemCommand": 1},
    writes: [
      [
        "update node | if tokenHash = \"<hash>\" AND epoch = 2 AND state = \"running\" AND (attribute_not_exists(checkInSeq) OR checkInSeq < 7) AND lastCheckIn <= <time> | SET askedCapacity = 0, checkInSeq = 7, clockSkewMs = 0, lastCheckIn = <time> REMOVE heldAt, holding, jobTypes | ALL_OLD",
      ],
      [
        "Update node | if tokenHash = \"<hash>\" AND epoch = 2 AND state = \"recovering\" AND (attribute_not_exists(checkInSeq) OR checkInSeq < 7) AND lastCheckIn <= <time> | SET askedCapacity = 0, checkInSeq = 7, clockSkewMs = 0, lastCheckIn = <time>, recoveredAt = <time>, state = \"running\" REMOVE heldAt, holding, jobTypes, recoveringSince",
        "Put event node.recovered #00000",
      ],
    ],
  },
  "leave": {
    requests: {"GetItemCommand": 1, "QueryCommand": 1, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Update node | if tokenHash = \"<hash>\" AND epoch = 2 AND state IN (\"running\", \"recovering\") AND attribute_not_exists(primaryTerm) | SET shutdown = \"2026-11-23T10:00:14.501Z\", state = \"stopped\" REMOVE recoveringSince | ALL_OLD",
        "Put event node.left #00000",
      ],
    ],
  },
  "leave again (stopped, from the refusal's item)": {
    requests: {"GetItemCommand": 1, "QueryCommand": 1, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Update node | if tokenHash = \"<hash>\" AND epoch = 2 AND state IN (\"running\", \"recovering\") AND attribute_not_exists(primaryTerm) | SET shutdown = \"2026-11-23T10:00:14.501Z\", state = \"stopped\" REMOVE recoveringSince | ALL_OLD",
        "Put event node.left #00000",
      ],
    ],
  },
  "forget": {
    requests: {"GetItemCommand": 2, "QueryCommand": 1, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Delete node | if state IN (\"offline\", \"stopped\") AND epoch = 2 | ALL_OLD",
        "Put tombstone",
        "Put event node.forgotten #00000",
      ],
    ],
  },
  "join after forget": {
    requests: {"GetItemCommand": 3, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Put node | if attribute_not_exists(pk)",
        "Put event node.joined #00000",
      ],
    ],
  },
  "sweep: time out": {
    requests: {"GetItemCommand": 1, "QueryCommand": 5, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Update node | if state = \"running\" AND epoch = 1 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET recoveringSince = <time>, state = \"recovering\"",
        "Put event node.recovering #00001",
      ],
    ],
  },
  "sweep: go offline (stabilizedAt absent)": {
    requests: {"GetItemCommand": 1, "QueryCommand": 5, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Update node | if state = \"recovering\" AND epoch = 1 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET state = \"offline\"",
        "ConditionCheck cluster | if attribute_not_exists(disruptedSince) AND attribute_not_exists(stabilizedAt)",
        "Put event node.offline #00001",
      ],
    ],
  },
  "check-in of an offline node": {
    requests: {"QueryCommand": 1, "UpdateItemCommand": 1},
    writes: [
      [
        "update node | if tokenHash = \"<hash>\" AND epoch = 1 AND state = \"running\" AND lastCheckIn <= <time> | SET askedCapacity = 0, clockSkewMs = 0, lastCheckIn = <time> REMOVE jobTypes | ALL_OLD",
      ],
    ],
  },
  "rejoin from offline": {
    requests: {"GetItemCommand": 2, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Put node | if epoch = 1 AND state = \"offline\"",
        "Put event node.joined #00000",
      ],
    ],
  },
  "force offline": {
    requests: {"GetItemCommand": 2, "QueryCommand": 1, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Update node | if state = \"recovering\" AND epoch = 1 AND attribute_not_exists(primaryTerm) | SET state = \"offline\"",
        "Put event node.offline #00000",
      ],
    ],
  },
  "sweep: lease lapsed (and a node offline)": {
    requests: {"GetItemCommand": 2, "QueryCommand": 5, "TransactWriteItemsCommand": 2},
    writes: [
      [
        "Delete run | if state = \"claimed\" AND claimTokenHash = \"<hash>\"",
        "Update node | if epoch = 1 AND (NOT contains(holding, \"<run>\") OR heldAt < <time>) | DELETE assigned {<run>}",
        "ConditionCheck cluster | if attribute_not_exists(disruptedSince)",
        "Put history",
        "Put job | if version = 10",
        "Delete due",
        "Put due",
        "Put event job.requeued #00002",
      ],
      [
        "Update node | if state = \"recovering\" AND epoch = 2 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET state = \"offline\"",
        "ConditionCheck cluster | if attribute_not_exists(disruptedSince) AND attribute_not_exists(stabilizedAt)",
        "Put event node.offline #00001",
      ],
    ],
  },
  "sweep: the guard trips (no run taken back)": {
    requests: {"GetItemCommand": 1, "QueryCommand": 4, "TransactWriteItemsCommand": 8},
    writes: [
      [
        "Update cluster | if attribute_not_exists(disruptedSince) | SET disruptedSince = <time>",
        "Put event cluster.disrupted #00000",
      ],
      [
        "Update node | if state = \"running\" AND epoch = 1 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET recoveringSince = <time>, state = \"recovering\"",
        "Put event node.recovering #00001",
      ],
      [
        "Update node | if state = \"running\" AND epoch = 1 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET recoveringSince = <time>, state = \"recovering\"",
        "Put event node.recovering #00002",
      ],
      [
        "Update node | if state = \"running\" AND epoch = 1 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET recoveringSince = <time>, state = \"recovering\"",
        "Put event node.recovering #00003",
      ],
      [
        "Update node | if state = \"running\" AND epoch = 1 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET recoveringSince = <time>, state = \"recovering\"",
        "Put event node.recovering #00004",
      ],
      [
        "Update node | if state = \"running\" AND epoch = 1 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET recoveringSince = <time>, state = \"recovering\"",
        "Put event node.recovering #00005",
      ],
      [
        "Update node | if state = \"running\" AND epoch = 1 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET recoveringSince = <time>, state = \"recovering\"",
        "Put event node.recovering #00006",
      ],
      [
        "Update node | if state = \"running\" AND epoch = 1 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET recoveringSince = <time>, state = \"recovering\"",
        "Put event node.recovering #00007",
      ],
    ],
  },
  "check-in under the guard that leaves its claim out (recover, not-held)": {
    requests: {"GetItemCommand": 3, "QueryCommand": 1, "TransactWriteItemsCommand": 2, "UpdateItemCommand": 1},
    writes: [
      [
        "update node | if tokenHash = \"<hash>\" AND epoch = 1 AND state = \"running\" AND lastCheckIn <= <time> | SET askedCapacity = 0, clockSkewMs = 0, lastCheckIn = <time> REMOVE heldAt, holding, jobTypes | ALL_OLD",
      ],
      [
        "Update node | if tokenHash = \"<hash>\" AND epoch = 1 AND state = \"recovering\" AND lastCheckIn <= <time> | SET askedCapacity = 0, clockSkewMs = 0, lastCheckIn = <time>, recoveredAt = <time>, state = \"running\" REMOVE heldAt, holding, jobTypes, recoveringSince",
        "Put event node.recovered #00000",
      ],
      [
        "Delete run | if state = \"claimed\" AND claimTokenHash = \"<hash>\"",
        "Update node | if epoch = 1 AND NOT contains(holding, \"<run>\") | DELETE assigned {<run>}",
        "Put history",
        "Put job | if version = 2",
        "Delete due",
        "Put due",
        "Put event job.requeued #00000",
      ],
    ],
  },
  "leave under the guard (its run given back)": {
    requests: {"GetItemCommand": 2, "QueryCommand": 1, "TransactWriteItemsCommand": 2},
    writes: [
      [
        "Update node | if tokenHash = \"<hash>\" AND epoch = 1 AND state IN (\"running\", \"recovering\") AND attribute_not_exists(primaryTerm) | SET shutdown = \"2026-11-23T10:01:08.005Z\", state = \"stopped\" REMOVE recoveringSince | ALL_OLD",
        "Put event node.left #00000",
      ],
      [
        "Delete run | if state = \"started\" AND claimTokenHash = \"<hash>\"",
        "Update node | if epoch = 1 AND state IN (\"offline\", \"stopped\") | DELETE assigned {<run>}",
        "Put history",
        "Put job | if version = 2",
        "Put due",
        "Put event job.orphaned #00000",
      ],
    ],
  },
  "force offline under the guard (its run given back)": {
    requests: {"GetItemCommand": 3, "QueryCommand": 1, "TransactWriteItemsCommand": 2},
    writes: [
      [
        "Update node | if state = \"recovering\" AND epoch = 1 AND attribute_not_exists(primaryTerm) | SET state = \"offline\"",
        "Put event node.offline #00000",
      ],
      [
        "Delete run | if state = \"started\" AND claimTokenHash = \"<hash>\"",
        "Update node | if epoch = 1 AND state IN (\"offline\", \"stopped\") | DELETE assigned {<run>}",
        "Put history",
        "Put job | if version = 2",
        "Put due",
        "Put event job.orphaned #00000",
      ],
    ],
  },
  "sweep under the guard (nothing goes offline)": {
    requests: {"GetItemCommand": 1, "QueryCommand": 4},
    writes: [
    ],
  },
  "lift the guard": {
    requests: {"GetItemCommand": 1, "TransactWriteItemsCommand": 1},
    writes: [
      [
        "Update cluster | if disruptedSince = <time> | SET stabilizedAt = <time> REMOVE disruptedSince",
        "Put event cluster.stabilized #00000",
      ],
    ],
  },
  "sweep: go offline (stabilizedAt present)": {
    requests: {"GetItemCommand": 1, "QueryCommand": 5, "TransactWriteItemsCommand": 4},
    writes: [
      [
        "Update node | if state = \"recovering\" AND epoch = 1 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET state = \"offline\"",
        "ConditionCheck cluster | if attribute_not_exists(disruptedSince) AND stabilizedAt = <time>",
        "Put event node.offline #00001",
      ],
      [
        "Update node | if state = \"recovering\" AND epoch = 1 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET state = \"offline\"",
        "ConditionCheck cluster | if attribute_not_exists(disruptedSince) AND stabilizedAt = <time>",
        "Put event node.offline #00002",
      ],
      [
        "Update node | if state = \"recovering\" AND epoch = 1 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET state = \"offline\"",
        "ConditionCheck cluster | if attribute_not_exists(disruptedSince) AND stabilizedAt = <time>",
        "Put event node.offline #00003",
      ],
      [
        "Update node | if state = \"recovering\" AND epoch = 1 AND lastCheckIn = <time> AND attribute_not_exists(primaryTerm) | SET state = \"offline\"",
        "ConditionCheck cluster | if attribute_not_exists(disruptedSince) AND stabilizedAt = <time>",
        "Put event node.offline #00004",
      ],
    ],
  },
};

describe("the refactor of issue 16 changes no write", () => {
  it("sends, operation by operation, the writes b66921a sent: same items in the same order, same conditions, same ALL_OLD, same events and seq, same request count", async () => {
    const steps: Record<string, Step> = {};
    const broke = await scenario(await harness(), steps).then(
      () => undefined,
      (error: unknown) => error,
    );
    // Step by step, so the first write that differs is the one reported.
    for (const [label, before] of Object.entries(BEFORE_THE_REFACTOR)) {
      if (!(label in steps) && broke) throw broke;
      expect(steps[label], label).toEqual(before);
    }
    expect(Object.keys(steps)).toEqual(Object.keys(BEFORE_THE_REFACTOR));
    expect(broke).toBeUndefined();
  });
});
