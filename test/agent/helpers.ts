import { afterEach, beforeEach, vi } from "vitest";
import { type AgentOptions, type JobContext, startAgent } from "../../agent/agent";
import type { Answer, Call, fakeRoster } from "./fake-roster";

/** Fake timers (setTimeout, Date and performance.now) for the tests of this file, and the longest jitter. */
export function useFakeTime() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date", "performance"] });
    vi.spyOn(Math, "random").mockReturnValue(1); // jitter: the longest interval (1.1 ×), the longest backoff
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

export const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);
/** stop() waits on timers: move them on meanwhile. */
export const stop = async (agent: { stop(graceMs?: number): Promise<void> }, graceMs = 0) => {
  const stopped = agent.stop(graceMs);
  await advance(graceMs + 5000);
  await stopped;
};

/** A handler that runs until its signal aborts (or the test finishes it), and notes when and why it aborted. */
export function waiting() {
  const runs = new Map<string, { job: JobContext; abortedAt?: number; reason?: string; finish: () => void }>();
  const handler = (job: JobContext) =>
    new Promise<void>((resolve, reject) => {
      const run = { job, finish: () => resolve() } as { job: JobContext; abortedAt?: number; reason?: string; finish: () => void };
      runs.set(job.runId, run);
      job.signal.addEventListener("abort", () => {
        run.abortedAt = performance.now();
        run.reason = (job.signal.reason as Error).message;
        reject(job.signal.reason);
      });
    });
  return { runs, handler };
}

export async function agentOn(
  roster: ReturnType<typeof fakeRoster>,
  handlers: Record<string, (job: JobContext) => Promise<void | string>>,
  extra: Partial<AgentOptions> = {},
) {
  const lines: { message: string; fields?: Record<string, unknown> }[] = [];
  const agent = await startAgent({
    url: "http://roster.test",
    clusterId: "c",
    joinToken: "join",
    nodeId: "n1",
    softwareVersion: "1.0.0",
    handlers,
    capacity: 5,
    fetch: roster.fetch,
    log: (message, fields) => void lines.push({ message, ...(fields ? { fields } : {}) }),
    ...extra,
  });
  const abandoned = (runId: string) => lines.find((l) => l.message === "run abandoned" && l.fields?.runId === runId)?.fields;
  return { agent, lines, abandoned };
}

/** Answer check-ins by their number (1-based); undefined: the default answer. */
export const checkIns = (roster: ReturnType<typeof fakeRoster>, nth: (n: number, call: Call) => Answer | undefined, others: (call: Call) => Answer | undefined = () => undefined) => {
  let n = 0;
  roster.script((call) => (call.kind === "check-in" ? nth(++n, call) : others(call)));
};

