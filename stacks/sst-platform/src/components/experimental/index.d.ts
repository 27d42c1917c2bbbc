export * from "./dev-command.js";
