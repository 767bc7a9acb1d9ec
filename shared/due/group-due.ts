/**
 * The Due list as the person reads it: Overdue, Today, This week. Each item
 * gets the day it is due on (its rule's clock, or the day a snooze ends),
 * one entry per person and action (same id, shown once), and decisions
 * (Done, Dismiss, Snooze) hide what they cover.
 */
// Direct imports: time/index.js also carries the zod schemas, which the sidebar must not ship.
import { addDays } from '../time/days.js';
import { isDateText, isDateTimeText } from '../time/formats.js';
import { dueItemId, isHidden, type DueDecisions, type DueEntry, type NextActionItem } from './due-decisions.js';
import type { DueItem } from './due-item.js';
import { stageDefinitionOf } from '../stages/stage-queries.js';
import type { DueSettings } from './due-settings.js';

/** A rejection's feedback request is best asked within a few days; after that it shows as overdue. */
export const FEEDBACK_ASK_WITHIN_DAYS = 3;
/** "This week": today and the six days after. */
export const WEEK_DAYS = 7;
const ORDER = { 'thank-you': 0, 'feedback-request': 1, 'follow-up': 2, 'next-action': 3, 'market-check': 4 } as const;

export interface DueCard {
  id: string;
  item: Exclude<DueEntry, { kind: 'market-check' }>;
  /** `YYYY-MM-DD`. */
  dueOn: string;
  /** True when the item came back from a snooze. */
  woke: boolean;
}

export interface DueGroups {
  overdue: DueCard[];
  today: DueCard[];
  thisWeek: DueCard[];
  /** The yearly nudge, unless dismissed: a line, not a task. */
  marketCheck: { id: string; item: Extract<DueItem, { kind: 'market-check' }> } | null;
  /** Items hidden by a decision right now (done, dismissed, snoozed). */
  hidden: number;
}

export interface GroupDueInput {
  items: readonly DueItem[];
  actions: readonly NextActionItem[];
  decisions: DueDecisions;
  /** `YYYY-MM-DD` in the sheet's zone. */
  today: string;
  settings: DueSettings;
}

/** Sorts what is due into Overdue / Today / This week; later items wait for their week. */
export function groupDue({ items, actions, decisions, today, settings }: GroupDueInput): DueGroups {
  const groups: DueGroups = { overdue: [], today: [], thisWeek: [], marketCheck: null, hidden: 0 };
  const seen = new Set<string>();
  const weekEnd = addDays(today, WEEK_DAYS - 1);
  for (const item of [...items, ...actions]) {
    const id = dueItemId(item);
    if (seen.has(id)) continue;
    seen.add(id);
    const decision = decisions[id];
    if (isHidden(decision, today)) {
      groups.hidden++;
      continue;
    }
    if (item.kind === 'market-check') {
      groups.marketCheck = { id, item };
      continue;
    }
    const woke = decision?.state === 'snoozed';
    const ruleDay = dueDay(item, today, settings);
    const dueOn = woke && decision.until && decision.until > ruleDay ? decision.until : ruleDay;
    const card: DueCard = { id, item, dueOn, woke };
    if (item.kind === 'thank-you' && item.overdue && !woke) groups.overdue.push(card);
    else if (dueOn < today) groups.overdue.push(card);
    else if (dueOn === today) groups.today.push(card);
    else if (dueOn <= weekEnd) groups.thisWeek.push(card);
  }
  for (const list of [groups.overdue, groups.today, groups.thisWeek]) list.sort(byDayThenKind);
  return groups;
}

/** What both the Due page and the Due tab's count are built from: loadDue's answer plus the tracker's applications. */
export interface DueGroupsInput {
  items: readonly DueItem[];
  /** The tracker view's application records: their next actions join the list. */
  applications: Parameters<typeof listNextActions>[0];
  decisions: DueDecisions;
  /** Wall time in the sheet's zone, `YYYY-MM-DD HH:mm`. */
  now: string;
  settings: DueSettings;
}

/** The Due page's groups: the one path for its cards and for the tab's count, so the two always agree. */
export function dueGroups({ items, applications, decisions, now, settings }: DueGroupsInput): DueGroups {
  const today = now.slice(0, 10);
  return groupDue({ items, actions: listNextActions(applications, today), decisions, today, settings });
}

/** How many cards the Due page shows (the market-check line is not a task): the Due tab's count. */
export const dueCardCount = (groups: DueGroups): number => groups.overdue.length + groups.today.length + groups.thisWeek.length;

function dueDay(item: DueCard['item'], today: string, settings: DueSettings): string {
  switch (item.kind) {
    // Its own clock decides (hours since the end, in real time): overdue on its end day once the hours pass,
    // else due today, even for a round that ended late yesterday. A date alone would file that one as
    // Overdue without the Overdue mark.
    case 'thank-you':
      return item.overdue ? item.endedAt.slice(0, 10) : today;
    case 'feedback-request':
      return item.since ? addDays(item.since.slice(0, 10), FEEDBACK_ASK_WITHIN_DAYS) : today;
    case 'follow-up':
      return addDays(item.since.slice(0, 10), settings.followUpAfterDays);
    case 'next-action':
      return item.dueOn;
  }
}

function byDayThenKind(a: DueCard, b: DueCard): number {
  return a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : ORDER[a.item.kind] - ORDER[b.item.kind];
}

/**
 * Next actions of open applications due by the end of this week (overdue
 * ones included), from the tracker view's application records.
 */
export function listNextActions(
  applications: readonly { id: string; company: string; role: string; stage: string; nextAction: string; nextActionDue: string }[],
  today: string,
): NextActionItem[] {
  const weekEnd = addDays(today, WEEK_DAYS - 1);
  return (
    applications
      // The next-action rule's row tests (due-rules.ts: filled, stage open), asked directly: due-rules carries zod, which the sidebar must not ship.
      .filter(
        (app) =>
          app.id &&
          app.nextAction.trim() &&
          !stageDefinitionOf(app.stage)?.closed &&
          (isDateText(app.nextActionDue) || isDateTimeText(app.nextActionDue)) &&
          app.nextActionDue.slice(0, 10) <= weekEnd,
      )
      .map((app) => ({
        kind: 'next-action' as const,
        applicationId: app.id,
        company: app.company,
        role: app.role,
        action: app.nextAction.trim(),
        dueOn: app.nextActionDue.slice(0, 10),
      }))
  );
}
