/**
 * One import pass: the chosen Google calendars and the person's .ics feeds
 * as one source, through the shared engine (runSync) into the Interviews
 * sheet, classified with the defaults plus the person's remembered rules.
 * A pass that fails writes nothing (the engine writes once, last) and its
 * report names why. With feeds, each complete listing judges only its own
 * rows (see withFeeds): a row is never judged gone because another source's
 * listing lacks it.
 */
import { runSync } from '../../shared/sync/run-sync.js';
import type { CalendarChanges, CalendarSource, CursorStore, SyncReport } from '../../shared/sync/ports.js';
import type { CalendarPassView } from '../api/views.js';
import { createImportSource } from '../calendar/calendar-source.js';
import { listFeeds, marksToSave, type FeedListing } from '../calendar/feed-source.js';
import type { FeedMarks } from '../calendar/feed-marks.js';
import { readFeedMarks, readFeeds, writeFeedMarks } from '../calendar/feed-store.js';
import { readImportCursor, writeImportCursor } from '../calendar/import-cursor.js';
import { classifyRulesOf, readImportRules } from '../calendar/import-rules.js';
import { passView, readImportState, writeImportState, type ImportState } from '../calendar/import-state.js';
import { createSheetSink } from '../calendar/sheet-sink.js';

/** No new Calendar page is fetched after this much of a pass (the write follows): a person is waiting. */
export const PASS_BUDGET_MS = 20_000;
/** Full listings start this many days back; older changes are left out. */
export const WINDOW_DAYS = 30;
/** Feeds are expanded this far ahead (the service's .ics default). */
export const FEED_DAYS_AHEAD = 365;
const DAY_MS = 86_400_000;
const GOOGLE_SOURCE_ID = 'google-calendars';

export async function runImportPass(state: ImportState): Promise<CalendarPassView> {
  const properties = PropertiesService.getDocumentProperties();
  const ids = state.calendarIds ?? ['primary'];
  const started = Date.now();
  const windowStart = new Date(started - WINDOW_DAYS * DAY_MS);
  const google = createImportSource({
    calendars: ids.map((id) => ({ id, name: state.names[id] ?? (id === 'primary' ? 'your calendar' : id) })),
    windowStart: windowStart.toISOString(),
    deadline: started + PASS_BUDGET_MS,
  });
  const feeds = readFeeds();
  // Listed before the sheet is read (below), so the read is as fresh as a re-read right before the write:
  // the person's edits made while the calendars were listed are in it, and the write needs no second read.
  // Only a listing the engine repeats after its read (an expired cursor) makes the sink read again.
  let listedAfterRead = false;
  // Feeds' floating times take the sheet's zone: read once here, and handed to the sink so it is not read twice.
  let opened: { spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet; timeZone: string } | undefined;
  const openSpreadsheet = () => {
    if (!opened) {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      opened = { spreadsheet, timeZone: spreadsheet.getSpreadsheetTimeZone() };
    }
    return opened;
  };
  const sink = createSheetSink({ readIsFresh: () => !listedAfterRead, opened: () => opened });
  // Set by the listing (a closure, so held in an object): the feeds' marks before it and what it found.
  const feedState: { last: { previous: Record<string, FeedMarks | null>; listing: FeedListing } | null } = { last: null };
  const listAll = async (cursor: string | null): Promise<CalendarChanges> => {
    const changes = await google.listChanges(cursor);
    if (changes.kind === 'reset' || feeds.length === 0) return changes;
    const window = { from: windowStart, to: new Date(started + FEED_DAYS_AHEAD * DAY_MS) };
    const previous = readFeedMarks(feeds);
    const listing = listFeeds(feeds, previous, window, openSpreadsheet().timeZone);
    feedState.last = { previous, listing };
    return withFeeds(changes, listing);
  };
  const cursor = readImportCursor(properties, ids);
  let prelisted: CalendarChanges | null = await listAll(cursor);
  const source: CalendarSource = {
    id: google.id,
    async listChanges(cursor) {
      if (prelisted) {
        const changes = prelisted;
        prelisted = null;
        return changes;
      }
      listedAfterRead = true;
      return listAll(cursor);
    },
  };
  const cursors: CursorStore = {
    // The engine asks once, at the start; the pass already read it to list first.
    get: async () => cursor,
    set: async (_id, cursor) => writeImportCursor(properties, ids, cursor),
  };
  const report = isIdle(prelisted)
    ? await recordIdle(prelisted, cursors)
    : await runSync({ source, sink, cursors, rules: classifyRulesOf(readImportRules()), now: () => new Date() });
  // After the write and the cursor: marks saved late only make the next pass hand the same changes again (idempotent).
  const listed = feedState.last;
  if (listed) writeFeedMarks(marksToSave(feeds, listed.listing, listed.previous, report.sweepsLeftAlone ?? []));
  const pass = passView(report, google.pending);
  writeImportState({ ...readImportState(), lastPass: pass });
  return pass;
}

/** A listing with nothing to judge or write: no event, no complete listing to sweep, no unchanged row to re-create. */
function isIdle(changes: CalendarChanges | null): changes is Extract<CalendarChanges, { kind: 'changes' }> {
  return changes?.kind === 'changes' && changes.events.length === 0 && !changes.full && !changes.sweeps?.length && !changes.unchanged?.length;
}

/**
 * The usual pass (the sidebar opened, nothing new): the new cursor is saved and
 * the sheet is not read at all, as the engine would write nothing.
 */
async function recordIdle(changes: Extract<CalendarChanges, { kind: 'changes' }>, cursors: CursorStore): Promise<SyncReport> {
  await cursors.set(GOOGLE_SOURCE_ID, changes.nextCursor);
  const report = { sourceId: GOOGLE_SOURCE_ID, eventsSeen: 0, added: 0, updated: 0, cancelled: 0, unchanged: 0, skipped: 0 };
  return { ...report, errors: changes.errors ?? [], flagged: [], finishedAt: new Date().toISOString() };
}

/**
 * The Google calendars' listing with the feeds': one source for the engine.
 * Missing rows are judged per part (CalendarChanges.sweeps): each feed read in
 * full judges the rows its marks say are its; a full Google listing judges
 * the rows no feed owns, unless a feed could not be read and nothing says
 * which rows are its. A feed's unchanged events go as `unchanged`, so a row
 * lost to a stale save comes back.
 */
function withFeeds(changes: Extract<CalendarChanges, { kind: 'changes' }>, listing: FeedListing): CalendarChanges {
  const sweeps = [...listing.sweeps];
  if (changes.full && listing.rowsKnown) {
    const listed = new Set(changes.events.map((event) => event.id));
    sweeps.push({
      name: 'Your Google calendars',
      owns: (eventId) => !listing.owns(eventId),
      listed,
      ...(changes.listedFrom === undefined ? {} : { listedFrom: changes.listedFrom }),
    });
  }
  return {
    ...changes,
    events: [...changes.events, ...listing.events],
    full: false,
    sweeps,
    unchanged: [...(changes.unchanged ?? []), ...listing.unchanged],
    errors: [...(changes.errors ?? []), ...listing.errors],
  };
}

/** A pass that failed wrote nothing (the engine writes once, last); its report names why. */
export function recordFailure(error: unknown): void {
  const message = (error as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' ? message : String(error);
  const report: SyncReport = { sourceId: GOOGLE_SOURCE_ID, eventsSeen: 0, added: 0, updated: 0, cancelled: 0, unchanged: 0, skipped: 0, errors: [text] };
  writeImportState({ ...readImportState(), lastPass: passView({ ...report, finishedAt: new Date().toISOString() }, []) });
}
