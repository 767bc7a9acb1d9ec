import { describe, expect, it } from 'vitest';
import { checkMapping, proposeMapping } from '../../../shared/import/map-columns.js';
import { parseCsv } from '../../../shared/import/parse-csv.js';
import { planImport, type ImportSettings } from '../../../shared/import/plan-import.js';
import { dayOrderOf, parseSourceDate } from '../../../shared/import/source-dates.js';
import { stageOfSourceValue } from '../../../shared/import/stage-values.js';

const settings = (overrides: Partial<ImportSettings> = {}): Omit<ImportSettings, 'mapping'> & Partial<ImportSettings> => ({
  stageValues: {},
  timeZone: 'Europe/Berlin',
  today: '2026-12-01',
  idPrefix: 'x',
  ...overrides,
});

function plan(csv: string, overrides: Partial<ImportSettings> = {}, existing: { company: string; role: string; link?: string }[] = []) {
  const table = parseCsv(csv, 'f.csv');
  return planImport(table, existing, { mapping: proposeMapping(table.headers), ...settings(overrides) });
}

describe('mapping columns', () => {
  it("maps the export headers of popular trackers and people's own words", () => {
    expect(proposeMapping(['Job Title', 'Company', 'Status', 'Date Applied', 'Job URL', 'Location', 'Salary', 'Notes', 'Excitement'])).toEqual([
      'role',
      'company',
      'stage',
      'appliedOn',
      'link',
      'location',
      'salary',
      'notes',
      null,
    ]);
    expect(proposeMapping(['Employer', 'Position', 'List', 'Applied on', 'Job Posting URL', 'Recruiter', 'Unternehmen'])).toEqual([
      'company',
      'role',
      'stage',
      'appliedOn',
      'link',
      'contact',
      null,
    ]);
    expect(proposeMapping(['Firma', 'Stelle', 'Bewerbungsdatum', 'Whatever'])).toEqual(['company', 'role', 'appliedOn', null]);
  });

  it('takes a mapping the person changed, and names a field chosen twice or a missing company', () => {
    expect(checkMapping(['company', 'role', null], ['Org', 'Job', 'X'])).toEqual(['company', 'role', null]);
    expect(() => checkMapping(['company', 'company'], ['A', 'B'])).toThrow('Company is chosen for two columns (1 and 2); keep one.');
    expect(() => checkMapping([null, 'role'], ['A', 'B'])).toThrow('Choose the column that holds the Company.');
    expect(() => checkMapping(['company', 'password'], ['A', 'B'])).toThrow('The choice for column 2 ("B") is not a tracker column.');
  });
});

describe('stage values and dates', () => {
  it.each([
    ['Interview', 'Interviewing'],
    ['Offer received', 'Offer'],
    ['wishlist', 'Wishlist'],
    ['Phone screen', 'Screening'],
    ['No response', 'Ghosted'],
    ['Absage', 'Rejected'],
    ['Entrevista', 'Interviewing'],
    ['Maybe later', null],
  ])('reads "%s" as %s', (value, stage) => {
    expect(stageOfSourceValue(value)).toBe(stage);
  });

  it.each([
    ['2026-11-20', 'mdy', '2026-11-20'],
    ['2026/11/20', 'mdy', '2026-11-20'],
    ['20.11.2026', 'mdy', '2026-11-20'],
    ['11/20/2026', 'mdy', '2026-11-20'],
    ['03/04/2026', 'dmy', '2026-04-03'],
    ['03/04/26', 'mdy', '2026-03-04'],
    ['Nov 20, 2026', 'mdy', '2026-11-20'],
    ['20 November 2026', 'mdy', '2026-11-20'],
    // 23:30 UTC is already the next day in Berlin.
    ['2026-11-20T23:30:00Z', 'mdy', '2026-11-21'],
    ['2026-11-20T01:00:00-05:00', 'mdy', '2026-11-20'],
    ['', 'mdy', ''],
    ['2026-02-30', 'mdy', null],
    ['31/31/2026', 'dmy', null],
    ['soon', 'mdy', null],
  ] as const)('reads the date "%s" (%s) as %s in the sheet zone', (text, order, expected) => {
    expect(parseSourceDate(text, order, 'Europe/Berlin')).toBe(expected);
  });

  it('tells the day order of a column from a day over 12', () => {
    expect(dayOrderOf(['03/04/2026', '25/04/2026'], 'mdy')).toBe('dmy');
    expect(dayOrderOf(['03/04/2026', '04/25/2026'], 'dmy')).toBe('mdy');
    expect(dayOrderOf(['03/04/2026'], 'dmy')).toBe('dmy');
  });
});

describe('planning an import', () => {
  const csv = [
    'Company,Job Title,Status,Date Applied,Status date,URL,Notes',
    'Acme,Backend Engineer,Interview,2026-10-01,2026-10-15,https://jobs.lever.co/acme/1,=IMPORTXML("x")',
    'Globex,Analyst,Applied,2026-10-03,,,+1 call back',
    'Initech,Designer,Wishlist,,,,',
    'acme ,backend engineer,Applied,2026-10-02,,,repeat of row 2',
  ].join('\n');

  it('turns rows into applications and dated Stage history, formula-looking text kept as text', () => {
    const result = plan(csv);
    expect(result.counts).toEqual({ rows: 4, new: 3, alreadyInTracker: 0, repeatedInFile: 1, undatedStages: 1 });
    expect(result.problems).toEqual([]);
    expect(result.applications[0]).toMatchObject({
      id: 'app-x-1',
      company: 'Acme',
      role: 'Backend Engineer',
      stage: 'Interviewing',
      appliedOn: '2026-10-01',
      link: 'https://jobs.lever.co/acme/1',
      notes: '=IMPORTXML("x")',
      lastUpdate: '2026-10-15',
    });
    expect(result.applications[1]).toMatchObject({ stage: 'Applied', notes: '+1 call back', lastUpdate: '2026-10-03' });
    expect(result.applications[2]).toMatchObject({ stage: 'Wishlist', lastUpdate: '2026-12-01' });
    expect(result.history).toEqual([
      { id: 'chg-x-1', applicationId: 'app-x-1', company: 'Acme', role: 'Backend Engineer', fromStage: '', toStage: 'Applied', changedAt: '2026-10-01 00:00' },
      {
        id: 'chg-x-2',
        applicationId: 'app-x-1',
        company: 'Acme',
        role: 'Backend Engineer',
        fromStage: 'Applied',
        toStage: 'Interviewing',
        changedAt: '2026-10-15 00:00',
      },
      { id: 'chg-x-3', applicationId: 'app-x-2', company: 'Globex', role: 'Analyst', fromStage: '', toStage: 'Applied', changedAt: '2026-10-03 00:00' },
    ]);
  });

  it('skips rows already in the tracker: the same file again adds nothing', () => {
    const first = plan(csv);
    const again = plan(csv, {}, first.applications as { company: string; role: string; link: string }[]);
    expect(again.counts).toMatchObject({ new: 0, alreadyInTracker: 4 });
    expect(again.applications).toEqual([]);
  });

  it('asks once for each stage value it does not know, then uses the answer', () => {
    const text = 'Company,Role,Status\nA,R1,Maybe later\nB,R2,Maybe later\nC,R3,Offer received';
    expect(plan(text).unknownStages).toEqual(['Maybe later']);
    const answered = plan(text, { stageValues: { 'Maybe later': 'Wishlist' } });
    expect(answered.unknownStages).toEqual([]);
    expect(answered.applications.map((a) => a.stage)).toEqual(['Wishlist', 'Wishlist', 'Offer']);
  });

  it('names each failing row by line and column and plans nothing to write', () => {
    const result = plan('Company,Role,Applied on,Link\nAcme,Dev,2026-10-01,\n,Dev,2026-10-02,\n"Multi\nline",Dev,2026-02-30,javascript:alert(1)');
    expect(result.problems).toEqual([
      { line: 3, column: '"Company"', message: 'is empty; every application needs a company.' },
      { line: 4, column: '"Applied on"', message: '"2026-02-30" is not a date; write it as YYYY-MM-DD (or MM/DD/YYYY).' },
      { line: 4, column: '"Link"', message: '"javascript:alert(1)" is not a web address (https://…).' },
    ]);
    expect(result.problemCount).toBe(3);
  });

  it('plans 10,000 rows', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `Company ${i},Role ${i},Applied,2026-01-${String((i % 28) + 1).padStart(2, '0')}`);
    const result = plan(['Company,Role,Status,Date applied', ...rows].join('\n'));
    expect(result.counts.new).toBe(10_000);
    expect(result.history).toHaveLength(10_000);
  });
});
