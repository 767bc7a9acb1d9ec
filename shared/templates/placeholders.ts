/**
 * The placeholders a template may use, and where each value comes from: the
 * interview row, the recipient (an interviewer or the application's
 * contact), the application row and the person's own settings. The list is
 * closed: a name not in it is "unknown", never looked up on an object.
 */
import { readCellTime } from '../time/index.js';

/** Every placeholder, with the help text the sidebar shows. */
export const PLACEHOLDERS = {
  first_name: "the recipient's first name",
  last_name: "the recipient's last name",
  full_name: "the recipient's full name",
  company: 'the company',
  role: 'the role',
  round: 'the interview round (e.g. Technical)',
  interview_date: 'the interview day, e.g. Tuesday 17 November',
  applied_date: 'the day you applied, e.g. 3 November',
  days_silent: 'days since the last news from the company',
  topic: 'something you discussed (typed in the sidebar)',
  my_name: 'your name (Settings)',
  my_first_name: 'your first name (Settings)',
} as const;
export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** The placeholders the person's own name fills ("Sign drafts as"). */
export const MY_NAME_PLACEHOLDERS: ReadonlySet<string> = new Set<PlaceholderName>(['my_name', 'my_first_name']);

/** Null-prototype set of known names: `constructor` or `__proto__` are not in it. */
export const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set(Object.keys(PLACEHOLDERS));

/** Values by placeholder name; absent or blank means "empty". */
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

/** Who the message is for. */
export interface Recipient {
  readonly name: string;
  readonly email: string | null;
  /** A contact's company, used when there is no interview or application. */
  readonly company?: string;
}

export interface PlaceholderSources {
  /** An Interviews row as readRow returns it (keys of the tracker schema). */
  readonly interview?: Readonly<Record<string, unknown>>;
  /** An Applications row. */
  readonly application?: Readonly<Record<string, unknown>>;
  readonly recipient?: Recipient;
  readonly person: { readonly name: string };
  /** Typed in the sidebar for this draft. */
  readonly topic?: string;
  readonly daysSilent?: number;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Collects the values of every placeholder from its sources. Values are
 * trimmed text; a missing source leaves its placeholders empty (the render
 * then names them), nothing is invented.
 */
export function buildPlaceholderValues(sources: PlaceholderSources): PlaceholderValues {
  const { interview, application, recipient, person } = sources;
  const [first, last] = splitName(recipient?.name ?? '');
  const [myFirst] = splitName(person.name);
  const start = interview ? readCellTime(interview.start, 'Interviews!Start') : null;
  const applied = application ? readCellTime(application.appliedOn, 'Applications!Applied on') : null;
  return {
    first_name: first,
    last_name: last,
    full_name: cell(recipient?.name),
    company: cell(interview?.company ?? application?.company ?? recipient?.company),
    role: cell(interview?.role ?? application?.role),
    round: cell(interview?.round),
    interview_date: start === null ? '' : describeDay(start, true),
    applied_date: applied === null ? '' : describeDay(applied, false),
    days_silent: sources.daysSilent === undefined ? '' : String(sources.daysSilent),
    topic: cell(sources.topic),
    my_name: cell(person.name),
    my_first_name: myFirst,
  };
}

/** "Ana María Pérez" → ["Ana", "María Pérez"]; "Pérez, Ana" → ["Ana", "Pérez"]. */
export function splitName(name: string): [string, string] {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const comma = trimmed.indexOf(',');
  if (comma >= 0) return [trimmed.slice(comma + 1).trim(), trimmed.slice(0, comma).trim()];
  const space = trimmed.indexOf(' ');
  return space < 0 ? [trimmed, ''] : [trimmed.slice(0, space), trimmed.slice(space + 1)];
}

function describeDay(ms: number, withWeekday: boolean): string {
  const date = new Date(ms);
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  return withWeekday ? `${WEEKDAYS[date.getUTCDay()]} ${day}` : day;
}

function cell(value: unknown): string {
  return value === undefined || value === null ? '' : String(value).trim();
}
