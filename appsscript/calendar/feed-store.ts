/**
 * The person's calendar feeds and each feed's cursor, in document
 * properties: the list in one value (at most MAX_FEEDS addresses of at most
 * 2,082 characters each, under the 9 KB a value may hold,
 * https://developers.google.com/apps-script/guides/services/quotas), each
 * feed's marks (feed-marks.ts) in up to MAX_MARK_CHUNKS values of their own.
 * A feed with more events than the marks hold is read afresh on every pass
 * (unchanged rows stay unchanged; rows of events dropped from it are judged
 * by the rest of the listing only when it is complete).
 */
import * as z from 'zod';
import { sha256Hex } from '../../shared/ics/sha256.js';
import type { Feed } from './feed-source.js';
import { chunkCount, decodeMarks, encodeMarks, MAX_MARK_CHUNKS, type FeedMarks } from './feed-marks.js';
import { MAX_FEED_URL } from './feed-url.js';

export const FEEDS_KEY = 'nextround.calendarFeeds';
export const MAX_FEEDS = 3;
const MARKS_PREFIX = 'nextround.feedMarks.';
/** Where a feed's whole cursor was kept in one value before (it fit ~80 events); forgotten with the marks. */
const OLD_CURSOR_PREFIX = 'nextround.feedCursor.';

const Feeds = z.array(z.object({ url: z.string().max(MAX_FEED_URL), name: z.string().max(300) })).max(MAX_FEEDS);

const marksKey = (url: string) => MARKS_PREFIX + sha256Hex(url).slice(0, 24);
const oldCursorKey = (url: string) => OLD_CURSOR_PREFIX + sha256Hex(url).slice(0, 24);
const properties = () => PropertiesService.getDocumentProperties();

/** The saved feeds; damaged or absent reads as none. */
export function readFeeds(): Feed[] {
  const raw = properties().getProperty(FEEDS_KEY);
  if (raw === null) return [];
  try {
    const parsed = Feeds.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Saves the list; the cursors of feeds no longer in it are forgotten. */
export function writeFeeds(feeds: readonly Feed[]): void {
  const before = readFeeds();
  properties().setProperty(FEEDS_KEY, JSON.stringify(Feeds.parse(feeds)));
  const present = new Set(properties().getKeys());
  for (const gone of before.filter((old) => !feeds.some((feed) => feed.url === old.url))) {
    const keys = [oldCursorKey(gone.url), ...Array.from({ length: MAX_MARK_CHUNKS }, (_, index) => `${marksKey(gone.url)}.${index}`)];
    for (const key of keys) if (present.has(key)) properties().deleteProperty(key);
  }
}

/** Each feed's marks (null: none kept, or damaged: the feed is then read afresh). One read of the store. */
export function readFeedMarks(feeds: readonly Feed[]): Record<string, FeedMarks | null> {
  const stored = properties().getProperties();
  const marks: Record<string, FeedMarks | null> = {};
  for (const feed of feeds) {
    const key = marksKey(feed.url);
    const first = stored[`${key}.0`];
    const count = first === undefined ? null : chunkCount(first);
    const values = count === null ? [] : Array.from({ length: count }, (_, index) => stored[`${key}.${index}`] ?? '');
    marks[feed.url] = count === null ? null : decodeMarks(values);
  }
  return marks;
}

/**
 * Saves each feed's marks after the write, in one setProperties; values a
 * smaller set no longer fills are deleted after it (a reader counts from the
 * first value's header, so a leftover is never read). Marks too many to keep
 * are forgotten: that feed is read afresh each pass.
 */
export function writeFeedMarks(marks: Record<string, FeedMarks | null>): void {
  const values: Record<string, string> = {};
  const leftovers: string[] = [];
  for (const [url, feedMarks] of Object.entries(marks)) {
    const key = marksKey(url);
    const chunks = feedMarks === null ? null : encodeMarks(feedMarks);
    chunks?.forEach((chunk, index) => {
      values[`${key}.${index}`] = chunk;
    });
    for (let index = chunks?.length ?? 0; index < MAX_MARK_CHUNKS; index++) leftovers.push(`${key}.${index}`);
  }
  if (Object.keys(values).length > 0) properties().setProperties(values);
  const present = new Set(properties().getKeys());
  for (const key of leftovers) if (present.has(key)) properties().deleteProperty(key);
}

/** Forgets every feed's marks (import turned off; the next pass reads each feed afresh). */
export function forgetFeedMarks(): void {
  for (const key of properties().getKeys()) if (key.startsWith(MARKS_PREFIX) || key.startsWith(OLD_CURSOR_PREFIX)) properties().deleteProperty(key);
}
