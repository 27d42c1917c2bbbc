/**
 * The one definition of Roster's table: its key schema, indexes and TTL attribute.
 * The local table creation (`adapters/table-setup.ts`) and the SST stack both read it.
 * All keys and index keys are strings.
 */
export interface IndexDefinition {
  name: string;
  partitionKey: string;
  sortKey: string;
}

export const TABLE_SCHEMA = {
  partitionKey: "pk",
  sortKey: "sk",
  /** Items with this attribute (epoch seconds) expire: events and run history. */
  ttlAttribute: "expiresAt",
  globalIndexes: [
    /** Sparse: events not yet published to EventBridge (the outbox the sweeper drains). */
    { name: "outbox", partitionKey: "outboxPk", sortKey: "outboxSk" },
  ] as IndexDefinition[],
} as const;
