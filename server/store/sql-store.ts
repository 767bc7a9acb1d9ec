/**
 * The store written once over SqlDb: the SQLite and PostgreSQL adapters are
 * this plus their engine. Every check-and-write (fence, message number,
 * single-use state, token compare-and-set) is one atomic statement, so it
 * holds across processes without application locks.
 */
import { STORE_MIGRATION } from './migrations.js';
import { CalendarRow, ChannelRow, ConnectionRow, OAuthStateRow, SyncResultRow, parseFirst } from './rows.js';
import { createQuotaSql } from './quota-sql.js';
import type { SqlDb } from './sql-db.js';
import type { SyncStore } from './types.js';

/** Migrates (idempotently) and returns the store on `db`; closing the store closes `db`. */
export async function createSqlStore(db: SqlDb): Promise<SyncStore> {
  await db.exec(db.engine === 'postgres' ? `BEGIN; SELECT pg_advisory_xact_lock(727275); ${STORE_MIGRATION} COMMIT;` : STORE_MIGRATION);
  return {
    ...createQuotaSql(db),
    async ping() {
      await db.all('SELECT 1 AS ok');
    },
    close: () => db.close(),

    async saveConnection(c) {
      await db.run(
        `INSERT INTO connections (user_id, spreadsheet_id, status, scopes, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id) DO UPDATE SET spreadsheet_id = $2, status = $3, scopes = $4, updated_at = $5`,
        [c.userId, c.spreadsheetId, c.status, c.scopes, c.updatedAt],
      );
    },
    async getConnection(userId) {
      return parseFirst(ConnectionRow, await db.all('SELECT * FROM connections WHERE user_id = $1', [userId]));
    },
    async setConnectionStatus(userId, status, at) {
      return (await db.run('UPDATE connections SET status = $2, updated_at = $3 WHERE user_id = $1', [userId, status, at])) === 1;
    },

    async getSealedToken(userId) {
      const rows = await db.all('SELECT sealed FROM refresh_tokens WHERE user_id = $1', [userId]);
      return rows[0] === undefined ? null : String(rows[0].sealed);
    },
    async saveSealedToken(userId, sealed) {
      await db.run('INSERT INTO refresh_tokens (user_id, sealed) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET sealed = $2', [userId, sealed]);
    },
    async deleteSealedToken(userId) {
      await db.run('DELETE FROM refresh_tokens WHERE user_id = $1', [userId]);
    },
    async listSealedTokens() {
      const rows = await db.all('SELECT user_id, sealed FROM refresh_tokens ORDER BY user_id');
      return rows.map((row) => ({ userId: String(row.user_id), sealed: String(row.sealed) }));
    },
    async replaceSealedToken(userId, expected, next) {
      return (await db.run('UPDATE refresh_tokens SET sealed = $3 WHERE user_id = $1 AND sealed = $2', [userId, expected, next])) === 1;
    },

    async saveCalendar(c) {
      await db.run(
        `INSERT INTO calendars (key, user_id, calendar_id, enabled) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key) DO UPDATE SET enabled = $4`,
        [c.key, c.userId, c.calendarId, c.enabled ? 1 : 0],
      );
    },
    async getCalendar(key) {
      return parseFirst(CalendarRow, await db.all('SELECT * FROM calendars WHERE key = $1', [key]));
    },
    async listCalendars(userId) {
      const rows = await db.all('SELECT * FROM calendars WHERE user_id = $1 ORDER BY calendar_id', [userId]);
      return rows.map((row) => CalendarRow.parse(row));
    },

    async listSyncableCalendars() {
      const rows = await db.all(
        `SELECT calendars.* FROM calendars JOIN connections ON connections.user_id = calendars.user_id
         WHERE calendars.enabled = 1 AND connections.status = 'connected' ORDER BY calendars.key`,
      );
      return rows.map((row) => CalendarRow.parse(row));
    },
    async saveSyncResult(r) {
      await db.run(
        `INSERT INTO sync_results (calendar_key, finished_at, error) VALUES ($1, $2, $3)
         ON CONFLICT (calendar_key) DO UPDATE SET finished_at = $2, error = $3`,
        [r.calendarKey, r.finishedAt, r.error],
      );
    },
    async listSyncResults(userId) {
      const rows = await db.all(
        `SELECT sync_results.* FROM sync_results JOIN calendars ON calendars.key = sync_results.calendar_key
         WHERE calendars.user_id = $1 ORDER BY sync_results.calendar_key`,
        [userId],
      );
      return rows.map((row) => SyncResultRow.parse(row));
    },

    async saveChannel(ch) {
      await db.run(
        `INSERT INTO channels (channel_id, resource_id, token_hash, user_id, calendar_key, expires_at, stopped_at, last_message)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (channel_id) DO UPDATE SET resource_id = $2, token_hash = $3, expires_at = $6, stopped_at = $7`,
        [ch.channelId, ch.resourceId, ch.tokenHash, ch.userId, ch.calendarKey, ch.expiresAt, ch.stoppedAt, ch.lastMessage],
      );
    },
    async findChannel(channelId) {
      return parseFirst(ChannelRow, await db.all('SELECT * FROM channels WHERE channel_id = $1', [channelId]));
    },
    async stopChannel(channelId, at) {
      return (await db.run('UPDATE channels SET stopped_at = $2 WHERE channel_id = $1 AND stopped_at IS NULL', [channelId, at])) === 1;
    },
    async stopChannelsOfUser(userId, at) {
      return db.run('UPDATE channels SET stopped_at = $2 WHERE user_id = $1 AND stopped_at IS NULL', [userId, at]);
    },
    async listChannelsExpiringBefore(at) {
      const rows = await db.all('SELECT * FROM channels WHERE stopped_at IS NULL AND expires_at < $1 ORDER BY expires_at, channel_id', [at]);
      return rows.map((row) => ChannelRow.parse(row));
    },
    async advanceMessage(channelId, messageNumber) {
      const sql = 'UPDATE channels SET last_message = $2 WHERE channel_id = $1 AND last_message < $2';
      return (await db.run(sql, [channelId, messageNumber])) === 1;
    },

    async rewindMessage(channelId, from, to) {
      const sql = 'UPDATE channels SET last_message = $3 WHERE channel_id = $1 AND last_message = $2';
      return (await db.run(sql, [channelId, from, to])) === 1;
    },

    async getCursor(key) {
      const rows = await db.all('SELECT cursor FROM cursors WHERE key = $1', [key]);
      const cursor = rows[0]?.cursor;
      return typeof cursor === 'string' ? cursor : null;
    },
    async acquireFence(key) {
      const rows = await db.all(
        `INSERT INTO cursors (key, cursor, fence) VALUES ($1, NULL, 1)
         ON CONFLICT (key) DO UPDATE SET fence = cursors.fence + 1 RETURNING fence`,
        [key],
      );
      return Number(rows[0]?.fence);
    },
    async saveCursor(key, cursor, fence) {
      return (await db.run('UPDATE cursors SET cursor = $2 WHERE key = $1 AND fence = $3', [key, cursor, fence])) === 1;
    },
    async setCursor(key, cursor) {
      await db.run('INSERT INTO cursors (key, cursor, fence) VALUES ($1, $2, 0) ON CONFLICT (key) DO UPDATE SET cursor = $2', [key, cursor]);
    },

    async reserveWriteSlot(userId, now, spacingMs) {
      // One statement: the slot is max(previous next_at, now); next_at moves one spacing past it.
      const rows = await db.all(
        `INSERT INTO user_pacing (user_id, next_at) VALUES ($1, CAST($2 AS BIGINT) + CAST($3 AS BIGINT))
         ON CONFLICT (user_id) DO UPDATE SET next_at =
           (CASE WHEN user_pacing.next_at > CAST($2 AS BIGINT) THEN user_pacing.next_at ELSE CAST($2 AS BIGINT) END) + CAST($3 AS BIGINT)
         RETURNING next_at`,
        [userId, now, spacingMs],
      );
      return Number(rows[0]?.next_at) - spacingMs;
    },

    async saveOAuthState(s) {
      await db.run('INSERT INTO oauth_states (state, user_id, spreadsheet_id, code_verifier, expires_at) VALUES ($1, $2, $3, $4, $5)', [
        s.state,
        s.userId,
        s.spreadsheetId,
        s.codeVerifier,
        s.expiresAt,
      ]);
    },
    async takeOAuthState(state) {
      return parseFirst(OAuthStateRow, await db.all('DELETE FROM oauth_states WHERE state = $1 RETURNING *', [state]));
    },
  };
}
