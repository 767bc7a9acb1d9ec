/**
 * What the person decided about a due item: Done, Dismiss, or Snooze until
 * a day. Decisions are kept apart from the sheet (one document property),
 * keyed by the item's stable id, so no cell the person owns is ever written
 * and sorting or moving rows changes nothing: ids are built from the rows'
 * own ids (Event ID, Application ID), never from row numbers.
 */
import type { DueItem } from './due-item.js';

export const DUE_DECISIONS_KEY = 'nextround.dueDecisions';
/** A document property value holds 9 KB; at about 70 bytes a decision, the store stays well inside it. */
export const MAX_DUE_DECISIONS = 100;

/** Parsed from storage by due-decision-store.ts (zod); this module stays free of zod for the sidebar. */
export interface DueDecision {
  state: 'done' | 'dismissed' | 'snoozed';
  /** Snoozed items come back on this day (`YYYY-MM-DD`). */
  until?: string | undefined;
  /** When it was decided (wall time); the oldest decisions are dropped first past the bound. */
  at: string;
}
export type DueDecisions = Record<string, DueDecision>;

/** The Due list's own items plus the applications' next actions, which are due on a day the person chose. */
export type DueEntry = DueItem | NextActionItem;

export interface NextActionItem {
  kind: 'next-action';
  applicationId: string;
  company: string;
  role: string;
  action: string;
  /** `YYYY-MM-DD`. */
  dueOn: string;
}

const who = (person: { name: string; email: string | null } | null) => (person?.name || person?.email || '-').trim().toLowerCase();

/**
 * One id per person and action, stable while the rows keep their ids:
 * a thank-you per interview and interviewer (by name, so adding the email
 * later keeps a snooze), a follow-up per application and last news (new
 * news makes a new follow-up), a feedback request per application.
 *
 * @example dueItemId({kind:'feedback-request', applicationId:'a1', ...}) === 'feedback-request|a1'
 */
export function dueItemId(item: DueEntry): string {
  switch (item.kind) {
    case 'thank-you':
      return `thank-you|${item.interviewId}|${who(item.recipient)}`;
    case 'feedback-request':
      return `feedback-request|${item.applicationId}`;
    case 'follow-up':
      return `follow-up|${item.applicationId}|${item.since}`;
    case 'market-check':
      return `market-check|${item.lastInterviewOn}`;
    case 'next-action':
      return `next-action|${item.applicationId}|${item.dueOn}|${item.action.slice(0, 80).toLowerCase()}`;
  }
}

/** True while a decision hides the item: done and dismissed for good, snoozed until its day. */
export function isHidden(decision: DueDecision | undefined, today: string): boolean {
  if (!decision) return false;
  return decision.state !== 'snoozed' || (decision.until ?? '') > today;
}

/**
 * The store with one more decision; past the bound, the oldest go first
 * (an old decision's item has long left the due window).
 */
export function recordDecision(decisions: DueDecisions, id: string, decision: DueDecision, max = MAX_DUE_DECISIONS): DueDecisions {
  const next: DueDecisions = { ...decisions };
  delete next[id];
  next[id] = decision;
  const ids = Object.keys(next);
  if (ids.length <= max) return next;
  const keep = new Set(
    ids
      .map((key, index) => ({ key, at: next[key]!.at, index }))
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.index - a.index))
      .slice(0, max)
      .map((entry) => entry.key),
  );
  return Object.fromEntries(Object.entries(next).filter(([key]) => keep.has(key)));
}

/** Undo: the item comes back. */
export function forgetDecision(decisions: DueDecisions, id: string): DueDecisions {
  const next = { ...decisions };
  delete next[id];
  return next;
}
