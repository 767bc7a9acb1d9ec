/**
 * The recurrence examples of RFC 5545 §3.8.5.3
 * (https://www.rfc-editor.org/rfc/rfc5545#section-3.8.5.3), each with the
 * exact dates the RFC lists, all at 09:00 America/New_York.
 */
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../shared/ics/index.js';
import { calendar, wideWindow } from './ics-text.js';

function datesOf(dtstart: string, rule: string, extra: string[] = [], window = wideWindow): string[] {
  const text = calendar(['UID:rfc', `DTSTART;TZID=America/New_York:${dtstart}T090000`, 'DURATION:PT1H', `RRULE:${rule}`, ...extra]);
  const parsed = parseIcs(text, { window, defaultTimeZone: 'UTC', where: 'rfc.ics' });
  expect(parsed.errors).toEqual([]);
  return parsed.occurrences.map((o) => o.event.start!.dateTime!.slice(0, 10));
}

const days = (prefix: string, list: number[]) => list.map((d) => `${prefix}-${String(d).padStart(2, '0')}`);

describe('the RFC 5545 recurrence examples', () => {
  it.each([
    ['Daily for 10 occurrences', '19970902', 'FREQ=DAILY;COUNT=10', days('1997-09', [2, 3, 4, 5, 6, 7, 8, 9, 10, 11])],
    ['Every 10 days, 5 occurrences', '19970902', 'FREQ=DAILY;INTERVAL=10;COUNT=5', [...days('1997-09', [2, 12, 22]), ...days('1997-10', [2, 12])]],
    [
      'Weekly for 10 occurrences',
      '19970902',
      'FREQ=WEEKLY;COUNT=10',
      [...days('1997-09', [2, 9, 16, 23, 30]), ...days('1997-10', [7, 14, 21, 28]), '1997-11-04'],
    ],
    [
      'Weekly on Tuesday and Thursday for five weeks',
      '19970902',
      'FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH',
      [...days('1997-09', [2, 4, 9, 11, 16, 18, 23, 25, 30]), '1997-10-02'],
    ],
    [
      'Every other week on Monday, Wednesday, and Friday until December 24, 1997',
      '19970901',
      'FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR',
      [
        ...days('1997-09', [1, 3, 5, 15, 17, 19, 29]),
        ...days('1997-10', [1, 3, 13, 15, 17, 27, 29, 31]),
        ...days('1997-11', [10, 12, 14, 24, 26, 28]),
        ...days('1997-12', [8, 10, 12, 22]),
      ],
    ],
    [
      'Monthly on the first Friday for 10 occurrences',
      '19970905',
      'FREQ=MONTHLY;COUNT=10;BYDAY=1FR',
      ['1997-09-05', '1997-10-03', '1997-11-07', '1997-12-05', '1998-01-02', '1998-02-06', '1998-03-06', '1998-04-03', '1998-05-01', '1998-06-05'],
    ],
    [
      'Every other month on the first and last Sunday for 10 occurrences',
      '19970907',
      'FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU',
      ['1997-09-07', '1997-09-28', '1997-11-02', '1997-11-30', '1998-01-04', '1998-01-25', '1998-03-01', '1998-03-29', '1998-05-03', '1998-05-31'],
    ],
    [
      'Monthly on the second-to-last Monday for 6 months',
      '19970922',
      'FREQ=MONTHLY;COUNT=6;BYDAY=-2MO',
      ['1997-09-22', '1997-10-20', '1997-11-17', '1997-12-22', '1998-01-19', '1998-02-16'],
    ],
    [
      'Monthly on the 2nd and 15th for 10 occurrences',
      '19970902',
      'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15',
      ['1997-09-02', '1997-09-15', '1997-10-02', '1997-10-15', '1997-11-02', '1997-11-15', '1997-12-02', '1997-12-15', '1998-01-02', '1998-01-15'],
    ],
    [
      'Monthly on the first and last day for 10 occurrences',
      '19970930',
      'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1',
      ['1997-09-30', '1997-10-01', '1997-10-31', '1997-11-01', '1997-11-30', '1997-12-01', '1997-12-31', '1998-01-01', '1998-01-31', '1998-02-01'],
    ],
    [
      'Every 18 months on the 10th to 15th for 10 occurrences',
      '19970910',
      'FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15',
      [...days('1997-09', [10, 11, 12, 13, 14, 15]), ...days('1999-03', [10, 11, 12, 13])],
    ],
    [
      'Yearly in June and July for 10 occurrences',
      '19970610',
      'FREQ=YEARLY;COUNT=10;BYMONTH=6,7',
      [1997, 1998, 1999, 2000, 2001].flatMap((y) => [`${y}-06-10`, `${y}-07-10`]),
    ],
    [
      'Every third year on the 1st, 100th and 200th day for 10 occurrences',
      '19970101',
      'FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200',
      ['1997-01-01', '1997-04-10', '1997-07-19', '2000-01-01', '2000-04-09', '2000-07-18', '2003-01-01', '2003-04-10', '2003-07-19', '2006-01-01'],
    ],
    ['Every 20th Monday of the year (three years)', '19970519', 'FREQ=YEARLY;COUNT=3;BYDAY=20MO', ['1997-05-19', '1998-05-18', '1999-05-17']],
    ['Monday of week number 20 (three years)', '19970512', 'FREQ=YEARLY;COUNT=3;BYWEEKNO=20;BYDAY=MO', ['1997-05-12', '1998-05-11', '1999-05-17']],
    [
      'Every Thursday in March (three years)',
      '19970313',
      'FREQ=YEARLY;COUNT=11;BYMONTH=3;BYDAY=TH',
      [...days('1997-03', [13, 20, 27]), ...days('1998-03', [5, 12, 19, 26]), ...days('1999-03', [4, 11, 18, 25])],
    ],
    [
      'The first Saturday that follows the first Sunday of the month, 10 occurrences',
      '19970913',
      'FREQ=MONTHLY;COUNT=10;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13',
      ['1997-09-13', '1997-10-11', '1997-11-08', '1997-12-13', '1998-01-10', '1998-02-07', '1998-03-07', '1998-04-11', '1998-05-09', '1998-06-13'],
    ],
    [
      'US Presidential Election day (three elections)',
      '19961105',
      'FREQ=YEARLY;INTERVAL=4;COUNT=3;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8',
      ['1996-11-05', '2000-11-07', '2004-11-02'],
    ],
    [
      'The third instance of Tuesday, Wednesday or Thursday, for the next 3 months',
      '19970904',
      'FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3',
      ['1997-09-04', '1997-10-07', '1997-11-06'],
    ],
    [
      'The second-to-last weekday of the month (seven months)',
      '19970929',
      'FREQ=MONTHLY;COUNT=7;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2',
      ['1997-09-29', '1997-10-30', '1997-11-27', '1997-12-30', '1998-01-29', '1998-02-26', '1998-03-30'],
    ],
    ['WKST=MO: every other week on Tuesday and Sunday', '19970805', 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO', days('1997-08', [5, 10, 19, 24])],
    ['WKST=SU: every other week on Tuesday and Sunday', '19970805', 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU', days('1997-08', [5, 17, 19, 31])],
    [
      'An invalid date (February 30) is ignored',
      '20070115',
      'FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5',
      ['2007-01-15', '2007-01-30', '2007-02-15', '2007-03-15', '2007-03-30'],
    ],
  ])('%s', (_name, dtstart, rule, expected) => {
    expect(datesOf(dtstart, rule)).toEqual(expected);
  });

  it('Friday the 13th (DTSTART excluded), the first five', () => {
    expect(datesOf('19970902', 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', ['EXDATE;TZID=America/New_York:19970902T090000']).slice(0, 5)).toEqual([
      '1998-02-13',
      '1998-03-13',
      '1998-11-13',
      '1999-08-13',
      '2000-10-13',
    ]);
  });

  it('Monthly on the third-to-the-last day, forever (first six)', () => {
    expect(datesOf('19970928', 'FREQ=MONTHLY;BYMONTHDAY=-3').slice(0, 6)).toEqual([
      '1997-09-28',
      '1997-10-29',
      '1997-11-28',
      '1997-12-29',
      '1998-01-29',
      '1998-02-26',
    ]);
  });

  it('Every day in January, for 3 years', () => {
    const dates = datesOf('19980101', 'FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA');
    expect([dates.length, dates[0], dates[30], dates[31], dates.at(-1)]).toEqual([93, '1998-01-01', '1998-01-31', '1999-01-01', '2000-01-31']);
  });

  it.each([
    ['Every 15 minutes for 6 occurrences', 'FREQ=MINUTELY;INTERVAL=15;COUNT=6', ['09:00', '09:15', '09:30', '09:45', '10:00', '10:15']],
    ['Every hour and a half for 4 occurrences', 'FREQ=MINUTELY;INTERVAL=90;COUNT=4', ['09:00', '10:30', '12:00', '13:30']],
    ['Every 3 hours from 9:00, until 17:00 UTC (13:00 EDT)', 'FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z', ['09:00', '12:00']],
  ])('%s', (_name, rule, expected) => {
    const text = calendar(['UID:rfc', 'DTSTART;TZID=America/New_York:19970902T090000', `RRULE:${rule}`]);
    const parsed = parseIcs(text, { window: wideWindow, defaultTimeZone: 'UTC', where: 'rfc.ics' });
    expect(parsed.occurrences.map((o) => o.event.start!.dateTime!.slice(11, 16))).toEqual(expected);
  });

  it('Every 20 minutes from 9:00 to 16:40, the same by DAILY and by MINUTELY', () => {
    const times = (rule: string) =>
      parseIcs(calendar(['UID:rfc', 'DTSTART;TZID=America/New_York:19970902T090000', `RRULE:${rule}`]), {
        window: { from: new Date('1997-09-02T00:00:00Z'), to: new Date('1997-09-03T04:00:00Z') },
        defaultTimeZone: 'UTC',
        where: 'rfc.ics',
      }).occurrences.map((o) => o.event.start!.dateTime!.slice(11, 16));
    const daily = times('FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40');
    expect([daily.length, daily[0], daily[1], daily.at(-1)]).toEqual([24, '09:00', '09:20', '16:40']);
    expect(times('FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16')).toEqual(daily);
  });
});
