/**
 * The little SQL surface both engines share. Statements use `$1`-style
 * parameters and only SQL that SQLite (>= 3.35) and PostgreSQL both speak
 * (ON CONFLICT upserts, RETURNING), so the store logic is written once.
 */
import { NextRoundError } from '../../shared/errors.js';

export type SqlValue = string | number | null;

export interface SqlDb {
  readonly engine: 'sqlite' | 'postgres';
  /** Rows of a query (or of a statement with RETURNING). */
  all(sql: string, params?: readonly SqlValue[]): Promise<Array<Record<string, unknown>>>;
  /** Runs a statement; returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs statements separated by semicolons, without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

/** Translates a driver error at the adapter edge: unreachable → UNAVAILABLE, the rest → INTERNAL. */
export function translateDbError(error: unknown, engine: SqlDb['engine']): NextRoundError {
  if (error instanceof NextRoundError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const unreachable =
    UNAVAILABLE_ERRNOS.has(code) ||
    /^(08|57P)/.test(code) ||
    code === 'SQLITE_BUSY' ||
    /connection terminated|timeout exceeded when trying to connect|not open|Client has encountered a connection error/i.test(message);
  return new NextRoundError(
    unreachable ? 'UNAVAILABLE' : 'INTERNAL',
    unreachable ? `The ${engine} database cannot be reached: ${message}` : `The ${engine} database refused a statement: ${message}`,
    { where: `store (${engine})`, cause: error },
  );
}
