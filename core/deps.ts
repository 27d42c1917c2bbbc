import type { Clock } from "./clock";
import type { SweepTrigger } from "./sweep";
import type { Table } from "./table";

/** The ports every core operation works through. */
export interface Deps {
  table: Table;
  clock: Clock;
  /** Where a check-in asks for a sweep of its cluster when one is due; none means no trigger. */
  sweeps?: SweepTrigger;
}
