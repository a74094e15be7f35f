/** `TableWrites` attributes every Kysely write to its table, and only writes. */
import { createDatabase } from '@campaign-studio/storage';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTLE_MS, TableWrites } from '../src/caches/tableWrites.js';

interface ScratchSchema {
  scratch: { id: number; note: string };
}

describe('TableWrites', () => {
  const database = createDatabase({ dataDir: 'memory://' });
  const writes = new TableWrites();
  // A scratch table of its own, outside the schema's types.
  const db = (database.db as unknown as Kysely<ScratchSchema>).withPlugin(writes);

  beforeAll(async () => {
    await sql`create table scratch (id int primary key, note text)`.execute(database.db);
  });

  afterAll(async () => {
    await database.close();
  });

  it('a read leaves a table settled; an insert, update or delete does not', async () => {
    const before = performance.now();
    await db.selectFrom('scratch').selectAll().execute();
    expect(writes.settled('scratch', before)).toBe(true);

    await db.insertInto('scratch').values({ id: 1, note: 'a' }).execute();
    expect(writes.settled('scratch', before)).toBe(false);
    // A new row leaves what was cached of the others valid.
    expect(writes.settled('scratch', before, true)).toBe(true);

    await db.updateTable('scratch as s').set({ note: 'b' }).where('s.id', '=', 1).execute();
    expect(writes.settled('scratch', before, true)).toBe(false);
    expect(writes.settled('other', before, true)).toBe(true);

    const afterUpdate = performance.now();
    await db.deleteFrom('scratch').where('id', '=', 1).execute();
    expect(writes.settled('scratch', afterUpdate + SETTLE_MS, true)).toBe(false);
    expect(writes.settled('scratch', performance.now() + SETTLE_MS, true)).toBe(true);
  });
});
