import { sql, type Kysely } from 'kysely';

/**
 * Every statement that writes the campaigns table sends a `campaigns_changed` notification,
 * inside the writing transaction: PostgreSQL delivers it at commit, to every server process
 * listening, which then re-checks the published campaigns it evaluates with (and never for a
 * write that was rolled back).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create function notify_campaigns_changed() returns trigger
    language plpgsql as $fn$
    begin
      perform pg_notify('campaigns_changed', '');
      return null;
    end
    $fn$`.execute(db);
  await sql`create trigger campaigns_changed
    after insert or update or delete on campaigns
    for each statement execute function notify_campaigns_changed()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger campaigns_changed on campaigns`.execute(db);
  await sql`drop function notify_campaigns_changed()`.execute(db);
}
