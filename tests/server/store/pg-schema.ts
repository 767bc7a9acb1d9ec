/** A fresh PostgreSQL schema per test run, dropped afterwards, so runs never see each other's rows. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { TEST_DATABASE_URL } from '../../support/capabilities.js';

export function uniqueSchemaName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

/** Drops every schema created under this name (CASCADE: tables and pg-boss objects). */
export async function dropSchemas(names: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    for (const name of names) await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  } finally {
    await client.end();
  }
}
