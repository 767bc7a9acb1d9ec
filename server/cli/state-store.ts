/**
 * Opens the local state (cursors in <dir>/state.db) for `nextround sync`
 * and `npm start`, and reads it once, so a folder that cannot hold it or a
 * file that is not a database is named in one line before any pass runs.
 */
import { join } from 'node:path';
import { isNextRoundError, NextRoundError } from '../../shared/errors.js';
import { openSqliteCursorStore, type ClosableCursorStore } from '../store/cursor-store.js';

/**
 * @throws NextRoundError CONFIG_INVALID naming the state database and what to do.
 * @example const cursors = await openStateStore('./.nextround', 'NEXTROUND_DATA_DIR');
 */
export async function openStateStore(dir: string, setting: string): Promise<ClosableCursorStore> {
  const file = join(dir, 'state.db');
  let store: ClosableCursorStore | undefined;
  try {
    store = await openSqliteCursorStore(dir);
    await store.get('nextround:state-check');
    return store;
  } catch (error) {
    await store?.close().catch(() => undefined);
    const cause = isNextRoundError(error) && error.cause ? error.cause : error;
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' ? 'it is not a NextRound state database (or it is damaged)' : (cause as Error).message;
    throw new NextRoundError(
      'CONFIG_INVALID',
      `The state database ${file} cannot be read: ${why}. Move it away to start from a fresh state (the tracker is kept), or set ${setting} to another folder.`,
      { where: file, cause: error },
    );
  }
}
