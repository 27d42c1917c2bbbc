/**
 * The shape of a lifecycle written as data: its states and a table of transitions, one row
 * each. `core/nodes/lifecycle.ts` and `core/jobs/run-lifecycle.ts` are the two tables; the code
 * that writes a state change takes its row from there (`rowOf`), so a change that is not a row
 * cannot be written, and `npm run diagrams` draws the README's state diagrams from the rows.
 */

/** `absent`: before the first write (as a `from`), or once the item is deleted (as a `to`). */
export const ABSENT = "absent";
/** A `to` of `same`: the state does not change (a heartbeat, a renewal). */
export const SAME = "same";

export interface TransitionRow<State extends string, Name extends string = string, Check extends string = string> {
  /** Rows may share a name when their `from` (or `to`) tells them apart. */
  name: Name;
  /** The states the write accepts; `absent` when the item must not exist yet. */
  from: readonly (State | typeof ABSENT)[];
  /** The state the write leaves; `absent` when it deletes the item; `same` for a self-loop. */
  to: State | typeof ABSENT | typeof SAME;
  /** The events recorded in the same transaction, in order (none for a heartbeat). */
  events: readonly string[];
  /** What the write's condition checks, by name (the lifecycle's `checks` says what each means). */
  checks: readonly Check[];
  /** One line: when it happens, and who does it. */
  when: string;
  /**
   * Rows of another lifecycle this transition also writes, in the same transaction, when they
   * apply (`<lifecycle>: <row>, when …`): the node lifecycle's way of ending a primary lease.
   */
  also?: readonly string[];
}

export interface Lifecycle<State extends string, Name extends string, Check extends string> {
  /** What moves through it: "node incarnation", "run". */
  subject: string;
  states: readonly State[];
  /** What each check means, as the condition expression says it. */
  checks: Readonly<Record<Check, string>>;
  transitions: readonly TransitionRow<State, Name, Check>[];
}

/** A transition that is not in its table. */
export class NotATransition extends Error {
  constructor(subject: string, name: string, from: string, to?: string) {
    super(`'${name}' from '${from}'${to ? ` to '${to}'` : ""} is not a transition of the ${subject} lifecycle`);
    this.name = "NotATransition";
  }
}

/**
 * The row of `name` that starts from `from` (and ends in `to`, when rows share a name and a
 * start): the only way the code gets a transition to write.
 */
export function rowOf<State extends string, Name extends string, Check extends string>(
  lifecycle: Lifecycle<State, Name, Check>,
  name: Name,
  from: State | typeof ABSENT,
  to?: State | typeof ABSENT | typeof SAME,
): TransitionRow<State, Name, Check> {
  const row = lifecycle.transitions.find((t) => t.name === name && t.from.includes(from) && (to === undefined || t.to === to));
  if (!row) throw new NotATransition(lifecycle.subject, name, from, to);
  return row;
}

/** The state a row leaves an item in that was in `from`. */
export const stateAfter = <State extends string>(row: TransitionRow<State>, from: State | typeof ABSENT) =>
  row.to === SAME ? from : row.to;
