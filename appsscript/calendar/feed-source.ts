/**
 * Calendar feeds (Outlook, iCloud, Proton, any published .ics) fetched with
 * UrlFetchApp and read with the same .ics code the sync service uses
 * (shared/ics), so a feed imports the same rows in both. Each feed's cursor
 * is a fingerprint per event (feed-marks.ts): only changed events go to the
 * engine, unchanged ones go as `unchanged` (a lost row comes back), and a
 * feed read in full is a sweep: the engine marks its rows whose event it no
 * longer lists cancelled, never deleted, behind the circuit breaker.
 *
 * Bounds, each failure named and the rest imported:
 * - size: Google refuses responses over 50 MB per call
 *   (https://developers.google.com/apps-script/guides/services/quotas, "URL
 *   Fetch response size"); a feed over MAX_FEED_BYTES is not parsed at all.
 * - recurrence: parseIcs bounds the work per series and per file (its
 *   defaults, the service's too); a series over the bound is left out and
 *   named (shared/ics/work-budget.ts).
 * - a feed that is not an .ics, or answers an HTTP error, is named; its
 *   cursor is kept, so nothing it imported before is judged gone.
 */
import { isNextRoundError } from '../../shared/errors.js';
import { decodeIcsBytes, parseIcs, type IcsWindow, type ParsedOccurrence } from '../../shared/ics/index.js';
import type { CalendarEvent } from '../../shared/sync/calendar-event.js';
import type { ListingSweep } from '../../shared/sync/ports.js';
import { eventMark, idMark, type FeedMarks } from './feed-marks.js';
import { checkAllowedUrl } from '../url-allow-list.js';

/** Largest feed parsed: far above any person's calendar, far below Google's 50 MB, and parseable within the pass budget. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

export interface Feed {
  url: string;
  name: string;
}

export interface FeedListing {
  /** Events new or changed since each feed's marks. */
  events: CalendarEvent[];
  /** Events the marks say are written already (the engine re-creates their rows if lost). */
  unchanged: CalendarEvent[];
  errors: string[];
  /** Per feed url: the marks to save after the write (the old ones when the feed could not be read in full). */
  next: Record<string, FeedMarks | null>;
  /** Each feed read in full: judges the rows it owns that it no longer lists (behind the engine's circuit breaker). */
  sweeps: ListingSweep[];
  /** Whether a row's event is a feed's, by the marks kept or the listing now. */
  owns(eventId: string): boolean;
  /** False when a feed has no marks saying which rows are its: no other listing may judge rows then. */
  rowsKnown: boolean;
}

export function listFeeds(feeds: readonly Feed[], previous: Record<string, FeedMarks | null>, window: IcsWindow, timeZone: string): FeedListing {
  const owned = new Set<string>();
  const listing: FeedListing = { events: [], unchanged: [], errors: [], next: {}, sweeps: [], owns: (id) => owned.has(idMark(id)), rowsKnown: true };
  const listedFrom = window.from.toISOString().slice(0, 10);
  for (const feed of feeds) {
    const before = previous[feed.url] ?? null;
    for (const id of before?.keys() ?? []) owned.add(id);
    // Without marks, rows this feed wrote earlier (before import was turned off and on, or marks too many to keep) are unknown.
    listing.rowsKnown &&= before !== null;
    listing.next[feed.url] = before;
    const text = fetchFeedText(feed, listing.errors);
    let occurrences: ParsedOccurrence[] | null = null;
    let complete = false;
    if (text !== null) {
      try {
        const parsed = parseIcs(text, { window, defaultTimeZone: timeZone, where: `Feed "${feed.name}"` });
        occurrences = parsed.occurrences;
        complete = parsed.errors.length === 0 && parsed.warnings.length === 0;
        listing.errors.push(...parsed.errors.map((error) => `${error} The rest of the feed was imported.`), ...parsed.warnings);
      } catch (error) {
        if (!isNextRoundError(error, 'ICS_INVALID')) throw error;
        listing.errors.push(`Feed "${feed.name}" could not be read: ${error.message} Nothing of it was imported.`);
      }
    }
    if (occurrences === null) continue;
    const next: FeedMarks = new Map();
    const listed = new Set<string>();
    for (const { event } of occurrences) {
      const id = idMark(event.id);
      const digest = eventMark(event);
      next.set(id, digest);
      owned.add(id);
      listed.add(event.id);
      (before?.get(id) === digest ? listing.unchanged : listing.events).push(event);
    }
    // Events left out (unreadable, too costly) keep their marks: their rows are not judged gone.
    if (before && !complete) for (const [id, digest] of before) if (!next.has(id)) next.set(id, digest);
    if (before && complete) listing.sweeps.push({ name: feedSweepName(feed), owns: (eventId) => before.has(idMark(eventId)), listed, listedFrom });
    listing.next[feed.url] = next;
  }
  return listing;
}

/** How a feed's sweep is named in the report (and found again by the pass). */
export const feedSweepName = (feed: Feed) => `Feed "${feed.name}"`;

/**
 * The marks to save: where the engine left a feed's rows alone (its listing
 * looked cut short), the old marks stay too, so those rows are judged again
 * next time rather than forgotten.
 */
export function marksToSave(feeds: readonly Feed[], listing: FeedListing, previous: Record<string, FeedMarks | null>, leftAlone: readonly string[]) {
  const marks = { ...listing.next };
  for (const feed of feeds) {
    const before = previous[feed.url];
    if (!before || !leftAlone.includes(feedSweepName(feed))) continue;
    marks[feed.url] = new Map([...before, ...(marks[feed.url] ?? [])]);
  }
  return marks;
}

/** The feed's text, or null with the reason named in `errors`. */
function fetchFeedText(feed: Feed, errors: string[]): string | null {
  // A feed saved before the allow list changed: named, not fetched (Google would refuse it anyway).
  const allowed = checkAllowedUrl(feed.url, 'calendar');
  if (!allowed.ok) {
    errors.push(`Feed "${feed.name}" was not fetched. ${allowed.message}`);
    return null;
  }
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    // muteHttpExceptions: an HTTP error answers a response to name, not an exception (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object)).
    response = UrlFetchApp.fetch(feed.url, { muteHttpExceptions: true, followRedirects: true, headers: { Accept: 'text/calendar, */*;q=0.5' } });
  } catch (error) {
    errors.push(`Feed "${feed.name}" could not be fetched (${messageOf(error)}); it is tried again next time.`);
    return null;
  }
  const code = response.getResponseCode();
  if (code !== 200) {
    errors.push(
      `Feed "${feed.name}" answered HTTP ${code}${code === 404 || code === 403 ? ' (is the address still published?)' : ''}; it is tried again next time.`,
    );
    return null;
  }
  const bytes = response.getContent();
  if (bytes.length > MAX_FEED_BYTES) {
    errors.push(`Feed "${feed.name}" is larger than ${MAX_FEED_BYTES / 1024 / 1024} MB (${(bytes.length / 1024 / 1024).toFixed(1)} MB); it was not imported.`);
    return null;
  }
  const text = decodeIcsBytes(bytes);
  if (!/^\s*BEGIN:VCALENDAR/i.test(text.replace(/^\uFEFF/, ''))) {
    errors.push(`Feed "${feed.name}" is not an .ics calendar (it does not start with BEGIN:VCALENDAR); check the address. Nothing of it was imported.`);
    return null;
  }
  return text;
}

function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return (typeof message === 'string' ? message : String(error)).replace(/^Exception:\s*/, '').slice(0, 200);
}
