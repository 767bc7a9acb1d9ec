/**
 * The TrackerLinks contract: a sink that links rounds reads Applications and
 * Contacts in its one read and appends their new rows in its one write. Every
 * sink (Sheets API, SpreadsheetApp, .xlsx, the in-memory fake) must pass it;
 * the last cases run the engine over the sink, so linking is shown end to end
 * in every world.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../shared/classify/rules.js';
import { APPLICATIONS, CONTACTS, INTERVIEWS } from '../../../shared/schema/tracker-schema.js';
import type { CalendarEvent } from '../../../shared/sync/calendar-event.js';
import type { TrackerSink } from '../../../shared/sync/ports.js';
import { runSync } from '../../../shared/sync/run-sync.js';
import { MemoryCursors, ScriptedSource } from './memory-ports.js';

const headersOf = (columns: readonly { header: string }[]) => columns.map((column) => column.header);
export const INTERVIEW_HEADERS = headersOf(INTERVIEWS.columns);
// The person moved Stage first in Applications: columns are found by header.
export const APPLICATION_HEADERS = ['Stage', ...headersOf(APPLICATIONS.columns).filter((header) => header !== 'Stage')];
export const CONTACT_HEADERS = headersOf(CONTACTS.columns);

/** The tracker's sheets as text grids (header row first); a sheet left out is a tab the workbook lacks. */
export interface LinkedSheets {
  Interviews: string[][];
  Applications?: string[][];
  Contacts?: string[][];
}

export interface LinkSinkUnderTest {
  sink: TrackerSink;
  /** A sheet's cells as text, header row first. */
  readBack(sheet: 'Interviews' | 'Applications' | 'Contacts'): Promise<string[][]>;
  close?(): Promise<void>;
}

export type LinkSinkFactory = (sheets: LinkedSheets, timeZone: string) => Promise<LinkSinkUnderTest>;

const line = (headers: string[], cells: Record<string, string>) => headers.map((header) => cells[header] ?? '');
const byHeader = (grid: string[][]) => grid.slice(1).map((cells) => Object.fromEntries(grid[0]!.map((header, i) => [header, cells[i] ?? ''])));

function round(id: string, title: string, hour: number, email: string): CalendarEvent {
  const at = (h: number) => `2026-05-04T${String(h).padStart(2, '0')}:00:00Z`;
  return {
    id,
    status: 'confirmed',
    updated: '2026-04-01T00:00:00Z',
    summary: title,
    start: { dateTime: at(hour) },
    end: { dateTime: at(hour + 1) },
    attendees: [
      { email: 'me@gmail.com', self: true },
      { email, displayName: email.split('@')[0] },
    ],
  };
}

export function describeTrackerLinksContract(name: string, make: LinkSinkFactory): void {
  describe(`TrackerLinks contract: ${name}`, () => {
    const withSink = async (sheets: LinkedSheets, run: (under: LinkSinkUnderTest) => Promise<void>) => {
      const under = await make(sheets, 'UTC');
      try {
        await run(under);
      } finally {
        await under.close?.();
      }
    };
    const fullTracker = (): LinkedSheets => ({
      Interviews: [INTERVIEW_HEADERS, line(INTERVIEW_HEADERS, { 'Event ID': 'a', Title: 'Screen', Company: 'Acme' })],
      Applications: [APPLICATION_HEADERS, line(APPLICATION_HEADERS, { 'Application ID': 'app-1', Company: 'Acme', Role: 'Engineer', Stage: 'Applied' })],
      Contacts: [CONTACT_HEADERS, line(CONTACT_HEADERS, { 'Contact ID': 'ct-1', Name: 'Ana', Email: 'ana@acme.com' })],
    });

    it('reads Applications and Contacts as text in the same read as the Interviews rows', () =>
      withSink(fullTracker(), async ({ sink }) => {
        const snapshot = await sink.read();
        expect(snapshot.links?.applications?.headers.slice(0, APPLICATION_HEADERS.length)).toEqual(APPLICATION_HEADERS);
        expect(byHeader([[...snapshot.links!.applications!.headers], ...snapshot.links!.applications!.rows.map((r) => [...r])])).toEqual([
          expect.objectContaining({ 'Application ID': 'app-1', Company: 'Acme', Role: 'Engineer', Stage: 'Applied' }),
        ]);
        expect(snapshot.links?.contacts?.rows.map((r) => r[CONTACT_HEADERS.indexOf('Email')])).toEqual(['ana@acme.com']);
      }));

    it('reads a missing Contacts tab as null (or as the empty sheet a sink that adds missing sheets made), and still reads the rest', () =>
      withSink({ ...fullTracker(), Contacts: undefined }, async ({ sink }) => {
        const snapshot = await sink.read();
        expect([snapshot.rows.length, snapshot.links?.applications?.rows.length]).toEqual([1, 1]);
        expect(snapshot.links?.contacts?.rows ?? []).toEqual([]);
      }));

    it('appends the new rows under their headers as literal text, in the same write as the Interviews ops', () =>
      withSink(fullTracker(), async ({ sink, readBack }) => {
        const snapshot = await sink.read();
        await sink.apply([{ kind: 'update', eventId: 'a', row: 0, cells: { applicationId: 'app-2' } }], snapshot, {
          applications: [{ id: 'app-2', company: '=HYPERLINK("https://x")', role: 'Designer', stage: 'Interviewing' }],
          contacts: [{ id: 'ct-2', name: 'Bo', email: 'bo@acme.com', company: 'Acme', metAt: 'Phone screen, 2026-05-04', lastContact: '2026-05-04' }],
        });
        expect(byHeader(await readBack('Applications')).map((app) => [app['Application ID'], app.Company, app.Role, app.Stage])).toEqual([
          ['app-1', 'Acme', 'Engineer', 'Applied'],
          ['app-2', '=HYPERLINK("https://x")', 'Designer', 'Interviewing'],
        ]);
        expect(byHeader(await readBack('Contacts')).map((c) => [c.Name, c.Email, c['How we met'], c['Last contact']])).toEqual([
          ['Ana', 'ana@acme.com', '', ''],
          ['Bo', 'bo@acme.com', 'Phone screen, 2026-05-04', '2026-05-04'],
        ]);
        expect(byHeader(await readBack('Interviews'))[0]).toMatchObject({ 'Event ID': 'a', 'Application ID': 'app-2', Company: 'Acme' });
      }));

    it('through the engine: two rounds at one company and role make one application, a second role a second, a rerun nothing new', () =>
      withSink(fullTracker(), async ({ sink, readBack }) => {
        const events = [
          round('r1', 'Phone screen - Globex (Backend Engineer)', 9, 'kim@globex.com'),
          round('r2', 'Technical interview - Globex (Backend Engineer)', 12, 'lee@globex.com'),
          round('r3', 'Phone screen - Globex (Data Engineer)', 15, 'KIM@globex.com'),
        ];
        const cursors = new MemoryCursors();
        const pass = () =>
          runSync({
            source: new ScriptedSource([{ kind: 'changes', events, nextCursor: 't', full: false }]),
            sink,
            cursors,
            rules: DEFAULT_RULES,
            now: () => new Date('2026-05-01T00:00:00Z'),
          });
        const first = await pass();
        // Row "a" (Acme, no role) goes to Acme's one open application.
        expect(first.linked).toEqual({ rounds: 4, applications: 2, contacts: 2 });
        const after = await Promise.all([readBack('Interviews'), readBack('Applications'), readBack('Contacts')]);
        const apps = byHeader(after[1]);
        expect(apps.map((app) => [app.Company, app.Role, app.Stage])).toEqual([
          ['Acme', 'Engineer', 'Applied'],
          ['Globex', 'Backend Engineer', 'Interviewing'],
          ['Globex', 'Data Engineer', 'Interviewing'],
        ]);
        const linkOf = Object.fromEntries(byHeader(after[0]).map((row) => [row['Event ID'], row['Application ID']]));
        expect(linkOf).toEqual({ a: 'app-1', r1: apps[1]!['Application ID'], r2: apps[1]!['Application ID'], r3: apps[2]!['Application ID'] });
        expect(byHeader(after[2]).map((contact) => contact.Email)).toEqual(['ana@acme.com', 'kim@globex.com', 'lee@globex.com']);

        const again = await pass();
        expect([again.added, again.linked]).toEqual([0, undefined]);
        expect(await Promise.all([readBack('Interviews'), readBack('Applications'), readBack('Contacts')])).toEqual(after);
      }));
  });
}
