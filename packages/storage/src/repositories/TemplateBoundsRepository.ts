import type { Kysely } from 'kysely';
import { toJson, type DatabaseSchema, type JsonObject } from '../schema.js';

/** HQ's stored bounds per template; a template without a row keeps its file's bounds. */
export class TemplateBoundsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async get(templateId: string): Promise<JsonObject | undefined> {
    const row = await this.db
      .selectFrom('template_bounds')
      .select('bounds')
      .where('template_id', '=', templateId)
      .executeTakeFirst();
    return row?.bounds;
  }

  async set(templateId: string, bounds: JsonObject, at: Date, by?: string): Promise<void> {
    const values = { bounds: toJson(bounds), updated_at: at, updated_by: by ?? null };
    await this.db
      .insertInto('template_bounds')
      .values({ template_id: templateId, ...values })
      .onConflict((conflict) => conflict.column('template_id').doUpdateSet(values))
      .execute();
  }
}
