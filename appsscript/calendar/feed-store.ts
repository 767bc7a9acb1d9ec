/**
 * The person's calendar feeds and each feed's cursor, in document
 * properties: the list in one value (at most MAX_FEEDS addresses of at most
 * 2,082 characters each, under the 9 KB a value may hold,
 * https://developers.google.com/apps-script/guides/services/quotas), each
 * cursor in its own value. A cursor too large for one value is not kept:
 * that feed is then read afresh on every pass (unchanged rows stay
 * unchanged) and events dropped from it are not marked cancelled.
 */
import * as z from 'zod';
import { sha256Hex } from '../../shared/ics/sha256.js';
import type { Feed, FeedCursor } from './feed-source.js';
import { MAX_FEED_URL } from './feed-url.js';
import { utf8Length } from './import-state.js';

export const FEEDS_KEY = 'nextround.calendarFeeds';
export const MAX_FEEDS = 3;
const CURSOR_PREFIX = 'nextround.feedCursor.';
const MAX_CURSOR_BYTES = 8_000;

const Feeds = z.array(z.object({ url: z.string().max(MAX_FEED_URL), name: z.string().max(300) })).max(MAX_FEEDS);
const CursorSchema = z.record(z.string(), z.tuple([z.string(), z.number()]));

const cursorKey = (url: string) => CURSOR_PREFIX + sha256Hex(url).slice(0, 24);
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
  for (const gone of before.filter((old) => !feeds.some((feed) => feed.url === old.url))) properties().deleteProperty(cursorKey(gone.url));
}

export function readFeedCursors(feeds: readonly Feed[]): Record<string, FeedCursor | null> {
  const cursors: Record<string, FeedCursor | null> = {};
  for (const feed of feeds) {
    const raw = properties().getProperty(cursorKey(feed.url));
    cursors[feed.url] = null;
    if (raw === null) continue;
    try {
      const parsed = CursorSchema.safeParse(JSON.parse(raw));
      if (parsed.success) cursors[feed.url] = parsed.data;
    } catch {
      // A damaged cursor: the feed is read afresh (idempotent).
    }
  }
  return cursors;
}

/** Saves each feed's cursor after the write; one too large to keep is forgotten. */
export function writeFeedCursors(cursors: Record<string, FeedCursor | null>): void {
  const values: Record<string, string> = {};
  for (const [url, cursor] of Object.entries(cursors)) {
    const json = cursor === null ? null : JSON.stringify(cursor);
    if (json !== null && utf8Length(json) <= MAX_CURSOR_BYTES) values[cursorKey(url)] = json;
    else properties().deleteProperty(cursorKey(url));
  }
  if (Object.keys(values).length > 0) properties().setProperties(values);
}

/** Forgets every feed's cursor (import turned off; the next pass reads each feed afresh). */
export function forgetFeedCursors(): void {
  for (const key of properties().getKeys()) if (key.startsWith(CURSOR_PREFIX)) properties().deleteProperty(key);
}
