/**
 * The interview hub: one round in one place — when, the join link and who
 * interviews, the prepare checklist, the debrief with feedback and the
 * application's stage, and its thank-you drafts. The Prepare and Reflect
 * panels render inside it as sections; when they would go back to their
 * own lists, the section is drawn again instead, so the person stays here.
 */
import { h, safeLink } from '../dom.js';
import { HUB_WORDS, statusWords } from '../words.js';
import { findApplication, findInterview, jobName } from './hub-keys.js';
import type { Panel, PanelContext, Route } from './panel.js';
import { preparePanel } from './prepare.js';
import { reflectPanel } from './reflect.js';
import { deleteButton } from './confirm-delete.js';
import { ROUNDS_TEXT } from './rounds-text.js';

const roundName = (round: { company: string; round: string; title: string }) => `${round.company} — ${round.round || round.title || ROUNDS_TEXT.interview}`;

/** A Prepare or Reflect panel for this round, drawn again in place when it asks for its list. */
function embedded(context: PanelContext, id: string, title: string, draw: (inner: PanelContext) => HTMLElement): HTMLElement {
  const body = h('div', {});
  const inner: PanelContext = {
    ...context,
    go: (next: Route) => ((next.panel === 'prepare' || next.panel === 'reflect') && !next.interviewId ? body.replaceChildren(draw(inner)) : context.go(next)),
  };
  body.append(draw(inner));
  return h('section', { id, className: 'hub-section', attrs: { 'aria-labelledby': `${id}-title` } }, h('h2', { id: `${id}-title` }, title), body);
}

export const interviewHubPanel: Panel<{ panel: 'interview'; key: string }> = {
  id: 'interview',
  title: null,
  place: (route, view) => {
    const round = findInterview(view.interviews, route.key);
    return [round ? roundName(round) : HUB_WORDS.notFound];
  },
  render(context, route) {
    const round = findInterview(context.view.interviews, route.key);
    if (!round) return h('p', { className: 'banner error' }, HUB_WORDS.notFound);
    const application = round.applicationId ? findApplication(context.view.applications, round.applicationId) : null;
    const ended = round.end !== '' && round.end <= context.view.now;
    const interviewId = round.eventId;
    return h(
      'div',
      { id: 'interview-hub' },
      h(
        'section',
        { id: 'hub-when', attrs: { 'aria-labelledby': 'hub-when-title' } },
        h('h2', { id: 'hub-when-title' }, HUB_WORDS.when),
        h(
          'p',
          {},
          `${round.start}${round.end ? ` – ${round.end.slice(11) || round.end}` : ''}`,
          round.calendarStatus ? ` · ${statusWords(round.calendarStatus)}` : '',
        ),
        round.interviewers ? h('p', { className: 'small' }, `${HUB_WORDS.interviewers}: ${round.interviewers}`) : null,
        round.meetingLink ? h('p', {}, safeLink(round.meetingLink, HUB_WORDS.join)) : null,
        h(
          'div',
          { className: 'actions wrap' },
          h(
            'button',
            { className: 'secondary', id: 'hub-edit', attrs: { type: 'button' }, on: { click: () => context.go({ panel: 'interview-form', record: round }) } },
            HUB_WORDS.edit,
          ),
          application
            ? h(
                'button',
                {
                  className: 'link',
                  id: 'hub-job',
                  attrs: { type: 'button' },
                  on: { click: () => context.go({ panel: 'application', key: round.applicationId }) },
                },
                jobName(application),
              )
            : null,
        ),
      ),
      interviewId ? embedded(context, 'hub-prepare', HUB_WORDS.prepare, (inner) => preparePanel.render(inner, { panel: 'prepare', interviewId })) : null,
      interviewId && ended
        ? embedded(context, 'hub-debrief', HUB_WORDS.debrief, (inner) => reflectPanel.render(inner, { panel: 'reflect', interviewId }))
        : null,
      h(
        'section',
        { id: 'hub-thanks', attrs: { 'aria-labelledby': 'hub-thanks-title' } },
        h('h2', { id: 'hub-thanks-title' }, HUB_WORDS.thankYou),
        ended && interviewId
          ? h(
              'button',
              {
                className: 'secondary',
                id: 'hub-thank-you',
                attrs: { type: 'button' },
                on: { click: () => context.go({ panel: 'drafts', target: { interviewId } }) },
              },
              HUB_WORDS.writeThankYou,
            )
          : h('p', { className: 'muted' }, HUB_WORDS.thankYouLater),
      ),
      interviewId ? deleteButton(context, 'interview', interviewId, roundName(round)) : null,
    );
  },
};
