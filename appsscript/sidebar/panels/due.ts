/**
 * Due: what to write next, from one loadDue call. Thank-yous are grouped by
 * interview with an "overdue" badge; each item opens the Drafts panel for
 * it. The yearly market check is a gentle line, not a task.
 */
import type { DueItem } from '../../../shared/due/due-item.js';
import type { DueView } from '../../api/views.js';
import { h, rowButton } from '../dom.js';
import { server } from '../server.js';
import { forPerson } from '../words.js';
import type { Panel, PanelContext } from './panel.js';

type ThankYou = Extract<DueItem, { kind: 'thank-you' }>;
// Every error passes through the message catalogue's translation (words.ts).
const errorText = (error: unknown) => forPerson(error);
const who = (item: { recipient: { name: string; email: string | null } | null }) => item.recipient?.name || item.recipient?.email || 'someone (no contact yet)';

export const duePanel: Panel<{ panel: 'due' }> = {
  id: 'due',
  title: 'Due',
  render(context) {
    const body = h('div', { id: 'due-body' }, h('p', { className: 'muted' }, 'Loading…'));
    server.loadDue().then(
      (due) => body.replaceChildren(...renderDue(context, due)),
      (error) => body.replaceChildren(h('div', { className: 'banner error', attrs: { role: 'alert' } }, errorText(error))),
    );
    return h('section', { id: 'due' }, body);
  },
};

function renderDue(context: PanelContext, due: DueView): Node[] {
  const thanks = new Map<string, ThankYou[]>();
  const rest: Exclude<DueItem, ThankYou>[] = [];
  for (const item of due.items) {
    if (item.kind === 'thank-you') thanks.set(item.interviewId, [...(thanks.get(item.interviewId) ?? []), item]);
    else rest.push(item);
  }
  const items: HTMLElement[] = [];
  for (const [interviewId, group] of thanks) {
    const first = group[0]!;
    items.push(
      rowButton(
        { attrs: { 'data-kind': 'thank-you', 'data-interview-id': interviewId }, onOpen: () => context.go({ panel: 'drafts', target: { interviewId } }) },
        h(
          'span',
          {},
          `Thank ${group.map(who).join(', ')}`,
          group.some((item) => item.overdue) ? h('span', { className: 'badge overdue-badge' }, 'overdue') : null,
        ),
        `${first.company} · ${first.round || first.role} · ended ${first.endedAt}`,
      ),
    );
  }
  let marketCheck: HTMLElement | null = null;
  for (const item of rest) {
    if (item.kind === 'market-check') {
      marketCheck = h(
        'p',
        { className: 'banner nudge', id: 'market-check' },
        `Your last interview was on ${item.lastInterviewOn}; interviewing at least once a year keeps you close to your market.`,
      );
      continue;
    }
    const { applicationId, kind } = item;
    const label = kind === 'follow-up' ? `Follow up with ${item.company} (${item.silentDays} days quiet)` : `Ask ${item.company} for feedback`;
    items.push(
      rowButton(
        { attrs: { 'data-kind': kind, 'data-application-id': applicationId }, onOpen: () => context.go({ panel: 'drafts', target: { applicationId, kind } }) },
        label,
        `${item.role} · to ${who(item)}${item.since ? ` · since ${item.since}` : ''}`,
      ),
    );
  }
  const picker = h(
    'select',
    { id: 'draft-for-interview', attrs: { 'aria-label': 'Draft thank-yous for another interview' } },
    h('option', { attrs: { value: '' } }, 'Draft thank-yous for another interview…'),
  );
  for (const round of [...context.view.interviews].sort((a, b) => b.start.localeCompare(a.start))) {
    if (round.eventId)
      picker.append(h('option', { attrs: { value: round.eventId } }, `${round.start.slice(0, 10)} · ${round.company} · ${round.round || round.title}`));
  }
  picker.addEventListener('change', () => picker.value && context.go({ panel: 'drafts', target: { interviewId: picker.value } }));
  return [
    h('h2', {}, 'What is due'),
    items.length ? h('ul', { id: 'due-items' }, ...items) : h('p', { className: 'muted', id: 'due-items' }, 'Nothing to write right now.'),
    marketCheck ?? '',
    picker,
    due.problems.length
      ? h(
          'details',
          { id: 'due-problems' },
          h('summary', { className: 'small' }, 'Cells to check'),
          h('ul', { className: 'small muted' }, ...due.problems.map((line) => h('li', {}, line))),
        )
      : '',
  ].filter((node): node is HTMLElement => node !== '');
}
