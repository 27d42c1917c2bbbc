import type { Clock } from "./clock";
import type { ClusterReadCache } from "./cluster-read-cache";
import type { SweepTrigger } from "./sweep";
import type { Table } from "./table";
import type { SecretVault } from "./vault";

/** The ports every core operation works through. */
export interface Deps {
  table: Table;
  clock: Clock;
  /** Where keystore bytes live. */
  vault: SecretVault;
  /** Where a check-in asks for a sweep of its cluster when one is due; none means no trigger. */
  sweeps?: SweepTrigger;
  /** A short memory of the check-in's read (see core/cluster-read-cache.ts); none means every check-in reads. */
  clusterCache?: ClusterReadCache;
}

/** What the sweep and the other store-only work need: no vault. */
export type StoreDeps = Pick<Deps, "table" | "clock" | "sweeps">;
