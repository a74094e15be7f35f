import type { Kysely, Selectable } from 'kysely';
import type { BranchTable, DatabaseSchema } from '../schema.js';

export interface BranchRecord {
  id: string;
  nameZh: string;
  nameEn: string;
  parentId?: string;
}

/** Reads and adds branches (HQ and its regional branches). */
export class BranchRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async list(): Promise<BranchRecord[]> {
    const rows = await this.db.selectFrom('branches').selectAll().orderBy('id').execute();
    return rows.map(toBranch);
  }

  async get(id: string): Promise<BranchRecord | undefined> {
    const row = await this.db
      .selectFrom('branches')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toBranch(row);
  }

  async insert(branch: BranchRecord): Promise<void> {
    await this.db
      .insertInto('branches')
      .values({
        id: branch.id,
        name_zh: branch.nameZh,
        name_en: branch.nameEn,
        parent_id: branch.parentId ?? null,
      })
      .execute();
  }

  /** True when nothing has been stored yet: the signal to seed demo data. */
  async isEmpty(): Promise<boolean> {
    const row = await this.db.selectFrom('branches').select('id').limit(1).executeTakeFirst();
    return row === undefined;
  }
}

function toBranch(row: Selectable<BranchTable>): BranchRecord {
  return {
    id: row.id,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    ...(row.parent_id === null ? {} : { parentId: row.parent_id }),
  };
}
