export * as aws from "./aws/index.js";
export * as cloudflare from "./cloudflare/index.js";
export * as vercel from "./vercel/index.js";
export * from "./secret.js";
export * from "./linkable.js";
/**
 * experimental packages, you may be fired for using
 */
export * as x from "./experimental/index.js";
import { Link } from "./link.js";
/**
 * @deprecated
 * Use sst.Linkable.wrap instead.
 */
export declare const linkable: typeof Link.linkable;
