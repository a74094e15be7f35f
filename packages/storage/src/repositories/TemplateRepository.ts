import type { Kysely, Selectable } from 'kysely';
import { toJson, type DatabaseSchema, type JsonObject, type TemplateTable } from '../schema.js';

export interface TemplateRecord {
  id: string;
  version: number;
  plugin: string;
  definition: JsonObject;
}

/**
 * Template versions as plugins brought them. A version is immutable once stored: campaigns
 * made from it keep pointing at the exact definition they were instantiated from.
 */
export class TemplateRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Stores a version unless it is there already; returns whether it was new. */
  async insertIfMissing(template: TemplateRecord): Promise<boolean> {
    const rows = await this.db
      .insertInto('templates')
      .values({
        id: template.id,
        version: template.version,
        plugin: template.plugin,
        definition: toJson(template.definition),
      })
      .onConflict((conflict) => conflict.columns(['id', 'version']).doNothing())
      .returning('id')
      .execute();
    return rows.length === 1;
  }

  async get(id: string, version: number): Promise<TemplateRecord | undefined> {
    const row = await this.db
      .selectFrom('templates')
      .selectAll()
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return row === undefined ? undefined : toTemplate(row);
  }

  async list(): Promise<TemplateRecord[]> {
    const rows = await this.db
      .selectFrom('templates')
      .selectAll()
      .orderBy('id')
      .orderBy('version')
      .execute();
    return rows.map(toTemplate);
  }
}

function toTemplate(row: Selectable<TemplateTable>): TemplateRecord {
  return { id: row.id, version: row.version, plugin: row.plugin, definition: row.definition };
}
