import type { ClusterItem } from "../clusters/cluster-item";
import type { NodeItem } from "./node-item";
import { withDefaults } from "../clusters/settings";

/**
 * Why a node differs from its cluster (DESIGN.md item 5). Derived on read from what the node
 * last reported and what the cluster expects, so a check-in stores no verdict that could go stale.
 */
export function nonconformantReasons(node: NodeItem, cluster: ClusterItem): string[] {
  const reasons: string[] = [];
  const settings = withDefaults(cluster.settings);
  // An admin's pin wins over what the first node reported; a rolling upgrade's window wins over both.
  const softwareVersion = settings.expectedSoftwareVersion ?? cluster.reference?.softwareVersion;
  const configFingerprint = settings.expectedConfigFingerprint ?? cluster.reference?.configFingerprint;
  const allowed = settings.allowedSoftwareVersions;
  if (allowed !== undefined) {
    if (!allowed.includes(node.softwareVersion)) {
      reasons.push(`softwareVersion '${node.softwareVersion}' is not among the cluster's allowed versions (${allowed.map((v) => `'${v}'`).join(", ")})`);
    }
  } else if (softwareVersion !== undefined && node.softwareVersion !== softwareVersion) {
    reasons.push(`softwareVersion '${node.softwareVersion}' differs from the cluster's '${softwareVersion}'`);
  }
  if (configFingerprint !== undefined && node.configFingerprint !== configFingerprint) {
    reasons.push("configFingerprint differs from the cluster's");
  }
  if (
    cluster.keystore &&
    node.keystoreFingerprint !== undefined &&
    node.keystoreFingerprint !== cluster.keystore.fingerprint
  ) {
    reasons.push("keystoreFingerprint differs from the cluster's current keystore");
  }
  const { maxClockSkewMs } = settings;
  if (Math.abs(node.clockSkewMs ?? 0) > maxClockSkewMs) {
    reasons.push(`clock is off by ${node.clockSkewMs} ms (at most ${maxClockSkewMs} ms allowed)`);
  }
  return reasons;
}
