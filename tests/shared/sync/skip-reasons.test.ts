/**
 * Why a pass skipped events reaches its report: counts per reason with a few
 * titles, the most frequent first, bounded however many events are skipped.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../shared/classify/rules.js';
import type { CalendarEvent } from '../../../shared/sync/calendar-event.js';
import { runSync } from '../../../shared/sync/run-sync.js';
import { describeSkips, MAX_REASONS, MAX_TITLES, SkipTally } from '../../../shared/sync/skip-reasons.js';
import { MemoryCursors, MemorySheet, ScriptedSource } from './memory-ports.js';

const now = () => new Date('2026-05-01T12:00:00Z');
const event = (id: string, summary: string, extra: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id,
  status: 'confirmed',
  updated: '2026-04-01T00:00:00Z',
  summary,
  start: { dateTime: '2026-05-04T09:00:00Z' },
  end: { dateTime: '2026-05-04T10:00:00Z' },
  ...extra,
});

async function pass(events: CalendarEvent[], windowFrom?: string) {
  return runSync({
    source: new ScriptedSource([{ kind: 'changes', events, nextCursor: 't1', full: false, ...(windowFrom && { windowFrom }) }]),
    sink: new MemorySheet(),
    cursors: new MemoryCursors(),
    rules: DEFAULT_RULES,
    now,
  });
}

describe('the reasons a pass skipped events', () => {
  it('are in the report, per reason with the titles, most frequent first, and add up with the flagged to the skipped count', async () => {
    const report = await pass(
      [
        event('a', 'Interview prep (block)'),
        event('b', 'Standup'),
        event('c', 'Lunch'),
        event('d', 'Phone screen - Acme'),
        event('e', 'Intro call', { attendees: [{ email: 'sam@acme.com' }], hangoutLink: 'https://meet.google.com/x' }),
        event('f', 'Old standup', { start: { dateTime: '2026-01-04T09:00:00Z' }, end: { dateTime: '2026-01-04T10:00:00Z' } }),
      ],
      '2026-03-01T00:00:00Z',
    );
    expect(report.added).toBe(1);
    expect(report.flagged?.map((f) => f.title)).toEqual(['Intro call']);
    expect(report.skippedReasons).toEqual({
      reasons: [
        { reason: 'no interview word in the title, no hiring tool, recruiter or employer among the attendees', count: 2, titles: ['Standup', 'Lunch'] },
        { reason: 'ended before the sync window', count: 1, titles: ['Old standup'] },
        { reason: 'title says "prep": a preparation or focus block', count: 1, titles: ['Interview prep (block)'] },
      ],
      more: 0,
    });
    const listed = report.skippedReasons!.reasons.reduce((sum, entry) => sum + entry.count, 0);
    expect(listed + report.skippedReasons!.more + report.flagged!.length).toBe(report.skipped);
  });

  it('stay bounded over 100,000 skipped events with as many distinct reasons: a few reasons with a few titles, the rest counted', () => {
    const tally = new SkipTally();
    for (let i = 0; i < 100_000; i++) tally.add(i % 2 === 0 ? 'everyday' : `attendee from firm${i}.com`, `Meeting ${i}`);
    const summary = tally.summary();
    expect(summary.reasons.length).toBe(MAX_REASONS);
    expect(summary.reasons[0]).toEqual({ reason: 'everyday', count: 50_000, titles: ['Meeting 0', 'Meeting 2', 'Meeting 4'] });
    expect(summary.reasons.every((entry) => entry.titles.length <= MAX_TITLES)).toBe(true);
    expect(summary.reasons.reduce((sum, entry) => sum + entry.count, 0) + summary.more).toBe(100_000);
    expect(JSON.stringify(summary).length).toBeLessThan(4_000);
  });

  it('read as lines for a person', () => {
    expect(describeSkips({ reasons: [{ reason: 'ended before the sync window', count: 2, titles: ['Standup'] }], more: 3 })).toEqual([
      '2 × ended before the sync window (e.g. "Standup")',
      '3 more for other reasons',
    ]);
  });
});
