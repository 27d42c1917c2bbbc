import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { RosterError } from "../core/errors";
import type { SecretVault } from "../core/vault";

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
      await mkdir(folder(clusterId), { recursive: true, mode: 0o700 });
      const target = file(clusterId, versionId);
      const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
      const handle = await open(temporary, "wx", 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
      const parent = await open(folder(clusterId), "r");
      try {
        await parent.sync(); // the rename itself survives a crash
      } finally {
        await parent.close();
      }
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
