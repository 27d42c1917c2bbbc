import { TABLE_SCHEMA } from "../core/store/table-schema";
import { isDevelopment } from "./stage";

/** Roster's one table, from the key schema, indexes and TTL attribute defined once in `core/`. */
export function createTable(stage: string) {
  const fields: Record<string, "string"> = { [TABLE_SCHEMA.partitionKey]: "string", [TABLE_SCHEMA.sortKey]: "string" };
  const globalIndexes: Record<string, { hashKey: string; rangeKey: string }> = {};
  for (const index of TABLE_SCHEMA.globalIndexes) {
    fields[index.partitionKey] = "string";
    fields[index.sortKey] = "string";
    globalIndexes[index.name] = { hashKey: index.partitionKey, rangeKey: index.sortKey };
  }
  const recovery = !isDevelopment(stage);
  return new sst.aws.Dynamo("RosterTable", {
    fields,
    primaryIndex: { hashKey: TABLE_SCHEMA.partitionKey, rangeKey: TABLE_SCHEMA.sortKey },
    globalIndexes,
    ttl: TABLE_SCHEMA.ttlAttribute,
    transform: {
      table: (args) => {
        args.pointInTimeRecovery = { enabled: recovery };
      },
    },
  });
}
