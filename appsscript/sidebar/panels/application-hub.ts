import { h, rowButton, safeLink } from '../dom.js';
import { server } from '../server.js';
import { HUB_WORDS, SETTINGS_WORDS, STAGE_WORDS, appliedOn, forPerson } from '../words.js';
import { EMPTY_WORDS, dueOn } from './lists-text.js';
import { findApplication, hubKey, jobName } from './hub-keys.js';
import type { Panel, PanelContext } from './panel.js';
import { deleteButton } from './confirm-delete.js';
import { REPLY_TEXT } from './reply-text.js';
import type { ApplicationRecord } from '../../../shared/models/records.js';
import { parseInterviewers, uniquePeople } from '../../../shared/mail/address.js';
import { stagePicker } from './stage-picker.js';

const section = (id: string, title: string, ...children: (Node | string | null)[]) =>
  h('section', { id, attrs: { 'aria-labelledby': `${id}-title` } }, h('h2', { id: `${id}-title` }, title), ...children);

function renderStage(context: PanelContext, application: ApplicationRecord): HTMLElement {
  const status = h('div', { id: 'hub-stage-status', attrs: { role: 'status' } });
  const [select, move] = stagePicker(context, application, {
    ids: { select: 'hub-stage', move: 'hub-stage-move' },
    label: HUB_WORDS.stage,
    status,
    mayReload: () => true,
  });
  // Stage changes need the row's id (rows without one are changed in the sheet).
  const controls = application.id ? h('div', { className: 'actions' }, select, move) : h('p', {}, application.stage || STAGE_WORDS.none);
  return section('hub-stage-section', HUB_WORDS.stage, controls, status);
}

/** Stage history, read when the hub opens (the first screen's one call stays one). */
function renderHistory(applicationId: string): HTMLElement {
  const body = h('div', {}, h('p', { className: 'muted' }, SETTINGS_WORDS.loading));
  server.loadStageHistory({ applicationId }).then(
    ({ changes }) =>
      body.replaceChildren(
        changes.length
          ? h(
              'ol',
              { className: 'small history' },
              ...changes.map((change) => h('li', {}, `${change.changedAt} · ${change.fromStage || '—'} → ${change.toStage}`)),
            )
          : h('p', { className: 'muted' }, HUB_WORDS.noHistory),
      ),
    (error: unknown) => body.replaceChildren(h('div', { className: 'banner error' }, forPerson(error))),
  );
  return section('hub-history', HUB_WORDS.history, body);
}

export const applicationHubPanel: Panel<{ panel: 'application'; key: string }> = {
  id: 'application',
  title: null,
  place: (route, view) => [jobName(findApplication(view.applications, route.key) ?? { company: HUB_WORDS.notFound, role: '' })],
  render(context, route) {
    const application = findApplication(context.view.applications, route.key);
    if (!application) return h('p', { className: 'banner error' }, HUB_WORDS.notFound);
    const rounds = context.view.interviews
      .filter((r) => application.id !== '' && r.applicationId === application.id)
      .sort((a, b) => a.start.localeCompare(b.start));
    // The contact, then each round's interviewers, each person once (the same interviewer meets you in several rounds).
    const people = uniquePeople([
      { name: application.contact, email: application.contactEmail || null },
      ...rounds.flatMap((r) => parseInterviewers(r.interviewers)),
    ]);
    return h(
      'div',
      { id: 'application-hub' },
      h(
        'p',
        { className: 'muted small' },
        [application.source, application.appliedOn ? appliedOn(application.appliedOn) : ''].filter(Boolean).join(' · ') || null,
        ' ',
        application.link ? safeLink(application.link, HUB_WORDS.jobPosting) : null,
      ),
      h(
        'div',
        { className: 'actions' },
        h(
          'button',
          {
            className: 'secondary',
            id: 'hub-edit',
            attrs: { type: 'button' },
            on: { click: () => context.go({ panel: 'application-form', record: application }) },
          },
          HUB_WORDS.edit,
        ),
      ),
      renderStage(context, application),
      application.id ? renderHistory(application.id) : null,
      section(
        'hub-rounds',
        HUB_WORDS.rounds,
        rounds.length
          ? h(
              'ul',
              {},
              ...rounds.map((r) =>
                rowButton(
                  { onOpen: () => context.go({ panel: 'interview', key: hubKey(r.eventId, r.row) }) },
                  `${r.start} · ${r.round || r.title}`,
                  r.interviewers || null,
                ),
              ),
            )
          : h('p', { className: 'muted' }, EMPTY_WORDS.rounds),
      ),
      section(
        'hub-contacts',
        HUB_WORDS.contacts,
        people.length
          ? h('ul', { className: 'small' }, ...people.map(({ name, email }) => h('li', {}, [name, email].filter(Boolean).join(' · '))))
          : h('p', { className: 'muted' }, EMPTY_WORDS.contacts),
      ),
      section(
        'hub-next',
        HUB_WORDS.followUp,
        h(
          'p',
          {},
          application.nextAction
            ? `${application.nextAction}${application.nextActionDue ? ` · ${dueOn(application.nextActionDue)}` : ''}`
            : HUB_WORDS.noNextAction,
        ),
        application.id
          ? h(
              'button',
              {
                className: 'secondary',
                id: 'hub-follow-up',
                attrs: { type: 'button' },
                on: { click: () => context.go({ panel: 'drafts', target: { applicationId: application.id, kind: 'follow-up' } }) },
              },
              HUB_WORDS.writeFollowUp,
            )
          : null,
        application.id
          ? h(
              'button',
              {
                className: 'secondary',
                id: 'hub-reply',
                attrs: { type: 'button' },
                on: { click: () => context.go({ panel: 'reply', applicationId: application.id }) },
              },
              REPLY_TEXT.open,
            )
          : null,
      ),
      section('hub-description', HUB_WORDS.description, h('p', { className: 'prewrap' }, application.jobDescription || HUB_WORDS.noDescription)),
      application.id ? deleteButton(context, 'application', application.id, jobName(application)) : null,
    );
  },
};
