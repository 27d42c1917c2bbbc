import { readCluster } from "./cluster-item";
import type { Deps } from "../ports";
import type { NodeItem } from "../nodes/node-item";
import { credentialsOf, ownNodeKey } from "../nodes/credentials";
import { type ParsedToken, parseToken, tokenMatches } from "../common/tokens";

/** Who a verified token speaks for. */
export type Principal = ParsedToken;

/**
 * Verify a token against what is stored, whatever route it was sent to, so a route can tell
 * a valid token of the wrong kind (403) from an invalid one (401). The node routes skip this
 * on their hot path: their writes carry the token check in their condition.
 */
export async function verifyToken(
  deps: Deps,
  adminTokenHash: string,
  token: string,
): Promise<Principal | undefined> {
  const parsed = parseToken(token);
  switch (parsed.kind) {
    case "admin":
      return tokenMatches(token, adminTokenHash) ? parsed : undefined;
    case "join": {
      const cluster = await readCluster(deps, parsed.clusterId, { consistent: true });
      return tokenMatches(token, cluster?.joinTokenHash) ? parsed : undefined;
    }
    case "node": {
      const node = (await deps.table.get({ Key: ownNodeKey(credentialsOf(parsed, token)), ConsistentRead: true })) as NodeItem | undefined;
      if (!node) return undefined;
      const current = node.epoch === parsed.epoch && tokenMatches(token, node.tokenHash);
      const previous = node.prevEpoch === parsed.epoch && tokenMatches(token, node.prevTokenHash);
      return current || previous ? parsed : undefined;
    }
  }
}
