/** The morning digest in the built bundle: one trigger, a week planned from the Due list's reads, sent to oneself only. */
import { describe, expect, it } from 'vitest';
import { APPLICATIONS, INTERVIEWS, openDraftsWorkbook } from './drafts-workbook.js';

// 07:30 in Berlin: a digest at 08:00 is still to come today.
const NOW = new Date('2026-12-02T06:30:00Z');
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);

function seeded() {
  const workbook = openDraftsWorkbook({ now: NOW });
  workbook.addRow(INTERVIEWS, {
    eventId: 'e-today',
    start: hours(3.5),
    end: hours(4.5),
    title: 'Technical',
    company: 'Acme <b>Labs</b>',
    role: 'Engineer',
    round: 'Technical',
    interviewers: 'Ana <ana@acme.example>',
    meetingLink: 'https://meet.example/abc',
    calendarStatus: 'confirmed',
  });
  workbook.addRow(APPLICATIONS, {
    id: 'a1',
    company: 'Globex',
    role: 'SRE',
    stage: 'Applied',
    appliedOn: new Date(NOW.getTime() - 20 * 86_400_000),
    contactEmail: 'hr@globex.example',
  });
  workbook.log.reset();
  return workbook;
}

describe('the morning digest', () => {
  it('creates one daily trigger at the chosen hour in the sheet’s zone, keeps it when saved again, replaces it for a new hour, removes it when off', () => {
    const workbook = seeded();
    const on = workbook.addon.saveDigest({ enabled: true, hour: 8 });
    expect(on).toEqual({ enabled: true, hour: 8, timeZone: 'Europe/Berlin', skippedHourNote: null });
    expect(workbook.triggers.list.map(({ handler, atHour, everyDays, timeZone }) => ({ handler, atHour, everyDays, timeZone }))).toEqual([
      { handler: 'sendMorningDigest', atHour: 8, everyDays: 1, timeZone: 'Europe/Berlin' },
    ]);
    const first = workbook.triggers.list[0]!.uid;
    workbook.addon.saveDigest({ enabled: true, hour: 8 });
    expect(workbook.triggers.list.map((trigger) => trigger.uid)).toEqual([first]);
    workbook.addon.saveDigest({ enabled: true, hour: 9 });
    expect(workbook.triggers.list).toHaveLength(1);
    expect(workbook.triggers.list[0]!.atHour).toBe(9);
    expect(workbook.addon.saveDigest({ enabled: false })).toEqual({ enabled: false, hour: null, timeZone: 'Europe/Berlin', skippedHourNote: null });
    expect(workbook.triggers.list).toEqual([]);
    expect(workbook.userProperties.getKeys()).toEqual([]);
  });

  it('names the day a chosen hour does not exist (DST) and when the digest comes instead', () => {
    const workbook = seeded();
    expect(workbook.addon.saveDigest({ enabled: true, hour: 2 }).skippedHourNote).toBe(
      '02:00 does not exist in Europe/Berlin on 2027-03-28 (it comes at 03:00 instead): the clocks skip that hour.',
    );
  });

  it('refuses an hour outside 0–23 in the person’s words, creating no trigger', () => {
    const workbook = seeded();
    expect(() => workbook.addon.saveDigest({ enabled: true, hour: 24 })).toThrow(/^Digest hour: Enter a number no bigger than 23/);
    expect(workbook.triggers.list).toEqual([]);
  });

  it('sends today’s digest once, to the Gmail profile’s own address and nobody else, with the sheet’s rows escaped', () => {
    const workbook = seeded();
    workbook.addon.saveDigest({ enabled: true, hour: 8 });
    workbook.addon.loadDue();
    const triggerUid = workbook.triggers.list[0]!.uid;
    workbook.addon.sendMorningDigest({ triggerUid });
    workbook.addon.sendMorningDigest({ triggerUid });
    expect(workbook.gmail.sent).toHaveLength(1);
    const [sent] = workbook.gmail.sent;
    expect(sent!.userId).toBe('me');
    expect(sent!.message.headers.to).toBe('me.myself@example.com');
    expect(sent!.message.headerNames.filter((name) => /^(to|cc|bcc)$/i.test(name))).toEqual(['To']);
    expect(sent!.message.headers.subject).toBe('NextRound: 2 things for 2026-12-02');
    const html = sent!.message.parts.find((part) => part.contentType.startsWith('text/html'))!.body;
    expect(html).toContain('11:00 Acme &lt;b&gt;Labs&lt;/b&gt; — Engineer (Technical): no prep checklist yet');
    expect(html).toContain('<a href="https://meet.example/abc">Join</a>');
    expect(html).toMatch(/href="https:\/\/docs\.google\.com\/spreadsheets\/d\/1FakeSpreadsheetIdForTests0123456789abcdefg\/edit#gid=\d+&amp;range=A2"/);
  });

  it('leaves out of the planned digest a follow-up the person marks Done, without reading a row', () => {
    const workbook = seeded();
    workbook.addon.saveDigest({ enabled: true, hour: 8 });
    const followUp = workbook.addon.loadDue().items.find((item) => item.kind === 'follow-up')!;
    workbook.log.reset();
    workbook.addon.decideDueItem({ id: `follow-up|a1|${followUp.kind === 'follow-up' ? followUp.since : ''}`, decision: 'done' });
    expect(workbook.log.count('Range.getValues')).toBe(0);
    workbook.addon.sendMorningDigest({ triggerUid: workbook.triggers.list[0]!.uid });
    const html = workbook.gmail.sent[0]!.message.parts.find((part) => part.contentType.startsWith('text/html'))!.body;
    expect(workbook.gmail.sent[0]!.message.headers.subject).toBe('NextRound: 1 thing for 2026-12-02');
    expect(html).not.toContain('Globex');
  });

  it('sends nothing on a day with nothing due', () => {
    const workbook = openDraftsWorkbook({ now: NOW });
    workbook.addon.saveDigest({ enabled: true, hour: 8 });
    workbook.addon.sendMorningDigest({ triggerUid: workbook.triggers.list[0]!.uid });
    expect(workbook.gmail.sent).toEqual([]);
  });

  it('plans the week from the Due list’s own reads: still two getValues', () => {
    const workbook = seeded();
    workbook.addon.saveDigest({ enabled: true, hour: 8 });
    workbook.log.reset();
    workbook.addon.loadDue();
    expect(workbook.log.count('Range.getValues')).toBe(2);
    expect(workbook.log.reads()).toBeLessThanOrEqual(3);
  });
});
