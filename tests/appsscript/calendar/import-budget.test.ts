/**
 * The time budget: a calendar too large for one pass is imported over
 * several runs, each stopping before its budget with what it wrote saved
 * with its cursor; in the end no event is missing and none is twice.
 */
import { describe, expect, it } from 'vitest';
import { importHarness, interview } from './import-harness.js';

describe('a calendar larger than one pass can list', () => {
  it('is imported over several runs with 0 missing and 0 duplicate rows', async () => {
    // Each Calendar call costs 12 s of the 20 s budget: two pages of 2,500 per run at most.
    const h = importHarness({ msPerCalendarCall: 12_000 });
    const calendar = h.calendar.add('me@example.com', 'Me');
    const total = 6_000;
    for (let i = 0; i < total; i++) calendar.put(interview(`e${i}`, new Date(Date.parse('2026-03-03T08:00:00Z') + i * 3_600_000).toISOString()));
    h.addon.setCalendarImport({ enabled: true });

    const passes = [];
    for (let run = 0; run < 5; run++) {
      const pass = await h.sync();
      passes.push(pass);
      if (pass.continues.length === 0) break;
      h.clock.ms += 60_000;
    }
    expect(passes.map((pass) => pass.added)).toEqual([5_000, 1_000]);
    expect(passes[0]!.continues).toEqual(['Me']);
    const ids = h.column('eventId');
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);

    // A change after the import arrives through the sync token the last run saved.
    calendar.put(interview('e7', '2026-03-20T08:00:00Z'));
    expect(await h.sync()).toMatchObject({ added: 0, updated: 1, continues: [] });
  });
});
