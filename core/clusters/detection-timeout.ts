import type { ClusterItem } from "./cluster-item";
import { type ClusterSettings, withDefaults } from "./settings";

/**
 * Margin after a lowered timeout's window: more than the servers' short memory of a cluster read
 * (200 ms), so a check-in answered from a stale read still counts as having heard the old value.
 */
const HEARD_MARGIN_MS = 1000;

/**
 * The settings Roster judges silence by. A node fences itself by the `instanceTimeoutMs` of the
 * last answer it heard, so when an admin lowers the timeout, a node cut off before it heard the
 * new value still acts (as primary, on its runs) until the old fence. For the old timeout's
 * length after the change (plus a margin) Roster therefore times nodes out and lets run leases
 * lapse by the old, longer value; after that every live node has heard the new one.
 */
export function detectionSettings(cluster: Pick<ClusterItem, "settings" | "timeoutLowered">, now: number): ClusterSettings {
  const settings = withDefaults(cluster.settings);
  const lowered = cluster.timeoutLowered;
  if (!lowered || now >= lowered.at + lowered.fromMs + HEARD_MARGIN_MS) return settings;
  return { ...settings, instanceTimeoutMs: Math.max(settings.instanceTimeoutMs, lowered.fromMs) };
}

/** What a PATCH that sets `instanceTimeoutMs` to `next` records, if it lowers what nodes may have heard. */
export function loweredRecord(cluster: Pick<ClusterItem, "settings" | "timeoutLowered">, next: number, now: number): ClusterItem["timeoutLowered"] {
  const heard = detectionSettings(cluster, now).instanceTimeoutMs; // the longest a node may still act by
  return next < heard ? { fromMs: heard, at: now } : undefined;
}
