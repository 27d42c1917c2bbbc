import { z } from "zod";

/** One operation of the served OpenAPI document. */
export interface Operation {
  /** `METHOD /path/{param}` as in the document. */
  key: string;
  method: string;
  path: string;
  secured: boolean;
  pathParams: string[];
  queryParams: { name: string; schema: unknown }[];
  /** The JSON schema of the request body, when the operation takes one. */
  body?: JsonSchema;
  /** Declared statuses, and the JSON schema of each answer's body when it has one. */
  responses: Map<number, z.ZodType | undefined>;
}

export type JsonSchema = { type?: unknown; properties?: Record<string, JsonSchema>; required?: string[]; $ref?: string; [k: string]: unknown };

const METHODS = ["get", "put", "post", "patch", "delete", "head", "options"];

/** Every operation of the document: the fuzzer's list, so it cannot go stale. */
export function operationsOf(doc: any): Operation[] {
  const schemas: Record<string, JsonSchema> = doc.components?.schemas ?? {};
  const defs = asDefs(schemas);
  const validator = (schema: JsonSchema) => z.fromJSONSchema({ ...asDefs(schema), $defs: defs } as never);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params: any[] = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      const bodySchema = op.requestBody?.content?.["application/json"]?.schema;
      const responses = new Map<number, z.ZodType | undefined>();
      for (const [status, answer] of Object.entries<any>(op.responses)) {
        const schema = answer.content?.["application/json"]?.schema;
        responses.set(Number(status), schema ? validator(schema) : undefined);
      }
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        secured: (op.security ?? doc.security ?? []).length > 0,
        pathParams: params.filter((p) => p.in === "path").map((p) => p.name),
        queryParams: params.filter((p) => p.in === "query").map((p) => ({ name: p.name, schema: p.schema })),
        ...(bodySchema ? { body: resolve(bodySchema, schemas) } : {}),
        responses,
      });
    }
  }
  return operations;
}

/** The Error schema of the document, to check every error body against. */
export const errorValidator = (doc: any) =>
  z.fromJSONSchema({ ...asDefs(doc.components.schemas.Error), $defs: asDefs(doc.components.schemas) } as never);

/** zod reads local `$defs`; the document keeps its schemas under components. */
const asDefs = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"#/$defs/'));

const resolve = (schema: JsonSchema, schemas: Record<string, JsonSchema>): JsonSchema =>
  schema.$ref ? resolve(schemas[schema.$ref.split("/").pop()!]!, schemas) : schema;
