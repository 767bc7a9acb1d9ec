/**
 * The linked tabs (Applications, Contacts) a spreadsheet was found without,
 * remembered across passes. Sheets fails a whole spreadsheets.get when one
 * of its ranges names a missing tab, so without this a tracker set up before
 * those tabs existed pays one failed read per missing tab on every pass (the
 * hosted worker makes a sink per pass). Forgotten after `ttlMs` (an hour: a
 * tab added later by Set up tracker is linked again within the hour, and the
 * "run Set up tracker" line stops); at most `max` spreadsheets,
 * the longest-unseen dropped first, so many trackers cannot grow it without end.
 * Per process: each instance of the service pays the failed read once per `ttlMs`.
 */
import { HOUR_MS } from '../../shared/time/days.js';
import type { LinkedKey } from './sheets-links.js';

export interface MissingTabs {
  /** The linked tabs this spreadsheet lacked when last read, while remembered. */
  get(spreadsheetId: string): readonly LinkedKey[];
  /** Records what the latest read found missing (an empty list forgets the spreadsheet). */
  remember(spreadsheetId: string, missing: readonly LinkedKey[]): void;
}

export interface MissingTabsOptions {
  ttlMs?: number;
  max?: number;
  now?: () => number;
}

export function createMissingTabs({ ttlMs = HOUR_MS, max = 10_000, now = Date.now }: MissingTabsOptions = {}): MissingTabs {
  // Map order is insertion order: re-inserting on each write keeps the longest-unseen first.
  const entries = new Map<string, { missing: readonly LinkedKey[]; until: number }>();
  return {
    get(spreadsheetId) {
      const entry = entries.get(spreadsheetId);
      if (!entry) return [];
      if (entry.until > now()) return entry.missing;
      entries.delete(spreadsheetId);
      return [];
    },
    remember(spreadsheetId, missing) {
      entries.delete(spreadsheetId);
      if (missing.length === 0) return;
      entries.set(spreadsheetId, { missing: [...missing], until: now() + ttlMs });
      if (entries.size > max) entries.delete(entries.keys().next().value!);
    },
  };
}
