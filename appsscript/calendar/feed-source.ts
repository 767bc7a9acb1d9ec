/**
 * Calendar feeds (Outlook, iCloud, Proton, any published .ics) fetched with
 * UrlFetchApp and read with the same .ics code the sync service uses
 * (shared/ics), so a feed imports the same rows in both. Each feed's cursor
 * is a digest per event (and its start), as the service's IcsSource keeps:
 * only changed events go to the engine, and an event gone from a feed that
 * was read in full is reported cancelled.
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
import { sha256Hex } from '../../shared/ics/sha256.js';
import type { CalendarEvent } from '../../shared/sync/calendar-event.js';

/** Largest feed parsed: far above any person's calendar, far below Google's 50 MB, and parseable within the pass budget. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

export interface Feed {
  url: string;
  name: string;
}

/** Digest and start (ms) per event id. */
export type FeedCursor = Record<string, [string, number]>;

export interface FeedListing {
  events: CalendarEvent[];
  errors: string[];
  /** Per feed url: the cursor to save after the write (the old one when the feed could not be read). */
  next: Record<string, FeedCursor | null>;
}

export function listFeeds(feeds: readonly Feed[], previous: Record<string, FeedCursor | null>, window: IcsWindow, timeZone: string, now: Date): FeedListing {
  const listing: FeedListing = { events: [], errors: [], next: {} };
  for (const feed of feeds) {
    const before = previous[feed.url] ?? null;
    listing.next[feed.url] = before;
    const text = fetchFeedText(feed, listing.errors);
    if (text === null) continue;
    let occurrences: ParsedOccurrence[];
    let complete: boolean;
    try {
      const parsed = parseIcs(text, { window, defaultTimeZone: timeZone, where: `Feed "${feed.name}"` });
      occurrences = parsed.occurrences;
      complete = parsed.errors.length === 0 && parsed.warnings.length === 0;
      listing.errors.push(...parsed.errors.map((error) => `${error} The rest of the feed was imported.`), ...parsed.warnings);
    } catch (error) {
      if (!isNextRoundError(error, 'ICS_INVALID')) throw error;
      listing.errors.push(`Feed "${feed.name}" could not be read: ${error.message} Nothing of it was imported.`);
      continue;
    }
    const next: FeedCursor = {};
    for (const occurrence of occurrences) {
      const digest = sha256Hex(JSON.stringify(occurrence.event)).slice(0, 16);
      next[occurrence.event.id] = [digest, occurrence.startMs];
      if (before?.[occurrence.event.id]?.[0] !== digest) listing.events.push(occurrence.event);
    }
    if (before && !complete) for (const [id, entry] of Object.entries(before)) next[id] ??= entry;
    else if (before) {
      for (const [id, [, startMs]] of Object.entries(before)) {
        if (id in next || startMs < window.from.getTime() || startMs >= window.to.getTime()) continue;
        // Gone from the feed while still inside the window: the calendar dropped it.
        listing.events.push({ id, status: 'cancelled', updated: now.toISOString() });
      }
    }
    listing.next[feed.url] = next;
  }
  return listing;
}

/** The feed's text, or null with the reason named in `errors`. */
function fetchFeedText(feed: Feed, errors: string[]): string | null {
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
