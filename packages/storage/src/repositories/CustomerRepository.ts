import type { Kysely, Selectable } from 'kysely';
import { toJson, type CustomerTable, type DatabaseSchema } from '../schema.js';

export interface CustomerRecord {
  id: string;
  branchId: string;
  name: string;
  phone?: string;
  /** `vip`, `key`, `ordinary`, or a tier a plugin defines. */
  tier: string;
  tags: string[];
}

/** Reads and adds the customers of each branch. */
export class CustomerRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Customers of the given branches (all when `branchIds` is absent). */
  async list(filter: { branchIds?: readonly string[] } = {}): Promise<CustomerRecord[]> {
    let query = this.db.selectFrom('customers').selectAll().orderBy('id');
    if (filter.branchIds !== undefined) {
      if (filter.branchIds.length === 0) return [];
      query = query.where('branch_id', 'in', [...filter.branchIds]);
    }

    return (await query.execute()).map(toCustomer);
  }

  async get(id: string): Promise<CustomerRecord | undefined> {
    const row = await this.db
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toCustomer(row);
  }

  async insert(customer: CustomerRecord): Promise<void> {
    await this.db
      .insertInto('customers')
      .values({
        id: customer.id,
        branch_id: customer.branchId,
        name: customer.name,
        phone: customer.phone ?? null,
        tier: customer.tier,
        tags: toJson(customer.tags),
      })
      .execute();
  }
}

function toCustomer(row: Selectable<CustomerTable>): CustomerRecord {
  return {
    id: row.id,
    branchId: row.branch_id,
    name: row.name,
    ...(row.phone === null ? {} : { phone: row.phone }),
    tier: row.tier,
    tags: row.tags,
  };
}
