import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { writeFileAtomically } from "../adapters/atomic-file";
import type { Peer } from "./client";

/**
 * `--peers-out FILE` and `--on-peers-change CMD`: the cluster's live nodes as a JSON list,
 * written atomically (a temporary sibling in the same folder, flushed, renamed over the file)
 * and only when its content changes; then the command runs. A reader never sees a torn file,
 * and an unchanged list touches nothing (not even the file's modification time).
 */
export function peersFile(options: {
  path: string;
  /** Run after each rewrite, with the file's absolute path; calls do not overlap (see below). */
  onChange?: (path: string) => Promise<void>;
  log: (message: string, fields?: Record<string, unknown>) => void;
}) {
  const path = resolve(options.path);
  /** What the file holds, as far as this process knows; read from disk once, so a restart with the same list writes nothing. */
  let current: string | undefined;
  let loaded = false;
  // The command runs one at a time; changes that come while it runs make one more run after it, not one each.
  let running: Promise<void> | undefined;
  let again = false;

  function runCommand() {
    if (!options.onChange) return;
    if (running) return void (again = true);
    running = (async () => {
      do {
        again = false;
        await options.onChange!(path).catch((error) => options.log("--on-peers-change failed", { error: (error as Error).message }));
      } while (again);
    })().finally(() => (running = undefined));
  }

  return {
    path,
    /** Write `peers` if they differ from what the file holds. Resolves with whether it wrote. */
    async update(peers: Peer[]): Promise<boolean> {
      if (!loaded) {
        current = await readFile(path, "utf8").catch(() => undefined);
        loaded = true;
      }
      const text = `${JSON.stringify(peers, null, 2)}\n`;
      if (text === current) return false;
      await writeFileAtomically(path, Buffer.from(text), 0o644);
      current = text;
      options.log("peers written", { path, peers: peers.length });
      runCommand();
      return true;
    },
    /** Settles when no --on-peers-change run is going on. */
    idle: async () => {
      while (running) await running;
    },
  };
}
