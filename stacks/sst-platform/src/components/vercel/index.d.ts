export * from "./account-id";
export * from "./dns";
