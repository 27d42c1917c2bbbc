import type { z } from "zod";
import type { Operation } from "./document";
import type { Req, Res, Send } from "./recipes";

const SHOWN = 600;
const cut = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN)}… (${text.length} chars)` : text);

/** A request (and its answer) as a failure message shows it: enough to send it again by hand. */
export const describeRequest = (req: Req, res?: Res) =>
  [
    `[${req.variant}] ${req.method} ${req.path}${req.query}`,
    `headers: ${cut(JSON.stringify(req.headers))}`,
    ...(req.body === undefined ? [] : [`body: ${cut(JSON.stringify(req.body))}`]),
    ...(res ? [`→ ${res.status} ${cut(res.text)}`] : []),
  ].join("\n  ");

/** Send through the app's own fetch, as the Lambda adapter and the local server do. */
export const sender =
  (app: { request: (path: string, init: RequestInit) => Response | Promise<Response> }): Send =>
  async (req) => {
    const res = await app.request(`${req.path}${req.query}`, {
      method: req.method,
      headers: req.headers,
      ...(req.body === undefined ? {} : { body: req.body }),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, text, json, contentType: res.headers.get("content-type") ?? "" };
  };

/** What every answer must be: no 5xx, declared, the error shape, the declared 2xx schema. */
export function checkAnswer(op: Operation, req: Req, res: Res, isError: z.ZodType) {
  const fail = (why: string) => {
    throw new Error(`${op.key}: ${why}\n  ${describeRequest(req, res)}`);
  };
  if (res.status >= 500) fail(`a ${res.status}`);
  if (!op.responses.has(res.status)) fail(`status ${res.status} is not declared (declared: ${[...op.responses.keys()].join(", ")})`);
  if (req.expect && !req.expect.includes(res.status)) fail(`expected ${req.expect.join(" or ")}`);
  const schema = op.responses.get(res.status);
  if (res.status >= 400) {
    const parsed = isError.safeParse(res.json);
    if (!parsed.success) fail(`not the error shape: ${parsed.error.message}`);
    if (!/^[a-z][a-z0-9_]*$/.test(res.json.error.code)) fail("error code is not snake_case");
    if (!res.contentType.startsWith("application/json")) fail(`error content type ${res.contentType}`);
    return;
  }
  if (res.status === 204) {
    if (res.text !== "") fail("a 204 with a body");
    return;
  }
  if (schema) {
    const parsed = schema.safeParse(res.json);
    if (!parsed.success) fail(`2xx body does not match the document: ${parsed.error.message}`);
  }
}
