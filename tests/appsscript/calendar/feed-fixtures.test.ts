/**
 * The held .ics fixtures (real exports from many calendar programs), served
 * by the UrlFetchApp fake to the built add-on, import the same rows as the
 * service's .ics path (IcsSource → runSync) over the same window and rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClassifyRules } from '../../../shared/classify/rules.js';
import { runSync } from '../../../shared/sync/run-sync.js';
import { IcsSource } from '../../../server/ics/ics-source.js';
import { fixtureDir, fixtureNames } from '../../server/ics/fixtures.js';
import { MemorySheet } from '../../shared/sync/memory-ports.js';
import { importHarness, NOW, type ImportHarness } from './import-harness.js';

const DAY = 86_400_000;
const window = { from: new Date(NOW - 30 * DAY), to: new Date(NOW + 365 * DAY) };
/** Every titled event is an interview under these rules, so every event the parsers read shows as a row. */
const INCLUDE_ALL = [...'abcdefghijklmnopqrstuvwxyz0123456789'];

async function serverRows(name: string) {
  const sheet = new MemorySheet('Europe/Berlin');
  const cursors = new Map<string, string | null>();
  const report = await runSync({
    source: new IcsSource({ location: join(fixtureDir, name), window: () => window, defaultTimeZone: 'Europe/Berlin', now: () => new Date(NOW) }),
    sink: sheet,
    cursors: { get: async (id) => cursors.get(id) ?? null, set: async (id, cursor) => void cursors.set(id, cursor) },
    rules: ClassifyRules.parse({ include: INCLUDE_ALL }),
    now: () => new Date(NOW),
  });
  const rows = sheet.ids().map((id) => {
    const row = sheet.row(id)!;
    return [id, row.Title ?? '', dayAtMidnight(row.Start ?? '')].join(' | ');
  });
  return { rows: rows.sort(), errors: report.errors.length };
}

const berlin = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
/** The sheet holds an all-day start as a date (midnight); the plan's text has no time: compare both as "day 00:00". */
const dayAtMidnight = (text: string) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text} 00:00` : text);
const startText = (cell: unknown) => (cell instanceof Date ? berlin.format(cell) : String(cell ?? ''));

async function addonRows(name: string, h: ImportHarness) {
  const url = `https://outlook.office365.com/owa/calendar/fixtures/${name}`;
  h.urlFetch.serve(url, { body: new Uint8Array(readFileSync(join(fixtureDir, name))) });
  h.addon.addCalendarFeed({ url });
  const pass = await h.sync();
  const ids = h.column('eventId');
  const titles = h.column('title');
  const starts = h.column('start');
  return { rows: ids.map((id, i) => [id, titles[i], startText(starts[i])].join(' | ')).sort(), errors: pass.errors.length };
}

describe('the held .ics fixtures through UrlFetchApp', () => {
  it('import the same rows as the service’s .ics path', async () => {
    let total = 0;
    for (const name of fixtureNames()) {
      const h = importHarness();
      h.calendar.add('me@example.com', 'Me');
      h.addon.setCalendarImport({ enabled: true });
      h.documentProperties.store.set('nextround.calendarRules', JSON.stringify({ include: INCLUDE_ALL, exclude: [] }));
      const server = await serverRows(name);
      const addon = await addonRows(name, h);
      expect({ name, ...addon }).toEqual({ name, ...server });
      total += addon.rows.length;
    }
    // Not a comparison of two empty sheets: the fixtures put rows in the window.
    expect(total).toBeGreaterThan(10);
  });
});
