/**
 * A PostgreSQL advisory lock per calendar, held on its own session for the
 * whole run: the cross-instance "one sync per calendar at a time". If the
 * session dies the lock goes with it, which is why runs are also fenced.
 */
import pg from 'pg';
import { NextRoundError } from '../../shared/errors.js';

export interface CalendarLocks {
  /** Runs `work` while holding the calendar's lock; waits up to `waitMs` for it. */
  withLock<T>(calendarKey: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface CalendarLockOptions {
  connectionString: string;
  size: number;
  waitMs: number;
  /** Names the lock sessions in pg_stat_activity (operators, tests). */
  applicationName?: string;
}

export function createCalendarLocks(options: CalendarLockOptions): CalendarLocks {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.size,
    connectionTimeoutMillis: 5000,
    application_name: options.applicationName ?? 'nextround-calendar-lock',
  });
  pool.on('error', () => undefined);
  return {
    async withLock(calendarKey, work) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw new NextRoundError('UNAVAILABLE', 'No database session for the calendar lock.', { where: calendarKey, cause: error });
      }
      let broken: Error | undefined;
      const onError = (error: Error) => (broken = error);
      client.on('error', onError);
      try {
        await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(options.waitMs))}`);
        await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [calendarKey]);
      } catch (error) {
        client.off('error', onError);
        client.release(true);
        throw new NextRoundError('UNAVAILABLE', `Calendar ${calendarKey} stayed locked by another sync.`, { where: calendarKey, cause: error });
      }
      try {
        return await work();
      } finally {
        client.off('error', onError);
        try {
          if (!broken) await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [calendarKey]);
          client.release(broken);
        } catch (error) {
          client.release(error instanceof Error ? error : true);
        }
      }
    },
    close: () => pool.end(),
  };
}
