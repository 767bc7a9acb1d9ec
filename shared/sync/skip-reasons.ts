/**
 * Why a pass left events out, bounded (DESIGN.md invariant 10): counts per
 * reason and a few titles each, never one entry per event. A pass over
 * 100,000 everyday events keeps at most MAX_KEPT_REASONS reasons with
 * MAX_TITLES titles each; the report shows the most frequent MAX_REASONS
 * and says how many events the rest hold.
 */

/** One reason events were skipped: how many, and the first few titles. */
export interface SkipReason {
  reason: string;
  count: number;
  titles: string[];
}

/** The skipped events of a pass by reason, most frequent first; `more` events had reasons not listed. */
export interface SkipSummary {
  reasons: SkipReason[];
  more: number;
}

export const MAX_REASONS = 10;
export const MAX_TITLES = 3;
const MAX_KEPT_REASONS = 200;
const MAX_TITLE = 200;

/** Counts skipped events by reason as a pass plans them. */
export class SkipTally {
  readonly #byReason = new Map<string, SkipReason>();
  #unkept = 0;

  add(reason: string, title: string): void {
    let entry = this.#byReason.get(reason);
    if (!entry) {
      if (this.#byReason.size >= MAX_KEPT_REASONS) return void this.#unkept++;
      entry = { reason, count: 0, titles: [] };
      this.#byReason.set(reason, entry);
    }
    entry.count++;
    const shown = title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
    if (entry.titles.length < MAX_TITLES && !entry.titles.includes(shown)) entry.titles.push(shown);
  }

  summary(): SkipSummary {
    const sorted = [...this.#byReason.values()].sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
    const shown = sorted.slice(0, MAX_REASONS).map((entry) => ({ ...entry, titles: [...entry.titles] }));
    const more = this.#unkept + sorted.slice(MAX_REASONS).reduce((sum, entry) => sum + entry.count, 0);
    return { reasons: shown, more };
  }
}

/** "3 × no interview word…: Standup, Lunch" lines, for text output. */
export function describeSkips(summary: SkipSummary): string[] {
  const lines = summary.reasons.map(
    (entry) => `${entry.count} × ${entry.reason}${entry.titles.length > 0 ? ` (e.g. ${entry.titles.map((t) => `"${t}"`).join(', ')})` : ''}`,
  );
  if (summary.more > 0) lines.push(`${summary.more} more for other reasons`);
  return lines;
}
