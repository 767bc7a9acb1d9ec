/**
 * Due: what to do next, from one loadDue call, grouped Overdue / Today /
 * This week (shared/due/group-due.ts), one card per person and action with
 * Done, Snooze and Dismiss (remembered by the add-on, so they hold on every
 * device). "Sign drafts as" is asked once, before any card. The yearly
 * market check is a gentle line, not a task.
 */
import { dueCardCount, dueGroups, type DueCard, type DueGroups } from '../../../shared/due/group-due.js';
import type { DueView } from '../../api/views.js';
import { h } from '../dom.js';
import { server } from '../server.js';
import { SETTINGS_WORDS, forPerson } from '../words.js';
import { describeCard, renderDueCard, type Decide } from './due-card.js';
import { REPLY_TEXT } from './reply-text.js';
import { renderGoingQuiet } from './quiet.js';
import { hubKey } from './hub-keys.js';
import type { Panel, PanelContext, Route } from './panel.js';
import { DUE_TEXT, backOnList, decidedCard, hiddenCards, marketCheck, signedAs } from './due-text.js';

// Every error passes through the message catalogue's translation (words.ts).
const errorText = (error: unknown) => forPerson(error);

export const duePanel: Panel<{ panel: 'due' }> = {
  id: 'due',
  title: DUE_TEXT.title,
  render(context) {
    const status = h('div', { id: 'due-status', attrs: { role: 'status', 'aria-live': 'polite' } });
    const body = h('div', { id: 'due-body' }, h('p', { className: 'muted' }, DUE_TEXT.loading));
    server.loadDue().then(
      (due) => {
        const state = { due };
        const draw = (focusId?: string) => {
          const named = (myName: string) => {
            state.due = { ...state.due, myName };
            draw();
            // The saved line takes focus from the Save button it replaces.
            document.getElementById('signed-as')?.focus();
          };
          const { items, decisions, now, settings } = state.due;
          const groups = dueGroups({ items, applications: context.view.applications, decisions, now, settings });
          body.replaceChildren(...renderDue(context, state.due, groups, decide, named));
          // The tab's count is these cards, by construction: a decision lowers it at once (not after the person has left the page).
          if (body.isConnected) context.setDueCount(dueCardCount(groups));
          const target = focusId ? body.querySelector<HTMLElement>(`li[data-due-id="${CSS.escape(focusId)}"] .due-open`) : null;
          target?.focus();
        };
        const decide: Decide = (card, decision, until) => {
          const cards = [...body.querySelectorAll<HTMLElement>('li.due-card')];
          const next = cards[cards.findIndex((li) => li.dataset.dueId === card.id) + 1]?.dataset.dueId;
          server.decideDueItem({ id: card.id, decision, until }).then(
            ({ decisions }) => {
              state.due = { ...state.due, decisions };
              draw(next);
              if (!next) document.getElementById('due-heading')?.focus();
              const undo = h('button', { className: 'link', id: 'due-undo', attrs: { type: 'button' } }, DUE_TEXT.undo);
              undo.addEventListener('click', () =>
                server.decideDueItem({ id: card.id, decision: 'undo' }).then(({ decisions: back }) => {
                  state.due = { ...state.due, decisions: back };
                  draw(card.id);
                  status.replaceChildren(h('div', { className: 'banner ok' }, backOnList(describeCard(card).title)));
                }),
              );
              const when = decision === 'snoozed' ? until : undefined;
              status.replaceChildren(h('div', { className: 'banner ok' }, decidedCard(decision, describeCard(card).title, when), undo));
            },
            (error: unknown) => status.replaceChildren(h('div', { className: 'banner error', attrs: { role: 'alert' } }, errorText(error))),
          );
        };
        draw();
      },
      (error) => body.replaceChildren(h('div', { className: 'banner error', attrs: { role: 'alert' } }, errorText(error))),
    );
    return h('section', { id: 'due' }, status, body);
  },
};

function renderDue(context: PanelContext, due: DueView, groups: DueGroups, decide: Decide, named: (myName: string) => void): Node[] {
  const today = due.now.slice(0, 10);
  // A next action opens its application's hub; the other cards open their drafts.
  const open = (card: DueCard) => (route: Route) => {
    const { item } = card;
    const record = item.kind === 'next-action' ? context.view.applications.find((a) => a.id === item.applicationId) : undefined;
    context.go(record ? { panel: 'application', key: hubKey(record.id, record.row) } : route);
  };
  const section = (id: string, title: string, cards: DueCard[]) =>
    cards.length
      ? h(
          'section',
          { id, attrs: { 'aria-labelledby': `${id}-title` } },
          h('h3', { id: `${id}-title` }, `${title} (${cards.length})`),
          h('ul', { className: 'due-list' }, ...cards.map((card) => renderDueCard(card, today, open(card), decide))),
        )
      : '';
  const picker = h('select', { id: 'draft-for-interview', attrs: { 'aria-label': DUE_TEXT.pickRound } });
  picker.append(h('option', { attrs: { value: '' } }, DUE_TEXT.pickRoundFirst));
  for (const round of [...context.view.interviews].sort((a, b) => b.start.localeCompare(a.start))) {
    // No thank-you before the round has ended.
    if (round.eventId && (round.end || round.start) && (round.end || round.start).slice(0, 16) <= due.now)
      picker.append(h('option', { attrs: { value: round.eventId } }, `${round.start.slice(0, 10)} · ${round.company} · ${round.round || round.title}`));
  }
  picker.addEventListener('change', () => picker.value && context.go({ panel: 'drafts', target: { interviewId: picker.value } }));
  return [
    h('h2', { id: 'due-heading', attrs: { tabindex: '-1' } }, DUE_TEXT.heading),
    renderSignAs(due.myName, named),
    h('button', { className: 'secondary', id: 'open-reply', attrs: { type: 'button' }, on: { click: () => context.go({ panel: 'reply' }) } }, REPLY_TEXT.open),
    h(
      'div',
      { id: 'due-items' },
      section('due-overdue', DUE_TEXT.overdue, groups.overdue),
      section('due-today', DUE_TEXT.today, groups.today),
      section('due-week', DUE_TEXT.thisWeek, groups.thisWeek),
      dueCardCount(groups) ? '' : h('p', { className: 'muted', id: 'due-empty' }, DUE_TEXT.empty),
      groups.hidden ? h('p', { className: 'muted small', id: 'due-hidden' }, hiddenCards(groups.hidden)) : '',
    ),
    groups.marketCheck ? h('p', { className: 'banner nudge', id: 'market-check' }, marketCheck(groups.marketCheck.item.lastInterviewOn)) : '',
    renderGoingQuiet(),
    picker,
    // The thresholds, the weekly digest and going-quiet days live on their own page (also under Home's More).
    h(
      'button',
      { className: 'link', id: 'open-due-settings', attrs: { type: 'button' }, on: { click: () => context.go({ panel: 'due-settings' }) } },
      SETTINGS_WORDS.dueSettings,
    ),
    due.problems.length
      ? h(
          'details',
          { id: 'due-problems' },
          h('summary', { className: 'small' }, DUE_TEXT.cellsToCheck),
          h('ul', { className: 'small muted' }, ...due.problems.map((line) => h('li', {}, line))),
        )
      : '',
  ].filter((node): node is HTMLElement => node !== '');
}

/** "Sign drafts as": asked once, before any card; afterwards one line with a way to change it. */
function renderSignAs(myName: string, named: (myName: string) => void): HTMLElement {
  const box = h('div', { id: 'sign-as', className: 'card' });
  const ask = (focus = false) => {
    const input = h('input', { id: 'sign-as-name', attrs: { maxlength: '200', autocomplete: 'name', value: myName, 'aria-describedby': 'sign-as-help' } });
    const error = h('div', { id: 'sign-as-error', className: 'field-error small', attrs: { role: 'alert' } });
    const save = h('button', { className: 'primary', id: 'save-sign-as', attrs: { type: 'button' } }, DUE_TEXT.save);
    const submit = () => {
      if (!input.value.trim()) {
        input.setAttribute('aria-invalid', 'true');
        error.textContent = DUE_TEXT.nameNeeded;
        return input.focus();
      }
      save.disabled = true;
      server.saveMyName({ myName: input.value }).then(
        (saved) => named(saved.myName),
        (failure: unknown) => {
          error.textContent = errorText(failure);
          save.disabled = false;
          input.focus();
        },
      );
    };
    save.addEventListener('click', submit);
    input.addEventListener('keydown', (event) => event.key === 'Enter' && submit());
    box.replaceChildren(
      h('label', { attrs: { for: 'sign-as-name' } }, DUE_TEXT.signAs),
      h('p', { className: 'muted small', id: 'sign-as-help' }, DUE_TEXT.signAsHelp),
      input,
      error,
      save,
    );
    if (focus) input.focus();
  };
  if (!myName) ask();
  else
    box.replaceChildren(
      h('span', { className: 'small', id: 'signed-as', attrs: { tabindex: '-1' } }, signedAs(myName)),
      h('button', { className: 'link', id: 'change-sign-as', attrs: { type: 'button' }, on: { click: () => ask(true) } }, DUE_TEXT.change),
    );
  return box;
}
