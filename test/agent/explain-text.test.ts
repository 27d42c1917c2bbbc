import { describe, expect, it } from "vitest";
import { explanationLines } from "../../agent/explain-text";
import type { Explanation } from "../../core/jobs/explain";

/** `roster jobs explain` prints the explanation readably: every reason the API gives reaches the reader. */
const base: Explanation = {
  jobId: "report",
  now: "2026-12-01T10:00:00.000Z",
  next: { at: "2026-12-01T09:59:50.000Z", status: "no-eligible-node", why: "due 10 s ago, and no node can claim it: see each node's reasons" },
  nodes: [
    { nodeId: "a", state: "running", eligible: false, why: ["its scheduling is switched off", "it is draining"] },
    { nodeId: "b", state: "running", eligible: true, why: [] },
  ],
  nodesNotListed: 3,
  occurrences: [
    {
      scheduledFor: "2026-12-01T09:59:40.000Z",
      outcome: "claimed",
      waited: "blocked by run r1 for 4 s: the job is not concurrent",
      steps: [
        { at: "2026-12-01T09:59:41.000Z", what: "claimed", nodeId: "a", runId: "r2" },
        { at: "2026-12-01T09:59:45.000Z", what: "requeued", nodeId: "a", runId: "r2", why: "node-down: the sweep finds it gone" },
      ],
    },
  ],
  history: { runs: 2, complete: false, note: "" },
};

describe("explanationLines", () => {
  it("prints the next occurrence, each node's reasons, the steps with their causes, and what was not read", () => {
    const text = explanationLines(base).join("\n");
    expect(text).toContain("next: no-eligible-node (2026-12-01T09:59:50.000Z)\n  due 10 s ago, and no node can claim it");
    expect(text).toContain("  a (running): its scheduling is switched off; it is draining");
    expect(text).toContain("  b (running): would claim it");
    expect(text).toContain("  … and 3 more");
    expect(text).toContain("      waited: blocked by run r1 for 4 s");
    expect(text).toContain("      2026-12-01T09:59:41.000Z  claimed by a (run r2)");
    expect(text).toContain("      2026-12-01T09:59:45.000Z  requeued (node a): node-down: the sweep finds it gone");
    expect(text).toContain("(older runs exist past the 2 read)");
  });

  it("says when there is no history yet and lists no nodes when they are not the answer", () => {
    const lines = explanationLines({ ...base, next: { status: "scheduled", at: "2026-12-01T10:00:10.000Z", why: "not due yet" }, nodes: undefined, nodesNotListed: undefined, occurrences: [], history: { runs: 0, complete: true, note: "" } });
    expect(lines).toContain("no past occurrence yet");
    expect(lines.join("\n")).not.toContain("nodes:");
    expect(lines.join("\n")).not.toContain("older runs");
  });
});
