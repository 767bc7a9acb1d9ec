/**
 * Which cells a saved form writes. Decided purely so that ownership holds:
 * on an Interviews row the calendar owns (anything but `manual`), the
 * calendar's cells stay the calendar's, whatever the form says.
 */
import type { ApplicationForm } from '../models/application.js';
import { APPLICATION_FORM_KEYS } from '../models/application.js';
import type { InterviewForm } from '../models/interview.js';
import { INTERVIEW_FORM_KEYS, titleOf } from '../models/interview.js';
import { CALENDAR_OWNED_KEYS } from '../schema/tracker-schema.js';
import { isFromCalendar } from './calendar-owned.js';

/** Cells of an Applications row for a valid form; `today` stamps "Last update". */
export function applicationUpdates(form: ApplicationForm, id: string, today: string): Record<string, string> {
  const cells: Record<string, string> = { id, lastUpdate: today };
  for (const key of APPLICATION_FORM_KEYS) cells[key] = form[key];
  return cells;
}

/**
 * Cells of an Interviews row for a valid form.
 *
 * @param existingStatus the row's Calendar status, or null for a new row
 *   (which becomes `manual`).
 */
export function interviewUpdates(form: InterviewForm, eventId: string, existingStatus: string | null): Record<string, string> {
  const cells: Record<string, string> = { eventId };
  for (const key of INTERVIEW_FORM_KEYS) cells[key] = key === 'title' ? titleOf(form) : (form[key] ?? '');
  if (existingStatus === null) cells.calendarStatus = 'manual';
  else if (isFromCalendar(existingStatus)) {
    for (const key of CALENDAR_OWNED_KEYS) delete cells[key];
  }
  return cells;
}

/** A new row id: `app-…` for applications, `nr-…` for rounds entered by hand. */
export function newRowId(prefix: 'app' | 'nr', uuid: string): string {
  return `${prefix}-${uuid
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 16)
    .toLowerCase()}`;
}
