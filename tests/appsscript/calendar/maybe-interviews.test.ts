/** Maybe-interviews in the built add-on: each is imported or ignored with one call, and the answer is a rule every later pass applies. */
import { describe, expect, it } from 'vitest';
import { importHarness, settle } from './import-harness.js';

/** "Chat with" (a weak word) plus an attendee from another company: two points, uncertain. */
function chat(id: string, start: string, title = 'Chat with Pat') {
  return {
    id,
    summary: title,
    start: { dateTime: start },
    end: { dateTime: new Date(Date.parse(start) + 1_800_000).toISOString() },
    attendees: [{ email: 'me@example.com', self: true }, { email: 'pat@acme.example' }],
  };
}

async function flaggedOnce() {
  const h = importHarness();
  const calendar = h.calendar.add('me@example.com', 'Me');
  calendar.put(chat('c1', '2026-03-04T10:00:00Z'));
  h.addon.setCalendarImport({ enabled: true });
  const pass = await h.sync();
  return { h, calendar, pass };
}

describe('maybe-interviews', () => {
  it('are listed with their reasons and not imported', async () => {
    const { h, pass } = await flaggedOnce();
    expect(pass.flagged).toEqual([
      { eventId: 'c1', title: 'Chat with Pat', start: expect.any(String), reasons: ['title says "chat with"', 'attendee from acme.example'] },
    ]);
    expect(h.column('eventId')).toEqual([]);
  });

  it('"Import" imports the event now and every later event of that title without asking', async () => {
    const { h, calendar } = await flaggedOnce();
    const view = h.addon.decideMaybeInterview({ eventId: 'c1', choice: 'import' });
    expect(view.rules).toEqual({ include: ['Chat with Pat'], exclude: [] });
    await settle();
    expect(h.column('eventId')).toEqual(['c1']);
    calendar.put(chat('c2', '2026-03-11T10:00:00Z'));
    h.clock.ms += 60_000;
    const pass = await h.sync();
    expect(pass).toMatchObject({ added: 1, flagged: [] });
    expect(h.column('eventId')).toEqual(['c1', 'c2']);
  });

  it('"Ignore" leaves the event out and keeps every later event of that title out of the list', async () => {
    const { h, calendar } = await flaggedOnce();
    const view = h.addon.decideMaybeInterview({ eventId: 'c1', choice: 'ignore' });
    expect(view.rules).toEqual({ include: [], exclude: ['Chat with Pat'] });
    expect(view.lastPass!.flagged).toEqual([]);
    calendar.put(chat('c2', '2026-03-11T10:00:00Z'));
    h.clock.ms += 60_000;
    expect(await h.sync()).toMatchObject({ added: 0, flagged: [] });
    expect(h.column('eventId')).toEqual([]);
  });

  it('"Import" replaces an opposite rule for the same title (in any case) instead of keeping both', async () => {
    const { h } = await flaggedOnce();
    h.documentProperties.store.set('nextround.calendarRules', JSON.stringify({ include: [], exclude: ['CHAT WITH PAT', 'Lunch'] }));
    expect(h.addon.decideMaybeInterview({ eventId: 'c1', choice: 'import' }).rules).toEqual({ include: ['Chat with Pat'], exclude: ['Lunch'] });
  });

  it('answers an event no longer listed with a message saying so, and remembers nothing', async () => {
    const { h } = await flaggedOnce();
    expect(() => h.addon.decideMaybeInterview({ eventId: 'nope', choice: 'import' })).toThrow(/no longer among the maybe-interviews/);
    expect(h.documentProperties.store.has('nextround.calendarRules')).toBe(false);
  });

  it('keeps the remembered rules within one property value, the oldest giving way', async () => {
    const { h } = await flaggedOnce();
    const many = Array.from({ length: 60 }, (_, i) => `Some long recurring title number ${i} ${'x'.repeat(100)}`);
    h.documentProperties.store.set('nextround.calendarRules', JSON.stringify({ include: [], exclude: many }));
    h.addon.decideMaybeInterview({ eventId: 'c1', choice: 'ignore' });
    const stored = h.documentProperties.store.get('nextround.calendarRules')!;
    expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(8_000);
    const rules = JSON.parse(stored) as { exclude: string[] };
    expect(rules.exclude.at(-1)).toBe('Chat with Pat');
    expect(rules.exclude).not.toContain(many[0]);
  });
});
