/**
 * Several .ics calendars as one CalendarSource, so that one pass reads and
 * writes the tracker once and a full listing covers every calendar: judged
 * alone, one calendar's full listing would take the other calendars' rows
 * for events gone from the feed.
 *
 * Each calendar stands on its own: one that cannot be fetched or read is
 * named in `failures` and the others still sync. A failed calendar keeps its
 * cursor and makes the listing partial (`full: false`), so none of its rows
 * is taken for gone and nothing is mass-cancelled.
 */
import * as z from 'zod';
import type { CalendarEvent } from '../../shared/sync/calendar-event.js';
import type { CalendarChanges, CalendarSource } from '../../shared/sync/ports.js';

/** The combined cursor: each calendar's own cursor by its id. */
const CombinedCursor = z.object({ v: z.literal(1), parts: z.record(z.string(), z.string()) });
type CombinedCursor = z.infer<typeof CombinedCursor>;

/** A calendar the last listing could not read, with the error in the person's words. */
export interface SourceFailure {
  id: string;
  error: string;
}

/** The combined source, plus what its last listing could not read. */
export interface CombinedSource extends CalendarSource {
  readonly failures: readonly SourceFailure[];
}

function readCursor(cursor: string | null): CombinedCursor | null {
  if (cursor === null) return null;
  try {
    const parsed = CombinedCursor.safeParse(JSON.parse(cursor));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Lists one calendar; an expired part lists in full (.ics sources never expire, but the port allows it). */
async function listPart(source: CalendarSource, cursor: string | null): Promise<CalendarChanges> {
  const changes = await source.listChanges(cursor);
  return changes.kind === 'reset' ? source.listChanges(null) : changes;
}

/**
 * Lists each calendar in turn with its own cursor. The listing is full only
 * when every part is (a calendar added later is listed in full, but the
 * others' rows are not judged by it) and none failed.
 * @throws the first calendar's error when every calendar failed (nothing to sync).
 */
export function combineSources(sources: readonly CalendarSource[]): CombinedSource {
  let failures: SourceFailure[] = [];
  return {
    id: `ics:${sources.map((source) => source.id).join('|')}`,
    get failures() {
      return failures;
    },
    async listChanges(cursor: string | null): Promise<CalendarChanges> {
      const previous = readCursor(cursor);
      const next: CombinedCursor = { v: 1, parts: {} };
      const events: CalendarEvent[] = [];
      const unchanged: CalendarEvent[] = [];
      const errors: string[] = [];
      let full = true;
      let listedFrom: string | undefined;
      let firstError: unknown;
      failures = [];
      for (const source of sources) {
        const before = previous?.parts[source.id];
        let changes: CalendarChanges;
        try {
          changes = await listPart(source, before ?? null);
        } catch (error) {
          firstError ??= error;
          failures.push({ id: source.id, error: error instanceof Error ? error.message.replace(/\s*\n\s*/g, ' ') : String(error) });
          // Its cursor stays as it was: the next pass picks up where the last good listing left it.
          if (before !== undefined) next.parts[source.id] = before;
          full = false;
          continue;
        }
        if (changes.kind === 'reset') return changes;
        events.push(...changes.events);
        unchanged.push(...(changes.unchanged ?? []));
        errors.push(...(changes.errors ?? []));
        next.parts[source.id] = changes.nextCursor;
        full &&= changes.full;
        if (changes.listedFrom !== undefined && (listedFrom === undefined || changes.listedFrom > listedFrom)) listedFrom = changes.listedFrom;
      }
      if (failures.length === sources.length) throw firstError;
      return {
        kind: 'changes',
        events,
        nextCursor: JSON.stringify(next),
        full,
        ...(listedFrom !== undefined && { listedFrom }),
        ...(unchanged.length > 0 && { unchanged }),
        ...(errors.length > 0 && { errors }),
      };
    },
  };
}
