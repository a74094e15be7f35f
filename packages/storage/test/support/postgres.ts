/**
 * Whether a PostgreSQL server is there for tests, and scratch databases on it. A test file
 * awaits `probePostgres()` at the top and skips its PostgreSQL cases with the reason when the
 * server is unreachable; under REQUIRE_SERVICES=1 the probe throws instead, so the run fails.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://root@127.0.0.1:5432/postgres';

export type PostgresProbe =
  { available: true; adminUrl: string } | { available: false; adminUrl: string; reason: string };

export function servicesRequired(): boolean {
  return process.env.REQUIRE_SERVICES === '1';
}

export async function probePostgres(): Promise<PostgresProbe> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { available: true, adminUrl };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const reason = `PostgreSQL at ${redact(adminUrl)} is not reachable (${detail})`;
    if (servicesRequired()) throw new Error(`${reason}; REQUIRE_SERVICES=1 needs it.`);
    return { available: false, adminUrl, reason };
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Creates an empty database with a random name; `drop()` removes it again. */
export async function createScratchDatabase(adminUrl: string): Promise<ScratchDatabase> {
  const name = `cs_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      withAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)),
  };
}

async function withAdmin(
  adminUrl: string,
  work: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'TEST_DATABASE_URL';
  }
}
