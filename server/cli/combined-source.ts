/**
 * Several .ics calendars as one CalendarSource, so that one pass reads and
 * writes the tracker once and a full listing covers every calendar: judged
 * alone, one calendar's full listing would take the other calendars' rows
 * for events gone from the feed.
 */
import * as z from 'zod';
import type { CalendarEvent } from '../../shared/sync/calendar-event.js';
import type { CalendarChanges, CalendarSource } from '../../shared/sync/ports.js';

/** The combined cursor: each calendar's own cursor by its id. */
const CombinedCursor = z.object({ v: z.literal(1), parts: z.record(z.string(), z.string()) });
type CombinedCursor = z.infer<typeof CombinedCursor>;

function readCursor(cursor: string | null): CombinedCursor | null {
  if (cursor === null) return null;
  try {
    const parsed = CombinedCursor.safeParse(JSON.parse(cursor));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Lists each calendar in turn with its own cursor. The listing is full only
 * when every part is (a calendar added later is listed in full, but the
 * others' rows are not judged by it).
 */
export function combineSources(sources: readonly CalendarSource[]): CalendarSource {
  return {
    id: `ics:${sources.map((source) => source.id).join('|')}`,
    async listChanges(cursor: string | null): Promise<CalendarChanges> {
      const previous = readCursor(cursor);
      const next: CombinedCursor = { v: 1, parts: {} };
      const events: CalendarEvent[] = [];
      const unchanged: CalendarEvent[] = [];
      const errors: string[] = [];
      let full = true;
      let listedFrom: string | undefined;
      for (const source of sources) {
        let changes = await source.listChanges(previous?.parts[source.id] ?? null);
        // An expired part lists in full; .ics sources never expire, but the port allows it.
        if (changes.kind === 'reset') changes = await source.listChanges(null);
        if (changes.kind === 'reset') return changes;
        events.push(...changes.events);
        unchanged.push(...(changes.unchanged ?? []));
        errors.push(...(changes.errors ?? []));
        next.parts[source.id] = changes.nextCursor;
        full &&= changes.full;
        if (changes.listedFrom !== undefined && (listedFrom === undefined || changes.listedFrom > listedFrom)) listedFrom = changes.listedFrom;
      }
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
