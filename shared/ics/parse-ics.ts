/**
 * Parses an .ics calendar into CalendarEvents, one per occurrence inside a
 * bounded window: RRULE/RDATE/EXDATE expanded, RECURRENCE-ID overrides
 * applied, VTIMEZONE and IANA zones honoured, all-day dates kept as dates.
 * Pure: the server and the add-on fetch the text their own way and parse it here.
 */
import { NextRoundError } from '../errors.js';
import { type IcsComponent, firstProperty, readComponents } from './components.js';
import { type ExpandContext, expandGroup, type UidGroup } from './expand-event.js';
import { sha256Hex } from './sha256.js';
import type { ParseIcsOptions, ParsedCalendar, ParsedOccurrence } from './types.js';
import { unfoldText } from './unfold.js';
import { readText } from './values.js';
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
  const calendars = readComponents(unfoldText(text), options.where).filter((c) => c.name === 'VCALENDAR');
  if (calendars.length === 0) {
    throw new NextRoundError('ICS_INVALID', `${options.where} is not an iCalendar file (no BEGIN:VCALENDAR).`, { where: options.where });
  }
  const errors: string[] = [];
  const occurrences: ParsedOccurrence[] = [];
  const seen = new Set<string>();
  let workLeft = options.maxSteps ?? DEFAULT_MAX_STEPS;
  for (const calendar of calendars) {
    const method = firstProperty(calendar, 'METHOD')?.value.toUpperCase();
    const zoneOf = zoneResolver(
      calendar.components.filter((c) => c.name === 'VTIMEZONE'),
      options.defaultTimeZone,
    );
    const context: ExpandContext = { ...options, zoneOf, method };
    for (const group of groupByUid(calendar.components.filter((c) => c.name === 'VEVENT'))) {
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

function groupByUid(vevents: IcsComponent[]): UidGroup[] {
  const groups = new Map<string, UidGroup>();
  for (const vevent of vevents) {
    const uidValue = firstProperty(vevent, 'UID')?.value;
    const uid = uidValue ? uidValue : fallbackUid(vevent);
    const group = groups.get(uid) ?? { uid, master: undefined, overrides: [] };
    if (firstProperty(vevent, 'RECURRENCE-ID')) group.overrides.push(vevent);
    else group.master ??= vevent;
    groups.set(uid, group);
  }
  return [...groups.values()];
}

// RFC 5545 requires UID; for files without one, a digest of what identifies the event
// (not of the file's path, which may be written differently from one run to the next).
function fallbackUid(vevent: IcsComponent): string {
  const dtstart = firstProperty(vevent, 'DTSTART');
  const line =
    dtstart &&
    `DTSTART${Object.entries(dtstart.params)
      .map(([k, v]) => `;${k}=${v}`)
      .join('')}:${dtstart.value}`;
  const summary = firstProperty(vevent, 'SUMMARY');
  return `nouid-${sha256Hex(JSON.stringify([line, summary && readText(summary.value)])).slice(0, 24)}`;
}
