export { StaticSiteV2 as StaticSite } from "../static-site-v2.js";
export type { StaticSiteV2Args as StaticSiteArgs } from "../static-site-v2.js";
