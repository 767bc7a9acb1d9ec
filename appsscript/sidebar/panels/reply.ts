/**
 * "Paste a reply": a textarea for an email the person received, what
 * NextRound reads in it, the application it answers (picked by the person
 * when it cannot tell), and the proposed change — editable, written only on
 * Confirm. A rejection offers the feedback-request draft at once.
 */
import type { ReplyChoice, ReplyConfirmed, ReplyPreview } from '../../api/views.js';
import type { ReplyProposal } from '../../../shared/reply/propose-reply.js';
import { STAGES } from '../../../shared/schema/options.js';
import { h } from '../dom.js';
import { server } from '../server.js';
import { forPerson } from '../words.js';
import type { Panel, PanelContext } from './panel.js';
import { REPLY_KINDS, REPLY_TEXT, replySaved } from './reply-text.js';
import { saved } from '../nav/unsaved.js';

const errorText = (error: unknown) => forPerson(error);
const alert = (text: string) => h('div', { className: 'banner error', attrs: { role: 'alert' } }, text);

export const replyPanel: Panel<{ panel: 'reply'; applicationId?: string }> = {
  id: 'reply',
  title: REPLY_TEXT.title,
  render(context, route) {
    const pasted = h('textarea', { id: 'reply-text', attrs: { rows: '8', 'aria-describedby': 'reply-hint' } });
    const result = h('div', { id: 'reply-result', attrs: { 'aria-live': 'polite' } });
    const read = (applicationId?: string) => {
      result.replaceChildren(h('p', { className: 'muted' }, REPLY_TEXT.reading));
      server.previewReply(applicationId ? { text: pasted.value, applicationId } : { text: pasted.value }).then(
        (preview) => result.replaceChildren(...renderPreview(context, preview, read)),
        (error) => result.replaceChildren(alert(errorText(error))),
      );
    };
    const readButton = h('button', { className: 'primary', id: 'read-reply', attrs: { type: 'button' } }, REPLY_TEXT.read);
    readButton.addEventListener('click', () => read(route.applicationId));
    return h(
      'section',
      { id: 'reply' },
      h('label', { attrs: { for: 'reply-text' } }, REPLY_TEXT.label),
      h('p', { className: 'muted small', id: 'reply-hint' }, REPLY_TEXT.hint),
      pasted,
      h('div', { className: 'actions' }, readButton),
      result,
    );
  },
};

function renderPreview(context: PanelContext, preview: ReplyPreview, read: (applicationId?: string) => void): Node[] {
  if (preview.kind === 'not-email') return [alert(preview.message)];
  const heading = h(
    'p',
    { id: 'reply-kind' },
    REPLY_KINDS[preview.reply],
    preview.sender ? h('span', { className: 'muted small' }, ` · ${preview.sender}`) : null,
  );
  if (preview.match.kind !== 'match' || !preview.proposal) {
    const problem = preview.match.kind === 'match' ? '' : preview.match.message;
    return [heading, h('p', { className: 'banner nudge', id: 'reply-match-problem' }, problem), renderPicker(preview.choices, read)];
  }
  const { application } = preview.match;
  return [
    heading,
    h(
      'p',
      { id: 'reply-application' },
      `${application.company} — ${application.role}`,
      h('span', { className: 'muted small' }, ` (${application.reasons.join(', ')})`),
    ),
    renderProposal(context, application.applicationId, preview.reply, preview.proposal, application.stage),
  ];
}

function renderPicker(choices: ReplyChoice[], read: (applicationId?: string) => void): HTMLElement {
  const select = h('select', { id: 'reply-pick' }, h('option', { attrs: { value: '' } }, REPLY_TEXT.pick));
  for (const choice of choices)
    select.append(h('option', { attrs: { value: choice.applicationId } }, `${choice.company} — ${choice.role} (${choice.stage || '—'})`));
  select.addEventListener('change', () => select.value && read(select.value));
  return h('div', {}, h('label', { attrs: { for: 'reply-pick' } }, REPLY_TEXT.pickLabel), select);
}

function renderProposal(context: PanelContext, applicationId: string, reply: ReplyPreviewKind, proposal: ReplyProposal, current: string): HTMLElement {
  const stage = h('select', { id: 'reply-stage' }, h('option', { attrs: { value: '' } }, `${REPLY_TEXT.keepStage} (${current || '—'})`));
  for (const option of STAGES) stage.append(h('option', { attrs: { value: option } }, option));
  stage.value = proposal.stage ?? '';
  const action = h('input', { id: 'reply-next-action', attrs: { type: 'text', value: proposal.nextAction } });
  const due = h('input', { id: 'reply-next-due', attrs: { type: 'date', value: proposal.nextActionDue } });
  const status = h('div', { id: 'reply-status', attrs: { role: 'status' } });
  const confirm = h('button', { className: 'primary', id: 'confirm-reply', attrs: { type: 'button' } }, REPLY_TEXT.confirm);
  confirm.addEventListener('click', () => {
    confirm.disabled = true;
    server.confirmReply({ applicationId, reply, stage: stage.value || null, nextAction: action.value, nextActionDue: due.value }).then(
      (done) => {
        // The pasted text and the change are recorded: leaving for the feedback draft need not ask.
        saved();
        status.replaceChildren(...renderConfirmed(context, done));
      },
      (error) => {
        confirm.disabled = false;
        status.replaceChildren(alert(errorText(error)));
      },
    );
  });
  return h(
    'div',
    { id: 'reply-proposal' },
    h('label', { attrs: { for: 'reply-stage' } }, REPLY_TEXT.stage),
    stage,
    h('label', { attrs: { for: 'reply-next-action' } }, REPLY_TEXT.nextAction),
    action,
    h('label', { attrs: { for: 'reply-next-due' } }, REPLY_TEXT.due),
    due,
    h('p', { className: 'muted small' }, REPLY_TEXT.nothingYet),
    h('div', { className: 'actions' }, confirm),
    status,
  );
}

type ReplyPreviewKind = Extract<ReplyPreview, { kind: 'read' }>['reply'];

function renderConfirmed(context: PanelContext, done: ReplyConfirmed): Node[] {
  const nodes: Node[] = [h('p', { className: 'banner ok', id: 'reply-done' }, replySaved(done.stage, done.recorded))];
  if (done.offerFeedbackDraft) {
    const draft = h('button', { className: 'primary', id: 'reply-feedback-draft', attrs: { type: 'button' } }, REPLY_TEXT.feedbackDraft);
    draft.addEventListener('click', () => context.go({ panel: 'drafts', target: { applicationId: done.applicationId, kind: 'feedback-request' } }));
    nodes.push(draft);
  }
  return nodes;
}
