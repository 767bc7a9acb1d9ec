import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildActivityLog, formatActivityCsv } from '../../../shared/activity/activity-log.js';
import { formatCsv, formatCsvCell } from '../../../shared/activity/csv.js';
import { planStageChange } from '../../../shared/activity/stage-change.js';

/** An independent RFC 4180 reader: what a spreadsheet's CSV import does. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('formatCsvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=IMPORTXML("http://x","//a")', '"\'=IMPORTXML(""http://x"",""//a"")"'],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('writes %j as %j', (value, cell) => {
    expect(formatCsvCell(value)).toBe(cell);
  });

  it('neutralises every formula start and reads back to the same text behind the apostrophe', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', 'a', ' ') }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const read = readCsv(formatCsv(rows));
          expect(read.length).toBe(rows.length);
          read.forEach((row, r) =>
            row.forEach((cell, c) => {
              expect(cell).not.toMatch(/^[=+\-@\t\r]/);
              expect(cell).toBe(/^[=+\-@\t\r]/.test(rows[r]![c]!) ? `'${rows[r]![c]}` : rows[r]![c]);
            }),
          );
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('buildActivityLog', () => {
  const applications = [
    { id: 'a1', company: 'Acme', role: 'Dev', stage: 'Interviewing', source: 'LinkedIn', appliedOn: '2026-10-01', link: 'https://acme.com/jobs/1' },
    { id: 'a2', company: '=HYPERLINK("x")', role: 'Dev', stage: 'Applied', source: '', appliedOn: '2026-10-03', link: '' },
    { id: 'a3', company: 'Dream Co', role: 'CTO', stage: 'Wishlist', appliedOn: '' },
    { id: 'a4', company: 'Broken', role: 'Dev', stage: 'Applied', appliedOn: 'last week' },
  ];
  const interviews = [
    {
      eventId: 'e1',
      start: '2026-10-08 15:00',
      company: 'Acme',
      role: 'Dev',
      round: 'Phone screen',
      interviewers: 'Ana Pérez <ana@acme.com>, Bo',
      calendarStatus: 'confirmed',
    },
    { eventId: 'e2', start: '2026-10-09 15:00', company: 'Acme', role: 'Dev', round: '', interviewers: '', calendarStatus: 'cancelled' },
  ];
  const history = [{ id: 'h1', applicationId: 'a1', company: 'Acme', role: 'Dev', fromStage: 'Applied', toStage: 'Screening', changedAt: '2026-10-05 09:30' }];

  it('lists applications, stage changes and interviews by date, and exports them as CSV a spreadsheet reads back', () => {
    const { entries, problems } = buildActivityLog({ applications, interviews, history });
    expect(entries).toEqual([
      { date: '2026-10-01', type: 'Application', company: 'Acme', role: 'Dev', detail: 'via LinkedIn · https://acme.com/jobs/1' },
      { date: '2026-10-03', type: 'Application', company: '=HYPERLINK("x")', role: 'Dev', detail: '' },
      { date: '2026-10-05 09:30', type: 'Stage change', company: 'Acme', role: 'Dev', detail: 'Applied → Screening' },
      { date: '2026-10-08 15:00', type: 'Interview', company: 'Acme', role: 'Dev', detail: 'Phone screen with Ana Pérez, Bo' },
    ]);
    // Named as the person finds it: the sheet's row number when given, the company and role, never the hidden ID.
    expect(problems).toEqual([
      '"last week" in the Applied on cell of an Applications row (Broken — Dev) is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
    ]);
    expect(buildActivityLog({ applications, interviews, history, rowNumbers: { applications: [2, 3, 4, 5] } }).problems).toEqual([
      '"last week" in the Applied on cell of Applications row 5 (Broken — Dev) is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
    ]);
    const csv = formatActivityCsv(entries);
    expect(csv.split('\r\n')[2]).toBe('2026-10-03,Application,"\'=HYPERLINK(""x"")",Dev,');
    expect(readCsv(csv)).toEqual([
      ['Date', 'Type', 'Company', 'Role', 'Detail'],
      ['2026-10-01', 'Application', 'Acme', 'Dev', 'via LinkedIn · https://acme.com/jobs/1'],
      ['2026-10-03', 'Application', '\'=HYPERLINK("x")', 'Dev', ''],
      ['2026-10-05 09:30', 'Stage change', 'Acme', 'Dev', 'Applied → Screening'],
      ['2026-10-08 15:00', 'Interview', 'Acme', 'Dev', 'Phone screen with Ana Pérez, Bo'],
    ]);
  });
});

describe('planStageChange', () => {
  const app = { id: 'a1', company: ' Acme ', role: 'Dev', stage: 'Applied' };

  it('updates Stage and Last update and appends one history row', () => {
    expect(planStageChange(app, 'Screening', '2026-10-05 09:30', 'chg-1')).toEqual({
      applicationCells: { stage: 'Screening', lastUpdate: '2026-10-05' },
      historyRow: { id: 'chg-1', applicationId: 'a1', company: 'Acme', role: 'Dev', fromStage: 'Applied', toStage: 'Screening', changedAt: '2026-10-05 09:30' },
    });
  });

  it('records nothing when the stage does not change', () => {
    expect(planStageChange(app, 'Applied', '2026-10-05 09:30', 'chg-1')).toBeNull();
  });

  it.each([
    ['Hired', '2026-10-05 09:30', '"Hired" is not a stage'],
    ['Offer', '2026-10-05', '"2026-10-05" is not a time as YYYY-MM-DD HH:mm.'],
  ])('refuses stage %j at %j', (stage, at, message) => {
    expect(() => planStageChange(app, stage, at, 'x')).toThrow(message);
  });
});
