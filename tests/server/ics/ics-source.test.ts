import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNextRoundError } from '../../../shared/errors.js';
import type { CalendarChanges } from '../../../shared/sync/ports.js';
import { IcsSource, isUrl } from '../../../server/ics/ics-source.js';
import { calendar } from './fixtures.js';

const window = () => ({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') });
const screen = (summary = 'Phone screen - Acme', start = '20260410T160000Z') => ['UID:screen', `SUMMARY:${summary}`, `DTSTART:${start}`, 'DURATION:PT30M'];
const standup = ['UID:standup', 'SUMMARY:Standup', 'DTSTART:20260105T090000Z', 'DURATION:PT15M', 'RRULE:FREQ=WEEKLY;COUNT=3'];

function sourceFor(text: string): { source: IcsSource; write: (next: string) => void } {
  const path = join(mkdtempSync(join(tmpdir(), 'nr-ics-')), 'cal.ics');
  writeFileSync(path, text);
  const now = () => new Date('2026-02-01T00:00:00Z');
  return { source: new IcsSource({ location: path, window, defaultTimeZone: 'UTC', now }), write: (next) => writeFileSync(path, next) };
}

function changed(changes: CalendarChanges): string[] {
  if (changes.kind !== 'changes') throw new Error('expected changes');
  return changes.events.map((e) => `${e.id}:${e.status}`).sort();
}

describe('IcsSource', () => {
  it('lists everything with no cursor, as a full listing from the window start', async () => {
    const { source } = sourceFor(calendar(screen(), standup));
    const changes = await source.listChanges(null);
    expect(changed(changes)).toEqual([
      'screen:confirmed',
      'standup_20260105T090000Z:confirmed',
      'standup_20260112T090000Z:confirmed',
      'standup_20260119T090000Z:confirmed',
    ]);
    expect(changes.kind === 'changes' && [changes.full, changes.listedFrom]).toEqual([true, '2026-01-01']);
    expect(source.lastFound).toBe(4);
  });

  it('reads a file folded inside a multi-byte character, as 75-octet folding allows', async () => {
    const bytes = Buffer.from(calendar(screen('Entretien café')), 'utf8');
    const at = bytes.indexOf(0xa9); // second byte of "é"
    const { source } = sourceFor('');
    const path = (source.id as string).replace(/^file:/, '');
    writeFileSync(path, Buffer.concat([bytes.subarray(0, at), Buffer.from('\r\n '), bytes.subarray(at)]));
    const changes = await source.listChanges(null);
    expect(changes.kind === 'changes' && changes.events.map((e) => e.summary)).toEqual(['Entretien café']);
  });

  it('reports nothing on a rerun of an unchanged file', async () => {
    const { source } = sourceFor(calendar(screen(), standup));
    const first = await source.listChanges(null);
    const second = await source.listChanges(first.kind === 'changes' ? first.nextCursor : null);
    expect(changed(second)).toEqual([]);
    expect(second.kind === 'changes' && second.full).toBe(false);
  });

  it('reports only the moved event, and an event gone from the feed as cancelled', async () => {
    const { source, write } = sourceFor(calendar(screen(), standup));
    const first = await source.listChanges(null);
    write(calendar(screen('Phone screen - Acme', '20260411T160000Z'), [...standup.slice(0, 4), 'RRULE:FREQ=WEEKLY;COUNT=2']));
    const second = await source.listChanges(first.kind === 'changes' ? first.nextCursor : null);
    expect(changed(second)).toEqual(['screen:confirmed', 'standup_20260119T090000Z:cancelled']);
    const gone = second.kind === 'changes' ? second.events.find((e) => e.status === 'cancelled') : undefined;
    expect(gone).toEqual({ id: 'standup_20260119T090000Z', status: 'cancelled', updated: '2026-02-01T00:00:00.000Z' });
  });

  it('lists the events the cursor already has as unchanged, so the engine can re-create a lost row', async () => {
    const { source, write } = sourceFor(calendar(screen(), standup));
    const first = await source.listChanges(null);
    expect(first.kind === 'changes' && first.unchanged).toBeUndefined();
    write(calendar(screen('Phone screen - Acme', '20260411T160000Z'), standup));
    const second = await source.listChanges(first.kind === 'changes' ? first.nextCursor : null);
    expect(changed(second)).toEqual(['screen:confirmed']);
    expect(second.kind === 'changes' && second.unchanged?.map((e) => e.id)).toEqual([
      'standup_20260105T090000Z',
      'standup_20260112T090000Z',
      'standup_20260119T090000Z',
    ]);
  });

  it('forgets, without cancelling, an event that slid out of the window', async () => {
    const { source } = sourceFor(calendar(screen()));
    const cursor = JSON.stringify({ v: 1, events: { old: ['digest', Date.parse('2025-06-01T00:00:00Z')] } });
    const changes = await source.listChanges(cursor);
    expect(changed(changes)).toEqual(['screen:confirmed']);
    expect(changes.kind === 'changes' && JSON.parse(changes.nextCursor).events.old).toBeUndefined();
  });

  it('treats an unreadable cursor as none and lists everything', async () => {
    const { source } = sourceFor(calendar(screen()));
    const changes = await source.listChanges('{not json');
    expect([changed(changes), changes.kind === 'changes' && changes.full]).toEqual([['screen:confirmed'], true]);
  });

  it('names a missing file in a NOT_FOUND error', async () => {
    const source = new IcsSource({ location: '/nonexistent/cal.ics', window, defaultTimeZone: 'UTC' });
    const error = await source.listChanges(null).catch((e: unknown) => e);
    expect(isNextRoundError(error, 'NOT_FOUND') && error.message).toBe('Cannot read the calendar /nonexistent/cal.ics: no such file.');
  });
});

describe('IcsSource with a series left out at the work bound', () => {
  it('cancels nothing and keeps the earlier digests, since the listing is partial', async () => {
    const storm = ['UID:storm', 'DTSTART:20260101T000000Z', 'RRULE:FREQ=SECONDLY'];
    const { source } = sourceFor(calendar(screen(), storm));
    const cursor = JSON.stringify({ v: 1, events: { gone: ['digest', Date.parse('2026-06-01T00:00:00Z')] } });
    const changes = await source.listChanges(cursor);
    expect(changes.kind === 'changes' && changes.events.some((e) => e.status === 'cancelled')).toBe(false);
    expect(changes.kind === 'changes' && JSON.parse(changes.nextCursor).events.gone).toEqual(['digest', Date.parse('2026-06-01T00:00:00Z')]);
    expect(changes.kind === 'changes' && changes.errors).toEqual([
      expect.stringMatching(/event "storm" was left out: its recurrence needs more than \d+ steps/),
    ]);
  });
});

describe('isUrl', () => {
  it.each([
    ['https://calendar.google.com/calendar/ical/x/basic.ics', true],
    ['http://example.com/a.ics', true],
    ['webcal://example.com/a.ics', true],
    ['file:///home/me/a.ics', false],
    ['/home/me/a.ics', false],
    ['C:\\Users\\me\\a.ics', false],
    ['cal.ics', false],
  ])('says %s is a URL: %s', (location, expected) => {
    expect(isUrl(location)).toBe(expected);
  });
});

describe('IcsSource with a webcal:// link', () => {
  it('fetches it as https, under the same address checks', async () => {
    const source = new IcsSource({ location: 'webcal://127.0.0.1/cal.ics', window, defaultTimeZone: 'UTC' });
    const error = await source.listChanges(null).catch((e: unknown) => e);
    expect(isNextRoundError(error, 'FETCH_REFUSED') && error.message).toBe('Refused to fetch https://127.0.0.1/cal.ics: 127.0.0.1 is not a public address.');
  });
});

describe('IcsSource with an event it cannot read', () => {
  it('names it in errors and, the listing being partial, cancels nothing', async () => {
    const { source, write } = sourceFor(calendar(screen(), standup));
    const first = await source.listChanges(null);
    write(calendar(['UID:screen', 'SUMMARY:Phone screen - Acme', 'DTSTART:2026-04-10'], standup));
    const second = await source.listChanges(first.kind === 'changes' ? first.nextCursor : null);
    expect(second.kind === 'changes' && [second.events.length, second.full, second.errors?.length]).toEqual([0, false, 1]);
  });
});
