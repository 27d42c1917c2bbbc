import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Tokens carry a random secret of 256 bits. Only their SHA-256 is stored. Join and node
 * tokens also name what they belong to (readable, not secret), so a request can be routed
 * to the one item that holds the hash without a lookup table:
 *
 *   join  `rjt_<base64url(clusterId)>.<secret>`
 *   node  `rnt_<base64url(clusterId/nodeId/epoch/shards)>.<secret>` (`shards`: the cluster's
 *         node shard count, so the node's item key is known without reading the cluster; a
 *         token of three parts, from before the count was named, names none: the default)
 *   admin anything else (set by the operator or generated as `radm_<secret>`)
 */
export type ParsedToken =
  | { kind: "admin" }
  | { kind: "join"; clusterId: string }
  | { kind: "node"; clusterId: string; nodeId: string; epoch: number; shards?: number };

const secret = () => randomBytes(32).toString("base64url");
const label = (text: string) => Buffer.from(text).toString("base64url");

export const newAdminToken = () => `radm_${secret()}`;
export const newJoinToken = (clusterId: string) => `rjt_${label(clusterId)}.${secret()}`;
export const newNodeToken = (clusterId: string, nodeId: string, epoch: number, shards: number) =>
  `rnt_${label(`${clusterId}/${nodeId}/${epoch}/${shards}`)}.${secret()}`;

/** SHA-256, hex. A fast hash is right here: the input is 256 random bits, not a password. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Constant-time comparison of a presented token against a stored hash. */
export const tokenMatches = (token: string, storedHash: string | undefined): boolean => {
  if (storedHash === undefined) return false;
  const presented = Buffer.from(hashToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
};

export const parseToken = (token: string): ParsedToken => {
  const match = /^(rjt|rnt)_([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]{43}$/.exec(token);
  if (!match) return { kind: "admin" };
  const named = Buffer.from(match[2]!, "base64url").toString();
  if (match[1] === "rjt") return { kind: "join", clusterId: named };
  const [clusterId, nodeId, epoch, shards, ...rest] = named.split("/");
  const badShards = shards !== undefined && !/^[1-9][0-9]{0,2}$/.test(shards); // no cluster has over 100
  if (!clusterId || !nodeId || !epoch || rest.length > 0 || !/^[1-9][0-9]*$/.test(epoch) || badShards) {
    return { kind: "admin" }; // not a well-formed node token: it can only fail as an admin token
  }
  return { kind: "node", clusterId, nodeId, epoch: Number(epoch), ...(shards === undefined ? {} : { shards: Number(shards) }) };
};
