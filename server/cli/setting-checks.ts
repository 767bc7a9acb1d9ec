/**
 * The checks every NextRound setting goes through, whoever sets it: a
 * `nextround sync` flag, an `npm start` environment variable or a key of
 * the config file. Each names the setting as the person wrote it
 * (`--from`, `NEXTROUND_FROM`, `from (in ./nextround.config.json)`) and says
 * what is wrong in one line, so both commands print it and exit 2.
 */
import { NextRoundError } from '../../shared/errors.js';
import { isDateText, isTimeZone } from '../../shared/time/index.js';

function bad(message: string, setting: string): never {
  throw new NextRoundError('INVALID_INPUT', message, { where: setting });
}

/** A day (`YYYY-MM-DD`, from midnight UTC) or an RFC 3339 instant that starts with one. */
export function readDay(text: string, setting: string): Date {
  const ms = isDateText(text) ? Date.parse(`${text}T00:00:00Z`) : isDateText(text.slice(0, 10)) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms)) bad(`${setting} "${text}" is not a date (use YYYY-MM-DD).`, setting);
  return new Date(ms);
}

/** The sync window's ends, in order. */
export function checkWindow(from: Date, to: Date, fromSetting: string, toSetting: string): void {
  if (from >= to) bad(`${fromSetting} (${from.toISOString()}) must be before ${toSetting} (${to.toISOString()}).`, fromSetting);
}

/** A case-insensitive title filter. */
export function readRegex(text: string, setting: string): RegExp {
  try {
    return new RegExp(text, 'i');
  } catch (error) {
    bad(`${setting} "${text}" is not a valid regular expression (${(error as Error).message}).`, setting);
  }
}

export function checkTimeZone(zone: string, setting: string): string {
  if (!isTimeZone(zone)) bad(`${setting} "${zone}" is not an IANA time zone (e.g. Europe/Berlin).`, setting);
  return zone;
}

/** The person's own addresses (never listed as interviewers). */
export function checkEmails(emails: readonly string[], setting: string): string[] {
  for (const email of emails) if (!/^[^@\s]+@[^@\s]+$/.test(email)) bad(`${setting} "${email}" is not an email address.`, setting);
  return [...emails];
}
