import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkListItem, parseDebrief, readDebrief, toDebriefCells } from '../../../shared/reflect/debrief.js';
import { parseListCell } from '../../../shared/reflect/list-cell.js';
import { appendFeedback, parseFeedbackCell } from '../../../shared/reflect/feedback.js';
import { listAwaitingDebrief } from '../../../shared/reflect/awaiting-debrief.js';

describe('debrief cells', () => {
  it('writes only the reflection cells, as bullet lists and a digit', () => {
    const debrief = parseDebrief({ wentWell: [' Clear story ', 'Good rapport'], toImprove: ['Be more concise'], questionsAsked: ['Why Acme?'], selfRating: 4 });
    expect(toDebriefCells(debrief)).toEqual({
      wentWell: '• Clear story\n• Good rapport',
      toImprove: '• Be more concise',
      lessons: '',
      questionsAsked: '• Why Acme?',
      selfRating: '4',
    });
  });

  it.each([
    ['', []],
    ['• a\n\n- b\r\n* c\nd  \n•e', ['a', 'b', 'c', 'd', 'e']],
    ['• • nested', ['• nested']],
  ])('reads the list cell %j', (cell, items) => {
    expect(parseListCell(cell)).toEqual(items);
  });

  it.each([
    [{ selfRating: 6 }, 'debrief.selfRating: Rate from 1 to 5.'],
    [{ toImprove: ['two\nlines'] }, 'debrief.toImprove.0: One line per item.'],
    [{ wentWell: ['   '] }, 'debrief.wentWell.0: Required.'],
  ])('refuses %j naming the field', (input, message) => {
    expect(() => parseDebrief(input)).toThrow(message);
  });

  it('round-trips every valid debrief through its cells exactly', () => {
    const item = fc
      .string({ unit: fc.constantFrom('a', ' ', '•', '-', '*', '• ', '- ', 'é', '\t'), minLength: 1, maxLength: 40 })
      .filter((s) => checkListItem(s).ok);
    fc.assert(
      fc.property(
        fc.record({
          wentWell: fc.array(item, { maxLength: 5 }),
          toImprove: fc.array(item, { maxLength: 5 }),
          lessons: fc.array(item, { maxLength: 5 }),
          questionsAsked: fc.array(item, { maxLength: 5 }),
          selfRating: fc.option(fc.integer({ min: 1, max: 5 })),
        }),
        (input) => {
          const debrief = parseDebrief(input);
          expect(readDebrief(toDebriefCells(debrief))).toEqual(debrief);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('feedback received later', () => {
  it('appends a dated line, keeping what was there byte for byte', () => {
    const cell = appendFeedback('Recruiter said: "solid"\n', { receivedOn: '2026-11-24', text: 'Wanted more depth on testing.' });
    expect(cell).toBe('Recruiter said: "solid"\n2026-11-24 — Wanted more depth on testing.');
    expect(parseFeedbackCell(cell)).toEqual([
      { receivedOn: '', text: 'Recruiter said: "solid"' },
      { receivedOn: '2026-11-24', text: 'Wanted more depth on testing.' },
    ]);
  });

  it('refuses an entry without a date', () => {
    expect(() => appendFeedback('', { receivedOn: '24/11', text: 'x' })).toThrow('Received on: Use the form YYYY-MM-DD.');
  });
});

describe('listAwaitingDebrief', () => {
  const row = (over: Record<string, string>) => ({
    eventId: 'e',
    start: '2026-11-19 10:00',
    end: '2026-11-19 11:00',
    company: 'Acme',
    role: 'Dev',
    round: 'Technical',
    calendarStatus: 'confirmed',
    ...over,
  });

  it('lists ended rounds without a debrief, newest first, and drops one once debriefed', () => {
    const rows = [
      row({ eventId: 'old', end: '2026-09-01 11:00', start: '2026-09-01 10:00' }),
      row({ eventId: 'a' }),
      row({ eventId: 'b', start: '2026-11-20 08:00', end: '2026-11-20 09:00' }),
      row({ eventId: 'future', start: '2026-11-21 08:00', end: '2026-11-21 09:00' }),
      row({ eventId: 'cancelled', calendarStatus: 'cancelled' }),
      row({ eventId: 'done', toImprove: '• pace' }),
      row({ eventId: 'rated', selfRating: '3' }),
    ];
    expect(listAwaitingDebrief(rows, '2026-11-20 12:00')).toEqual({
      items: [
        { interviewId: 'b', company: 'Acme', role: 'Dev', round: 'Technical', endedAt: '2026-11-20 09:00' },
        { interviewId: 'a', company: 'Acme', role: 'Dev', round: 'Technical', endedAt: '2026-11-19 11:00' },
      ],
      problems: [],
    });
  });
});
