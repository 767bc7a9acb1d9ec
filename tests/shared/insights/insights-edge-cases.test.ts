import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../shared/insights/compute-insights.js';
import { countInterviewsPerMonth } from '../../../shared/insights/months.js';
import { median, ratio } from '../../../shared/insights/levels.js';
import { summaryText } from '../../../shared/insights/insights-wording.js';

const NOW = '2026-06-15 12:00';
const app = (over: Record<string, string>) => ({ id: 'a', company: 'Acme', role: 'Dev', stage: 'Applied', source: '', appliedOn: '2026-05-01', ...over });
const round = (over: Record<string, string>) => ({
  eventId: 'e',
  start: '2026-05-10 10:00',
  company: 'Acme',
  role: 'Dev',
  round: 'Technical',
  calendarStatus: 'confirmed',
  applicationId: 'a',
  ...over,
});

describe('computeInsights edge cases', () => {
  it('leaves cancelled rounds out and takes stage history as evidence of how far an application got', () => {
    const result = computeInsights({
      applications: [app({ stage: 'Withdrawn' }), app({ id: 'b', stage: 'Wishlist', appliedOn: '' })],
      interviews: [round({ calendarStatus: 'cancelled' })],
      history: [{ id: 'h', applicationId: 'a', fromStage: 'Applied', toStage: 'Screening', changedAt: '2026-05-04 09:00' }],
      now: NOW,
    });
    expect(result.funnel.map((step) => step.reached)).toEqual([1, 1, 0, 0]);
    expect(result.totals).toEqual({ applications: 2, applied: 1, interviews: 0, debriefed: 0 });
    expect(result.sources).toEqual([{ source: 'Unknown', applied: 1, responded: 1, responseRate: 1, medianDaysToResponse: 3 }]);
    expect(result.roundTypes).toEqual([]);
    expect([result.interviewsPerMonth, result.lastInterviewOn, result.daysSinceLastInterview, result.monthsInARow]).toEqual([[], null, null, 0]);
  });

  it('does not count a scheduled round yet, but it proves the round before it was passed', () => {
    const result = computeInsights({
      applications: [app({ stage: 'Interviewing' })],
      interviews: [round({ round: 'Phone screen' }), round({ eventId: 'f', start: '2026-06-20 10:00', round: '' })],
      history: [],
      now: NOW,
    });
    expect(result.roundTypes).toEqual([{ round: 'Phone screen', rounds: 1, passed: 1, decided: 1, passRate: 1 }]);
    expect(result.totals.interviews).toBe(1);
  });

  it('files a round without a type under Unspecified, and counts a round matching no application only in the totals', () => {
    const result = computeInsights({
      applications: [app({ stage: 'Rejected' })],
      interviews: [round({ round: '' }), round({ eventId: 'x', applicationId: '', company: 'Other', round: 'Panel' })],
      history: [],
      now: NOW,
    });
    expect(result.roundTypes).toEqual([{ round: 'Unspecified', rounds: 1, passed: 0, decided: 1, passRate: 0 }]);
    expect(result.totals.interviews).toBe(2);
  });

  it('names unreadable dates and carries on', () => {
    const result = computeInsights({ applications: [app({ appliedOn: 'May' })], interviews: [round({ start: 'soon' })], history: [], now: NOW });
    expect(result.problems).toEqual([
      '"soon" in the Start cell of an Interviews row (Acme — Dev) is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
      '"May" in the Applied on cell of an Applications row (Acme — Dev) is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
    ]);
    expect(result.funnel[0]!.reached).toBe(1);
  });

  it('names a row with an unreadable date by its sheet row number, never by its hidden id', () => {
    const result = computeInsights({
      applications: [app({ id: 'app-hidden', appliedOn: 'May' })],
      interviews: [round({ eventId: 'evt-hidden', start: 'soon' })],
      history: [{ id: 'h-hidden', applicationId: 'app-hidden', fromStage: 'Applied', toStage: 'Screening', changedAt: 'later' }],
      now: NOW,
      rowNumbers: { applications: [4], interviews: [9], history: [2] },
    });
    expect(result.problems).toEqual([
      '"soon" in the Start cell of Interviews row 9 (Acme — Dev) is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
      '"later" in the Changed at cell of Stage history row 2 is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
      '"May" in the Applied on cell of Applications row 4 (Acme — Dev) is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
    ]);
  });
});

describe('countInterviewsPerMonth', () => {
  const at = (text: string) => Date.parse(`${text}T10:00:00Z`);

  it.each([
    [['2026-01-05', '2026-01-20', '2026-03-02'], '2026-03-10', [2, 0, 1], 1],
    [['2026-01-05', '2026-02-20', '2026-03-02'], '2026-04-01', [1, 1, 1, 0], 3],
    [['2025-12-31'], '2026-01-01', [1, 0], 1],
  ])('counts %j up to %s', (starts, now, counts, run) => {
    const result = countInterviewsPerMonth(starts.map(at), at(now));
    expect(result.months.map((month) => month.count)).toEqual(counts);
    expect(result.monthsInARow).toBe(run);
  });
});

describe('ratio and median', () => {
  it.each([
    [[1, 3], 0.3333],
    [[2, 0], null],
    [[0, 5], 0],
  ])('ratio%j is %j', ([part, whole], expected) => {
    expect(ratio(part!, whole!)).toBe(expected);
  });

  it.each([
    [[], null],
    [[4], 4],
    [[5, 1, 3], 3],
    [[1, 2, 3, 10], 2.5],
  ])('median of %j is %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('days since the last interview', () => {
  it.each([
    ['2026-06-14 23:00', '2026-06-15 08:00', 'last one 1 day ago'],
    ['2026-06-15 07:00', '2026-06-15 08:00', 'last one today'],
    ['2026-06-13 09:00', '2026-06-15 08:00', 'last one 2 days ago'],
  ])('counts calendar days in the sheet’s zone: an interview at %s seen at %s is "%s"', (start, now, said) => {
    const result = computeInsights({ applications: [app({})], interviews: [round({ start })], history: [], now, timeZone: 'Europe/Berlin' });
    expect(summaryText(result)).toContain(`; ${said};`);
  });
});
