/**
 * What is wrong with a typed date text, as plain functions: the sidebar's
 * form checks run them too, and the sidebar ships without zod, so this
 * module imports none. The zod schemas in schemas.ts use the same words.
 */
import { DATE_PATTERN, DATE_TIME_PATTERN, parseDate, parseDateTime } from './formats.js';

/** The problem with a trimmed `YYYY-MM-DD` day, or null when it names a real day. */
export function dateProblem(text: string): string | null {
  if (!DATE_PATTERN.test(text)) return 'Use the form YYYY-MM-DD';
  return parseDate(text) === null ? 'This day does not exist' : null;
}

/** The problem with a trimmed `YYYY-MM-DD HH:mm` moment, or null when it exists. */
export function dateTimeProblem(text: string): string | null {
  if (!DATE_TIME_PATTERN.test(text)) return 'Use the form YYYY-MM-DD HH:mm';
  return parseDateTime(text) === null ? 'This date or time does not exist' : null;
}
