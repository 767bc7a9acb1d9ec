/**
 * CursorStore adapters (the sync engine's port, shared/sync/ports.ts) over
 * the store: a plain one for the one-process local mode, and a fenced one
 * for the hosted worker, whose late save after a newer sync started fails.
 */
import { NextRoundError } from '../../shared/errors.js';
import type { CursorStore } from '../../shared/sync/ports.js';
import { DEFAULT_DATA_DIR, openStore } from './open-store.js';
import type { FencedCursorStore } from './types.js';

/** A CursorStore that can be closed (it owns its database). */
export interface ClosableCursorStore extends CursorStore {
  close(): Promise<void>;
}

/**
 * The local mode's cursors, in SQLite under `dataDir` (default ./.nextround/state.db).
 * @example const cursors = await openSqliteCursorStore(); await cursors.set('file:/x.ics', 'c1');
 */
export async function openSqliteCursorStore(dataDir: string = DEFAULT_DATA_DIR): Promise<ClosableCursorStore> {
  const store = await openStore({ dataDir });
  return {
    get: (sourceId) => store.getCursor(sourceId),
    set: (sourceId, cursor) => store.setCursor(sourceId, cursor),
    close: () => store.close(),
  };
}

/**
 * The cursor of one calendar sync holding `fence`: `set` throws CONFLICT when a
 * newer sync of the same calendar took a fence since, and writes nothing.
 * The calendar key keys the cursor, whatever id the engine gives its source.
 */
export function fenceCursorStore(store: FencedCursorStore, calendarKey: string, fence: number): CursorStore {
  return {
    get: () => store.getCursor(calendarKey),
    async set(_sourceId, cursor) {
      if (!(await store.saveCursor(calendarKey, cursor, fence))) {
        throw new NextRoundError('CONFLICT', `A newer sync of calendar ${calendarKey} started; this stalled sync's cursor (fence ${fence}) was not saved.`, {
          where: `cursor of ${calendarKey}`,
        });
      }
    },
  };
}
