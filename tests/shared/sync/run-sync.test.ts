import { describe, expect, it } from 'vitest';
import { runSync } from '../../../shared/sync/run-sync.js';
import { DEFAULT_RULES } from '../../../shared/classify/rules.js';
import { NextRoundError } from '../../../shared/errors.js';
import type { CalendarEvent } from '../../../shared/sync/calendar-event.js';
import type { CalendarChanges } from '../../../shared/sync/ports.js';
import { MemoryCursors, MemorySheet, ScriptedSource } from './memory-ports.js';

const now = () => new Date('2026-05-01T12:00:00Z');
const interview = (id: string, minute = 0): CalendarEvent => ({
  id,
  status: 'confirmed',
  updated: `2026-04-01T00:${String(minute).padStart(2, '0')}:00Z`,
  summary: `Interview ${id} - Acme`,
  start: { dateTime: '2026-05-04T09:00:00Z' },
  end: { dateTime: '2026-05-04T10:00:00Z' },
});
const changes = (events: CalendarEvent[], nextCursor: string, full = false): CalendarChanges => ({ kind: 'changes', events, nextCursor, full });

describe('runSync', () => {
  it('lists, reads once, writes once, then saves the cursor and reports', async () => {
    const sheet = new MemorySheet();
    const cursors = new MemoryCursors();
    const report = await runSync({
      source: new ScriptedSource([changes([interview('a'), interview('b')], 't1', true)]),
      sink: sheet,
      cursors,
      rules: DEFAULT_RULES,
      now,
    });
    expect(report).toEqual({
      sourceId: 'primary',
      eventsSeen: 2,
      added: 2,
      updated: 0,
      cancelled: 0,
      unchanged: 0,
      skipped: 0,
      skippedReasons: { reasons: [], more: 0 },
      errors: [],
      flagged: [],
      resets: 0,
      finishedAt: '2026-05-01T12:00:00.000Z',
    });
    expect([sheet.reads, sheet.writes]).toEqual([1, 1]);
    expect(cursors.saved.get('primary')).toBe('t1');
  });

  it('is idempotent: the same changes again write nothing', async () => {
    const sheet = new MemorySheet();
    const cursors = new MemoryCursors();
    const same = changes([interview('a'), interview('b')], 't1');
    await runSync({ source: new ScriptedSource([same]), sink: sheet, cursors, rules: DEFAULT_RULES, now });
    const before = JSON.stringify(sheet.grid);
    const again = await runSync({ source: new ScriptedSource([same]), sink: sheet, cursors, rules: DEFAULT_RULES, now });
    expect([again.added, again.updated, again.unchanged, sheet.writes, JSON.stringify(sheet.grid)]).toEqual([0, 0, 2, 1, before]);
  });

  it("passes the source's named problems on in the report", async () => {
    const source = new ScriptedSource([
      { kind: 'changes', events: [interview('a')], nextCursor: 't1', full: false, errors: ['Calendar event "x" is malformed at status: bad.'] },
    ]);
    const report = await runSync({ source, sink: new MemorySheet(), cursors: new MemoryCursors(), rules: DEFAULT_RULES, now });
    expect(report.errors).toEqual(['Calendar event "x" is malformed at status: bad.']);
  });

  it('writes nothing and keeps the cursor when beforeWrite says this worker lost its lease', async () => {
    const sheet = new MemorySheet();
    const cursors = new MemoryCursors();
    const run = runSync({
      source: new ScriptedSource([changes([interview('a')], 't1')]),
      sink: sheet,
      cursors,
      rules: DEFAULT_RULES,
      now,
      beforeWrite: async () => {
        throw new NextRoundError('CONFLICT', 'Another worker now owns calendar primary.');
      },
    });
    await expect(run).rejects.toThrow('Another worker now owns calendar primary.');
    expect([sheet.writes, cursors.saved.has('primary')]).toEqual([0, false]);
  });

  it('clears an expired cursor and runs a full listing', async () => {
    const cursors = new MemoryCursors();
    await cursors.set('primary', 'old');
    const source = new ScriptedSource([{ kind: 'reset' }, changes([interview('a')], 't2', true)]);
    const report = await runSync({ source, sink: new MemorySheet(), cursors, rules: DEFAULT_RULES, now });
    expect(source.calls).toEqual(['old', null]);
    expect(report.resets).toBe(1);
    expect(cursors.saved.get('primary')).toBe('t2');
  });

  it('gives up with SYNC_ABORTED when the source keeps resetting', async () => {
    const cursors = new MemoryCursors();
    const run = runSync({ source: new ScriptedSource([{ kind: 'reset' }]), sink: new MemorySheet(), cursors, rules: DEFAULT_RULES, now });
    await expect(run).rejects.toThrow(
      new NextRoundError('SYNC_ABORTED', 'Calendar "primary" kept asking for a full resync (4 times in one pass).', { where: 'primary' }),
    );
    expect(cursors.saved.get('primary')).toBeNull();
  });

  it('re-reads and re-plans after a write whose response was lost, adding no duplicate', async () => {
    const sheet = new MemorySheet();
    sheet.loseNextResponse = true;
    const report = await runSync({
      source: new ScriptedSource([changes([interview('a')], 't1')]),
      sink: sheet,
      cursors: new MemoryCursors(),
      rules: DEFAULT_RULES,
      now,
    });
    expect(sheet.ids()).toEqual(['a']);
    expect(report.added).toBe(1);
    expect([sheet.reads, sheet.writes]).toEqual([2, 1]);
  });

  it('re-plans when the person sorts between read and write, and updates the moved row', async () => {
    const sheet = new MemorySheet();
    const cursors = new MemoryCursors();
    await runSync({ source: new ScriptedSource([changes([interview('a'), interview('b')], 't1')]), sink: sheet, cursors, rules: DEFAULT_RULES, now });
    sheet.beforeWrite = () => {
      sheet.beforeWrite = null;
      sheet.grid = [sheet.grid[0]!, ...sheet.grid.slice(1).reverse()];
    };
    const renamed = { ...interview('a', 5), summary: 'Final round - Acme' };
    await runSync({ source: new ScriptedSource([changes([renamed], 't2')]), sink: sheet, cursors, rules: DEFAULT_RULES, now });
    expect(sheet.ids()).toEqual(['b', 'a']);
    expect(sheet.row('a')?.Title).toBe('Final round - Acme');
    expect(sheet.row('b')?.Title).toBe('Interview b - Acme');
  });

  it('keeps the cursor when the write fails, so the next pass repeats the changes', async () => {
    const sheet = new MemorySheet();
    sheet.beforeWrite = () => {
      throw new NextRoundError('UNAVAILABLE', 'Sheets is down.');
    };
    const cursors = new MemoryCursors();
    await cursors.set('primary', 't0');
    const run = runSync({ source: new ScriptedSource([changes([interview('a')], 't1')]), sink: sheet, cursors, rules: DEFAULT_RULES, now });
    await expect(run).rejects.toThrow('Sheets is down.');
    expect(cursors.saved.get('primary')).toBe('t0');
  });

  it('writes nothing and keeps the cursor when the circuit breaker trips', async () => {
    const sheet = new MemorySheet();
    const cursors = new MemoryCursors();
    await runSync({ source: new ScriptedSource([changes([interview('a'), interview('b')], 't1')]), sink: sheet, cursors, rules: DEFAULT_RULES, now });
    const before = JSON.stringify(sheet.grid);
    const run = runSync({ source: new ScriptedSource([changes([], 't2', true)]), sink: sheet, cursors, rules: DEFAULT_RULES, now });
    await expect(run).rejects.toMatchObject({ code: 'SYNC_ABORTED' });
    expect(JSON.stringify(sheet.grid)).toBe(before);
    expect(cursors.saved.get('primary')).toBe('t1');
  });
});

describe("runSync with the source's unchanged events (rows lost to another writer)", () => {
  const dentist: CalendarEvent = { ...interview('d'), summary: 'Dentist' };

  it('re-creates the rows of unchanged events missing from the sheet, counting only those appends, in the same one write', async () => {
    const sheet = new MemorySheet();
    const cursors = new MemoryCursors();
    await runSync({ source: new ScriptedSource([changes([interview('a'), interview('b')], 't1')]), sink: sheet, cursors, rules: DEFAULT_RULES, now });
    sheet.grid.splice(2, 1); // an older copy saved over the sheet: row b is gone
    const unchanged = [interview('a'), interview('b'), dentist, { ...interview('x'), status: 'cancelled' as const }];
    const report = await runSync({
      source: new ScriptedSource([{ kind: 'changes', events: [interview('c')], nextCursor: 't2', full: false, unchanged }]),
      sink: sheet,
      cursors,
      rules: DEFAULT_RULES,
      now,
    });
    expect([sheet.ids(), report.added, report.skipped, report.unchanged, sheet.reads, sheet.writes]).toEqual([['a', 'c', 'b'], 2, 0, 0, 2, 2]);
  });

  it('writes nothing when every unchanged event still has its row', async () => {
    const sheet = new MemorySheet();
    const cursors = new MemoryCursors();
    await runSync({ source: new ScriptedSource([changes([interview('a')], 't1')]), sink: sheet, cursors, rules: DEFAULT_RULES, now });
    const report = await runSync({
      source: new ScriptedSource([{ kind: 'changes', events: [], nextCursor: 't2', full: false, unchanged: [interview('a'), dentist] }]),
      sink: sheet,
      cursors,
      rules: DEFAULT_RULES,
      now,
    });
    expect([report.added, sheet.writes]).toEqual([0, 1]);
  });
});
