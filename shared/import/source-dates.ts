/**
 * Dates as other trackers and spreadsheets write them, to the tracker's
 * YYYY-MM-DD: ISO days, ISO moments (with Z or an offset: the day they fall
 * on in the sheet's zone), 2026/11/20, 20.11.2026, 11/20/2026 or 20/11/2026
 * (the order decided once per file, see dayOrderOf), "Nov 20, 2026",
 * "20 November 2026". Anything else is no date, named by the caller.
 */
import { formatDate, isRealDay } from '../time/index.js';

/** Day-first (20/11/2026) or month-first (11/20/2026) for slashed dates with two small numbers. */
export type DayOrder = 'dmy' | 'mdy';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO_MOMENT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** The order the slashed dates of a column use: day-first when any first part is over 12, month-first when any second is, else `fallback`. */
export function dayOrderOf(values: Iterable<string>, fallback: DayOrder): DayOrder {
  for (const value of values) {
    const match = /^(\d{1,2})\/(\d{1,2})\/\d{2,4}/.exec(value.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) return 'dmy';
    if (Number(match[2]) > 12) return 'mdy';
  }
  return fallback;
}

/** YYYY-MM-DD for `text` in `timeZone`, '' for an empty cell, null for no date. */
export function parseSourceDate(text: string, order: DayOrder, timeZone: string): string | null {
  const value = text.trim();
  if (value === '') return '';
  const moment = ISO_MOMENT.exec(value);
  if (moment) {
    const [, y, mo, d, h, mi, s, offset] = moment;
    if (!offset) return day(Number(y), Number(mo), Number(d));
    const parts = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
    const minutes = parts ? (parts[1] === '-' ? -1 : 1) * (Number(parts[2]) * 60 + Number(parts[3])) : 0;
    if (day(Number(y), Number(mo), Number(d)) === null) return null;
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)) - minutes * 60_000;
    return formatDate(utc, timeZone);
  }
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (match) return day(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (match) return day(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(value);
  if (match) {
    const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return order === 'dmy' ? day(year, Number(match[2]), Number(match[1])) : day(year, Number(match[1]), Number(match[2]));
  }
  match = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(value);
  if (match) return day(Number(match[3]), monthOf(match[1]!), Number(match[2]));
  match = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(value);
  if (match) return day(Number(match[3]), monthOf(match[2]!), Number(match[1]));
  return null;
}

function monthOf(name: string): number {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index === -1 ? 0 : index + 1;
}

function day(year: number, month: number, date: number): string | null {
  if (!isRealDay(year, month, date) || year < 1900 || year > 2200) return null;
  return formatDate({ year, month, day: date });
}
