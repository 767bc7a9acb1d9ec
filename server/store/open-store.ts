/**
 * Picks the store engine: PostgreSQL when a database URL is given (several
 * instances), else an embedded SQLite file under the data directory.
 */
import { join } from 'node:path';
import { openSqliteDb } from './sqlite-db.js';
import { createSqlStore } from './sql-store.js';
import type { SyncStore } from './types.js';

/** Where embedded state lives unless configured otherwise. */
export const DEFAULT_DATA_DIR = './.nextround';

export interface StoreOptions {
  /** postgres://… ; absent means SQLite. */
  databaseUrl?: string | undefined;
  /** PostgreSQL schema (default "nextround"). */
  schema?: string | undefined;
  /** Directory of the SQLite file (default ./.nextround). */
  dataDir?: string | undefined;
}

/**
 * Opens and migrates the configured store.
 * @example const store = await openStore({ databaseUrl: config.databaseUrl });
 */
export async function openStore(options: StoreOptions = {}): Promise<SyncStore> {
  if (options.databaseUrl) {
    // Loaded only for PostgreSQL: a one-machine start does not read the pg driver.
    const { openPostgresDb } = await import('./postgres-db.js');
    return createSqlStore(await openPostgresDb({ connectionString: options.databaseUrl, schema: options.schema }));
  }
  return createSqlStore(openSqliteDb(join(options.dataDir ?? DEFAULT_DATA_DIR, 'state.db')));
}
