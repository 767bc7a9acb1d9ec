/**
 * The quota budget's contract, run on every store engine (SQLite,
 * PostgreSQL): requests spaced so that no minute holds more than the limit,
 * per user and per project, a refused take taking nothing, and two
 * instances on one database sharing one budget.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createQuotaBudget, GOOGLE_QUOTAS, spacingFor, type QuotaLimits } from '../../../server/hosted/quota-budget.js';
import type { SyncStore } from '../../../server/store/types.js';

const limits = (project: number, user: number): QuotaLimits => ({ ...GOOGLE_QUOTAS, 'sheets.write': { project, user } });

/** The most requests found in any window of `windowMs` (sliding). */
export function busiestWindow(times: readonly number[], windowMs = 60_000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/** `open(shared)` opens a store; called twice with the same `shared`, both stores see one database. */
export function describeQuotaBudgetContract(engine: string, open: (shared: string) => Promise<SyncStore>): void {
  describe(`the quota budget on ${engine}`, () => {
    const opened: SyncStore[] = [];
    const openStore = async (shared: string) => {
      const store = await open(shared);
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
    });

    it('lets a greedy sender through at most the limit in any minute, and close to it', async () => {
      let clock = 1_000_000;
      const budget = createQuotaBudget({ store: await openStore('greedy'), limits: limits(30, 30), now: () => clock });
      const sent: number[] = [];
      while (clock < 1_000_000 + 180_000) {
        const wait = await budget.take('sheets.write', 'ann');
        if (wait === 0) sent.push(clock);
        else clock += wait;
      }
      expect(busiestWindow(sent)).toBe(30);
      expect(sent.length).toBeGreaterThanOrEqual(89);
    });

    it("keeps each user to the per-user limit while others still use the project's", async () => {
      const start = 5_000_000;
      let clock = start;
      const budget = createQuotaBudget({ store: await openStore('users'), limits: limits(6, 2), now: () => clock });
      const granted = async (user: string) => (await budget.take('sheets.write', user)) === 0;
      expect([await granted('ann'), await granted('ann')]).toEqual([true, false]);
      // Ann's refused take cost the project nothing: Bob goes once the project's spacing passed, Ann only after her own.
      clock = start + spacingFor(6, 500);
      expect([await granted('bob'), await granted('ann')]).toEqual([true, false]);
      clock = start + spacingFor(2, 500);
      expect(await granted('ann')).toBe(true);
    });

    it("gives back the user's slot when the project is busy", async () => {
      let clock = 9_000_000;
      const budget = createQuotaBudget({ store: await openStore('return'), limits: limits(1, 60), now: () => clock });
      expect(await budget.take('sheets.write', 'ann')).toBe(0);
      clock += 1_500;
      const wait = await budget.take('sheets.write', 'bob');
      expect(wait).toBe(spacingFor(1, 500) - 1_500);
      clock += wait;
      // Bob's user slot was returned at the refusal, so the project's slot is all he waits for.
      expect(await budget.take('sheets.write', 'bob')).toBe(0);
    });

    it('counts reads, writes and Calendar calls apart', async () => {
      const budget = createQuotaBudget({
        store: await openStore('kinds'),
        limits: { 'sheets.read': { project: 1, user: 1 }, 'sheets.write': { project: 1, user: 1 }, calendar: { project: 1, user: 1 } },
        now: () => 42,
      });
      expect([await budget.take('sheets.read', 'ann'), await budget.take('sheets.write', 'ann'), await budget.take('calendar', 'ann')]).toEqual([0, 0, 0]);
      expect(await budget.take('sheets.read', 'ann')).toBeGreaterThan(0);
    });

    it('is one budget for two instances on one database, taking at once', async () => {
      const stores = [await openStore('shared'), await openStore('shared')];
      const budgets = stores.map((store) => createQuotaBudget({ store, limits: limits(1200, 1200), skewMs: 0 }));
      const granted: number[] = [];
      const until = Date.now() + 1_500;
      await Promise.all(
        budgets.flatMap((budget) =>
          [0, 1, 2].map(async (lane) => {
            while (Date.now() < until) {
              const wait = await budget.take('sheets.write', `user-${lane}`);
              if (wait === 0) granted.push(Date.now());
              else await new Promise((resolve) => setTimeout(resolve, wait));
            }
          }),
        ),
      );
      // 1,200 a minute is one per 50 ms: in 1.5 s at most 30 (31 with both ends); two budgets racing would grant twice that.
      expect(granted.length).toBeLessThanOrEqual(31);
      expect(granted.length).toBeGreaterThanOrEqual(20);
      // Times are read after each answer, so a few ms of database latency blur them: no 500 ms holds more than 10 (+1).
      expect(busiestWindow(granted, 500)).toBeLessThanOrEqual(11);
    });
  });
}
