import type { Clock } from "./clock";
import type { Table } from "./table";

/** The ports every core operation works through. */
export interface Deps {
  table: Table;
  clock: Clock;
}
