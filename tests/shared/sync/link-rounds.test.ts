import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../shared/classify/rules.js';
import { APPLICATIONS, CONTACTS } from '../../../shared/schema/tracker-schema.js';
import type { CalendarEvent } from '../../../shared/sync/calendar-event.js';
import { applicationKey, companyKey } from '../../../shared/sync/link-keys.js';
import { runSync } from '../../../shared/sync/run-sync.js';
import { MemoryCursors, MemorySheet, ScriptedSource } from './memory-ports.js';

const now = () => new Date('2026-05-01T12:00:00Z');
const APP_HEADERS = APPLICATIONS.columns.map((column) => column.header);
const CONTACT_HEADERS = CONTACTS.columns.map((column) => column.header);

/** An invitation from Acme's interviewers to me, on 4 May 2026 at `hour` UTC. */
function round(id: string, title: string, hour: number, interviewers: { email: string; displayName?: string }[] = []): CalendarEvent {
  const at = (h: number) => `2026-05-04T${String(h).padStart(2, '0')}:00:00Z`;
  return {
    id,
    status: 'confirmed',
    updated: '2026-04-01T00:00:00Z',
    summary: title,
    start: { dateTime: at(hour) },
    end: { dateTime: at(hour + 1) },
    organizer: { email: 'talent@acme.com' },
    attendees: [{ email: 'me@gmail.com', self: true }, { email: 'talent@acme.com', displayName: 'Acme Talent' }, ...interviewers],
  };
}

function linkedSheet(applications: string[][] = [], contacts: string[][] = []): MemorySheet {
  const sheet = new MemorySheet('UTC');
  sheet.linked = { applications: [APP_HEADERS, ...applications], contacts: [CONTACT_HEADERS, ...contacts] };
  return sheet;
}

async function pass(sheet: MemorySheet, events: CalendarEvent[], cursors = new MemoryCursors()) {
  return runSync({ source: new ScriptedSource([{ kind: 'changes', events, nextCursor: 't', full: false }]), sink: sheet, cursors, rules: DEFAULT_RULES, now });
}

/** Data rows of a linked sheet as objects by header. */
function rowsOf(grid: string[][] | null): Record<string, string>[] {
  const [headers, ...rows] = grid!;
  return rows.map((line) => Object.fromEntries(headers!.map((header, index) => [header, line[index] ?? ''])));
}

const appRow = (cells: Record<string, string>) => APP_HEADERS.map((header) => cells[header] ?? '');

describe('linking imported rounds to applications', () => {
  it('gives two rounds at one company and role one application, created as Interviewing', async () => {
    const sheet = linkedSheet();
    const report = await pass(sheet, [
      round('r1', 'Phone screen - Acme (Backend Engineer)', 9, [{ email: 'ana@acme.com', displayName: 'Ana Ruiz' }]),
      round('r2', 'Technical interview - Acme (Backend Engineer)', 14),
    ]);
    const apps = rowsOf(sheet.linked!.applications);
    expect(apps).toEqual([expect.objectContaining({ Company: 'Acme', Role: 'Backend Engineer', Stage: 'Interviewing', Contact: 'Acme Talent' })]);
    const id = apps[0]!['Application ID'];
    expect(id).toMatch(/^app-[0-9a-f]{16}$/);
    expect([sheet.row('r1')!['Application ID'], sheet.row('r2')!['Application ID']]).toEqual([id, id]);
    expect(report.linked).toEqual({ rounds: 2, applications: 1, contacts: 2 });
    expect(sheet.writes).toBe(1);
  });

  it('gives a second role at that company a second application', async () => {
    const sheet = linkedSheet();
    await pass(sheet, [round('r1', 'Phone screen - Acme (Backend Engineer)', 9), round('r2', 'Phone screen - Acme (Data Engineer)', 11)]);
    expect(rowsOf(sheet.linked!.applications).map((app) => app.Role)).toEqual(['Backend Engineer', 'Data Engineer']);
    expect(sheet.row('r1')!['Application ID']).not.toBe(sheet.row('r2')!['Application ID']);
  });

  it('creates nothing on a rerun, nor when the same rounds come back changed', async () => {
    const sheet = linkedSheet();
    const events = [round('r1', 'Phone screen - Acme (Backend Engineer)', 9, [{ email: 'ana@acme.com' }]), round('r2', 'Onsite - Acme (Backend Engineer)', 14)];
    await pass(sheet, events);
    const before = JSON.stringify([sheet.grid, sheet.linked]);
    const again = await pass(sheet, events);
    expect([JSON.stringify([sheet.grid, sheet.linked]), sheet.writes, again.linked]).toEqual([before, 1, undefined]);
    const moved = await pass(sheet, [{ ...round('r2', 'Onsite - Acme (Backend Engineer)', 15), updated: '2026-04-02T00:00:00Z' }]);
    expect([moved.updated, sheet.linked!.applications!.length, sheet.linked!.contacts!.length]).toEqual([1, 2, 3]);
  });

  it('matches an application the person already has by company and role, whatever the case, spacing or legal form', async () => {
    const sheet = linkedSheet([appRow({ 'Application ID': 'app-mine', Company: 'ACME, Inc.', Role: 'backend  engineer', Stage: 'Applied' })]);
    await pass(sheet, [round('r1', 'Phone screen - Acme (Backend Engineer)', 9)]);
    expect(sheet.linked!.applications).toHaveLength(2);
    expect(sheet.row('r1')!['Application ID']).toBe('app-mine');
    // Existing applications are never changed: no stage moves, not even forward.
    expect(rowsOf(sheet.linked!.applications)[0]!.Stage).toBe('Applied');
  });

  it("links a round without a role to its company's one open application, and creates one without a role when there are several", async () => {
    const one = linkedSheet([
      appRow({ 'Application ID': 'app-old', Company: 'Acme', Role: 'Designer', Stage: 'Rejected' }),
      appRow({ 'Application ID': 'app-open', Company: 'Acme', Role: 'Backend Engineer', Stage: 'Screening' }),
    ]);
    await pass(one, [round('r1', 'Interview - Acme', 9)]);
    expect([one.row('r1')!['Application ID'], one.linked!.applications!.length]).toEqual(['app-open', 3]);

    const two = linkedSheet([
      appRow({ 'Application ID': 'app-a', Company: 'Acme', Role: 'Backend Engineer', Stage: 'Applied' }),
      appRow({ 'Application ID': 'app-b', Company: 'Acme', Role: 'Data Engineer', Stage: 'Applied' }),
    ]);
    await pass(two, [round('r1', 'Interview - Acme', 9), round('r2', 'Final round - Acme', 12)]);
    const created = rowsOf(two.linked!.applications)[2]!;
    expect([created.Company, created.Role, two.linked!.applications!.length]).toEqual(['Acme', '', 4]);
    expect([two.row('r1')!['Application ID'], two.row('r2')!['Application ID']]).toEqual([created['Application ID'], created['Application ID']]);
  });

  it('adds interviewers to Contacts once, matched by address whatever its case, with the company and how they met', async () => {
    const sheet = linkedSheet([], [CONTACT_HEADERS.map((header) => ({ 'Contact ID': 'ct-mine', Name: 'Ana', Email: 'ANA@acme.com' })[header] ?? '')]);
    await pass(sheet, [
      round('r1', 'Phone screen - Acme (Backend Engineer)', 9, [{ email: 'ana@acme.com' }, { email: 'bo@acme.com', displayName: 'Bo Chen' }]),
      round('r2', 'Technical interview - Acme (Backend Engineer)', 14, [{ email: 'Bo@Acme.com' }]),
    ]);
    expect(rowsOf(sheet.linked!.contacts).map((c) => [c.Name, c.Email, c.Company, c['How we met'], c['Last contact']])).toEqual([
      ['Ana', 'ANA@acme.com', '', '', ''],
      ['Acme Talent', 'talent@acme.com', 'Acme', 'Phone screen, 2026-05-04', '2026-05-04'],
      ['Bo Chen', 'bo@acme.com', 'Acme', 'Phone screen, 2026-05-04', '2026-05-04'],
    ]);
  });

  it("never overwrites a row's Application link the person set, and leaves rounds entered by hand alone", async () => {
    const sheet = linkedSheet();
    await pass(sheet, [round('r1', 'Phone screen - Acme (Backend Engineer)', 9)]);
    const index = sheet.grid[0]!.indexOf('Application ID');
    sheet.grid[1]![index] = 'app-chosen';
    const manual = new Array<string>(sheet.grid[0]!.length).fill('');
    const set = (header: string, value: string) => (manual[sheet.grid[0]!.indexOf(header)] = value);
    set('Event ID', 'nr-1');
    set('Company', 'Globex');
    set('Calendar status', 'manual');
    sheet.grid.push(manual);
    await pass(sheet, [{ ...round('r1', 'Phone screen - Acme (Backend Engineer)', 10), updated: '2026-04-03T00:00:00Z' }]);
    expect([sheet.row('r1')!['Application ID'], sheet.row('nr-1')!['Application ID'], sheet.linked!.applications!.length]).toEqual(['app-chosen', '', 2]);
  });

  it('links rows imported before linking existed, in the next pass, without changing anything else', async () => {
    const sheet = new MemorySheet('UTC');
    await pass(sheet, [round('r1', 'Phone screen - Acme (Backend Engineer)', 9)]);
    sheet.linked = { applications: [APP_HEADERS], contacts: [CONTACT_HEADERS] };
    const report = await pass(sheet, []);
    expect([report.linked, sheet.row('r1')!['Application ID']]).toEqual([{ rounds: 1, applications: 1, contacts: 1 }, sheet.linked.applications![1]![0]]);
  });

  it('links a cancelled round but does not add its interviewers to Contacts', async () => {
    const sheet = linkedSheet();
    await pass(sheet, [{ ...round('r1', 'Phone screen - Acme (Backend Engineer)', 9), status: 'cancelled' }]);
    expect([sheet.linked!.applications!.length, sheet.linked!.contacts!.length, sheet.row('r1')!['Application ID']]).toEqual([
      2,
      1,
      sheet.linked!.applications![1]![0],
    ]);
  });

  it('still syncs the rounds, and names why, when Applications lacks a required header', async () => {
    const sheet = linkedSheet();
    sheet.linked!.applications = [['Application ID', 'Company']];
    const report = await pass(sheet, [round('r1', 'Phone screen - Acme (Backend Engineer)', 9)]);
    expect(report.added).toBe(1);
    expect(report.errors).toEqual([
      'Rounds were not linked to applications: Sheet "Applications" is missing the required headers "Role", "Stage". Run "Set up tracker" to add it back, or restore the header text.',
    ]);
  });
});

describe('link keys', () => {
  it.each([
    ['Acme', 'acme'],
    ['ACME, Inc.', 'acme'],
    ['Acme Corp', 'acme'],
    ['Société Générale SA', 'societe generale'],
    ['AT&T', 'at and t'],
    ['Co', 'co'],
  ])('reads the company %j as %j', (company, key) => expect(companyKey(company)).toBe(key));

  it('tells roles apart but not their spacing or case', () => {
    expect(applicationKey('Acme', 'Backend  Engineer')).toBe(applicationKey('acme', 'backend engineer'));
    expect(applicationKey('Acme', 'Backend Engineer')).not.toBe(applicationKey('Acme', 'Data Engineer'));
  });
});
