/**
 * A TrackerSink that keeps the store's known event ids of its tracker in
 * step (see relevant-changes.ts): every read records the ids the sheet holds
 * and the time of the read; every write records the ids it appends *before*
 * writing, so a crash between the two leaves a superset (an extra read
 * later), never a missing id (a skipped update).
 */
import type { RowOp, TrackerSink } from '../../shared/sync/ports.js';
import type { KnownRowsStore } from '../store/types.js';

export interface KnownRowsOptions {
  store: KnownRowsStore;
  spreadsheetId: string;
  /** Ids already recorded (only new ones are written). */
  known: ReadonlySet<string>;
  now: () => number;
}

/** Wraps `sink` so that the store learns every event id that has or gets a row. */
export function recordKnownRows(sink: TrackerSink, options: KnownRowsOptions): TrackerSink {
  const recorded = new Set(options.known);
  const record = async (ids: Iterable<string>, readAt?: number) => {
    const fresh = [...ids].filter((id) => id && !recorded.has(id));
    if (fresh.length > 0 || readAt !== undefined) await options.store.addKnownEventIds(options.spreadsheetId, fresh, readAt);
    for (const id of fresh) recorded.add(id);
  };
  return {
    async read() {
      const readAt = options.now();
      const snapshot = await sink.read();
      await record(
        snapshot.rows.map((row) => (row.eventId ?? '').trim()),
        readAt,
      );
      return snapshot;
    },
    async apply(ops: readonly RowOp[], snapshot) {
      await record(ops.filter((op) => op.kind === 'append').map((op) => op.eventId));
      await sink.apply(ops, snapshot);
    },
  };
}
