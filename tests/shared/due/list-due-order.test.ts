import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { listDue } from '../../../shared/due/list-due.js';
import { DEFAULT_DUE_SETTINGS } from '../../../shared/due/due-settings.js';
import { generateSeedData } from '../insights/seed.js';

describe('listDue whatever the row order', () => {
  it('lists the same items when the person sorts or shuffles the sheets', () => {
    const data = generateSeedData(60, 3);
    const now = '2025-03-01 12:00';
    const settings = { ...DEFAULT_DUE_SETTINGS, thankYouWindowDays: 30 };
    const canonical = (items: unknown[]) => items.map((item) => JSON.stringify(item)).sort();
    const reference = listDue({ applications: data.applications, interviews: data.interviews.map((row) => ({ ...row, thankYou: 'Not yet' })), now, settings });
    expect(reference.items.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(data.applications, { minLength: 60 }),
        fc.shuffledSubarray(data.interviews, { minLength: data.interviews.length }),
        (applications, interviews) => {
          const list = listDue({ applications, interviews: interviews.map((row) => ({ ...row, thankYou: 'Not yet' })), now, settings });
          expect(canonical(list.items)).toEqual(canonical(reference.items));
          expect(list.items.map((item) => item.kind)).toEqual(reference.items.map((item) => item.kind));
        },
      ),
      { numRuns: 200 },
    );
  });
});
