import { RosterError } from "../common/errors";

/** How often a node's own write is tried again when another writer moved its item meanwhile. */
export const MAX_ATTEMPTS = 5;

export const busy = (nodeId: string) =>
  new RosterError(503, "busy", `node '${nodeId}' is changing under concurrent writes; retry`);
