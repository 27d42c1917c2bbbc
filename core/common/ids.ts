import { z } from "zod";

/** `clusterId`, `nodeId`, `jobId`: 1–128 chars of `[A-Za-z0-9._-]`, not starting with `.`. */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/, "1-128 characters of [A-Za-z0-9._-], not starting with '.'");
