/**
 * The worker's job: one incremental sync pass of one calendar into its
 * owner's tracker, with the Google adapters and the engine as they are, the
 * cursor fenced so a stalled run cannot save an old one. A calendar that was
 * switched off or whose connection is no longer live is skipped. Every run's
 * outcome is kept for the sidebar ("last sync") and logged.
 */
import { DEFAULT_RULES } from '../../shared/classify/rules.js';
import { isNextRoundError } from '../../shared/errors.js';
import { runSync } from '../../shared/sync/run-sync.js';
import { createGoogleCalendarSource } from '../google/calendar-source.js';
import { createGoogleSheetsSink } from '../google/sheets-sink.js';
import { createMissingTabs, type MissingTabs } from '../google/missing-tabs.js';
import { DEFAULT_RETRY, type RetryPolicy } from '../google/retry.js';
import type { SyncHandler } from '../queue/types.js';
import { fenceCursorStore } from '../store/cursor-store.js';
import type { CalendarChanges, CalendarSource } from '../../shared/sync/ports.js';
import type { SyncStore } from '../store/types.js';
import type { GoogleAccess } from './google-access.js';
import { describeError, type Log } from './json-log.js';
import { DAY_MS } from '../../shared/time/index.js';
import { isLostSheetAccess } from './lost-sheet-access.js';
import { LOST_SHEET_ACCESS } from '../oauth/sheet-access.js';
import { recordKnownRows } from './known-rows-sink.js';
import { changesNothing } from './relevant-changes.js';

export interface SyncHandlerDeps {
  store: SyncStore;
  access: GoogleAccess;
  log: Log;
  /** A full listing starts this many days back. */
  windowDays: number;
  retry?: RetryPolicy;
  now?: () => number;
  /** Linked tabs trackers were found without, shared by this worker's passes (default: one per handler). */
  missingTabs?: MissingTabs;
}

/** `source`, whose first listing from `cursor` was already made: it is handed out once, then the source lists again. */
function replayFirst(source: CalendarSource, cursor: string, first: CalendarChanges): CalendarSource {
  let pending: CalendarChanges | null = first;
  return {
    id: source.id,
    async listChanges(from) {
      const listed = from === cursor ? pending : null;
      pending = null;
      return listed ?? source.listChanges(from);
    },
  };
}

/** @example await queue.start(createSyncHandler({ store, access, log, windowDays: 90 })); */
export function createSyncHandler(deps: SyncHandlerDeps): SyncHandler {
  const now = deps.now ?? Date.now;
  const missingTabs = deps.missingTabs ?? createMissingTabs({ now });
  return async (job, { fence }) => {
    const calendar = await deps.store.getCalendar(job.calendarKey);
    const connection = calendar ? await deps.store.getConnection(calendar.userId) : null;
    if (!calendar?.enabled || connection?.status !== 'connected') {
      deps.log('debug', 'sync.skipped', { calendarKey: job.calendarKey, reason: !calendar?.enabled ? 'calendar off' : 'not connected' });
      return;
    }
    const started = now();
    deps.log('info', 'sync.started', { calendarKey: calendar.key, userId: calendar.userId, reason: job.reason, fence });
    try {
      const clients = await deps.access.clientsFor(calendar.userId);
      const cursors = fenceCursorStore(deps.store, calendar.key, fence);
      let source: CalendarSource = createGoogleCalendarSource({
        calendar: clients.calendar,
        calendarId: calendar.calendarId,
        fullSyncFrom: () => new Date(now() - deps.windowDays * DAY_MS).toISOString(),
        retry: deps.retry ?? DEFAULT_RETRY,
      });
      // List first: a delta that can touch no row costs no Sheets call at all, only the cursor's save.
      const known = await deps.store.getKnownEventIds(connection.spreadsheetId);
      const cursor = known ? await cursors.get(source.id) : null;
      if (cursor !== null) {
        const first = await source.listChanges(cursor);
        if (changesNothing(first, known, DEFAULT_RULES, now())) {
          await cursors.set(source.id, first.nextCursor);
          await deps.store.saveSyncResult({ calendarKey: calendar.key, finishedAt: now(), error: null });
          deps.log('info', 'sync.finished', { calendarKey: calendar.key, fence, ms: now() - started, seen: first.events.length, sheets: false });
          return;
        }
        source = replayFirst(source, cursor, first);
      }
      const sink = createGoogleSheetsSink({ sheets: clients.sheets, spreadsheetId: connection.spreadsheetId, retry: deps.retry ?? DEFAULT_RETRY, missingTabs });
      const report = await runSync({
        source,
        sink: recordKnownRows(sink, { store: deps.store, spreadsheetId: connection.spreadsheetId, known: known?.ids ?? new Set(), now }),
        cursors,
        rules: DEFAULT_RULES,
        now: () => new Date(now()),
      });
      await deps.store.saveSyncResult({ calendarKey: calendar.key, finishedAt: now(), error: null });
      deps.log('info', 'sync.finished', {
        calendarKey: calendar.key,
        fence,
        ms: now() - started,
        seen: report.eventsSeen,
        added: report.added,
        updated: report.updated,
        cancelled: report.cancelled,
        sheets: true,
      });
    } catch (error) {
      if (isNextRoundError(error, 'AUTH_REQUIRED')) deps.access.forget(calendar.userId);
      const lostSheet = isLostSheetAccess(error, connection.spreadsheetId);
      if (lostSheet) await deps.store.setConnectionStatus(calendar.userId, 'needs_sheet_access', now());
      const message = lostSheet ? LOST_SHEET_ACCESS : isNextRoundError(error) ? error.message : 'unexpected error; see the service log';
      await deps.store.saveSyncResult({ calendarKey: calendar.key, finishedAt: now(), error: message }).catch(() => undefined);
      deps.log('warn', 'sync.failed', {
        calendarKey: calendar.key,
        fence,
        code: isNextRoundError(error) ? error.code : 'INTERNAL',
        error: describeError(error),
      });
      throw error;
    }
  };
}
