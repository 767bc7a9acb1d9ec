import { describe, expect, it } from 'vitest';
import { findCellProblems } from '../../../shared/tracker/cell-problems.js';
import { APPLICATIONS, INTERVIEWS } from '../../../shared/schema/tracker-schema.js';

describe('findCellProblems', () => {
  it.each([
    [{ nextActionDue: 'next friday' }, 'Applications row 5, "Next action due": "next friday" is not a date (YYYY-MM-DD).'],
    [
      { stage: 'Dreaming' },
      'Applications row 5, "Stage": "Dreaming" is not one of the choices (Wishlist, Applied, Screening, Interviewing, Offer, Accepted, Rejected, Withdrawn, Ghosted).',
    ],
    [{ appliedOn: '2026-03-02 10:00' }, 'Applications row 5, "Applied on": "2026-03-02 10:00" is not a date (YYYY-MM-DD).'],
  ])('names the cell of %j', (cells, message) => {
    expect(findCellProblems(APPLICATIONS, [{ row: 5, cells }])).toEqual([message]);
  });

  it.each([[{ stage: ' offer ' }], [{ nextActionDue: '2026-03-02' }], [{ stage: '' }]])('accepts %j', (cells) => {
    expect(findCellProblems(APPLICATIONS, [{ row: 2, cells }])).toEqual([]);
  });

  it('accepts an all-day start and refuses words in a date-time column', () => {
    const rows = [
      { row: 2, cells: { start: '2026-03-02' } },
      { row: 3, cells: { start: 'tbd' } },
    ];
    expect(findCellProblems(INTERVIEWS, rows)).toEqual(['Interviews row 3, "Start": "tbd" is not a date and time (YYYY-MM-DD HH:mm).']);
  });

  it('names a self-rating that is not a number, and accepts one that is', () => {
    const rows = [
      { row: 2, cells: { selfRating: 'four' } },
      { row: 3, cells: { selfRating: '4' } },
      { row: 4, cells: { selfRating: '3.5' } },
    ];
    expect(findCellProblems(INTERVIEWS, rows)).toEqual(['Interviews row 2, "Self-rating": "four" is not a number.']);
  });

  it('stops at the limit and says how many more there are, clipping long text', () => {
    const rows = Array.from({ length: 4 }, (_, i) => ({ row: i + 2, cells: { stage: 'x'.repeat(50) } }));
    expect(findCellProblems(APPLICATIONS, rows, 2)).toEqual([
      `Applications row 2, "Stage": "${'x'.repeat(39)}…" is not one of the choices (Wishlist, Applied, Screening, Interviewing, Offer, Accepted, Rejected, Withdrawn, Ghosted).`,
      `Applications row 3, "Stage": "${'x'.repeat(39)}…" is not one of the choices (Wishlist, Applied, Screening, Interviewing, Offer, Accepted, Rejected, Withdrawn, Ghosted).`,
      '…and 2 more.',
    ]);
  });
});
