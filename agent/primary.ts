/**
 * This node's belief about the cluster's primary lease (issue 17), and the hooks that follow it.
 *
 * The agent believes it is primary from a check-in answer that says `role: "primary"` (taken in
 * only while the agent is not fenced) until the first of: an answer with `role: "standby"` or
 * another term, its fence falling, the agent leaving or ending. Roster's lease outlives that
 * belief: the lease lapses `instanceTimeoutMs` after Roster *received* the last check-in, the
 * fence falls earlier, counted from when it was *sent*. So the node never acts as primary while
 * another node may hold the lease.
 *
 * Hooks run one at a time, in order. `onPrimary` gets a signal that aborts the moment the
 * belief ends (a command is killed then, with its process group), and `onStandby` runs once it
 * has settled. A becoming-primary whose hook had not started when the belief ended is dropped,
 * and so is its standby: each `onStandby` follows exactly one `onPrimary`.
 *
 * Until that `onStandby` has finished (PRIMARY_RELEASE_MS at most), check-ins still claim the
 * old term (`claimedTerm`): Roster hands a lease over only at a check-in of its holder that
 * claims nothing, so the next primary's application does not start while this one's stops.
 */

export interface PrimaryContext {
  term: number;
  /** Aborts when this node stops being primary: whatever the hook started must stop then. */
  signal: AbortSignal;
}
export type StandbyReason = "standby" | "term-changed" | "fenced" | "leaving" | "stopped" | "rejoining";
export interface StandbyContext {
  term: number;
  reason: StandbyReason;
}
export interface PrimaryHooks {
  onPrimary?: (primary: PrimaryContext) => Promise<void> | void;
  onStandby?: (standby: StandbyContext) => Promise<void> | void;
}

/** How long an aborted onPrimary may take to settle before onStandby runs anyway. */
export const PRIMARY_SETTLE_MS = 5000;
/** How long after losing the lease check-ins may still claim its term while onStandby runs: a hung hook cannot hold a handover. */
export const PRIMARY_RELEASE_MS = 60_000;

interface Held {
  term: number;
  lease: AbortController;
  /** Whether its onPrimary hook started (decided when its turn in the queue comes). */
  started: boolean;
}

export function primaryRole(
  hooks: PrimaryHooks,
  options: {
    /** Called just before onPrimary starts: true while the agent may act as primary (it checks its fence first). */
    stillValid: () => boolean;
    log: (message: string, fields?: Record<string, unknown>) => void;
    /** Called whenever the queue of hooks empties. */
    onIdle?: () => void;
  },
) {
  let held: Held | undefined;
  /** A lost lease whose application has not stopped yet (its onStandby is queued or running). */
  let releasing: { term: number; until: number } | undefined;
  let queue: Promise<void> = Promise.resolve();
  let queued = 0;

  /** Run `task` after every hook queued before it; a failing hook is logged, never thrown. */
  function enqueue(hook: string, task: () => Promise<void>) {
    queued++;
    queue = queue
      .then(task)
      .catch((error) => options.log(`${hook} failed`, { error: (error as Error).message }))
      .finally(() => {
        if (--queued === 0) options.onIdle?.();
      });
  }

  function gain(term: number) {
    const lease: Held = { term, lease: new AbortController(), started: false };
    held = lease;
    options.log("this node is primary", { term });
    enqueue("onPrimary", async () => {
      // The belief may have ended while earlier hooks ran, or the fence may have fallen unseen (a pause).
      if (lease.lease.signal.aborted || !options.stillValid() || lease.lease.signal.aborted) return;
      lease.started = true;
      if (!hooks.onPrimary) return;
      const hook = Promise.resolve().then(() => hooks.onPrimary!({ term, signal: lease.lease.signal }));
      // Stopped because the lease ended: that is its normal end, not a failure.
      await settledOrGivenUp(hook, lease.lease.signal).catch((error) => {
        if (!lease.lease.signal.aborted) throw error;
      });
    });
  }

  function lose(reason: StandbyReason) {
    const lease = held;
    if (!lease) return;
    held = undefined;
    options.log("this node is no longer primary", { term: lease.term, reason });
    // Synchronously: a command started by onPrimary gets its signal now, at the moment of the loss.
    lease.lease.abort(new Error(`no longer primary (${reason})`));
    // A rejoining node is a new incarnation: it holds no term of the old one to claim.
    const release = reason === "rejoining" ? undefined : { term: lease.term, until: performance.now() + PRIMARY_RELEASE_MS };
    releasing = release;
    enqueue("onStandby", async () => {
      try {
        if (!lease.started) return; // its onPrimary never ran: nothing to undo
        await hooks.onStandby?.({ term: lease.term, reason });
      } finally {
        if (releasing === release) releasing = undefined;
      }
    });
  }

  return {
    /** The term this node believes it holds, or undefined. */
    term: () => held?.term,
    /** The term its check-ins claim: the one it holds, else one it lost whose onStandby has not finished. */
    claimedTerm(): number | undefined {
      if (held) return held.term;
      if (releasing && performance.now() < releasing.until) return releasing.term;
      return undefined;
    },
    /**
     * What a check-in answer says (taken in only while the agent is not fenced and not leaving:
     * `mayBePrimary` false turns a primary answer into nothing).
     */
    observe(role: "primary" | "standby" | undefined, term: number | undefined, mayBePrimary: boolean) {
      const primary = role === "primary" && typeof term === "number" && Number.isSafeInteger(term);
      if (held && !primary) lose("standby");
      else if (held && primary && held.term !== term) lose("term-changed");
      if (!held && primary && mayBePrimary) gain(term!);
    },
    lose,
    /** Whether hooks are running or waiting to. */
    busy: () => queued > 0,
    /** Settles when every hook queued so far has. */
    idle: () => queue,
  };
}

/** The hook's end, or, PRIMARY_SETTLE_MS after `signal` aborts, a give-up: a hook that ignores the abort cannot hold the queue. */
async function settledOrGivenUp(hook: Promise<void>, signal: AbortSignal): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const givenUp = new Promise<void>((resolve) => {
    const onAbort = () => (timer = setTimeout(resolve, PRIMARY_SETTLE_MS));
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    void hook.catch(() => {}).finally(() => signal.removeEventListener("abort", onAbort));
  });
  try {
    await Promise.race([hook, givenUp]);
  } finally {
    clearTimeout(timer);
  }
}
