import type { Kysely, Selectable } from 'kysely';
import { toJson, type AuditEntryTable, type DatabaseSchema, type JsonValue } from '../schema.js';

/** One change of a value: `before` absent for an addition, `after` absent for a removal. */
export interface AuditChange {
  /** JSON pointer into the entity, e.g. `/document/rules/0/then/0/params/amount`. */
  path: string;
  op: 'add' | 'remove' | 'replace';
  before?: JsonValue;
  after?: JsonValue;
}

export interface NewAuditEntry {
  at: Date;
  actorId?: string;
  actorUsername?: string;
  /** The branch the entity belongs to, so that a branch manager sees its own entries. */
  branchId?: string;
  entityType: string;
  entityId: string;
  action: string;
  diff: AuditChange[];
}

export interface AuditEntry extends NewAuditEntry {
  id: string;
}

export interface AuditFilter {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** Only these branches (all when absent). */
  branchIds?: readonly string[];
  /** Entries older than this id (the previous page's `nextCursor`). */
  before?: string;
  limit: number;
}

/** The audit log: written in the same transaction as the change it records, never changed. */
export class AuditRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async record(entry: NewAuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_entries')
      .values({
        at: entry.at,
        actor_id: entry.actorId ?? null,
        actor_username: entry.actorUsername ?? null,
        branch_id: entry.branchId ?? null,
        entity_type: entry.entityType,
        entity_id: entry.entityId,
        action: entry.action,
        diff: toJson(entry.diff),
      })
      .execute();
  }

  /** Newest first. `actor` matches the user id or the username. */
  async list(filter: AuditFilter): Promise<AuditEntry[]> {
    let query = this.db
      .selectFrom('audit_entries')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(filter.limit);
    if (filter.actor !== undefined) {
      const actor = filter.actor;
      query = query.where((eb) =>
        eb.or([eb('actor_id', '=', actor), eb('actor_username', '=', actor)]),
      );
    }
    if (filter.entityType !== undefined) query = query.where('entity_type', '=', filter.entityType);
    if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
    if (filter.action !== undefined) query = query.where('action', '=', filter.action);
    if (filter.from !== undefined) query = query.where('at', '>=', filter.from);
    if (filter.to !== undefined) query = query.where('at', '<', filter.to);
    if (filter.before !== undefined) query = query.where('id', '<', filter.before);
    if (filter.branchIds !== undefined) {
      const branchIds = filter.branchIds.length === 0 ? [''] : [...filter.branchIds];
      query = query.where('branch_id', 'in', branchIds);
    }

    return (await query.execute()).map(toEntry);
  }
}

function toEntry(row: Selectable<AuditEntryTable>): AuditEntry {
  return {
    id: String(row.id),
    at: row.at,
    ...(row.actor_id === null ? {} : { actorId: row.actor_id }),
    ...(row.actor_username === null ? {} : { actorUsername: row.actor_username }),
    ...(row.branch_id === null ? {} : { branchId: row.branch_id }),
    entityType: row.entity_type,
    entityId: row.entity_id,
    action: row.action,
    diff: row.diff as unknown as AuditChange[],
  };
}
