import { createMiddleware } from "hono/factory";
import { invalidRequest } from "../../core/common/errors";

const LONE_SURROGATE = /\p{Cs}/u;
const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F]/;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const JSON_TYPE = /^application\/([a-z-.]+\+)?json\s*(;|$)/i;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

const refuse = (where: string) =>
  invalidRequest(`invalid ${where}: text must be well-formed Unicode`, [{ path: where, message: "not well-formed Unicode (invalid UTF-8 or a lone surrogate)" }]);

/** Every percent-encoded run decodes as UTF-8 (Hono keeps undecodable runs as they are). */
const percentRunsDecode = (text: string) =>
  (text.match(PERCENT_RUN) ?? []).every((run) => {
    try {
      decodeURIComponent(run);
      return true;
    } catch {
      return false;
    }
  });

/** A lone surrogate in any key or string of a JSON text; a text that is not JSON is left to the validator. */
const jsonHasLoneSurrogate = (text: string) => {
  if (!ESCAPED_SURROGATE.test(text)) return false; // the UTF-8 decoder already refused raw ones
  let found = false;
  try {
    JSON.parse(text, (key, value) => {
      if (LONE_SURROGATE.test(key) || (typeof value === "string" && LONE_SURROGATE.test(value))) found = true;
      return value;
    });
  } catch {
    return false;
  }
  return found;
};

/**
 * Strings in a request are well-formed Unicode, checked once for every route: the path and
 * query decode as UTF-8, and a JSON body is valid UTF-8 with no lone surrogate (DynamoDB
 * stores UTF-8, so such strings would come back changed). Anything else is `400 invalid_request`.
 */
export const wellFormedInput = createMiddleware(async (c, next) => {
  const url = new URL(c.req.url);
  if (!percentRunsDecode(url.pathname)) throw refuse("path");
  if (!percentRunsDecode(url.search)) throw refuse("query");
  if (c.req.raw.body && JSON_TYPE.test(c.req.header("content-type") ?? "")) {
    const bytes = await c.req.arrayBuffer();
    let text: string;
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      throw refuse("body");
    }
    if (jsonHasLoneSurrogate(text)) throw refuse("body");
  }
  await next();
});
