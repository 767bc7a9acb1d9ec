import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../shared/insights/compute-insights.js';
import { toInsightsRows, toInsightsSheetValues } from '../../../shared/insights/insights-rows.js';
import { SEED_NOW, generateSeedData } from './seed.js';

const data = generateSeedData();
const insights = computeInsights({ ...data, now: SEED_NOW });

describe('computeInsights on the seeded search (200 applications, 400 rounds)', () => {
  it('has the size the construction promises', () => {
    expect([data.applications.length, data.interviews.length, data.history.length]).toEqual([200, 400, 60]);
    expect(insights.totals).toEqual({ applications: 200, applied: 200, interviews: 400, debriefed: 390 });
    expect(insights.problems).toEqual([]);
  });

  it('counts the funnel and its conversions', () => {
    expect(insights.funnel).toEqual([
      { stage: 'Applied', reached: 200, conversion: null },
      { stage: 'Screening', reached: 100, conversion: 0.5 },
      { stage: 'Interviewing', reached: 80, conversion: 0.8 },
      { stage: 'Offer', reached: 20, conversion: 0.25 },
    ]);
  });

  it('counts pass rates per round type, leaving undecided rounds out', () => {
    expect(insights.roundTypes).toEqual([
      { round: 'Recruiter call', rounds: 100, passed: 100, decided: 100, passRate: 1 },
      { round: 'Phone screen', rounds: 100, passed: 80, decided: 100, passRate: 0.8 },
      { round: 'Technical', rounds: 80, passed: 60, decided: 80, passRate: 0.75 },
      { round: 'Take-home', rounds: 20, passed: 20, decided: 20, passRate: 1 },
      { round: 'Onsite', rounds: 40, passed: 20, decided: 40, passRate: 0.5 },
      { round: 'Hiring manager', rounds: 20, passed: 20, decided: 20, passRate: 1 },
      { round: 'Panel', rounds: 20, passed: 0, decided: 0, passRate: null },
      { round: 'Final', rounds: 20, passed: 20, decided: 20, passRate: 1 },
    ]);
  });

  it('counts responses and the median days to an answer by source', () => {
    expect(insights.sources).toEqual([
      { source: 'Company site', applied: 29, responded: 18, responseRate: 0.6207, medianDaysToResponse: 5 },
      { source: 'LinkedIn', applied: 29, responded: 17, responseRate: 0.5862, medianDaysToResponse: 5 },
      { source: 'Referral', applied: 29, responded: 17, responseRate: 0.5862, medianDaysToResponse: 5 },
      { source: 'Recruiter', applied: 29, responded: 17, responseRate: 0.5862, medianDaysToResponse: 5 },
      { source: 'Job board', applied: 28, responded: 17, responseRate: 0.6071, medianDaysToResponse: 5 },
      { source: 'Networking', applied: 28, responded: 17, responseRate: 0.6071, medianDaysToResponse: 6 },
      { source: 'Other', applied: 28, responded: 17, responseRate: 0.6071, medianDaysToResponse: 6 },
    ]);
  });

  it('groups the "to improve" notes into themes, deterministically', () => {
    expect(insights.improveThemes).toEqual([
      { label: 'Coding accuracy', count: 55, examples: ['Test edge cases before saying I am done'] },
      { label: 'Communication', count: 55, examples: ['Be more concise when explaining my projects'] },
      { label: 'Company research', count: 55, examples: ['Research the company product before the call'] },
      { label: 'Learn Kubernetes basics', count: 55, examples: ['Learn Kubernetes basics', 'learn kubernetes basics'] },
      { label: 'Examples and impact (STAR)', count: 45, examples: ['Prepare STAR examples with numbers'] },
      { label: 'System design', count: 45, examples: ['Practise system design trade-offs'] },
      { label: 'Time management', count: 45, examples: ['I rushed the first answer', 'Slow down'] },
    ]);
    const shuffled = computeInsights({ ...data, interviews: [...data.interviews].reverse(), now: SEED_NOW });
    expect(shuffled.improveThemes).toEqual(insights.improveThemes);
    expect(shuffled.questions).toEqual(insights.questions);
  });

  it('groups the questions asked, whatever their capitals and punctuation', () => {
    expect(insights.questions).toEqual([
      { label: 'Tell me about yourself', count: 140, examples: ['Tell me about yourself', 'tell me about yourself?'] },
      { label: 'Describe a conflict in your team', count: 80, examples: ['Describe a conflict in your team'] },
      { label: 'What is your biggest weakness?', count: 80, examples: ['What is your biggest weakness?'] },
      { label: 'Why do you want to work here?', count: 60, examples: ['Why do you want to work here?'] },
    ]);
  });

  it('counts interviews per month and the time since the last one', () => {
    expect(insights.interviewsPerMonth.map((m) => m.count)).toEqual([8, 26, 34, 28, 29, 29, 32, 32, 33, 30, 27, 31, 31, 26, 4]);
    expect(insights.interviewsPerMonth[0]!.month).toBe('2025-01');
    expect(insights.interviewsPerMonth.at(-1)!.month).toBe('2026-03');
    expect([insights.lastInterviewOn, insights.daysSinceLastInterview, insights.monthsInARow]).toEqual(['2026-03-14', 6, 15]);
  });

  it('returns plain JSON-safe data', () => {
    expect(JSON.parse(JSON.stringify(insights))).toEqual(insights);
  });

  it('lays the insights out as Insights sheet rows', () => {
    const rows = toInsightsRows(insights);
    expect(rows.slice(0, 9).map((row) => [row.key, row.value, row.outOf, row.rate, row.medianDays])).toEqual([
      ['Summary/Applications', 200, '', '', ''],
      ['Summary/Interviews', 400, '', '', ''],
      ['Summary/Debriefed interviews', 390, 400, '', ''],
      ['Summary/Days since last interview', 6, '', '', ''],
      ['Summary/Months in a row with an interview', 15, '', '', ''],
      ['Funnel/Applied', 200, '', '', ''],
      ['Funnel/Screening', 100, 200, 0.5, ''],
      ['Funnel/Interviewing', 80, 100, 0.8, ''],
      ['Funnel/Offer', 20, 80, 0.25, ''],
    ]);
    expect(rows.find((row) => row.key === 'Source/Networking')).toEqual({
      key: 'Source/Networking',
      section: 'Source',
      item: 'Networking',
      value: 17,
      outOf: 28,
      rate: 0.6071,
      medianDays: 6,
      examples: '',
    });
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    // Summary, funnel, round types, sources, one résumé version (none recorded), to improve, questions, months.
    expect(rows).toHaveLength(5 + 4 + 8 + 7 + 1 + 7 + 4 + 15);
  });

  it("writes the Insights sheet as one block, header first, in the spec's column order", () => {
    const values = toInsightsSheetValues(toInsightsRows(insights));
    expect(values[0]).toEqual(['Key', 'Section', 'Item', 'Value', 'Out of', 'Rate', 'Median days', 'Examples']);
    expect(values[7]).toEqual(['Funnel/Screening', 'Funnel', 'Screening', 100, 200, 0.5, '', '']);
    expect(values).toHaveLength(1 + 51);
  });
});

describe('response rate per résumé version', () => {
  it('counts applications and responses per version, alphabetically, "Not recorded" last', () => {
    const applications = [
      { id: 'a1', company: 'A', role: 'R', stage: 'Rejected', appliedOn: '2026-10-01', resumeVersion: 'v2 backend', firstResponseOn: '2026-10-05' },
      { id: 'a2', company: 'B', role: 'R', stage: 'Applied', appliedOn: '2026-10-01', resumeVersion: 'v2 backend' },
      { id: 'a3', company: 'C', role: 'R', stage: 'Screening', appliedOn: '2026-10-01', resumeVersion: 'v1', firstResponseOn: '2026-10-11' },
      { id: 'a4', company: 'D', role: 'R', stage: 'Applied', appliedOn: '2026-10-01' },
    ];
    const insights = computeInsights({ applications, interviews: [], history: [], now: '2026-12-01 09:00' });
    expect(insights.resumeVersions).toEqual([
      { version: 'v1', applied: 1, responded: 1, responseRate: 1, medianDaysToResponse: 10 },
      { version: 'v2 backend', applied: 2, responded: 1, responseRate: 0.5, medianDaysToResponse: 4 },
      { version: 'Not recorded', applied: 1, responded: 0, responseRate: 0, medianDaysToResponse: null },
    ]);
    expect(
      toInsightsRows(insights)
        .filter((row) => row.section === 'Résumé version')
        .map((row) => [row.item, row.value, row.outOf, row.rate]),
    ).toEqual([
      ['v1', 1, 1, 1],
      ['v2 backend', 1, 2, 0.5],
      ['Not recorded', 0, 1, 0],
    ]);
  });
});
