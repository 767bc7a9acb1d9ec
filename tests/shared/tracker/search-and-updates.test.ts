import { describe, expect, it } from 'vitest';
import { matchesQuery } from '../../../shared/tracker/search.js';
import { applicationUpdates, interviewUpdates, newRowId } from '../../../shared/tracker/form-updates.js';
import { readTable } from '../../../shared/tracker/read-table.js';
import { ApplicationForm } from '../../../shared/models/application.js';
import { InterviewForm } from '../../../shared/models/interview.js';
import { APPLICATIONS } from '../../../shared/schema/tracker-schema.js';

describe('matchesQuery', () => {
  it.each([
    [['Acme', 'Backend Engineer'], 'acme eng', true],
    [['Café Luna'], 'cafe', true],
    [['Acme'], 'acme globex', false],
    [['Acme'], '   ', true],
  ])('matches %j against %j: %s', (fields, query, expected) => {
    expect(matchesQuery(fields, query)).toBe(expected);
  });
});

describe('form updates', () => {
  const round = InterviewForm.parse({ company: 'Acme', role: 'Dev', round: 'Final', start: '2026-03-02 10:00', end: '2026-03-02 11:00', notes: 'n' });

  it('marks a new round manual and titles it', () => {
    expect(interviewUpdates(round, 'nr-1', null)).toEqual({
      eventId: 'nr-1',
      company: 'Acme',
      role: 'Dev',
      round: 'Final',
      title: 'Final · Acme',
      start: '2026-03-02 10:00',
      end: '2026-03-02 11:00',
      interviewers: '',
      meetingLink: '',
      applicationId: '',
      notes: 'n',
      calendarStatus: 'manual',
    });
  });

  it("leaves the calendar's cells alone on a synced round", () => {
    expect(interviewUpdates(round, 'evt-1', 'confirmed')).toEqual({ company: 'Acme', role: 'Dev', round: 'Final', applicationId: '', notes: 'n' });
  });

  it('stamps an application with its id and the day', () => {
    const form = ApplicationForm.parse({ company: 'Acme', role: 'Dev', stage: 'Offer' });
    expect(applicationUpdates(form, 'app-1', '2026-03-02')).toMatchObject({ id: 'app-1', lastUpdate: '2026-03-02', stage: 'Offer', notes: '' });
  });

  it.each([
    ['app', '123e4567-e89b-12d3-a456-426614174000', 'app-123e4567e89b12d3'],
    ['nr', 'ABCDEF12-3456-7890-abcd-ef1234567890', 'nr-abcdef1234567890'],
  ] as const)('makes a %s id from %s', (prefix, uuid, id) => {
    expect(newRowId(prefix, uuid)).toBe(id);
  });
});

describe('readTable', () => {
  it('reads rows by header, skips blank rows and keeps sheet row numbers', () => {
    const headers = ['Extra', ...APPLICATIONS.columns.map((column) => column.header)];
    const values = [headers, ['x', 'app-1', 'Acme'], ['y', '', ''], ['', 'app-2', 'Globex', 'Dev', 'Offer', '', 3]];
    const table = readTable(APPLICATIONS, values, (value) => String(value ?? ''));
    expect(table.rows.map((row) => [row.row, row.cells.id, row.cells.company])).toEqual([
      [2, 'app-1', 'Acme'],
      [4, 'app-2', 'Globex'],
    ]);
    expect(table.rows[1]!.cells.appliedOn).toBe('3');
  });
});
