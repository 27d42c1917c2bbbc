export * from "./bucket";
export * from "./kv";
export * from "./d1";
export * from "./dns";
export * from "./durable-object";
export * from "./static-site";
export * from "./static-site-v2";
export * from "./worker";
export * from "./account-id";
export * from "./auth";
export * from "./queue";
export * from "./cron";
export * from "./ai";
export * from "./hyperdrive";
export * from "./astro";
export * from "./react-router";
export * from "./tan-stack-start";
export * from "./workflow";
export * from "./rate-limit";
export { binding } from "./binding.js";
/**
 * experimental packages, you may be fired for using
 */
export * as x from "./experimental/index";
