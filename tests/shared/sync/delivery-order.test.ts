/**
 * Deliveries in any number, order and grouping: each version of each event
 * delivered 1–5 times, shuffled across passes, must leave the same sheet as
 * one pass with only the newest versions (fast-check, thousands of runs).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runSync } from '../../../shared/sync/run-sync.js';
import { DEFAULT_RULES } from '../../../shared/classify/rules.js';
import type { CalendarEvent } from '../../../shared/sync/calendar-event.js';
import { latestById } from '../../../shared/sync/row-cells.js';
import { MemoryCursors, MemorySheet, ScriptedSource } from './memory-ports.js';

const version = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  minute: fc.nat(59),
  cancelled: fc.boolean(),
  title: fc.constantFrom('Interview', 'Phone screen', 'Final round', '=IMPORTXML("x")'),
});
type Version = { id: string; minute: number; cancelled: boolean; title: string };

const toEvent = (v: Version): CalendarEvent => ({
  id: v.id,
  status: v.cancelled ? 'cancelled' : 'confirmed',
  updated: `2026-04-01T10:${String(v.minute).padStart(2, '0')}:00.000Z`,
  summary: `${v.title} ${v.id} v${v.minute} - Acme`,
  start: { dateTime: '2026-05-04T09:00:00Z' },
  end: { dateTime: '2026-05-04T10:00:00Z' },
});

async function syncAll(batches: CalendarEvent[][]): Promise<MemorySheet> {
  const sheet = new MemorySheet();
  const cursors = new MemoryCursors();
  for (const [index, events] of batches.entries()) {
    await runSync({
      source: new ScriptedSource([{ kind: 'changes', events, nextCursor: `t${index}`, full: false }]),
      sink: sheet,
      cursors,
      rules: DEFAULT_RULES,
      now: () => new Date(0),
    });
  }
  return sheet;
}

/** The sheet as a set: rows sorted by Event ID (append order may differ, row content may not). */
const asSet = (sheet: MemorySheet) =>
  JSON.stringify(
    sheet.grid
      .slice(1)
      .map((row) => row.join('\u0001'))
      .sort(),
  );

describe('deliveries in any order', () => {
  it('leave the sheet a single pass of the newest versions would leave, with no duplicate row', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(version, { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 12, maxLength: 12 }),
        fc.infiniteStream(fc.nat(1000)),
        fc.integer({ min: 1, max: 4 }),
        async (versions, copies, keys, batchCount) => {
          // The same stamp must mean the same version, as in Google: keep the first of each (id, minute).
          const unique = [...new Map(versions.map((v) => [`${v.id}|${v.minute}`, v])).values()];
          const random = () => keys.next().value as number;
          // First deliveries of one event's versions come in time order across passes, and a repeat of a version comes no
          // later than the pass that first brings a newer one (a stale listing never follows a fresher one, as with
          // Google and serialized passes); within a pass, any order and any number of copies.
          const batches: CalendarEvent[][] = Array.from({ length: batchCount }, () => []);
          for (const id of new Set(unique.map((v) => v.id))) {
            const mine = unique.filter((v) => v.id === id).sort((x, y) => x.minute - y.minute);
            const firsts = mine.map(() => random() % batchCount).sort((x, y) => x - y);
            mine.forEach((v, i) => {
              batches[firsts[i]!]!.push(toEvent(v));
              const last = i + 1 < mine.length ? firsts[i + 1]! : batchCount - 1;
              for (let copy = 1; copy < copies[i % copies.length]!; copy++) batches[firsts[i]! + (random() % (last - firsts[i]! + 1))]!.push(toEvent(v));
            });
          }
          for (const batch of batches) batch.sort(() => (random() % 3) - 1);
          const deliveries = batches.flat();
          const delivered = await syncAll(batches);
          // A pass that sees only a cancellation adds no row, so the reference is the same passes with their newest versions only.
          const newest = await syncAll(batches.map((batch) => [...latestById(batch).values()]));
          expect(asSet(delivered)).toBe(asSet(newest));
          expect(new Set(delivered.ids()).size).toBe(delivered.ids().length);
          // And every event that has a row shows its newest version overall.
          const latest = latestById(deliveries);
          for (const id of delivered.ids()) expect(delivered.row(id)?.['Event version']).toBe(latest.get(id)!.updated);
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });
});
