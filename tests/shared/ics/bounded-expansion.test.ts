import { describe, expect, it } from 'vitest';
import { expandRule, parseIcs, RecurrenceWorkExceeded, readRecurRule, WorkBudget } from '../../../shared/ics/index.js';
import { calendar } from './ics-text.js';

const window = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
const good = ['UID:good', 'SUMMARY:Onsite', 'DTSTART:20260701T090000Z', 'DTEND:20260701T100000Z'];
const parse = (text: string) => parseIcs(text, { window, defaultTimeZone: 'UTC', where: 'feed.ics' });

describe('an RRULE that can never repeat, or never stop', () => {
  it.each([
    'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
    'FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31',
    'FREQ=DAILY;BYDAY=MO;BYMONTHDAY=31;BYMONTH=2',
    'FREQ=DAILY;INTERVAL=99999999999',
    'FREQ=SECONDLY',
    'FREQ=MINUTELY;BYSECOND=0,1,2,3,4,5,6,7,8,9',
  ])('%s: leaves that event out, names it, and imports the rest', (rule) => {
    const parsed = parse(calendar(['UID:bad', 'DTSTART:20260105T090000Z', `RRULE:${rule}`], good));
    expect(parsed.occurrences.map((o) => o.event.id)).toEqual(['good']);
    expect(parsed.errors).toEqual([expect.stringMatching(/^feed\.ics: event "bad" was left out: .+\.$/)]);
  });

  it('leaves out an event whose VTIMEZONE repeats every second, and keeps the others', () => {
    const zone = [
      'BEGIN:VTIMEZONE',
      'TZID:Storm',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0100',
      'RRULE:FREQ=SECONDLY',
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
    const text = calendar(['UID:stormy', 'DTSTART;TZID=Storm:20260105T090000'], good).replace('BEGIN:VEVENT', `${zone.join('\r\n')}\r\nBEGIN:VEVENT`);
    const parsed = parse(text);
    expect(parsed.occurrences.map((o) => o.event.id)).toEqual(['good']);
    expect(parsed.errors).toEqual(['feed.ics: event "stormy" was left out: the time zone "Storm" has a rule that needs more than 50000 steps to expand.']);
  });

  it('stops on a work budget counted in candidates examined, not occurrences returned', () => {
    // Nothing in this rule ever matches after DTSTART: a bound on results alone would never trigger.
    const rule = readRecurRule('FREQ=YEARLY;BYYEARDAY=366;BYMONTH=1;COUNT=2');
    const work = new WorkBudget(10_000);
    const expand = () => expandRule(rule, { startWallMs: 0, fromWallMs: 0, toWallMs: 8.64e15, isPastUntil: () => false, work });
    expect(expand).toThrow(RecurrenceWorkExceeded);
    expect(work.used).toBe(10_001);
  });

  it('spends one unit per period, day and candidate: a daily rule over a week costs 3 × 7', () => {
    const work = new WorkBudget(1_000);
    const day = 86_400_000;
    const found = expandRule(readRecurRule('FREQ=DAILY'), { startWallMs: 0, fromWallMs: 0, toWallMs: 6.5 * day, isPastUntil: () => false, work });
    expect([found.length, work.used]).toEqual([7, 3 * 7 + 1]);
  });

  it('keeps a whole file to its budget: a second endless series is left out without expanding', () => {
    const storm = (uid: string) => [`UID:${uid}`, 'DTSTART:20260101T000000Z', 'RRULE:FREQ=SECONDLY'];
    const parsed = parseIcs(calendar(storm('a'), storm('b'), good), {
      window,
      defaultTimeZone: 'UTC',
      where: 'feed.ics',
      maxSteps: 1_500,
      maxSeriesSteps: 1_000,
    });
    expect(parsed.occurrences.map((o) => o.event.id)).toEqual(['good']);
    expect(parsed.errors.map((e) => e.replace(/: its.*/, ''))).toEqual(['feed.ics: event "a" was left out', 'feed.ics: event "b" was left out']);
  });
});

describe('a bad rule value', () => {
  it.each([
    ['FREQ=YEARLY;BYYEARDAY=400', 'BYYEARDAY=400 is out of range'],
    ['FREQ=YEARLY;BYWEEKNO=60', 'BYWEEKNO=60 is out of range'],
    ['FREQ=FORTNIGHTLY', 'FREQ=FORTNIGHTLY is not a frequency'],
    ['FREQ=WEEKLY;BYDAY=XX', 'BYDAY=XX is not a weekday'],
    ['FREQ=DAILY;COUNT=0', 'COUNT=0 is not a positive whole number'],
  ])('%s leaves out only its event, saying why', (rule, why) => {
    const parsed = parse(calendar(['UID:bad', 'DTSTART:20260105T090000Z', `RRULE:${rule}`], good));
    expect([parsed.occurrences.map((o) => o.event.id), parsed.errors]).toEqual([['good'], [`feed.ics: event "bad" was left out: ${why}.`]]);
  });
});

describe('BY-time parts in a yearly rule', () => {
  it('expand every listed day by every listed hour (4 occurrences, not 1)', () => {
    const text = calendar(['UID:y', 'DTSTART:20260301T090000Z', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1,15;BYHOUR=9,17']);
    expect(parse(text).occurrences.map((o) => o.event.start?.dateTime)).toEqual([
      '2026-03-01T09:00:00Z',
      '2026-03-01T17:00:00Z',
      '2026-03-15T09:00:00Z',
      '2026-03-15T17:00:00Z',
    ]);
  });
});
