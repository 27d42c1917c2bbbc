import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { RosterError } from "../core/common/errors";
import type { SecretVault } from "../core/ports";
import { writeFileAtomically } from "./atomic-file";

/**
 * The vault of `npm start`: one file per keystore version under `dir`, readable by this user
 * only (0600, in 0700 folders). Each file is written to a temporary name, flushed, and renamed
 * into place, so a crash mid-write leaves the old state or the new one, never a torn keystore.
 */
export function localVault(dir: string): SecretVault {
  const folder = (clusterId: string) => join(dir, encodeURIComponent(clusterId));
  const file = (clusterId: string, versionId: string) => join(folder(clusterId), `${encodeURIComponent(versionId)}.bin`);
  return {
    async put(clusterId, versionId, bytes) {
      await writeFileAtomically(file(clusterId, versionId), bytes, 0o600);
    },
    async get(clusterId, versionId) {
      try {
        return new Uint8Array(await readFile(file(clusterId, versionId)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") {
          throw new RosterError(502, "keystore_missing", "the keystore version the cluster points to is missing from the local vault");
        }
        throw error;
      }
    },
  };
}
