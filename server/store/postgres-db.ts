/** SqlDb on PostgreSQL (pg pool): the engine for several service instances. */
import pg from 'pg';
import { type SqlDb, translateDbError } from './sql-db.js';

export interface PostgresOptions {
  connectionString: string;
  /** Schema holding the tables (created if missing); tests use one per run. */
  schema?: string;
  /** How long to wait for a connection before answering UNAVAILABLE. */
  connectTimeoutMs?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens a pool on `connectionString`; every connection's search_path is the schema.
 * @example const db = await openPostgresDb({ connectionString: process.env.DATABASE_URL! });
 */
export async function openPostgresDb(options: PostgresOptions): Promise<SqlDb> {
  const schema = options.schema ?? 'nextround';
  if (!SCHEMA_NAME.test(schema)) {
    throw translateDbError(new Error(`schema name "${schema}" must be lowercase letters, digits and _`), 'postgres');
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
    options: `-c search_path=${schema}`,
    max: 10,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw translateDbError(error, 'postgres');
    }
  };
  let closed = false;
  const db: SqlDb = {
    engine: 'postgres',
    all: (sql, params = []) => guard(async () => (await pool.query<Record<string, unknown>>(sql, [...params])).rows),
    run: (sql, params = []) => guard(async () => (await pool.query(sql, [...params])).rowCount ?? 0),
    exec: (sql) => guard(async () => void (await pool.query(sql))),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
  // Two instances starting at once must not race on CREATE: one transaction under an advisory lock.
  await db.exec(`BEGIN; SELECT pg_advisory_xact_lock(727274); CREATE SCHEMA IF NOT EXISTS ${schema}; COMMIT`);
  return db;
}
