/**
 * Parses an .ics calendar into CalendarEvents, one per occurrence inside a
 * bounded window: RRULE/RDATE/EXDATE expanded, RECURRENCE-ID overrides
 * applied, VTIMEZONE and IANA zones honoured, all-day dates kept as dates.
 * Pure: the server and the add-on fetch the text their own way and parse it here.
 */
import { NextRoundError } from '../errors.js';
import { outlineCalendars, readEventAt } from './calendar-outline.js';
import { type ExpandContext, expandGroup } from './expand-event.js';
import type { ParseIcsOptions, ParsedCalendar, ParsedOccurrence } from './types.js';
import { unfoldText } from './unfold.js';
import { WorkBudget } from './work-budget.js';
import { zoneResolver } from './zones.js';

/**
 * Work for the whole file (~1 s of one core at most, measured: 50 per-second series), and for
 * one series (a year of 5-minute slots, or 15 000 occurrences in the window).
 */
const DEFAULT_MAX_STEPS = 1_500_000;
const DEFAULT_MAX_SERIES_STEPS = 200_000;

/**
 * @param text the file's text; decode bytes with decodeIcsBytes so a fold inside a character is repaired.
 * @throws NextRoundError ICS_INVALID naming `where` when the text is not an iCalendar file.
 * @example parseIcs(text, { window, defaultTimeZone: 'Europe/Berlin', where: 'work.ics' }).occurrences.length
 */
export function parseIcs(text: string, options: ParseIcsOptions): ParsedCalendar {
  const unfolded = unfoldText(text);
  const calendars = outlineCalendars(unfolded, options.where);
  if (calendars.length === 0) {
    throw new NextRoundError('ICS_INVALID', `${options.where} is not an iCalendar file (no BEGIN:VCALENDAR).`, { where: options.where });
  }
  const errors: string[] = [];
  const occurrences: ParsedOccurrence[] = [];
  const seen = new Set<string>();
  let workLeft = options.maxSteps ?? DEFAULT_MAX_STEPS;
  for (const calendar of calendars) {
    const method = calendar.properties.find((p) => p.name === 'METHOD')?.value.toUpperCase();
    const zoneOf = zoneResolver(calendar.vtimezones, options.defaultTimeZone);
    const context: ExpandContext = { ...options, zoneOf, method };
    for (const spans of calendar.groups) {
      // One UID's events are read from the text when their turn comes, and collected after.
      const read = (span: (typeof spans.overrides)[number]) => readEventAt(unfolded, options.where, span);
      const group = { uid: spans.uid, master: spans.master && read(spans.master), overrides: spans.overrides.map(read) };
      const work = new WorkBudget(Math.max(0, Math.min(options.maxSeriesSteps ?? DEFAULT_MAX_SERIES_STEPS, workLeft)));
      let expanded: ParsedOccurrence[];
      try {
        expanded = expandGroup(group, context, work);
      } catch (error) {
        // One unreadable event (a bad date, a broken or endless RRULE) is left out and named; it must not block the others.
        const reason = error instanceof Error ? error.message : String(error);
        errors.push(`${options.where}: event "${group.uid}" was left out: ${reason.replace(/\.$/, '')}.`);
        continue;
      } finally {
        workLeft -= work.used;
      }
      for (const occurrence of expanded) {
        // A file may repeat an event (merged exports): the first one wins.
        if (seen.has(occurrence.event.id)) continue;
        seen.add(occurrence.event.id);
        occurrences.push(occurrence);
      }
    }
  }
  return { occurrences, warnings: [], errors };
}
