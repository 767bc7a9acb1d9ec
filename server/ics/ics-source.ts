/**
 * The .ics CalendarSource: reads a file or an http(s) URL, expands it, and
 * reports only what changed since the cursor. The cursor is a digest per
 * event id (plus each event's start, to tell "gone from the feed", which is
 * reported as cancelled, from "slid out of the window", which is forgotten).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { NextRoundError } from '../../shared/errors.js';
import type { CalendarEvent } from '../../shared/sync/calendar-event.js';
import type { CalendarChanges, CalendarSource } from '../../shared/sync/ports.js';
import { decodeIcsBytes } from '../../shared/ics/index.js';
import { parseIcs } from './parse-ics.js';
import type { IcsWindow, ParsedOccurrence } from './parse-types.js';
import { fetchIcsText, type SafeFetchOptions } from './safe-fetch.js';

export interface IcsSourceOptions {
  /** A file path or an http(s) URL. */
  location: string;
  /** Recomputed on each pass (the default window slides with today). */
  window: () => IcsWindow;
  defaultTimeZone: string;
  fetch?: SafeFetchOptions;
  /** Largest file read from disk; default 10 MB, as for URLs. */
  maxBytes?: number;
  /** The clock: a vanished event is stamped "updated now", so it wins over the row's older version. */
  now?: () => Date;
}

/** The cursor as stored: digest and start (ms) per event id. */
const IcsCursor = z.object({ v: z.literal(1), events: z.record(z.string(), z.tuple([z.string(), z.number()])) });
type IcsCursor = z.infer<typeof IcsCursor>;

/** True for the locations fetched over the network rather than read from disk. */
export function isUrl(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !/^file:/i.test(location);
}

export class IcsSource implements CalendarSource {
  readonly id: string;
  /** Occurrences inside the window at the last listing (changed or not), for summaries. */
  lastFound = 0;
  /** What the last listing skipped on purpose (a series cut at the step limit). */
  lastWarnings: string[] = [];

  constructor(private readonly options: IcsSourceOptions) {
    this.id = isUrl(options.location) ? options.location : `file:${options.location}`;
  }

  async listChanges(cursor: string | null): Promise<CalendarChanges> {
    const text = await this.readText();
    const window = this.options.window();
    const parsed = parseIcs(text, { window, defaultTimeZone: this.options.defaultTimeZone, where: this.options.location });
    this.lastFound = parsed.occurrences.length;
    this.lastWarnings = parsed.warnings;
    const previous = readCursor(cursor);
    const next: IcsCursor = { v: 1, events: {} };
    const events: CalendarEvent[] = [];
    const unchanged: CalendarEvent[] = [];
    for (const occurrence of parsed.occurrences) {
      const digest = digestOf(occurrence);
      next.events[occurrence.event.id] = [digest, occurrence.startMs];
      (previous?.events[occurrence.event.id]?.[0] !== digest ? events : unchanged).push(occurrence.event);
    }
    // A series cut at the step limit, or an event left out, makes the listing partial: nothing may be judged gone.
    const complete = parsed.warnings.length === 0 && parsed.errors.length === 0;
    if (previous && !complete) {
      for (const [id, entry] of Object.entries(previous.events)) next.events[id] ??= entry;
    } else if (previous) {
      const from = window.from.getTime();
      const to = window.to.getTime();
      for (const [id, [, startMs]] of Object.entries(previous.events)) {
        if (id in next.events || startMs < from || startMs >= to) continue;
        // Gone from the feed while still inside the window: the calendar dropped it.
        events.push({ id, status: 'cancelled', updated: (this.options.now?.() ?? new Date()).toISOString() });
      }
    }
    const listedFrom = window.from.toISOString().slice(0, 10);
    return {
      kind: 'changes',
      events,
      nextCursor: JSON.stringify(next),
      full: previous === null && complete,
      listedFrom,
      ...(unchanged.length > 0 && { unchanged }),
      ...(parsed.errors.length > 0 && { errors: parsed.errors }),
    };
  }

  private async readText(): Promise<string> {
    const { location } = this.options;
    // webcal:// (iCloud, Outlook "subscribe" links) is https by another name.
    if (isUrl(location)) return fetchIcsText(location.replace(/^webcal:/i, 'https:'), this.options.fetch);
    const maxBytes = this.options.maxBytes ?? 10 * 1024 * 1024;
    let buffer: Buffer;
    try {
      buffer = await readFile(location);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
      throw new NextRoundError('NOT_FOUND', `Cannot read the calendar ${location}: ${why}.`, { where: location, cause: error });
    }
    if (buffer.length > maxBytes) {
      throw new NextRoundError('ICS_INVALID', `${location} is larger than ${maxBytes} bytes.`, { where: location });
    }
    // Unfolded on the bytes: a fold inside a multi-byte character must not split it.
    return decodeIcsBytes(buffer);
  }
}

// A cursor that does not parse (another version, a hand edit) means "no cursor": a full listing is always safe.
function readCursor(cursor: string | null): IcsCursor | null {
  if (cursor === null) return null;
  try {
    const parsed = IcsCursor.safeParse(JSON.parse(cursor));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function digestOf(occurrence: ParsedOccurrence): string {
  return createHash('sha256').update(JSON.stringify(occurrence.event)).digest('base64url').slice(0, 16);
}
