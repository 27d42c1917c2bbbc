import {
  InternalServerError,
  ProvisionedThroughputExceededException,
  ThrottlingException,
} from "@aws-sdk/client-dynamodb";
import { storeFailure } from "../../adapters/dynamo-table";
import { RosterError } from "../../core/common/errors";
import type { EventSink } from "../../core/events/publish";
import type { StoreUnavailable, Table, TransactItem } from "../../core/store/table";
import type { SecretVault } from "../../core/ports";

/**
 * A fault injector for the three ports of `core/`: the table, the vault and the event sink.
 *
 *   const f = faults({ seed: 7 });
 *   h.deps.table = f.table(h.deps.table);            // wrap (the app reads deps.table per call)
 *   f.aim({ kind: "lost-answer", when: transactWithEvent("job.claimed") });   // one precise write
 *   f.randomly({ rate: 0.1, kinds: ["throttle", "timeout"] });               // or seeded chaos
 *
 * Kinds:
 * - `throttle`: what DynamoDB answers once the SDK's own retries are spent
 *   (ProvisionedThroughputExceededException / ThrottlingException, alternating by the PRNG);
 * - `timeout`: the call never reached the store (a socket timeout);
 * - `server`: a 500 (InternalServerError);
 * - `lost-answer`: the real call runs (the write commits), then the caller gets a timeout.
 * The table throws exactly what `adapters/dynamo-table.ts` would: the SDK's exception run
 * through the adapter's own `storeFailure`, i.e. a `StoreUnavailable`. The vault throws what
 * the Secrets Manager adapter throws (`503 vault_unavailable`). The sink behaves as the
 * EventBridge adapter does: it never throws, it reports the refused ids as `failed` (a lost
 * answer: the sink accepted them, Roster believes it did not).
 */
export type FaultKind = "throttle" | "timeout" | "server" | "lost-answer";
export const FAULT_KINDS: readonly FaultKind[] = ["throttle", "timeout", "server", "lost-answer"];

export type Port = "table" | "vault" | "sink";
export interface Call {
  port: Port;
  method: string;
  /** The call's argument as the port got it (for `transact`, the item list). */
  input: unknown;
  /** 1-based count of calls through this injector. */
  seq: number;
}
export type Predicate = (call: Call) => boolean;

export interface Aim {
  kind: FaultKind;
  when: Predicate;
  /** Fail the nth call that matches (1 = the first). */
  nth?: number;
  /** How many matching calls to fail from the nth on (default 1). */
  times?: number;
}

export interface Injected {
  kind: FaultKind;
  port: Port;
  method: string;
  seq: number;
}

/** A small seeded PRNG (mulberry32): the same seed, the same faults. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const meta = (httpStatusCode: number) => ({ $metadata: { httpStatusCode } });

/** The core error the DynamoDB adapter would throw for this kind. */
export function storeError(kind: FaultKind, random: () => number = Math.random): StoreUnavailable {
  const sdk =
    kind === "throttle"
      ? random() < 0.5
        ? new ProvisionedThroughputExceededException({ message: "injected: throughput exceeded", ...meta(400) })
        : new ThrottlingException({ message: "injected: throttled", ...meta(400) })
      : kind === "server"
        ? new InternalServerError({ message: "injected: internal server error", ...meta(500) })
        : Object.assign(new Error("injected: the request socket timed out"), { name: "TimeoutError" });
  return storeFailure(sdk)!;
}

/** What the Secrets Manager adapter throws for a transient failure. */
export const vaultError = (kind: FaultKind) =>
  new RosterError(503, "vault_unavailable", "Secrets Manager is throttling or unavailable: retry shortly", undefined, { cause: `injected ${kind}` });

/**
 * `record: false` keeps no list of calls or injections (only counts), for long runs such as
 * the soak's server, whose memory must stay flat.
 */
export function faults(options: { seed?: number; record?: boolean } = {}) {
  const record = options.record ?? true;
  const random = prng(options.seed ?? 1);
  const aims: (Aim & { seen: number; fired: number })[] = [];
  let chaos: { rate: number; kinds: readonly FaultKind[]; where: Predicate } | undefined;
  let seq = 0;
  const injected: Injected[] = [];
  const calls: Call[] = [];
  const counted: Partial<Record<FaultKind, number>> = {};

  /** Which fault, if any, this call gets. */
  function decide(call: Call): FaultKind | undefined {
    for (const aim of aims) {
      if (!aim.when(call)) continue;
      aim.seen += 1;
      const from = aim.nth ?? 1;
      if (aim.seen >= from && aim.fired < (aim.times ?? 1)) {
        aim.fired += 1;
        return aim.kind;
      }
    }
    if (chaos && chaos.where(call) && random() < chaos.rate) return chaos.kinds[Math.floor(random() * chaos.kinds.length)];
    return undefined;
  }

  async function around<T>(port: Port, method: string, input: unknown, real: () => Promise<T>, fail: (kind: FaultKind) => Error): Promise<T> {
    const call: Call = { port, method, input, seq: ++seq };
    if (record) calls.push(call);
    const kind = decide(call);
    if (!kind) return real();
    if (record) injected.push({ kind, port, method, seq: call.seq });
    else counted[kind] = (counted[kind] ?? 0) + 1;
    if (kind === "lost-answer") await real(); // committed: the answer is what gets lost
    throw fail(kind);
  }

  return {
    /** Fail matching calls (see `Aim`); aims are tried in the order given. */
    aim(aim: Aim) {
      aims.push({ ...aim, seen: 0, fired: 0 });
      return this;
    },
    /** Seeded random faults on every call `where` matches (all calls by default). */
    randomly(opts: { rate: number; kinds?: readonly FaultKind[]; where?: Predicate }) {
      chaos = { rate: opts.rate, kinds: opts.kinds ?? FAULT_KINDS, where: opts.where ?? (() => true) };
      return this;
    },
    /** No more faults (what was injected stays in `injected`). */
    clear() {
      aims.length = 0;
      chaos = undefined;
      return this;
    },
    /** Every fault injected so far, in order. */
    injected,
    /** Every call seen so far, in order. */
    calls,
    /** With `record: false`: how many faults of each kind were injected. */
    counted,
    /** Have all aims fired as many times as asked? */
    get spent() {
      return aims.every((a) => a.fired >= (a.times ?? 1));
    },

    table(real: Table): Table {
      const wrap =
        <K extends keyof Table>(method: K) =>
        (input: Parameters<Table[K]>[0]) =>
          around("table", method, input, () => (real[method] as (i: unknown) => Promise<unknown>)(input), (kind) => storeError(kind, random));
      return {
        get: wrap("get") as Table["get"],
        put: wrap("put") as Table["put"],
        update: wrap("update") as Table["update"],
        delete: wrap("delete") as Table["delete"],
        query: wrap("query") as Table["query"],
        batchGet: wrap("batchGet") as Table["batchGet"],
        transact: wrap("transact") as Table["transact"],
      };
    },

    vault(real: SecretVault): SecretVault {
      return {
        put: (clusterId, versionId, bytes) => around("vault", "put", { clusterId, versionId }, () => real.put(clusterId, versionId, bytes), vaultError),
        get: (clusterId, versionId) => around("vault", "get", { clusterId, versionId }, () => real.get(clusterId, versionId), vaultError),
      };
    },

    sink(real: EventSink): EventSink {
      return {
        async publish(events) {
          const call: Call = { port: "sink", method: "publish", input: events, seq: ++seq };
          calls.push(call);
          const kind = decide(call);
          if (!kind) return real.publish(events);
          injected.push({ kind, port: "sink", method: "publish", seq: call.seq });
          if (kind === "lost-answer") await real.publish(events);
          return { failed: events.map((e) => e.eventId) };
        },
      };
    },
  };
}
export type Faults = ReturnType<typeof faults>;

// Predicates, to aim a fault at one precise call.

export const onTable =
  (method?: keyof Table): Predicate =>
  (call) =>
    call.port === "table" && (method === undefined || call.method === method);

/** The types of the events a transaction records. */
export const eventTypesOf = (call: Call): string[] =>
  call.port === "table" && call.method === "transact"
    ? (call.input as TransactItem[]).flatMap((item) => ("Put" in item && item.Put.Item?.outboxPk ? [String(item.Put.Item.type)] : []))
    : [];

/** A TransactWriteItems that records an event of this type (the write of that change). */
export const transactWithEvent =
  (type: string): Predicate =>
  (call) =>
    eventTypesOf(call).includes(type);

/** A single-item write (update, put, delete) of the item with this sort key, or whose key satisfies `key`. */
export const writeOf =
  (method: "update" | "put" | "delete", key: (k: { pk: string; sk: string }) => boolean): Predicate =>
  (call) => {
    if (call.port !== "table" || call.method !== method) return false;
    const input = call.input as { Key?: { pk: string; sk: string }; Item?: { pk: string; sk: string } };
    const k = input.Key ?? input.Item;
    return k !== undefined && key(k);
  };

/** A TransactWriteItems with any item whose key satisfies `key`. */
export const transactTouching =
  (key: (k: { pk: string; sk: string }) => boolean): Predicate =>
  (call) =>
    call.port === "table" &&
    call.method === "transact" &&
    (call.input as TransactItem[]).some((item) => {
      const body = Object.values(item)[0] as { Key?: { pk: string; sk: string }; Item?: { pk: string; sk: string } };
      const k = body.Key ?? body.Item;
      return k !== undefined && key(k);
    });

export const onVault =
  (method?: "put" | "get"): Predicate =>
  (call) =>
    call.port === "vault" && (method === undefined || call.method === method);

export const onSink: Predicate = (call) => call.port === "sink";

export const both =
  (...predicates: Predicate[]): Predicate =>
  (call) =>
    predicates.every((p) => p(call));
