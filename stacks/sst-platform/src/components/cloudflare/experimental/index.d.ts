export * from "../astro";
export * from "./solid-start";
export * from "./static-site";
