/**
 * The activity log: every application, interview and stage change with its
 * date, oldest first, as proof of job-search activity (unemployment offices
 * often ask for one). Rows are the plain objects readRow gives for the
 * Applications, Interviews and Stage history sheets.
 */
import { formatWallMsDate, formatWallMsDateTime, readCellTimeOrNote } from '../time/index.js';
import { formatCsv } from './csv.js';
import { cellPlace } from '../tracker/row-place.js';

type Row = Readonly<Record<string, unknown>>;

export interface ActivityEntry {
  /** `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`. */
  date: string;
  type: 'Application' | 'Interview' | 'Stage change';
  company: string;
  role: string;
  detail: string;
}

export const ACTIVITY_HEADER = ['Date', 'Type', 'Company', 'Role', 'Detail'] as const;

const text = (value: unknown) => String(value ?? '').trim();
const TYPE_ORDER = { Application: 0, 'Stage change': 1, Interview: 2 } as const;

/**
 * Collects the entries, sorted by date (then type, company, role). Rows
 * without a readable date are left out and named in `problems`; cancelled
 * interviews and applications never applied to are not activity.
 */
export function buildActivityLog(input: {
  applications: readonly Row[];
  interviews: readonly Row[];
  history: readonly Row[];
  /** Each row's number in its sheet, so `problems` names rows as the person sees them (never the hidden ID). */
  rowNumbers?: { applications?: readonly number[]; interviews?: readonly number[]; history?: readonly number[] };
}): {
  entries: ActivityEntry[];
  problems: string[];
} {
  const problems: string[] = [];
  const entries: ActivityEntry[] = [];
  const numbers = input.rowNumbers ?? {};
  for (const [index, row] of input.applications.entries()) {
    if (text(row.stage) === 'Wishlist') continue;
    const applied = readCellTimeOrNote(row.appliedOn, () => cellPlace('Applied on', 'Applications', numbers.applications?.[index], row), problems);
    if (applied === null) continue;
    const detail = [text(row.source) && `via ${text(row.source)}`, text(row.link)].filter(Boolean).join(' · ');
    entries.push({ date: formatWallMsDate(applied), type: 'Application', company: text(row.company), role: text(row.role), detail });
  }
  for (const [index, row] of input.interviews.entries()) {
    if (text(row.calendarStatus) === 'cancelled') continue;
    const start = readCellTimeOrNote(row.start, () => cellPlace('Start', 'Interviews', numbers.interviews?.[index], row), problems);
    if (start === null) continue;
    const date = /\d{2}:\d{2}/.test(text(row.start)) ? formatWallMsDateTime(start) : formatWallMsDate(start);
    const detail = [text(row.round) || 'Interview', text(row.interviewers).replace(/\s*<[^>]*>/g, '')].filter(Boolean).join(' with ');
    entries.push({ date, type: 'Interview', company: text(row.company), role: text(row.role), detail });
  }
  for (const [index, row] of input.history.entries()) {
    const changed = readCellTimeOrNote(row.changedAt, () => cellPlace('Changed at', 'Stage history', numbers.history?.[index], row), problems);
    if (changed === null) continue;
    entries.push({
      date: formatWallMsDateTime(changed),
      type: 'Stage change',
      company: text(row.company),
      role: text(row.role),
      detail: `${text(row.fromStage)} → ${text(row.toStage)}`,
    });
  }
  entries.sort(
    (a, b) =>
      a.date.slice(0, 10).localeCompare(b.date.slice(0, 10)) ||
      TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
      a.date.localeCompare(b.date) ||
      a.company.localeCompare(b.company) ||
      a.role.localeCompare(b.role),
  );
  return { entries, problems };
}

/** The log as a CSV document with a header row. */
export function formatActivityCsv(entries: readonly ActivityEntry[]): string {
  return formatCsv([ACTIVITY_HEADER, ...entries.map((e) => [e.date, e.type, e.company, e.role, e.detail])]);
}
