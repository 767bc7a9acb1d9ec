/** A CursorStore in a Map: the fake adapter of the port, for tests that need no database. */
import type { CursorStore } from '../../../shared/sync/ports.js';

export function memoryCursors(): CursorStore & { keys: () => string[] } {
  const cursors = new Map<string, string | null>();
  return {
    get: async (sourceId) => cursors.get(sourceId) ?? null,
    set: async (sourceId, cursor) => void cursors.set(sourceId, cursor),
    keys: () => [...cursors.keys()],
  };
}
