/**
 * Number formats as Sheets v4 stores and shows them: `NumberFormat {type,
 * pattern}` on a cell (`userEnteredFormat.numberFormat`), and the
 * `formattedValue` a number gets under it. Only the pattern tokens NextRound
 * writes are rendered; any other pattern is refused rather than guessed.
 *
 * - Dates are serial days since 1899-12-30, the fraction the time of day
 *   (https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption);
 *   serials carry no offset: they are wall time in the spreadsheet's
 *   timeZone (https://developers.google.com/sheets/api/guides/formats#about_date_time_values).
 * - `NumberFormat.type`: "When writing, this field must be set"
 *   (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#NumberFormat).
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { FakeHttpError } from './google-error.js';

export type NumberFormat = sheets_v4.Schema$NumberFormat;

const TYPES = ['TEXT', 'NUMBER', 'PERCENT', 'CURRENCY', 'DATE', 'TIME', 'DATE_TIME', 'SCIENTIFIC'];
const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** A numberFormat as written by a request; throws Google's 400 for a missing or unknown type. */
export function checkNumberFormat(format: NumberFormat | null | undefined, where: string): NumberFormat | null {
  if (!format) return null;
  if (!format.type || !TYPES.includes(format.type)) {
    throw new FakeHttpError(
      400,
      'badRequest',
      `Invalid value at '${where}.numberFormat.type': "${format.type ?? ''}" (one of ${TYPES.join(', ')} must be set).`,
    );
  }
  return format.pattern ? { type: format.type, pattern: format.pattern } : { type: format.type };
}

/** What Sheets shows for a number under a format (en_US locale). */
export function formatNumber(value: number, format: NumberFormat | null | undefined): string {
  const pattern = format?.pattern;
  if (!format || format.type === 'TEXT' || !pattern) return String(value);
  if (format.type === 'DATE' || format.type === 'DATE_TIME' || format.type === 'TIME') return formatSerial(value, pattern);
  if (format.type === 'NUMBER' && /^0(\.[0#]+)?$/.test(pattern)) {
    const decimals = pattern.split('.')[1] ?? '';
    const required = decimals.replace(/#/g, '').length;
    const fixed = value.toFixed(decimals.length);
    const [whole, part = ''] = fixed.split('.');
    let digits = part;
    while (digits.length > required && digits.endsWith('0')) digits = digits.slice(0, -1);
    return digits ? `${whole}.${digits}` : whole!;
  }
  throw new Error(`The fake does not render the ${format.type} pattern "${pattern}".`);
}

/** A serial under a date pattern: yyyy, mm (month, or minutes after h), dd, hh, ss. */
function formatSerial(serial: number, pattern: string): string {
  const iso = new Date(EPOCH_MS + Math.round((serial * DAY_MS) / 1000) * 1000).toISOString();
  const parts: Record<string, string> = {
    yyyy: iso.slice(0, 4),
    MM: iso.slice(5, 7),
    dd: iso.slice(8, 10),
    hh: iso.slice(11, 13),
    mi: iso.slice(14, 16),
    ss: iso.slice(17, 19),
  };
  let afterHour = false;
  return pattern.replace(/yyyy|mm|dd|hh|ss|[a-zA-Z]+/g, (token) => {
    if (token === 'mm') {
      const out = afterHour ? parts.mi! : parts.MM!;
      afterHour = false;
      return out;
    }
    if (token === 'hh') {
      afterHour = true;
      return parts.hh!;
    }
    if (token in parts) return parts[token]!;
    throw new Error(`The fake does not render the date token "${token}".`);
  });
}
