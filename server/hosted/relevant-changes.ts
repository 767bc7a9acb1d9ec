/**
 * Whether a calendar delta could change any row, decided before the sheet
 * is read, so that a change to a dentist appointment costs no Sheets call
 * (Sheets allows 300 reads a minute for the whole project:
 * https://developers.google.com/sheets/api/limits). A change can matter if
 * its event may already have a row (its id is known for the tracker) or if
 * it could get one (an interview, or uncertain, inside the sync window).
 * When unsure — no ids recorded for the tracker, or recorded too long ago
 * for a person's own edits to be ruled out, or a full listing — the sheet is
 * read, as before: it stays the truth.
 */
import { classifyEvent } from '../../shared/classify/classify-event.js';
import type { ClassifyRules } from '../../shared/classify/rules.js';
import type { CalendarEvent } from '../../shared/sync/calendar-event.js';
import type { CalendarChanges } from '../../shared/sync/ports.js';
import { endsBeforeWindow } from '../../shared/sync/sync-window.js';

/** Known ids older than this are not trusted: the person may have pasted rows with event ids since. */
export const KNOWN_ROWS_MAX_AGE_MS = 24 * 3_600_000;

/** The zone whose midnight comes last: an all-day event before the window there is before it in every zone. */
const LATEST_ZONE = 'Etc/GMT+12';

/** True when one of `events` could touch a row of a tracker whose rows carry (at most) the `known` ids. */
export function couldTouchRows(events: readonly CalendarEvent[], known: ReadonlySet<string>, rules: ClassifyRules, windowFrom: string | undefined): boolean {
  return events.some((event) => {
    if (known.has(event.id)) return true;
    if (event.status === 'cancelled') return false;
    if (windowFrom !== undefined && endsBeforeWindow(event, windowFrom, LATEST_ZONE)) return false;
    return classifyEvent(event, rules).verdict !== 'other';
  });
}

/** True when `changes` certainly leaves every row as it is, so the pass may skip the sheet and only save the cursor. */
export function changesNothing(
  changes: CalendarChanges,
  known: { ids: ReadonlySet<string>; readAt: number } | null,
  rules: ClassifyRules,
  now: number,
): changes is Extract<CalendarChanges, { kind: 'changes' }> {
  if (changes.kind !== 'changes' || changes.full || !known || now - known.readAt > KNOWN_ROWS_MAX_AGE_MS) return false;
  return !couldTouchRows(changes.events, known.ids, rules, changes.windowFrom);
}
