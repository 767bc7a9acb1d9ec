import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGoogleCalendarSource, toCalendarEvent } from '../../../server/google/calendar-source.js';
import { NextRoundError } from '../../../shared/errors.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ pageSize: 2 });
});
afterEach(async () => h.fake.close());

const seed = (count: number) => {
  for (let i = 0; i < count; i++)
    h.fake.google
      .calendar()
      .put({ id: `ev${i}`, summary: `Interview ${i}`, start: { dateTime: '2026-05-01T10:00:00Z' }, end: { dateTime: '2026-05-01T11:00:00Z' } });
};
const listRequests = () => h.fake.google.requests('calendar');

describe('Google Calendar source', () => {
  it('runs a bounded full listing to the last page, with the same parameters on every page', async () => {
    seed(5);
    const changes = await h.source.listChanges(null);
    if (changes.kind !== 'changes') throw new Error('expected changes');
    expect(changes.events.map((event) => event.id)).toEqual(['ev0', 'ev1', 'ev2', 'ev3', 'ev4']);
    expect([changes.full, changes.listedFrom]).toEqual([true, '2026-01-01']);
    expect(
      listRequests().map((r) => [r.query.timeMin, r.query.singleEvents, r.query.showDeleted, r.query.maxResults, r.query.pageToken === undefined]),
    ).toEqual([
      ['2026-01-01T00:00:00Z', 'true', 'true', '2', true],
      ['2026-01-01T00:00:00Z', 'true', 'true', '2', false],
      ['2026-01-01T00:00:00Z', 'true', 'true', '2', false],
    ]);
  });

  it('lists only what changed after the cursor, walking past empty pages', async () => {
    seed(3);
    const full = await h.source.listChanges(null);
    if (full.kind !== 'changes') throw new Error('expected changes');
    h.fake.google.calendar().remove('ev1');
    h.fake.google.calendar().put({ id: 'ev7', summary: 'Onsite' });
    h.fake.google.calendar().emptyPages = true;
    const delta = await h.source.listChanges(full.nextCursor);
    if (delta.kind !== 'changes') throw new Error('expected changes');
    expect(delta.events.map((event) => [event.id, event.status])).toEqual([
      ['ev1', 'cancelled'],
      ['ev7', 'confirmed'],
    ]);
    expect(delta.full).toBe(false);
    // The empty first page and the next one both carry the sync token (Google's sync guide keeps it on every page).
    expect(
      listRequests()
        .slice(2)
        .map((r) => [r.query.syncToken, r.query.pageToken === undefined]),
    ).toEqual([
      [full.nextCursor, true],
      [full.nextCursor, false],
    ]);
    expect(delta.windowFrom).toBe('2026-01-01T00:00:00Z');
  });

  it('answers an expired cursor with reset, on the first page or mid-pagination', async () => {
    seed(5);
    const full = await h.source.listChanges(null);
    if (full.kind !== 'changes') throw new Error('expected changes');
    h.fake.google.calendar().expireSyncTokens();
    expect(await h.source.listChanges(full.nextCursor)).toEqual({ kind: 'reset' });

    const fresh = await h.source.listChanges(null);
    if (fresh.kind !== 'changes') throw new Error('expected changes');
    for (let i = 0; i < 5; i++) h.fake.google.calendar().put({ id: `ev${i}`, summary: `Moved ${i}` });
    let pages = 0;
    h.fake.google.beforeRequest = () => {
      if (++pages === 2) h.fake.google.calendar().expireSyncTokens();
    };
    expect(await h.source.listChanges(fresh.nextCursor)).toEqual({ kind: 'reset' });
  });

  it('flattens conference video links and refuses a malformed event, naming it', () => {
    const event = toCalendarEvent(
      {
        id: 'a',
        status: 'confirmed',
        conferenceData: {
          entryPoints: [
            { entryPointType: 'phone', uri: 'tel:+1' },
            { entryPointType: 'video', uri: 'https://meet.google.com/x' },
          ],
        },
      },
      'calendar primary',
    );
    expect(event.conferenceLinks).toEqual(['https://meet.google.com/x']);
    expect(() => toCalendarEvent({ id: 'b', status: 'maybe' }, 'calendar primary')).toThrow(NextRoundError);
    expect(() => toCalendarEvent({ id: 'b', status: 'maybe' }, 'calendar primary')).toThrow(/^Calendar event "b" is malformed at status: /);
  });

  it('leaves out a malformed event, naming it, and lists the rest', async () => {
    seed(2);
    h.fake.google.calendar().put({ id: 'bad', status: 'postponed', summary: 'Interview' });
    const changes = await h.source.listChanges(null);
    if (changes.kind !== 'changes') throw new Error('expected changes');
    expect(changes.events.map((event) => event.id)).toEqual(['ev0', 'ev1']);
    expect(changes.errors).toEqual([expect.stringMatching(/^Calendar event "bad" is malformed at status: /)]);
  });

  it('costs ceil(events / page size) requests for a full listing', async () => {
    seed(7);
    const source = createGoogleCalendarSource({ calendar: h.clients.calendar, pageSize: 3, fullSyncFrom: () => '2026-01-01T00:00:00Z', retry: h.retry });
    await source.listChanges(null);
    expect(listRequests()).toHaveLength(3);
  });
});
