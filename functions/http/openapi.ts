import type { MiddlewareHandler } from "hono";
import { z } from "zod";
import { idSchema } from "../../core/common/ids";
import { errorSchema } from "./errors";

/** Small helpers so each route definition reads as what it takes and gives. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  content: { "application/json": { schema } },
  required: true,
});

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "invalid request (`invalid_request`, offending fields in `details`)",
  401: "missing or invalid token",
  403: "a valid token that may not use this route or cluster",
  404: "not found (`*_not_found`), or a path that matches no route (`not_found`)",
  409: "conflict with the stored state",
  413: "body over 1 MiB (`payload_too_large`)",
  415: "a body that is not `application/json` (`unsupported_media_type`)",
  503: "the item is changing under concurrent writes (`busy`): retry",
};

export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, json(errorSchema, ERROR_DESCRIPTIONS[s] ?? "error")]));

/** Routes that take a keystore: the decoded keystore has its own limit under the body limit. */
export const keystoreTooLarge = {
  413: json(errorSchema, "body over 1 MiB (`payload_too_large`), or a keystore over 64 KiB once decoded (`keystore_too_large`)"),
};

export const bearerSecurity = [{ bearerAuth: [] }];

export const clusterParams = z.object({ clusterId: idSchema });
export const nodeParams = z.object({ clusterId: idSchema, nodeId: idSchema });

export type Guard = MiddlewareHandler<any>;
