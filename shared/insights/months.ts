/** Interviews per calendar month, zeros included, and the run of months with at least one. */

/**
 * Counts starts per month from the first one to the month of `now`.
 *
 * @example countInterviewsPerMonth([Date.UTC(2026, 0, 5)], Date.UTC(2026, 2, 1))
 *   // {months: [{month:'2026-01',count:1},{month:'2026-02',count:0},{month:'2026-03',count:0}], monthsInARow: 0}
 */
export function countInterviewsPerMonth(starts: readonly number[], now: number): { months: { month: string; count: number }[]; monthsInARow: number } {
  if (starts.length === 0) return { months: [], monthsInARow: 0 };
  // Months as year·12 + month: counting by number avoids formatting 10,000 dates.
  const monthIndex = (ms: number) => {
    const date = new Date(ms);
    return date.getUTCFullYear() * 12 + date.getUTCMonth();
  };
  const counts = new Map<number, number>();
  let first = Infinity;
  for (const start of starts) {
    const index = monthIndex(start);
    first = Math.min(first, index);
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  const months: { month: string; count: number }[] = [];
  for (let index = first, end = monthIndex(now); index <= end; index++) {
    const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    months.push({ month, count: counts.get(index) ?? 0 });
  }
  // The current month is not over: an empty one does not break the run yet.
  let index = months.length - 1;
  if (months[index]?.count === 0) index--;
  let monthsInARow = 0;
  while (index >= 0 && months[index]!.count > 0) {
    monthsInARow++;
    index--;
  }
  return { months, monthsInARow };
}
