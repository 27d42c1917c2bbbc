import fc from "fast-check";
import type { Operation } from "./document";
import type { Fixtures } from "./fixtures";
import { type Parts, type Recipe, type Req, tokenFor } from "./recipes";

const MiB = 1024 * 1024;

/** The request a recipe's valid parts make. */
export function build(op: Operation, parts: Parts, token: string | undefined, variant = "valid"): Req {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(parts.params[name] ?? ""));
  const query = parts.query && Object.keys(parts.query).length ? `?${new URLSearchParams(parts.query)}` : "";
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (parts.body === undefined) return { method: op.method, path, query, headers, variant };
  return { method: op.method, path, query, headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(parts.body), variant };
}

const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { n: value };
  return value;
};

/** Values of the wrong kind, or at the edges of their kind. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53 + 2, -(2 ** 53) - 2, 1e308, -1e-320, "", "\ud800", "a\udfffb", "\u0000", "x".repeat(100_000), [], {}, [[]], { "": 1 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer({ min: 2, max: 2000 }).map((d) => nested(d)),
  fc.jsonValue({ maxDepth: 3 }),
  fc.double(),
);

/** Path segments no id is: encoded slashes, dots, too long, bad UTF-8, control characters. */
const oddSegment = fc.oneof(
  fc.constantFrom("%2F", "a%2Fb", "%2e", ".", "..", ".hidden", "%2e%2e", "x".repeat(129), "y".repeat(128), "%00", "%ED%A0%80", "%FF", "%C3%BC", "a%20b", "%", "%zz", "~", "%E2%80%AE", "-", "a;b", "%252F"),
  fc.string({ unit: "binary", maxLength: 30 }).map(encodeURIComponent),
  fc.string({ maxLength: 200 }).map(encodeURIComponent),
);

const oddQuery = fc.oneof(
  fc.constantFrom("?", "?&", "?=", "?%", "?%ED%A0%80=1", "?a=%FF", "?limit", "?limit=", "?limit=0", "?limit=-1", "?limit=1.5", "?limit=1e3", "?limit=9007199254740993", "?limit=abc", "?limit=1&limit=2", "?after=", "?after=%ED%A0%80", `?after=${"z".repeat(129)}`, "?version=", "?version=0", "?version=1.5", "?version=99999999999999999999", "?unknown=1"),
  fc.string({ maxLength: 60 }).map((s) => `?${encodeURIComponent(s)}=${encodeURIComponent(s)}`),
  fc.tuple(fc.constantFrom("after", "limit", "version"), fc.string({ unit: "binary", maxLength: 40 })).map(([k, v]) => `?${k}=${encodeURIComponent(v)}`),
);

const oddContentType = fc.constantFrom(
  undefined,
  "text/plain",
  "application/json, application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "application/merge-patch+json",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/jsonx",
  "json",
  "",
);

const malformedJson = (body: string) =>
  fc.oneof(
    fc.constantFrom("", "{", "}", "nul", "[1,]", '{"a":1,}', "{'a':1}", "\u0000", "NaN", "1e999", '"\\ud800"', "\ufeff{}", "[".repeat(100_000)),
    fc.integer({ min: 0, max: Math.max(0, body.length - 1) }).map((n) => body.slice(0, n)),
    fc.string({ maxLength: 20 }).map((junk) => body + junk),
  );

/** A garbage or wrong token, and what it must get when that is certain. */
function wrongTokens(recipe: Recipe, fx: Fixtures) {
  const expectFor = (kind: "admin" | "join" | "node"): number[] | undefined =>
    recipe.token === "none" ? undefined : recipe.token === kind ? undefined : [403];
  const forged = (prefix: string, label: string) => `${prefix}_${Buffer.from(label).toString("base64url")}.${"A".repeat(43)}`;
  return fc.constantFrom<{ header?: string; why: string; expect?: number[] }>(
    { why: "no token", ...(recipe.token === "none" ? {} : { expect: [401] }) },
    { header: "Bearer", why: "empty bearer", ...(recipe.token === "none" ? {} : { expect: [401] }) },
    { header: "Bearer garbage", why: "garbage token", ...(recipe.token === "none" ? {} : { expect: [401] }) },
    { header: `Basic ${Buffer.from("a:b").toString("base64")}`, why: "basic auth", ...(recipe.token === "none" ? {} : { expect: [401] }) },
    { header: `Bearer ${"t".repeat(8000)}`, why: "huge token" },
    { header: `Bearer ${fx.adminToken} extra`, why: "two words" },
    { header: `bearer  ${fx.adminToken}`, why: "admin token, odd case and spaces" },
    { header: `Bearer ${fx.adminToken}`, why: "admin token", ...(expectFor("admin") ? { expect: expectFor("admin") } : {}) },
    { header: `Bearer ${fx.joinToken}`, why: "join token", ...(recipe.token === "admin" ? { expect: [403] } : {}) },
    { header: `Bearer ${fx.other.joinToken}`, why: "join token of another cluster" },
    { header: `Bearer ${fx.first.nodeToken}`, why: "node token of the first node" },
    { header: `Bearer ${fx.additional.nodeToken}`, why: "node token of another node" },
    { header: `Bearer ${fx.other.first.nodeToken}`, why: "node token of another cluster" },
    { header: `Bearer ${forged("rnt", `${fx.clusterId}/${fx.first.nodeId}/${fx.first.epoch}`)}`, why: "forged node token" },
    { header: `Bearer ${forged("rnt", `${fx.clusterId}/${fx.first.nodeId}/99999999999999999999`)}`, why: "node token with a huge epoch" },
    { header: `Bearer ${forged("rnt", "a/b/c/d")}`, why: "node token with a bad label" },
    { header: `Bearer ${forged("rjt", fx.clusterId)}`, why: "forged join token" },
    { header: `Bearer ${forged("rjt", "\ud800")}`, why: "join token naming a lone surrogate" },
  );
}

/** One valid request, or one changed in one way: body, content type, path, query or token. */
export function requests(op: Operation, recipe: Recipe, fx: Fixtures, now: () => number): fc.Arbitrary<Req> {
  const token = tokenFor(recipe, fx);
  const valid = recipe.valid(fx, now);
  const variants: fc.Arbitrary<Req>[] = [valid.map((parts) => build(op, parts, token))];

  const bodySchema = op.body;
  if (bodySchema) {
    const props = Object.keys(bodySchema.properties ?? {});
    const required = bodySchema.required ?? [];
    const withBody = (parts: fc.Arbitrary<{ parts: Parts; body: unknown; variant: string }>) =>
      parts.map(({ parts: p, body, variant }) => build(op, { ...p, body }, token, variant));
    if (required.length) {
      variants.push(withBody(fc.tuple(valid, fc.constantFrom(...required)).map(([p, key]) => ({ parts: p, body: omit(p.body, key), variant: `without ${key}` }))));
    }
    variants.push(
      withBody(fc.tuple(valid, fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !props.includes(k)), oddValue).map(([p, key, value]) => ({ parts: p, body: { ...(p.body as object), [key]: value }, variant: `unknown field ${JSON.stringify(key)}` }))),
      withBody(fc.tuple(valid, fc.constantFrom(...props), oddValue).map(([p, key, value]) => ({ parts: p, body: { ...(p.body as object), [key]: value }, variant: `odd ${key}` }))),
      withBody(fc.tuple(valid, oddValue).map(([p, value]) => ({ parts: p, body: value, variant: "odd body" }))),
      fc.tuple(valid, oddContentType).map(([p, type]) => {
        const req = build(op, p, token, `content type ${JSON.stringify(type)}`);
        const { "content-type": _, ...headers } = req.headers;
        return { ...req, headers: type === undefined ? headers : { ...headers, "content-type": type } };
      }),
      valid.chain((p) => {
        const req = build(op, p, token);
        return malformedJson(req.body!).map((body) => ({ ...req, body, variant: "malformed JSON" }));
      }),
      valid.map((p) => ({ ...build(op, p, token), body: undefined, variant: "no body" })),
    );
  }
  if (op.method !== "GET") {
    // Over the body limit, with a content type or without: 413 before anything else.
    variants.push(
      fc.tuple(valid, fc.boolean()).map(([p, typed]) => {
        const req = build(op, p, token, "body over 1 MiB");
        const headers = typed ? { ...req.headers, "content-type": "application/json" } : req.headers;
        return { ...req, headers, body: JSON.stringify({ pad: "x".repeat(MiB + 10) }), expect: [413] };
      }),
    );
  }
  if (op.pathParams.length) {
    variants.push(
      fc.tuple(valid, fc.constantFrom(...op.pathParams), oddSegment).map(([p, name, segment]) => {
        const req = build(op, { ...p, params: { ...p.params, [name]: "\u0000MARK" } }, token, `odd ${name} ${JSON.stringify(segment)}`);
        return { ...req, path: req.path.replace("%00MARK", segment) };
      }),
    );
  }
  variants.push(fc.tuple(valid, oddQuery).map(([p, query]) => ({ ...build(op, p, token, `odd query ${JSON.stringify(query)}`), query })));
  variants.push(
    fc.tuple(valid, wrongTokens(recipe, fx)).map(([p, wrong]) => {
      const req = build(op, p, undefined, wrong.why);
      return { ...req, headers: wrong.header ? { ...req.headers, authorization: wrong.header } : req.headers, ...(wrong.expect ? { expect: wrong.expect } : {}) };
    }),
  );
  return fc.oneof(...variants);
}

const omit = (body: unknown, key: string) => {
  const { [key]: _, ...rest } = body as Record<string, unknown>;
  return rest;
};
