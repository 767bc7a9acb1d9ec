/**
 * The SQL of the quota budget's slots and of the known event ids, for both
 * engines (ON CONFLICT upserts with RETURNING). A slot take is one statement:
 * PostgreSQL's ON CONFLICT DO UPDATE locks the row and sees its latest
 * version, SQLite runs statements one at a time, so two instances never take
 * the same slot; `holder` tells the taker whether the slot became its own.
 */
import type { SqlDb } from './sql-db.js';
import type { KnownRowsStore, QuotaSlotStore } from './types.js';

const BIG = (n: number) => `CAST($${n} AS BIGINT)`;
/** Rows per INSERT of event ids (PostgreSQL allows 65,535 parameters, SQLite 32,766). */
const CHUNK = 500;

export function createQuotaSql(db: SqlDb): QuotaSlotStore & KnownRowsStore {
  return {
    async takeQuotaSlot(key, now, spacingMs, holder) {
      const rows = await db.all(
        `INSERT INTO quota_slots (key, next_at, holder) VALUES ($1, ${BIG(2)} + ${BIG(3)}, $4)
         ON CONFLICT (key) DO UPDATE SET
           holder = CASE WHEN quota_slots.next_at <= ${BIG(2)} THEN $4 ELSE quota_slots.holder END,
           next_at = CASE WHEN quota_slots.next_at <= ${BIG(2)} THEN ${BIG(2)} + ${BIG(3)} ELSE quota_slots.next_at END
         RETURNING next_at, holder`,
        [key, now, spacingMs, holder],
      );
      const row = rows[0]!;
      return row.holder === holder ? 0 : Math.max(1, Number(row.next_at) - now);
    },
    async returnQuotaSlot(key, spacingMs, holder) {
      const sql = `UPDATE quota_slots SET next_at = next_at - ${BIG(2)}, holder = NULL WHERE key = $1 AND holder = $3`;
      return (await db.run(sql, [key, spacingMs, holder])) === 1;
    },

    async getKnownEventIds(spreadsheetId) {
      const read = await db.all('SELECT read_at FROM tracker_reads WHERE spreadsheet_id = $1', [spreadsheetId]);
      if (read.length === 0) return null;
      const rows = await db.all('SELECT event_id FROM known_event_ids WHERE spreadsheet_id = $1', [spreadsheetId]);
      return { ids: new Set(rows.map((row) => String(row.event_id))), readAt: Number(read[0]!.read_at) };
    },
    async addKnownEventIds(spreadsheetId, ids, readAt) {
      const unique = [...new Set(ids)];
      for (let from = 0; from < unique.length; from += CHUNK) {
        const chunk = unique.slice(from, from + CHUNK);
        const values = chunk.map((_, i) => `($1, $${i + 2})`).join(', ');
        await db.run(`INSERT INTO known_event_ids (spreadsheet_id, event_id) VALUES ${values} ON CONFLICT DO NOTHING`, [spreadsheetId, ...chunk]);
      }
      if (readAt !== undefined) {
        await db.run(
          `INSERT INTO tracker_reads (spreadsheet_id, read_at) VALUES ($1, ${BIG(2)})
           ON CONFLICT (spreadsheet_id) DO UPDATE SET read_at = ${BIG(2)}`,
          [spreadsheetId, readAt],
        );
      }
    },
  };
}
