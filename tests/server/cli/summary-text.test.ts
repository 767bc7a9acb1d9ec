import { describe, expect, it } from 'vitest';
import { formatSummary, headline } from '../../../server/cli/summary-text.js';
import type { TrackerSummary } from '../../../server/cli/sync-tracker.js';
import { trackerSummary } from './tracker-summary.js';

const OUT = '/home/me/tracker.xlsx';

function summary(over: Partial<TrackerSummary>): TrackerSummary {
  return trackerSummary({ out: OUT, written: true, sources: [{ id: 'file:cal.ics', found: 0 }], ...over });
}

describe('headline of a pass that wrote the tracker', () => {
  it.each([
    [
      { found: 1, added: 1 },
      'imported 1 interview, updated 0 interviews, cancelled 0 interviews, 0 unchanged, skipped 0 non-interview events (found 1 event in 1 calendar)',
    ],
    [
      { found: 9, added: 2, updated: 1, cancelled: 1, unchanged: 1, skipped: 1 },
      'imported 2 interviews, updated 1 interview, cancelled 1 interview, 1 unchanged, skipped 1 non-interview event (found 9 events in 1 calendar)',
    ],
    [
      {
        found: 40,
        updated: 3,
        cancelled: 2,
        unchanged: 12,
        skipped: 34,
        sources: [
          { id: 'a', found: 20 },
          { id: 'b', found: 20 },
        ],
      },
      'imported 0 interviews, updated 3 interviews, cancelled 2 interviews, 12 unchanged, skipped 34 non-interview events (found 40 events in 2 calendars)',
    ],
  ])('reads %j as "%s"', (over, counts) => {
    expect(headline(summary(over))).toBe(`Wrote ${OUT}: ${counts}.`);
  });
});

describe('headline of a pass that imported nothing', () => {
  it.each([
    [{ found: 0 }, 'the 1 calendar read holds no events in the sync window'],
    [
      {
        found: 0,
        sources: [
          { id: 'a', found: 0 },
          { id: 'b', found: 0 },
        ],
      },
      'the 2 calendars read hold no events in the sync window',
    ],
    [{ found: 1, skipped: 1 }, 'the one event does not look like an interview'],
    [
      { found: 3, skipped: 3, flagged: [{ eventId: 'x', title: 'Chat with Ann', start: '2026-04-10 10:00', reasons: ['a person from outside'] }] },
      'none of the 3 events looks like an interview (1 event might be: see below)',
    ],
    [{ found: 5, unchanged: 2 }, 'no event changed since the last sync (5 events in 1 calendar, 2 interviews already in the tracker)'],
    [{ found: 1, unchanged: 1 }, 'no event changed since the last sync (1 event in 1 calendar, 1 interview already in the tracker)'],
  ])('says why for %j, and claims no file written', (over, why) => {
    expect(headline(summary({ ...over, written: false }))).toBe(`Nothing imported, ${OUT} not written: ${why}.`);
  });
});

describe('formatSummary', () => {
  it('lists the interviews imported, the calendars not read, and the maybe-interviews with their reasons', () => {
    const text = formatSummary(
      summary({
        found: 3,
        added: 1,
        skipped: 2,
        imported: [{ eventId: 'a', title: 'Phone screen - Acme', start: '2026-04-10 16:00' }],
        flagged: [{ eventId: 'x', title: 'Chat with Ann', start: '2026-04-11 10:00', reasons: ['a person from outside', 'a video link'] }],
        sources: [
          { id: 'https://cal.example/a.ics', found: 0, error: 'Could not fetch https://cal.example/a.ics: HTTP 500.' },
          { id: 'file:b.ics', found: 3 },
          { id: 'file:c.ics', found: 0, error: 'c.ics is not iCalendar.' },
        ],
      }),
    );
    expect(text).toBe(
      [
        `Wrote ${OUT}: imported 1 interview, updated 0 interviews, cancelled 0 interviews, 0 unchanged, skipped 2 non-interview events (found 3 events in 1 calendar); 2 calendars could not be read (see below).`,
        '  imported: "Phone screen - Acme" 2026-04-10 16:00',
        '  calendar not read: https://cal.example/a.ics: Could not fetch https://cal.example/a.ics: HTTP 500.',
        '  calendar not read: file:c.ics: c.ics is not iCalendar.',
        '  maybe an interview, not imported: "Chat with Ann" 2026-04-11 10:00 (a person from outside; a video link)',
        '  (import them with --include <regex matching their titles>)',
        '',
      ].join('\n'),
    );
  });
});
