/**
 * The due rules, defined once as data. listDue (the sidebar's Due list),
 * the pipeline's overdue next actions and the sheet's highlights (the
 * conditional formats set-up writes) are all derived from this list: the
 * row tests (stages, statuses) and the clock (which dates, which thresholds
 * from the settings). A formula sees one row only, so listDue refines some
 * rules with other rows (see each rule's note); it never contradicts them.
 */
import type { DueSettings } from './due-settings.js';
import { isFilled, noDraftOf, notCancelled, stageIsOpen, stageMakesDue, thankYouIsPending, type Row, type RowTest } from './row-tests.js';

export type DueRuleId = 'thank-you' | 'feedback-request' | 'follow-up' | 'next-action';

/** A length of time, in hours or in days. */
export type Span = { readonly hours: number } | { readonly days: number };

export interface DueClock {
  /** Date cells whose latest value starts the clock. */
  readonly keys: readonly string[];
  /** `instant` compares date-times with NOW(); `day` compares days with TODAY(). */
  readonly unit: 'instant' | 'day';
  /** Due once this long has passed. */
  readonly dueAfter?: (settings: DueSettings) => Span;
  /** No longer due once this long has passed (old history would flood the list). */
  readonly within?: (settings: DueSettings) => Span;
  /** An empty date cell counts as recent (a rejection whose Last update nobody filled in). */
  readonly emptyIsRecent?: boolean;
}

export interface DueRule {
  readonly id: DueRuleId;
  readonly sheet: 'Interviews' | 'Applications';
  /** What the highlight means, in the person's words. */
  readonly label: string;
  /** The highlight's background. */
  readonly background: string;
  readonly tests: readonly RowTest[];
  readonly clock: DueClock;
}

export const DUE_RULES = [
  {
    // Listed as soon as the interview ends (flagged overdue after `dueAfter`); highlighted once overdue.
    // listDue also skips an interviewer who already has a thank-you draft.
    id: 'thank-you',
    sheet: 'Interviews',
    label: 'Thank-you overdue',
    background: '#fde7c7',
    tests: [notCancelled(), thankYouIsPending()],
    clock: { keys: ['end'], unit: 'instant', dueAfter: (s) => ({ hours: s.thankYouAfterHours }), within: (s) => ({ days: s.thankYouWindowDays }) },
  },
  {
    id: 'feedback-request',
    sheet: 'Applications',
    label: 'Ask for feedback',
    background: '#e3ecfa',
    tests: [stageMakesDue('feedback-request'), noDraftOf('feedback-request')],
    clock: { keys: ['lastUpdate'], unit: 'day', within: (s) => ({ days: s.feedbackWindowDays }), emptyIsRecent: true },
  },
  {
    // listDue also counts the application's past interviews and follow-up drafts as news, and waits while an interview is coming.
    id: 'follow-up',
    sheet: 'Applications',
    label: 'Follow up',
    background: '#fff2b3',
    tests: [stageMakesDue('follow-up')],
    clock: { keys: ['appliedOn', 'lastUpdate'], unit: 'day', dueAfter: (s) => ({ days: s.followUpAfterDays }) },
  },
  {
    // The pipeline's "Overdue next actions": due the day after its due day.
    id: 'next-action',
    sheet: 'Applications',
    label: 'Next action overdue',
    background: '#fde2e1',
    tests: [isFilled('nextAction'), stageIsOpen()],
    clock: { keys: ['nextActionDue'], unit: 'day', dueAfter: () => ({ days: 1 }) },
  },
] as const satisfies readonly DueRule[];

type RuleOf<I extends DueRuleId> = Extract<(typeof DUE_RULES)[number], { id: I }>;

/** The rule with this id, typed as defined (its clock's thresholds are known to be there). */
export function dueRule<I extends DueRuleId>(id: I): RuleOf<I> {
  return DUE_RULES.find((rule): rule is RuleOf<I> => rule.id === id)!;
}

/** True when every row test of the rule holds (the clock is checked by the caller). */
export function passesTests(rule: DueRule, row: Row): boolean {
  return rule.tests.every((test) => test.holds(row));
}

const HOUR_MS = 3_600_000;

/** A span in milliseconds. */
export function spanMs(span: Span): number {
  return 'hours' in span ? span.hours * HOUR_MS : span.days * 24 * HOUR_MS;
}
