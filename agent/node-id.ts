import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { hostname } from "node:os";
import { writeFileAtomically } from "../adapters/atomic-file";

export type NodeIdSource = "hostname" | "random";

/** Ids are 1–128 chars of [A-Za-z0-9._-], not starting with '.' (API.md). */
const asNodeId = (text: string) => text.replace(/[^A-Za-z0-9._-]/g, "-").replace(/^\.+/, "").slice(0, 128) || "node";

/**
 * The node's id: given, the host name, or random. A random id is kept in the state file, so a
 * restarted agent is the same node (a new incarnation of it), not a new one.
 */
export async function resolveNodeId(options: { nodeId?: string; source?: NodeIdSource; stateFile: string }): Promise<string> {
  if (options.nodeId) return options.nodeId;
  if ((options.source ?? "hostname") === "hostname") return asNodeId(hostname());
  try {
    const state = JSON.parse(await readFile(options.stateFile, "utf8")) as { nodeId?: string };
    if (state.nodeId) return state.nodeId;
  } catch {
    // no state yet: make one below
  }
  const nodeId = `node-${randomBytes(6).toString("hex")}`;
  await writeFileAtomically(options.stateFile, new TextEncoder().encode(`${JSON.stringify({ nodeId })}\n`), 0o600);
  return nodeId;
}
