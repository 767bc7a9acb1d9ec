/**
 * Feeds beside Google calendars in the built add-on: a feed's fingerprints
 * spread over several properties (no longer one 8 KB value), rows judged
 * missing per source (a feed's and a full Google listing's, each behind the
 * circuit breaker), and a feed's unchanged events re-creating a lost row.
 */
import { describe, expect, it } from 'vitest';
import { importHarness, interview } from './import-harness.js';
import { calendar as ics } from '../../server/ics/fixtures.js';
import { writeAsPerson } from '../../fakes/apps-script/index.js';
import { INTERVIEWS } from '../../../shared/schema/tracker-schema.js';

const FEED = 'https://outlook.office365.com/owa/calendar/abc/reachcalendar.ics';
const DAY_MS = 86_400_000;

/** `count` interviews six hours apart from 2026-03-03, ids o0…, as .ics lines. */
function meetings(count: number, skip: ReadonlySet<number> = new Set()) {
  const lines: string[][] = [];
  for (let i = 0; i < count; i++) {
    if (skip.has(i)) continue;
    const start = new Date(Date.parse('2026-03-03T09:00:00Z') + i * (DAY_MS / 4))
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    lines.push([`UID:o${i}@outlook.example`, `DTSTART:${start}`, 'DURATION:PT1H', `SUMMARY:Interview with Globex (${i})`]);
  }
  return ics(...lines);
}

function withFeed(body: string) {
  const h = importHarness();
  const google = h.calendar.add('me@example.com', 'Me');
  google.put(interview('g1', '2026-03-05T10:00:00Z'));
  h.addon.setCalendarImport({ enabled: true });
  h.urlFetch.serve(FEED, { body });
  h.addon.addCalendarFeed({ url: FEED });
  return { h, google };
}

const statusOf = (h: ReturnType<typeof importHarness>, id: string) => h.column('calendarStatus')[h.column('eventId').indexOf(id)];

describe('a feed of several hundred events', () => {
  it('keeps its fingerprints over several properties, each under 9 KB, so an event dropped from it is marked cancelled', async () => {
    const { h } = withFeed(meetings(400));
    expect(await h.sync()).toMatchObject({ added: 401, errors: [] });
    const marks = [...h.documentProperties.store].filter(([key]) => key.startsWith('nextround.feedMarks.'));
    expect(marks.length).toBeGreaterThan(1);
    for (const [key, value] of marks) expect(Buffer.byteLength(key) + Buffer.byteLength(value)).toBeLessThan(9 * 1024);
    h.urlFetch.serve(FEED, { body: meetings(400, new Set([7])) });
    h.clock.ms += 60_000;
    expect(await h.sync()).toMatchObject({ added: 0, updated: 0, cancelled: 1 });
    expect(statusOf(h, 'o7@outlook.example')).toBe('cancelled');
    expect(h.column('eventId')).toHaveLength(401);
  });

  it('hands only changed events to the engine once its fingerprints are kept', async () => {
    const { h } = withFeed(meetings(300));
    await h.sync();
    const before = JSON.stringify(h.rows());
    h.log.reset();
    expect(await h.sync()).toMatchObject({ added: 0, updated: 0, cancelled: 0 });
    expect(JSON.stringify(h.rows())).toBe(before);
    expect(h.log.count('Range.setValues')).toBe(0);
  });
});

describe('rows judged missing per source', () => {
  it('still lets a full Google listing (after 410) mark a vanished Google row cancelled while a feed is set up, and leaves the feed’s rows alone', async () => {
    const { h, google } = withFeed(meetings(3));
    await h.sync();
    // A row of a Google event that is no longer anywhere in the calendar (its tombstone gone).
    const sheet = h.spreadsheet.getSheetByName(INTERVIEWS.name)!;
    const row = h.rows().length + 1;
    const column = (key: string) => (h.rows()[0] as string[]).indexOf(INTERVIEWS.columns.find((c) => c.key === key)!.header) + 1;
    writeAsPerson(sheet, row, column('eventId'), 'ghost');
    writeAsPerson(sheet, row, column('title'), 'Interview with Ghost Corp');
    writeAsPerson(sheet, row, column('start'), new Date('2026-03-09T10:00:00Z'));
    writeAsPerson(sheet, row, column('calendarStatus'), 'confirmed');
    google.expireSyncTokens();
    h.clock.ms += 60_000;
    expect(await h.sync()).toMatchObject({ added: 0, cancelled: 1, errors: [] });
    expect(statusOf(h, 'ghost')).toBe('cancelled');
    for (const id of ['g1', 'o0@outlook.example', 'o1@outlook.example', 'o2@outlook.example']) expect(statusOf(h, id)).toBe('confirmed');
  });

  it('does not judge rows by a full Google listing while a feed has no marks yet (import turned off and on): rows of that feed are unknown', async () => {
    const { h } = withFeed(meetings(3));
    await h.sync();
    const sheet = h.spreadsheet.getSheetByName(INTERVIEWS.name)!;
    const row = h.rows().length + 1;
    const column = (key: string) => (h.rows()[0] as string[]).indexOf(INTERVIEWS.columns.find((c) => c.key === key)!.header) + 1;
    // A row the feed wrote long ago, of an event it no longer lists.
    writeAsPerson(sheet, row, column('eventId'), 'gone@outlook.example');
    writeAsPerson(sheet, row, column('title'), 'Interview with Gone Corp');
    writeAsPerson(sheet, row, column('start'), new Date('2026-03-09T10:00:00Z'));
    writeAsPerson(sheet, row, column('calendarStatus'), 'confirmed');
    h.addon.setCalendarImport({ enabled: false });
    h.addon.setCalendarImport({ enabled: true });
    h.clock.ms += 60_000;
    expect(await h.sync()).toMatchObject({ cancelled: 0, errors: [] });
    expect(statusOf(h, 'gone@outlook.example')).toBe('confirmed');
  });

  it('leaves a feed’s rows alone and names it when it suddenly lists few of its events (the circuit breaker), while the rest imports', async () => {
    const { h, google } = withFeed(meetings(8));
    await h.sync();
    const feedRows = () => h.column('eventId').flatMap((id, i) => (String(id).startsWith('o') ? [`${id} ${h.column('calendarStatus')[i]}`] : []));
    const before = feedRows();
    h.urlFetch.serve(FEED, { body: meetings(8, new Set([1, 2, 3, 4, 5, 6])) });
    google.put(interview('g2', '2026-03-06T10:00:00Z'));
    for (let run = 0; run < 2; run++) {
      h.clock.ms += 60_000;
      const pass = await h.sync();
      expect(pass.errors).toEqual([
        'Feed "outlook.office365.com/…/reachcalendar.ics": 6 of 8 rows would be marked cancelled, which looks like a listing cut short; those rows were left as they are and are checked again next time.',
      ]);
      expect(feedRows()).toEqual(before);
    }
    expect(h.column('eventId')).toContain('g2');
    // Once the feed lists them again, nothing is left to say.
    h.urlFetch.serve(FEED, { body: meetings(8) });
    h.clock.ms += 60_000;
    expect(await h.sync()).toMatchObject({ cancelled: 0, errors: [] });
  });
});

describe('a feed row lost to another writer', () => {
  it('comes back on the next pass though its event did not change', async () => {
    const { h } = withFeed(meetings(3));
    await h.sync();
    const sheet = h.spreadsheet.getSheetByName(INTERVIEWS.name)!;
    sheet.deleteRow(h.column('eventId').indexOf('o1@outlook.example') + 2);
    expect(h.column('eventId')).not.toContain('o1@outlook.example');
    h.clock.ms += 60_000;
    expect(await h.sync()).toMatchObject({ added: 1 });
    expect(h.column('eventId').filter((id) => id === 'o1@outlook.example')).toHaveLength(1);
  });
});
