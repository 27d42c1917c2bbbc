import type { SecretVault } from "../ports";

/**
 * A read-through cache by version, bounded, shared by concurrent readers: a burst of joins
 * reads each version from the vault once. Versions never change, so nothing goes stale.
 */
export function cachedVault(vault: SecretVault, maxVersions = 32): SecretVault {
  const cache = new Map<string, Promise<Uint8Array>>();
  return {
    put: (clusterId, versionId, bytes) => vault.put(clusterId, versionId, bytes),
    get(clusterId, versionId) {
      const key = `${clusterId}\n${versionId}`;
      const hit = cache.get(key);
      if (hit) {
        cache.delete(key); // most recently used last
        cache.set(key, hit);
        return hit;
      }
      const read = vault.get(clusterId, versionId);
      cache.set(key, read);
      read.catch(() => cache.delete(key)); // a failed read is not remembered
      while (cache.size > maxVersions) cache.delete(cache.keys().next().value!);
      return read;
    },
  };
}
