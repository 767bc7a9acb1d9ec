/**
 * A feed's cursor: one fingerprint per event it listed, so a pass hands the
 * engine only what changed, knows which rows are the feed's (to judge the
 * ones it no longer lists) and which unchanged events to re-create when a
 * row was lost. Kept compact and split over several document properties:
 * Google allows 9 KB per value and 500 KB per store
 * (https://developers.google.com/apps-script/guides/services/quotas,
 * "Properties value size", "Properties total storage"); a value here stays
 * under 7,000 characters of ASCII, and a feed under MAX_MARK_CHUNKS of them.
 *
 * An entry is 12 hex digits of the event id's SHA-256 (48 bits: two ids of a
 * few thousand colliding is about one in 10^8) and 10 of the event's (a
 * change missed about once in 10^12). Ids are not kept: the rows hold them.
 */
import { sha256Hex } from '../../shared/ics/sha256.js';
import type { CalendarEvent } from '../../shared/sync/calendar-event.js';

/** Id fingerprint → event fingerprint. */
export type FeedMarks = Map<string, string>;

const ID_CHARS = 12;
const DIGEST_CHARS = 10;
const ENTRY_CHARS = ID_CHARS + DIGEST_CHARS;
/** Characters of entries per property value (plus a short header in the first). */
export const MARK_CHUNK_CHARS = 318 * ENTRY_CHARS;
/** Properties one feed's marks may fill: 3,180 events, 70 KB; three feeds stay far under the store's 500 KB. */
export const MAX_MARK_CHUNKS = 10;
/** The most events a feed's marks hold; a larger feed is read afresh each pass. */
export const MAX_MARKED_EVENTS = (MARK_CHUNK_CHARS / ENTRY_CHARS) * MAX_MARK_CHUNKS;

export const idMark = (eventId: string): string => sha256Hex(eventId).slice(0, ID_CHARS);
export const eventMark = (event: CalendarEvent): string => sha256Hex(JSON.stringify(event)).slice(0, DIGEST_CHARS);

/** The values to store, first one first: `v2:<chunks>:` then the entries. Null when they would not fit. */
export function encodeMarks(marks: FeedMarks): string[] | null {
  if (marks.size > MAX_MARKED_EVENTS) return null;
  let all = '';
  for (const [id, digest] of marks) all += id + digest;
  const chunks: string[] = [];
  for (let at = 0; at < all.length || chunks.length === 0; at += MARK_CHUNK_CHARS) chunks.push(all.slice(at, at + MARK_CHUNK_CHARS));
  chunks[0] = `v2:${chunks.length}:${chunks[0]}`;
  return chunks;
}

/** How many values `first` says follow it (itself included), or null for a damaged or older value. */
export function chunkCount(first: string): number | null {
  const match = /^v2:(\d{1,2}):/.exec(first);
  const count = match ? Number(match[1]) : 0;
  return count >= 1 && count <= MAX_MARK_CHUNKS ? count : null;
}

/** The marks from the stored values (all of them, in order); null when damaged. */
export function decodeMarks(values: readonly string[]): FeedMarks | null {
  const count = values[0] === undefined ? null : chunkCount(values[0]);
  if (count === null || values.length !== count) return null;
  const all = values[0]!.replace(/^v2:\d+:/, '') + values.slice(1).join('');
  if (all.length % ENTRY_CHARS !== 0 || !/^[0-9a-f]*$/.test(all)) return null;
  const marks: FeedMarks = new Map();
  for (let at = 0; at < all.length; at += ENTRY_CHARS) marks.set(all.slice(at, at + ID_CHARS), all.slice(at + ID_CHARS, at + ENTRY_CHARS));
  return marks;
}
