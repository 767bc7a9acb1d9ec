/**
 * One due card: what to do for whom (a button that opens it), when it is
 * due, and Done / Snooze / Dismiss. Snooze opens a day field in place
 * (tomorrow by default); every control is a real button, so the card works
 * by keyboard alone.
 */
import { addDays } from '../../../shared/time/days.js';
import type { DueCard } from '../../../shared/due/group-due.js';
import { h } from '../dom.js';
import type { Route } from './panel.js';
import { DUE_TEXT, dueOn, endedOn, feedbackTitle, followUpTitle, quietFor, rejectedOn, snoozeUntil, thankTitle, toWhom } from './due-text.js';

const who = (item: { recipient: { name: string; email: string | null } | null }) => item.recipient?.name || item.recipient?.email || DUE_TEXT.yourContact;

export type Decide = (card: DueCard, decision: 'done' | 'dismissed' | 'snoozed', until?: string) => void;

/** What the card says, in the person's words. */
export function describeCard({ item }: DueCard): { title: string; detail: string; route: Route } {
  switch (item.kind) {
    case 'thank-you':
      return {
        title: thankTitle(who(item)),
        detail: endedOn(`${item.company} · ${item.round || item.role}`, item.endedAt),
        route: { panel: 'drafts', target: { interviewId: item.interviewId } },
      };
    case 'feedback-request':
      return {
        title: feedbackTitle(item.company),
        detail: toWhom(item.role, who(item)) + (item.since ? rejectedOn(item.since) : ''),
        route: { panel: 'drafts', target: { applicationId: item.applicationId, kind: 'feedback-request' } },
      };
    case 'follow-up':
      return {
        title: followUpTitle(item.company),
        detail: toWhom(item.role, who(item)) + quietFor(item.silentDays),
        route: { panel: 'drafts', target: { applicationId: item.applicationId, kind: 'follow-up' } },
      };
    case 'next-action':
      return { title: item.action || DUE_TEXT.nextAction, detail: `${item.company} · ${item.role}`, route: { panel: 'applications' } };
  }
}

export function renderDueCard(card: DueCard, today: string, go: (route: Route) => void, decide: Decide): HTMLElement {
  const { title, detail, route } = describeCard(card);
  const overdue = card.item.kind === 'thank-you' ? card.item.overdue : card.dueOn < today;
  const open = h('button', { className: 'link due-open', attrs: { type: 'button' }, on: { click: () => go(route) } }, title);
  const button = (label: string, className: string, onClick: () => void) =>
    h('button', { className: `secondary small ${className}`, attrs: { type: 'button', 'aria-label': `${label}: ${title}` }, on: { click: onClick } }, label);
  const snoozeBox = h('div', { className: 'due-snooze', attrs: { hidden: '' } });
  const actions = h(
    'div',
    { className: 'due-actions' },
    button(DUE_TEXT.markDone, 'due-done', () => decide(card, 'done')),
    button(DUE_TEXT.snooze, 'due-snooze-open', () => {
      const until = h('input', {
        className: 'due-until',
        attrs: { type: 'date', value: addDays(today, 1), min: addDays(today, 1), 'aria-label': snoozeUntil(title) },
      });
      const save = button(DUE_TEXT.snoozeSave, 'due-snooze-save', () => decide(card, 'snoozed', until.value));
      const cancel = button(DUE_TEXT.cancel, 'due-snooze-cancel', () => {
        snoozeBox.hidden = true;
        actions.hidden = false;
        open.focus();
      });
      until.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') decide(card, 'snoozed', until.value);
        // Escape closes the day field, as Cancel does, and stops there (the sidebar's own Escape handling does not see it).
        if (event.key === 'Escape') {
          event.stopPropagation();
          cancel.click();
        }
      });
      snoozeBox.replaceChildren(until, save, cancel);
      snoozeBox.hidden = false;
      actions.hidden = true;
      until.focus();
    }),
    button(DUE_TEXT.dismiss, 'due-dismiss', () => decide(card, 'dismissed')),
  );
  return h(
    'li',
    { className: 'due-card', attrs: { 'data-kind': card.item.kind, 'data-due-id': card.id } },
    open,
    overdue ? h('span', { className: 'badge overdue-badge' }, DUE_TEXT.overdueBadge) : null,
    h('div', { className: 'muted small' }, detail, dueOn(card.dueOn), card.woke ? DUE_TEXT.woke : ''),
    actions,
    snoozeBox,
  );
}
