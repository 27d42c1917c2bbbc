/**
 * The shape of a lifecycle written as data: its states and a table of transitions, one row
 * each. `core/nodes/lifecycle.ts` and `core/jobs/run-lifecycle.ts` are the two tables; the code
 * that writes a state change takes its row from there (`rowOf`), so a change that is not a row
 * cannot be written, and `npm run diagrams` draws the README's state diagrams from the rows.
 */

/** `absent`: before the first write (as a `from`) or after the item is deleted (as a `to`). */
export const ABSENT = "absent";

export interface TransitionRow<State extends string, Name extends string = string, Check extends string = string> {
  name: Name;
  /** The states the write accepts; `absent` when the item must not exist yet. */
  from: readonly (State | typeof ABSENT)[];
  /** The state the write leaves; `absent` when it deletes the item; a `from` state for a self-loop. */
  to: State | typeof ABSENT;
  /** The event recorded in the same transaction, if any. */
  event?: string;
  /** What the write's condition checks, by name (each lifecycle says what the names mean). */
  checks: readonly Check[];
  /** One line: when it happens, and who does it. */
  when: string;
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
  constructor(subject: string, name: string, from: string) {
    super(`'${name}' from '${from}' is not a transition of the ${subject} lifecycle`);
    this.name = "NotATransition";
  }
}

/**
 * The row of `name`, checked against the state the caller means to move from: the only way
 * the code gets a transition to write.
 */
export function rowOf<State extends string, Name extends string, Check extends string>(
  lifecycle: Lifecycle<State, Name, Check>,
  name: Name,
  from?: State | typeof ABSENT,
): TransitionRow<State, Name, Check> {
  const row = lifecycle.transitions.find((t) => t.name === name);
  if (!row || (from !== undefined && !row.from.includes(from))) throw new NotATransition(lifecycle.subject, name, from ?? "?");
  return row;
}
