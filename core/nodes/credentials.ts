import { RosterError, conflict, unauthorized } from "../common/errors";
import { type NodeItem, isLive } from "./node-item";
import type { Item } from "../store/table";
import { hashToken, tokenMatches } from "../common/tokens";
import { NODE_LIFECYCLE } from "./lifecycle";

/** A node token as presented: its secret and the incarnation it names. */
export interface NodeCredentials {
  clusterId: string;
  nodeId: string;
  epoch: number;
  token: string;
}

/**
 * Why a write conditioned on a node token was refused, from the item the refusal returned
 * (`ReturnValuesOnConditionCheckFailure: ALL_OLD`), so explaining costs no second read.
 * Returns "recovering" when the incarnation is live but recovering (the caller recovers it).
 */
export function explainRefusal(
  stored: Item | undefined,
  cred: NodeCredentials,
): RosterError | "recovering" | "stopped" {
  const node = stored as NodeItem | undefined;
  if (!node) return unauthorized();
  if (node.epoch === cred.epoch && tokenMatches(cred.token, node.tokenHash)) {
    if (node.state === "recovering") return "recovering";
    if (node.state === "stopped") return "stopped";
    return rejoinRequired(cred.nodeId, node.state);
  }
  if (node.prevEpoch === cred.epoch && tokenMatches(cred.token, node.prevTokenHash)) {
    return isLive(node.prevState)
      ? conflict("superseded", `node '${cred.nodeId}' epoch ${cred.epoch} was superseded by epoch ${node.epoch}`)
      : rejoinRequired(cred.nodeId, node.prevState ?? "stopped");
  }
  return unauthorized();
}

export const rejoinRequired = (nodeId: string, state: string) =>
  conflict("rejoin_required", `node '${nodeId}' is ${state}: join again`);

/**
 * The condition every write made with a node token carries: this token, this incarnation (the
 * node lifecycle's `token` and `epoch` checks).
 */
export const ownIncarnation = (cred: NodeCredentials) => ({
  condition: `${NODE_LIFECYCLE.checks.token} AND ${NODE_LIFECYCLE.checks.epoch}`,
  values: { ":tokenHash": hashToken(cred.token), ":epoch": cred.epoch },
});

