import type { ClusterSettings } from "../clusters/settings";
import type { NodeEndpoint, NodeItem } from "./node-item";

/**
 * The URL other nodes reach a node at, in midPoint's order, the first that exists:
 * 1. the admin's `urlOverride` for the node;
 * 2. the `url` the node gave at its join;
 * 3. the cluster's `intraClusterUrlPattern` applied to the node's join `endpoint`;
 * 4. the `endpoint` alone: `scheme://host:port/path` (scheme http unless given);
 * 5. none (null).
 * A pattern whose result is not an http(s) URL for this endpoint (settings refuse such
 * patterns up front, but a host can still make one) falls through to 4.
 */
export function effectiveUrl(
  node: Pick<NodeItem, "urlOverride" | "url" | "endpoint">,
  settings: Pick<ClusterSettings, "intraClusterUrlPattern">,
): string | null {
  if (node.urlOverride !== undefined) return node.urlOverride;
  if (node.url !== undefined) return node.url;
  if (!node.endpoint) return null;
  const pattern = settings.intraClusterUrlPattern;
  const patterned = pattern ? applyPattern(pattern, node.endpoint) : undefined;
  return patterned ?? computedUrl(node.endpoint);
}

/**
 * `$host`, `$port`, `$path`, `$scheme` replaced by the endpoint's (`$scheme` is http unless
 * given; without a port, `:$port` goes away with its colon, and `$path` is empty without a path).
 * Undefined when the result is not an http(s) URL.
 */
export function applyPattern(pattern: string, endpoint: NodeEndpoint): string | undefined {
  const port = endpoint.port === undefined ? "" : String(endpoint.port);
  const url = pattern
    .replaceAll(":$port", port ? `:${port}` : "")
    .replace(/\$(host|port|path|scheme)\b/g, (_, macro: string) =>
      macro === "host" ? endpoint.host : macro === "port" ? port : macro === "path" ? (endpoint.path ?? "") : (endpoint.scheme ?? "http"),
    );
  return isHttpUrl(url) ? url : undefined;
}

/** The endpoint alone: `scheme://host[:port][path]`. */
export const computedUrl = (endpoint: NodeEndpoint) =>
  `${endpoint.scheme ?? "http"}://${endpoint.host}${endpoint.port === undefined ? "" : `:${endpoint.port}`}${endpoint.path ?? ""}`;

function isHttpUrl(text: string) {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
