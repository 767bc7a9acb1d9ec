import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../shared/digest/build-digest.js';
import { renderDigest } from '../../../shared/digest/render-digest.js';
import { APPLICATIONS, INTERVIEWS, LINKS, SETTINGS } from './digest-seed.js';

const seeded = () =>
  buildDigest({ applications: APPLICATIONS, interviews: INTERVIEWS, now: '2026-12-02 08:00', settings: SETTINGS, timeZone: 'Europe/Berlin' });

describe('the morning digest of a seeded day', () => {
  it('lists today and tomorrow with prep status, the debrief, the thank-you, the follow-up and the feedback request, each pointing at its row', () => {
    expect(seeded()).toEqual({
      date: '2026-12-02',
      omitted: 0,
      lines: [
        {
          section: 'today',
          text: '10:00 Acme <Labs> — Engineer (Technical): prep 1/3 done',
          joinLink: 'https://meet.example/abc?x=1&y="2"',
          ref: { sheet: 'Interviews', row: 2 },
        },
        { section: 'tomorrow', text: '09:30 Acme <Labs> — Engineer (Final): no prep checklist yet', ref: { sheet: 'Interviews', row: 3 } },
        { section: 'debriefs', text: 'Acme <Labs> — Engineer (Phone screen), ended 2026-12-01 15:00', ref: { sheet: 'Interviews', row: 4 } },
        {
          section: 'thank-yous',
          text: 'Acme <Labs> — Engineer (Phone screen) to Ana Lima',
          ref: { sheet: 'Interviews', row: 4 },
          dueId: expect.stringMatching(/^thank-you\|/),
        },
        {
          section: 'follow-ups',
          text: 'Globex — SRE: no news for 22 days',
          ref: { sheet: 'Applications', row: 3 },
          dueId: expect.stringMatching(/^follow-up\|/),
        },
        {
          section: 'feedback-requests',
          text: 'Initech — Dev to Bill',
          ref: { sheet: 'Applications', row: 4 },
          dueId: expect.stringMatching(/^feedback-request\|/),
        },
      ],
    });
  });

  it('renders the exact text part, links to each row by gid and range', () => {
    expect(renderDigest(seeded(), LINKS)?.text).toBe(
      [
        'Your job search on 2026-12-02',
        '',
        'Interviews today',
        '- 10:00 Acme <Labs> — Engineer (Technical): prep 1/3 done',
        '  Open: https://docs.google.com/spreadsheets/d/abc123/edit#gid=1234&range=A2',
        '  Join: https://meet.example/abc?x=1&y="2"',
        '',
        'Interviews tomorrow',
        '- 09:30 Acme <Labs> — Engineer (Final): no prep checklist yet',
        '  Open: https://docs.google.com/spreadsheets/d/abc123/edit#gid=1234&range=A3',
        '',
        'Debriefs to write',
        '- Acme <Labs> — Engineer (Phone screen), ended 2026-12-01 15:00',
        '  Open: https://docs.google.com/spreadsheets/d/abc123/edit#gid=1234&range=A4',
        '',
        'Thank-yous due',
        '- Acme <Labs> — Engineer (Phone screen) to Ana Lima',
        '  Open: https://docs.google.com/spreadsheets/d/abc123/edit#gid=1234&range=A4',
        '',
        'Follow-ups due',
        '- Globex — SRE: no news for 22 days',
        '  Open: https://docs.google.com/spreadsheets/d/abc123/edit#gid=0&range=A3',
        '',
        'Feedback to ask for',
        '- Initech — Dev to Bill',
        '  Open: https://docs.google.com/spreadsheets/d/abc123/edit#gid=0&range=A4',
        '',
        'You asked NextRound for this digest; turn it off in the sidebar (Due).',
      ].join('\n'),
    );
    expect(renderDigest(seeded(), LINKS)?.subject).toBe('NextRound: 6 things for 2026-12-02');
  });

  it('renders the exact HTML part, every sheet value escaped and only the https join link clickable', () => {
    const sheet = 'https://docs.google.com/spreadsheets/d/abc123/edit';
    const open = (gid: number, row: number) => `<a href="${sheet}#gid=${gid}&amp;range=A${row}">Open in the tracker</a>`;
    expect(renderDigest(seeded(), LINKS)?.html).toBe(
      '<div dir="auto"><p>Your job search on 2026-12-02</p>' +
        `<h3>Interviews today</h3><ul><li>10:00 Acme &lt;Labs&gt; — Engineer (Technical): prep 1/3 done · ${open(1234, 2)} · <a href="https://meet.example/abc?x=1&amp;y=&quot;2&quot;">Join</a></li></ul>` +
        `<h3>Interviews tomorrow</h3><ul><li>09:30 Acme &lt;Labs&gt; — Engineer (Final): no prep checklist yet · ${open(1234, 3)}</li></ul>` +
        `<h3>Debriefs to write</h3><ul><li>Acme &lt;Labs&gt; — Engineer (Phone screen), ended 2026-12-01 15:00 · ${open(1234, 4)}</li></ul>` +
        `<h3>Thank-yous due</h3><ul><li>Acme &lt;Labs&gt; — Engineer (Phone screen) to Ana Lima · ${open(1234, 4)}</li></ul>` +
        `<h3>Follow-ups due</h3><ul><li>Globex — SRE: no news for 22 days · ${open(0, 3)}</li></ul>` +
        `<h3>Feedback to ask for</h3><ul><li>Initech — Dev to Bill · ${open(0, 4)}</li></ul>` +
        '<p>You asked NextRound for this digest; turn it off in the sidebar (Due).</p></div>',
    );
  });

  it('renders nothing on a day with nothing due, so no mail is sent', () => {
    const empty = buildDigest({ applications: [], interviews: [], now: '2026-12-02 08:00', settings: SETTINGS, timeZone: 'Europe/Berlin' });
    expect(empty.lines).toEqual([]);
    expect(renderDigest(empty, LINKS)).toBeNull();
  });

  it('includes the yearly market check when it applies', () => {
    const old = [
      { row: 2, cells: { eventId: 'e1', start: '2025-10-01 10:00', end: '2025-10-01 11:00', company: 'Old', role: 'Job', thankYou: 'Sent', wentWell: 'x' } },
    ];
    const digest = buildDigest({
      applications: [],
      interviews: old,
      now: '2026-12-02 08:00',
      settings: { ...SETTINGS, marketCheck: true },
      timeZone: 'Europe/Berlin',
    });
    expect(digest.lines).toEqual([
      {
        section: 'market-check',
        text: 'Your last interview was 426 days ago (2025-10-01): time to test the market.',
        ref: null,
        dueId: 'market-check|2025-10-01',
      },
    ]);
  });

  it('leaves out what the person marked Done or dismissed, and a snoozed item until its snooze ends', () => {
    const due = seeded().lines.flatMap((line) => (line.dueId ? [line.dueId] : []));
    const [thankYou, followUp, feedback] = due as [string, string, string];
    const decisions = {
      [thankYou]: { state: 'done' as const, at: '2026-12-01 18:00' },
      [followUp]: { state: 'snoozed' as const, until: '2026-12-04', at: '2026-12-01 18:00' },
      [feedback]: { state: 'dismissed' as const, at: '2026-12-01 18:00' },
    };
    const ids = (digest: ReturnType<typeof seeded>) => digest.lines.flatMap((line) => (line.dueId && line.dueId in decisions ? [line.dueId] : []));
    const on = (now: string) =>
      buildDigest({ applications: APPLICATIONS, interviews: INTERVIEWS, now, settings: SETTINGS, timeZone: 'Europe/Berlin', decisions });
    expect(ids(on('2026-12-02 08:00'))).toEqual([]);
    expect(ids(on('2026-12-04 08:00'))).toEqual([followUp]);
  });
});
