/**
 * `--include` / `--exclude`: regular expressions on titles that override
 * interview detection. Exclude wins and hides an event from the pass; an
 * included title is confirmed as an interview through the rules'
 * `confirmedIds`, so the planner imports it like any interview.
 */
import type { ClassifyRules } from '../../shared/classify/rules.js';
import type { CalendarEvent } from '../../shared/sync/calendar-event.js';
import type { CalendarChanges, CalendarSource } from '../../shared/sync/ports.js';

export interface TitleOverrides {
  include: RegExp | undefined;
  exclude: RegExp | undefined;
}

/**
 * Wraps a source for one pass. `rules` must be this pass's own object: the
 * ids of included events are added to it while listing, which runSync does
 * before it plans.
 */
export function applyTitleOverrides(source: CalendarSource, overrides: TitleOverrides, rules: ClassifyRules): CalendarSource {
  if (!overrides.include && !overrides.exclude) return source;
  return {
    id: source.id,
    async listChanges(cursor: string | null): Promise<CalendarChanges> {
      const changes = await source.listChanges(cursor);
      if (changes.kind !== 'changes') return changes;
      const keep = (event: CalendarEvent) => {
        // Cancellations carry no title; they always pass so an existing row can be marked.
        if (event.status === 'cancelled' || event.summary === undefined) return true;
        if (overrides.exclude?.test(event.summary)) return false;
        if (overrides.include?.test(event.summary)) rules.confirmedIds.push(event.id);
        return true;
      };
      const events = changes.events.filter(keep);
      // Unchanged events too: a lost row is re-created under the same overrides.
      return { ...changes, events, ...(changes.unchanged && { unchanged: changes.unchanged.filter(keep) }) };
    },
  };
}
