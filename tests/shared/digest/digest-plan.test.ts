import { describe, expect, it } from 'vitest';
import { describeSkippedHours, findSkippedHours } from '../../../shared/digest/digest-hour.js';
import { buildDigest } from '../../../shared/digest/build-digest.js';
import { narrowInterviews, PLAN_MAX_BYTES, pickDigest, planDigestWeek, withoutDecided } from '../../../shared/digest/plan-digest-week.js';
import { generateSeedData } from '../insights/seed.js';
import { APPLICATIONS, INTERVIEWS, LINKS, SETTINGS } from './digest-seed.js';

/** The week planned at 2026-12-01 20:00 for `count` applications applied on 2026-10-01 and quiet since (each a follow-up). */
function quietApplicationsWeek(count: number, company: (index: number) => string) {
  const applications = Array.from({ length: count }, (_, index) => ({
    row: index + 2,
    cells: { id: `a${index}`, company: company(index), role: 'Role', stage: 'Applied', appliedOn: '2026-10-01' },
  }));
  const input = { applications, interviews: [], now: '2026-12-01 20:00', hour: 8, zoneName: 'Europe/Berlin', links: LINKS, settings: SETTINGS };
  return planDigestWeek({ ...input, timeZone: 'Europe/Berlin' });
}

describe('the digest hour across daylight-saving changes', () => {
  it('names the spring-forward day when 02:00 does not exist in Berlin, and when the digest comes instead', () => {
    const skipped = findSkippedHours(2, 'Europe/Berlin', '2026-12-01');
    expect(skipped).toEqual([{ date: '2027-03-28', comesAt: '2027-03-28 03:00' }]);
    expect(describeSkippedHours(2, 'Europe/Berlin', skipped)).toBe(
      '02:00 does not exist in Europe/Berlin on 2027-03-28 (it comes at 03:00 instead): the clocks skip that hour.',
    );
  });

  it('says nothing for an hour that exists every day', () => {
    expect(findSkippedHours(8, 'Europe/Berlin', '2026-12-01')).toEqual([]);
    expect(describeSkippedHours(8, 'Europe/Berlin', [])).toBeNull();
  });

  it('finds the midnight gap of a zone that springs forward at 00:00 (Santiago)', () => {
    expect(findSkippedHours(0, 'America/Santiago', '2026-12-01').map((entry) => entry.date)).toEqual(['2027-09-05']);
  });
});

describe('a week of digests planned ahead', () => {
  const plan = (now: string) =>
    planDigestWeek({
      applications: APPLICATIONS,
      interviews: INTERVIEWS,
      now,
      hour: 8,
      zoneName: 'Europe/Berlin',
      links: LINKS,
      settings: SETTINGS,
      timeZone: 'Europe/Berlin',
    });

  it('starts today when the hour is still to come, tomorrow when it has passed', () => {
    expect(plan('2026-12-02 07:59').days.map((day) => day.date)[0]).toBe('2026-12-02');
    expect(plan('2026-12-02 08:00').days.map((day) => day.date)[0]).toBe('2026-12-03');
  });

  it('keeps seven mornings, and the trigger picks only today’s', () => {
    const week = plan('2026-12-01 20:00');
    expect(week.days.map((day) => day.date)).toEqual(['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07', '2026-12-08']);
    expect(pickDigest(week, '2026-12-02')?.lines.length).toBe(6);
    expect(pickDigest(week, '2026-12-09')).toBeNull();
  });

  it('drops later days until the plan fits one property value', () => {
    const week = quietApplicationsWeek(400, (index) => `Company ${'x'.repeat(150)} ${index}`);
    expect(Buffer.byteLength(JSON.stringify(week))).toBeLessThanOrEqual(PLAN_MAX_BYTES);
    // Planned with spares (a decision may take lines out); sent with five.
    expect(week.days[0]?.lines).toHaveLength(10);
    expect(pickDigest(week, week.days[0]!.date)).toMatchObject({ omitted: 395, lines: { length: 5 } });
  });

  it('fills a morning from its spare lines when the person marks the shown ones Done', () => {
    const week = quietApplicationsWeek(8, (index) => `Company ${index}`);
    const shown = pickDigest(week, '2026-12-02')!;
    expect([shown.lines.length, shown.omitted]).toEqual([5, 3]);
    const done = Object.fromEntries(shown.lines.map((line) => [line.dueId!, { state: 'done' as const, at: '2026-12-01 20:30' }]));
    const after = pickDigest(withoutDecided(week, done), '2026-12-02')!;
    expect(after.lines.map((line) => line.text)).toEqual([
      'Company 5 — Role: no news for 62 days',
      'Company 6 — Role: no news for 62 days',
      'Company 7 — Role: no news for 62 days',
    ]);
    expect(after.omitted).toBe(0);
  });
});

describe('the week planned from only the rows that can matter', () => {
  it('gives each day exactly the digest built from every row', () => {
    const data = generateSeedData(300);
    const number = (rows: readonly Record<string, unknown>[]) => rows.map((cells, index) => ({ row: index + 2, cells }));
    const applications = number(data.applications);
    const interviews = number(data.interviews);
    const input = { applications, interviews, settings: { ...SETTINGS, marketCheck: true }, timeZone: 'Europe/Berlin' };
    const now = '2026-03-10 20:00';
    const week = planDigestWeek({ ...input, now, hour: 8, zoneName: 'Europe/Berlin', links: LINKS });
    expect(narrowInterviews(applications, interviews, '2026-03-11', input.settings).length).toBeLessThan(interviews.length / 2);
    expect(week.days.filter((day) => day.lines.length > 0).length).toBeGreaterThan(0);
    for (const day of week.days) expect(pickDigest(week, day.date)).toEqual(buildDigest({ ...input, now: `${day.date} 08:00` }));
  });
});
