/**
 * iCalendar value types (https://www.rfc-editor.org/rfc/rfc5545#section-3.3):
 * DATE, DATE-TIME, DURATION, PERIOD and TEXT. Times are kept as wall-clock
 * ms (fields read as UTC) plus what they are relative to; the zone is
 * applied later, by zones.ts.
 */
import { DAY_MS, isRealDay } from '../time/index.js';

/** A DATE (`kind: 'date'`), a UTC DATE-TIME (`Z`), or a local one (with its TZID parameter, if any). */
export type IcsTime = { kind: 'date'; wallMs: number } | { kind: 'utc'; wallMs: number } | { kind: 'local'; wallMs: number; tzid?: string };

/** Thrown for a value that cannot be read; the caller names the event it belongs to. */
export class IcsValueError extends Error {}

const DATE = /^(\d{4})(\d{2})(\d{2})Z?$/; // `20131210Z` (seen in Google's birthday feed) reads as the date
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/;

/** One DATE or DATE-TIME text; `tzid` applies to a local DATE-TIME. */
export function readTime(text: string, tzid: string | undefined): IcsTime {
  const value = text.trim().toUpperCase();
  const date = DATE.exec(value);
  if (date) return { kind: 'date', wallMs: wallDayMs(+date[1]!, +date[2]!, +date[3]!, text) };
  const dt = DATE_TIME.exec(value);
  if (!dt) throw new IcsValueError(`"${text.slice(0, 40)}" is not a date or date-time`);
  const [hour, minute, second] = [+dt[4]!, +dt[5]!, Math.min(59, +dt[6]!)]; // a leap second :60 reads as :59
  if (hour > 23 || minute > 59 || second > 60) throw new IcsValueError(`"${text}" is not a time of day`);
  const wallMs = wallDayMs(+dt[1]!, +dt[2]!, +dt[3]!, text) + ((hour * 60 + minute) * 60 + second) * 1000;
  if (dt[7]) return { kind: 'utc', wallMs };
  return tzid ? { kind: 'local', wallMs, tzid } : { kind: 'local', wallMs };
}

function wallDayMs(year: number, month: number, day: number, text: string): number {
  if (!isRealDay(year, month, day)) throw new IcsValueError(`"${text}" is not a real date`);
  const ms = Date.UTC(year, month - 1, day);
  return year < 100 ? new Date(ms).setUTCFullYear(year) : ms;
}

/** A DURATION: `nominalDays` are calendar days (wall time), `exactMs` elapsed time. */
export interface IcsDuration {
  nominalDays: number;
  exactMs: number;
}

const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

export function readDuration(text: string): IcsDuration {
  const m = DURATION.exec(text.trim().toUpperCase());
  if (!m || text.trim().length < 3) throw new IcsValueError(`"${text.slice(0, 40)}" is not a duration`);
  const sign = m[1] === '-' ? -1 : 1;
  const days = (Number(m[2] ?? 0) * 7 + Number(m[3] ?? 0)) * sign;
  const exactMs = ((Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) * 60 + Number(m[6] ?? 0)) * 1000 * sign;
  if (!Number.isFinite(days * DAY_MS + exactMs) || Math.abs(days) > 100_000) throw new IcsValueError(`"${text}" is too long a duration`);
  return { nominalDays: days, exactMs };
}

/** A list value (RDATE, EXDATE): comma-separated times, or PERIODs `start/end` or `start/duration`. */
export function readTimeList(text: string, tzid: string | undefined): { start: IcsTime; end?: IcsTime; duration?: IcsDuration }[] {
  return text
    .split(',')
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const [start, rest] = part.split('/');
      if (rest === undefined) return { start: readTime(start!, tzid) };
      if (/^[+-]?P/i.test(rest)) return { start: readTime(start!, tzid), duration: readDuration(rest) };
      return { start: readTime(start!, tzid), end: readTime(rest, tzid) };
    });
}

/** TEXT unescaped (https://www.rfc-editor.org/rfc/rfc5545#section-3.3.11): `\n`, `\,`, `\;`, `\\`. */
export function readText(text: string): string {
  return text.replace(/\\([nN,;\\])/g, (_match, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
