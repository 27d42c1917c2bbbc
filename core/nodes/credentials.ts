import { RosterError, conflict, unauthorized } from "../common/errors";
import { type NodeItem, isLive } from "./node-item";
import type { Item } from "../store/table";
import { type ParsedToken, hashToken, tokenMatches } from "../common/tokens";
import { DEFAULT_NODE_SHARDS, MAX_NODE_SHARDS, nodeKey } from "../store/keys";
import { NODE_LIFECYCLE } from "./lifecycle";

/** A node token as presented: its secret and the incarnation it names. */
export interface NodeCredentials {
  clusterId: string;
  nodeId: string;
  epoch: number;
  /** The cluster's node shard count, as the token names it. */
  shards: number;
  token: string;
}

/**
 * A node token's label as the API takes it: an epoch a table condition can hold (no token names
 * one past 2^53) and a shard count no cluster exceeds. Anything else can only be refused.
 */
export const plausibleNodeToken = (parsed: Extract<ParsedToken, { kind: "node" }>) =>
  Number.isSafeInteger(parsed.epoch) && (parsed.shards ?? DEFAULT_NODE_SHARDS) <= MAX_NODE_SHARDS;

/** The credentials a node token presents (a token naming no shard count is of a 4-shard cluster). */
export const credentialsOf = (parsed: Extract<ParsedToken, { kind: "node" }>, token: string): NodeCredentials => ({
  clusterId: parsed.clusterId,
  nodeId: parsed.nodeId,
  epoch: parsed.epoch,
  shards: parsed.shards ?? DEFAULT_NODE_SHARDS,
  token,
});

/**
 * The key of the node item a node token speaks for. The token's hash covers the count it names,
 * so a token altered to name another count finds no item that takes it.
 */
export const ownNodeKey = (cred: NodeCredentials) => nodeKey(cred.clusterId, cred.nodeId, cred.shards);

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

