/**
 * RRULE text → a checked rule (https://www.rfc-editor.org/rfc/rfc5545#section-3.3.10).
 * Every part is range-checked here, so a bad value (`BYYEARDAY=400`,
 * `FREQ=FORTNIGHTLY`) is an IcsValueError for its event alone.
 */
import { type IcsTime, IcsValueError, readTime } from './values.js';

export const FREQUENCIES = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Weekdays as Date.getUTCDay numbers: SU = 0 … SA = 6. */
export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

export interface WeekdayNum {
  /** 0 (SU) … 6 (SA). */
  day: number;
  /** `2` in `2MO`, `-1` in `-1FR`; absent for every such weekday. */
  nth?: number;
}

export interface RecurRule {
  freq: Frequency;
  interval: number;
  count?: number;
  until?: IcsTime;
  bySecond?: number[];
  byMinute?: number[];
  byHour?: number[];
  byDay?: WeekdayNum[];
  byMonthDay?: number[];
  byYearDay?: number[];
  byWeekNo?: number[];
  byMonth?: number[];
  bySetPos?: number[];
  /** Week start, 0 (SU) … 6 (SA); MO by default. */
  wkst: number;
}

type ListPart = 'bySecond' | 'byMinute' | 'byHour' | 'byMonthDay' | 'byYearDay' | 'byWeekNo' | 'byMonth' | 'bySetPos';
// [rule part, field, lowest, highest, may be negative]
const LISTS: [string, ListPart, number, number, boolean][] = [
  ['BYSECOND', 'bySecond', 0, 60, false],
  ['BYMINUTE', 'byMinute', 0, 59, false],
  ['BYHOUR', 'byHour', 0, 23, false],
  ['BYMONTHDAY', 'byMonthDay', 1, 31, true],
  ['BYYEARDAY', 'byYearDay', 1, 366, true],
  ['BYWEEKNO', 'byWeekNo', 1, 53, true],
  ['BYMONTH', 'byMonth', 1, 12, false],
  ['BYSETPOS', 'bySetPos', 1, 366, true],
];

/** @throws IcsValueError naming the part that is wrong. */
export function readRecurRule(text: string): RecurRule {
  const parts = new Map<string, string>();
  for (const piece of text.trim().split(';')) {
    if (piece === '') continue;
    const [key, value] = piece.split('=');
    if (!key || value === undefined) throw new IcsValueError(`the rule part "${piece.slice(0, 30)}" has no value`);
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (!FREQUENCIES.includes(freq as Frequency)) throw new IcsValueError(`FREQ=${freq ?? ''} is not a frequency`);
  const rule: RecurRule = { freq: freq as Frequency, interval: 1, wkst: 1 };
  const interval = parts.get('INTERVAL');
  if (interval !== undefined) rule.interval = positive('INTERVAL', interval);
  // Past this, even a SECONDLY rule repeats less than once a century: no calendar means it (issue 13's INTERVAL=99999999999).
  if (rule.interval > MAX_INTERVAL) throw new IcsValueError(`INTERVAL=${interval} is out of range`);
  const count = parts.get('COUNT');
  if (count !== undefined) rule.count = positive('COUNT', count);
  const until = parts.get('UNTIL');
  if (until !== undefined) rule.until = readTime(until, undefined);
  if (rule.count !== undefined && rule.until) throw new IcsValueError('the rule has both COUNT and UNTIL');
  for (const [name, field, low, high, negative] of LISTS) {
    const value = parts.get(name);
    if (value !== undefined) rule[field] = numberList(name, value, low, high, negative);
  }
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) rule.byDay = byDay.split(',').map(weekdayNum);
  const wkst = parts.get('WKST');
  if (wkst !== undefined) rule.wkst = weekday('WKST', wkst);
  const never = impossibleDays(rule);
  if (never) throw new IcsValueError(`the rule can never repeat (${never})`);
  return rule;
}

const MAX_INTERVAL = 10_000_000;
const LONGEST_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Why BYMONTHDAY can never fall in the months BYMONTH allows (`BYMONTH=2;BYMONTHDAY=30`), or
 * undefined. Such a rule has no occurrence after DTSTART, and ical.js searched for one forever.
 */
function impossibleDays(rule: RecurRule): string | undefined {
  if (!rule.byMonthDay) return undefined;
  const months = rule.byMonth ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const fits = months.some((month) => rule.byMonthDay!.some((day) => Math.abs(day) <= LONGEST_MONTH[month - 1]!));
  return fits ? undefined : `no month ${months.join(',')} has day ${rule.byMonthDay.join(',')}`;
}

function positive(name: string, text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1) throw new IcsValueError(`${name}=${text} is not a positive whole number`);
  return n;
}

function numberList(name: string, text: string, low: number, high: number, negative: boolean): number[] {
  return text.split(',').map((item) => {
    const n = Number(item);
    const abs = Math.abs(n);
    if (!/^[+-]?\d+$/.test(item) || abs < low || abs > high || (n < 0 && !negative) || (n === 0 && low > 0)) {
      throw new IcsValueError(`${name}=${text} is out of range`);
    }
    return n;
  });
}

function weekday(name: string, text: string): number {
  const day = WEEKDAYS.indexOf(text as (typeof WEEKDAYS)[number]);
  if (day < 0) throw new IcsValueError(`${name}=${text} is not a weekday`);
  return day;
}

function weekdayNum(text: string): WeekdayNum {
  const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(text);
  if (!m) throw new IcsValueError(`BYDAY=${text} is not a weekday`);
  const day = weekday('BYDAY', m[2]!);
  if (m[1] === undefined) return { day };
  const nth = Number(m[1]);
  if (nth === 0 || Math.abs(nth) > 53) throw new IcsValueError(`BYDAY=${text} is out of range`);
  return { day, nth };
}
