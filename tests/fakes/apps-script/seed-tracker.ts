/**
 * Sample tracker rows written straight into a set-up fake workbook (as if
 * the person had typed them), for tests, the bench and `npm run preview`.
 * Dates are relative to `now` so the first screen always has something
 * upcoming and something overdue.
 */
import { APPLICATIONS, INTERVIEWS } from '../../../shared/schema/tracker-schema.js';
import { STAGES } from '../../../shared/schema/options.js';
import type { SheetSpec } from '../../../shared/schema/types.js';
import type { FakeSpreadsheet } from './spreadsheet.js';
import { writeAsPerson } from './spreadsheet.js';
import type { FakeSheet } from './sheet.js';

const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises', 'Soylent'];
const ROLES = ['Backend Engineer', 'Product Designer', 'Data Analyst', 'Engineering Manager'];
const DAY = 86_400_000;

export interface SeedOptions {
  applications: number;
  interviews: number;
  now: Date;
  /** Extra cells per application, by column key (e.g. an XSS payload in notes). */
  overrides?: Record<string, string>[];
  /** Extra cells per interview round, by column key. */
  interviewOverrides?: Record<string, string>[];
}

/** Fills Applications and Interviews below their headers; the headers must already be there. */
export function seedTracker(spreadsheet: FakeSpreadsheet, options: SeedOptions): void {
  const apps = Array.from({ length: options.applications }, (_, i) => ({
    id: `app-seed${i}`,
    company: COMPANIES[i % COMPANIES.length]!,
    role: ROLES[i % ROLES.length]!,
    stage: STAGES[i % STAGES.length]!,
    appliedOn: new Date(options.now.getTime() - (i % 30) * DAY),
    nextAction: i % 3 === 0 ? 'Follow up with recruiter' : '',
    nextActionDue: i % 3 === 0 ? new Date(options.now.getTime() + ((i % 7) - 3) * DAY) : '',
    notes: `Seeded application ${i}`,
    ...options.overrides?.[i],
  }));
  fill(spreadsheet, APPLICATIONS, apps);

  const rounds = Array.from({ length: options.interviews }, (_, i) => {
    const start = new Date(Math.floor(options.now.getTime() / 3_600_000) * 3_600_000 + ((i % 20) - 5) * DAY + 3_600_000);
    return {
      eventId: `evt-seed${i}`,
      start,
      end: new Date(start.getTime() + 3_600_000),
      title: `Interview ${i}`,
      company: COMPANIES[i % COMPANIES.length]!,
      role: ROLES[i % ROLES.length]!,
      round: 'Technical',
      interviewers: 'Ada Lovelace',
      meetingLink: 'https://meet.example.com/abc',
      calendarStatus: 'confirmed',
      notes: '',
      ...options.interviewOverrides?.[i],
    };
  });
  fill(spreadsheet, INTERVIEWS, rounds);
}

function fill(spreadsheet: FakeSpreadsheet, spec: SheetSpec, rows: Record<string, unknown>[]): void {
  const sheet = spreadsheet.sheets.find((candidate) => candidate.name === spec.name);
  if (!sheet) throw new Error(`seedTracker: run set-up first, "${spec.name}" is missing`);
  const headers = headerIndexes(sheet);
  const start = lastRow(sheet) + 1;
  const needed = start + rows.length - 1;
  const max = sheet.size().rows;
  // Like a sheet a person uses: some empty rows left below the data.
  if (needed + 100 > max) sheet.insertRowsAfter(max, needed + 100 - max);
  rows.forEach((row, r) => {
    for (const [key, value] of Object.entries(row)) {
      const column = spec.columns.find((candidate) => candidate.key === key);
      const index = column ? headers.get(column.header) : undefined;
      if (index !== undefined) writeAsPerson(sheet, start + r, index + 1, value);
    }
  });
}

function headerIndexes(sheet: FakeSheet): Map<string, number> {
  const first = sheet.peekValues()[0] ?? [];
  return new Map(first.map((value, index) => [String(value), index]));
}

function lastRow(sheet: FakeSheet): number {
  return sheet.peekValues().length;
}
