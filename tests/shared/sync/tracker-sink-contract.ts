/**
 * The TrackerSink contract: every sink (Sheets API, .xlsx, the in-memory
 * fake) must pass it. Call `describeTrackerSinkContract` from a test file
 * with a factory that makes a sink over an Interviews sheet holding `grid`.
 */
import { describe, expect, it } from 'vitest';
import { INTERVIEWS } from '../../../shared/schema/tracker-schema.js';
import type { TrackerSink } from '../../../shared/sync/ports.js';

export const CONTRACT_HEADERS: string[] = INTERVIEWS.columns.map((column) => column.header);

export interface SinkUnderTest {
  sink: TrackerSink;
  /** The sheet's cells as text, header row first. */
  readBack(): Promise<string[][]>;
  /** Releases what the factory opened. */
  close?(): Promise<void>;
}

/** `grid` is the sheet (header row first, text cells); `timeZone` the zone the sink reports. */
export type SinkFactory = (grid: string[][], timeZone: string) => Promise<SinkUnderTest>;

const row = (cells: Record<string, string>) => CONTRACT_HEADERS.map((header) => cells[header] ?? '');

export function describeTrackerSinkContract(name: string, make: SinkFactory): void {
  describe(`TrackerSink contract: ${name}`, () => {
    const withSink = async (grid: string[][], run: (under: SinkUnderTest) => Promise<void>) => {
      const under = await make(grid, 'Asia/Kolkata');
      try {
        await run(under);
      } finally {
        await under.close?.();
      }
    };

    it('reads headers, rows keyed by column key, and the time zone', () =>
      withSink([CONTRACT_HEADERS, row({ 'Event ID': 'a', Title: 'Screen', Notes: 'mine' })], async ({ sink }) => {
        const snapshot = await sink.read();
        expect(snapshot.headers.slice(0, CONTRACT_HEADERS.length)).toEqual(CONTRACT_HEADERS);
        expect(snapshot.timeZone).toBe('Asia/Kolkata');
        expect(snapshot.rows[0]).toMatchObject({ eventId: 'a', title: 'Screen' });
      }));

    it('appends rows as literal text and updates only the listed cells of the row it was told', () =>
      withSink(
        [CONTRACT_HEADERS, row({ 'Event ID': 'a', Title: 'Old', Notes: 'mine' }), row({ 'Event ID': 'b', Title: 'Other' })],
        async ({ sink, readBack }) => {
          const snapshot = await sink.read();
          await sink.apply(
            [
              { kind: 'update', eventId: 'b', row: 1, cells: { title: 'New' } },
              { kind: 'append', eventId: 'c', cells: { eventId: 'c', title: '=IMPORTXML("https://x","//a")', calendarStatus: 'confirmed' } },
            ],
            snapshot,
          );
          const grid = await readBack();
          const title = CONTRACT_HEADERS.indexOf('Title');
          const notes = CONTRACT_HEADERS.indexOf('Notes');
          expect(grid.slice(1).map((cells) => [cells[0], cells[title], cells[notes] ?? ''])).toEqual([
            ['a', 'Old', 'mine'],
            ['b', 'New', ''],
            ['c', '=IMPORTXML("https://x","//a")', ''],
          ]);
        },
      ));

    it('refuses to read a sheet whose required header is missing, naming it', () =>
      withSink([CONTRACT_HEADERS.filter((header) => header !== 'Event ID')], async ({ sink }) => {
        await expect(sink.read()).rejects.toMatchObject({ code: 'HEADER_MISSING' });
      }));
  });
}
