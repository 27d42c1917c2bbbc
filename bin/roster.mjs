#!/usr/bin/env node
// The `roster` command: TypeScript sources run through tsx, so there is no build step to forget.
import { register } from "tsx/esm/api";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
register();
await import("../agent/cli.ts");
