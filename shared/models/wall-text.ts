/**
 * Wall-time text checks for form fields, as plain functions: the sidebar
 * runs them too, and it ships without zod. This is the forms' one door to
 * wall-time rules; when shared/time replaces wall-time.ts, `isRealDay` below
 * becomes an import from there (one line).
 *
 * Why not import `isRealDay` from ./wall-time.js today: that module builds
 * zod schemas at load time, which would pull all of zod into the sidebar.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

/** True when year, month and day name a day that exists (no 2026-02-30). */
function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** The problem with a trimmed `YYYY-MM-DD` day, or null when it names a real day. */
export function wallDayProblem(text: string): string | null {
  const match = DAY.exec(text);
  if (!match) return 'Use the form YYYY-MM-DD';
  return isRealDay(Number(match[1]), Number(match[2]), Number(match[3])) ? null : 'This day does not exist';
}

/** The problem with a trimmed `YYYY-MM-DD HH:mm` moment, or null when it exists. */
export function wallMomentProblem(text: string): string | null {
  const match = MOMENT.exec(text);
  if (!match) return 'Use the form YYYY-MM-DD HH:mm';
  const [, y, mo, d, h, mi] = match.map(Number);
  return isRealDay(y!, mo!, d!) && h! < 24 && mi! < 60 ? null : 'This date or time does not exist';
}
