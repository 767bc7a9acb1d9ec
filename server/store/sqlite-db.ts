/** SqlDb on an embedded SQLite file (better-sqlite3): the default for one machine. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type SqlDb, type SqlValue, translateDbError } from './sql-db.js';

/** `$1, $2…` placeholders bind as named parameters "1", "2"… in SQLite. */
function bindOf(params: readonly SqlValue[]): Record<string, SqlValue> {
  const bound: Record<string, SqlValue> = {};
  params.forEach((value, index) => {
    bound[String(index + 1)] = value;
  });
  return bound;
}

/**
 * Opens (creating if needed) a SQLite database file, or `:memory:`.
 * @example const db = openSqliteDb('.nextround/state.db');
 */
export function openSqliteDb(file: string): SqlDb {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // Checkpoint the WAL on a timer instead of inside whichever commit crosses 1,000 pages (a webhook's, say).
  db.pragma('wal_autocheckpoint = 0');
  const checkpoints = file === ':memory:' ? null : setInterval(() => db.open && db.pragma('wal_checkpoint(PASSIVE)'), 1_000);
  checkpoints?.unref();
  // Preparing costs more than running these short statements: keep each one (the store has a few dozen).
  const prepared = new Map<string, Database.Statement<unknown[], Record<string, unknown>>>();
  const prepare = (sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[], Record<string, unknown>>(sql);
      prepared.set(sql, statement);
    }
    return statement;
  };
  const guard = <T>(work: () => T): Promise<T> => {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(translateDbError(error, 'sqlite'));
    }
  };
  return {
    engine: 'sqlite',
    all: (sql, params = []) =>
      guard(() => {
        const statement = prepare(sql);
        return params.length > 0 ? statement.all(bindOf(params)) : statement.all();
      }),
    run: (sql, params = []) =>
      guard(() => {
        const statement = prepare(sql);
        return (params.length > 0 ? statement.run(bindOf(params)) : statement.run()).changes;
      }),
    exec: (sql) => guard(() => void db.exec(sql)),
    close: () =>
      guard(() => {
        if (checkpoints) clearInterval(checkpoints);
        if (db.open) db.close();
      }),
  };
}
