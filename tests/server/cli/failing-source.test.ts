import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncTracker, type SyncTrackerInput } from '../../../server/cli/sync-tracker.js';
import { XlsxSink } from '../../../server/xlsx/xlsx-sink.js';
import { calendar } from '../ics/fixtures.js';
import { memoryCursors } from './memory-cursors.js';

const event = (uid: string, summary: string, start: string) => [
  `UID:${uid}`,
  `SUMMARY:${summary}`,
  `DTSTART:${start}`,
  'DURATION:PT1H',
  'LAST-MODIFIED:20260301T000000Z',
];
const good = [event('g1', 'Phone screen - Acme', '20260410T160000Z'), event('g2', 'Onsite interview - Globex', '20260412T140000Z')];
const other = [
  event('o1', 'Technical interview - Initech', '20260414T150000Z'),
  event('o2', 'Final interview - Hooli', '20260416T150000Z'),
  event('o3', 'Hiring manager interview - Umbrella', '20260418T150000Z'),
];

// A calendar host that is down: every request answers 500.
let server: Server;
let brokenUrl: string;
beforeAll(async () => {
  server = createServer((_request, response) => response.writeHead(500).end('Internal Server Error'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  brokenUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cal.ics`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'nr-fail-'));
  const goodIcs = join(dir, 'good.ics');
  const otherIcs = join(dir, 'other.ics');
  writeFileSync(goodIcs, calendar(...good));
  writeFileSync(otherIcs, calendar(...other));
  const input = (sources: string[]): SyncTrackerInput => ({
    sources,
    out: join(dir, 'tracker.xlsx'),
    window: () => ({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') }),
    timeZone: 'UTC',
    include: undefined,
    exclude: undefined,
    // A fresh cursor store each time: every pass is a full listing, the case where absent rows are judged.
    cursors: memoryCursors(),
    fetch: { isAllowedAddress: () => true },
  });
  return { dir, goodIcs, otherIcs, input };
}

describe('syncTracker with a calendar that cannot be read', () => {
  it('writes the good calendar’s rows and names the unreachable one with its error', async () => {
    const { goodIcs, input } = setup();
    const summary = await syncTracker(input([brokenUrl, goodIcs]));
    expect([summary.written, summary.added, summary.cancelled, summary.imported.map((row) => row.title)]).toEqual([
      true,
      2,
      0,
      ['Phone screen - Acme', 'Onsite interview - Globex'],
    ]);
    expect(summary.sources).toEqual([
      { id: brokenUrl, found: 0, error: expect.stringContaining('500') },
      { id: `file:${goodIcs}`, found: 2 },
    ]);
  });

  it('cancels none of the rows of a calendar that failed, even on a full listing', async () => {
    const { dir, goodIcs, otherIcs, input } = setup();
    await syncTracker(input([otherIcs, goodIcs]));
    // The other calendar's file is now not iCalendar at all; the next full listing must not take its rows for gone.
    writeFileSync(otherIcs, '<html>Service moved</html>');
    const summary = await syncTracker(input([otherIcs, goodIcs]));
    const rows = (await new XlsxSink({ path: join(dir, 'tracker.xlsx'), timeZone: 'UTC' }).read()).rows;
    expect([summary.cancelled, summary.sources[0]?.error !== undefined, rows.map((row) => row.calendarStatus)]).toEqual([
      0,
      true,
      ['confirmed', 'confirmed', 'confirmed', 'confirmed', 'confirmed'],
    ]);
  });

  it('keeps a failed calendar’s cursor, so an event it dropped meanwhile is cancelled when it is back', async () => {
    const { otherIcs, goodIcs, input } = setup();
    const cursors = memoryCursors();
    await syncTracker({ ...input([otherIcs, goodIcs]), cursors });
    writeFileSync(otherIcs, 'garbage');
    await syncTracker({ ...input([otherIcs, goodIcs]), cursors });
    writeFileSync(otherIcs, calendar(other[0]!, other[1]!));
    const back = await syncTracker({ ...input([otherIcs, goodIcs]), cursors });
    expect([back.added, back.cancelled, back.sources.map((source) => source.error)]).toEqual([0, 1, [undefined, undefined]]);
  });

  it('fails the pass with the calendar’s own error when every calendar fails', async () => {
    const { input } = setup();
    await expect(syncTracker(input([brokenUrl]))).rejects.toThrow(/500/);
  });
});
