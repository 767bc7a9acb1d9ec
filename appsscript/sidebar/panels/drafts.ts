/**
 * Drafts: a template of the item's kind, an optional topic, and one card per
 * recipient showing exactly what Gmail will get (To, Subject, Body as text),
 * or why that draft is blocked. "Create drafts" sends the keys of the ready
 * cards; Gmail links open only when they are https:. Nothing is ever sent.
 */
import type { DraftPreview } from '../../../shared/mail/preview-drafts.js';
import type { CreateDraftsResult, DraftsPreview } from '../../api/views.js';
import { h, safeLink } from '../dom.js';
import { server } from '../server.js';
import { forPerson } from '../words.js';
import { DUE_TEXT } from './due-text.js';
import { fieldControl, showFieldErrors } from './field-control.js';
import type { DraftsRoute, Panel } from './panel.js';
import { renderTemplateEditor } from './template-editor.js';
import { DRAFTS_TEXT, draftedOn, draftsMade, emailFor, emailSavedFor, sentTo } from './drafts-text.js';
import { saved } from '../nav/unsaved.js';

// Every error passes through the message catalogue's translation (words.ts).
const errorText = (error: unknown) => forPerson(error);
const banner = (text: string, kind: 'ok' | 'error', id?: string) =>
  // Focusable by script: after an action the banner takes focus from the control it replaced.
  h('div', { className: `banner ${kind}`, id, attrs: { role: kind === 'error' ? 'alert' : 'status', tabindex: '-1' } }, text);
const focusFirst = (box: HTMLElement) => (box.firstElementChild as HTMLElement | null)?.focus();

export const draftsPanel: Panel<DraftsRoute> = {
  id: 'drafts',
  title: DRAFTS_TEXT.title,
  render(_context, route) {
    const status = h('div', { id: 'drafts-status' });
    const body = h('div', {}, h('p', { className: 'muted' }, DRAFTS_TEXT.preparing));
    const topic = h('input', { id: 'draft-topic', attrs: { placeholder: DRAFTS_TEXT.topicHint, maxlength: '300' } });
    const template = h('select', { id: 'draft-template' });
    const forceNew = h('input', { id: 'draft-force-new', attrs: { type: 'checkbox' } });
    let current: DraftsPreview | null = null;
    // Previews may come back out of order: only the latest one renders.
    let ticket = 0;

    const input = () => ({ ...route.target, templateId: template.value || undefined, topic: topic.value.trim() || undefined });
    const preview = (message = '') => {
      const mine = ++ticket;
      return server.previewDrafts(input()).then(
        (result) => {
          if (mine !== ticket) return;
          current = result;
          template.replaceChildren(...result.templates.map((choice) => h('option', { attrs: { value: choice.id } }, choice.name)));
          template.value = result.templateId;
          const ready = result.previews.filter((card) => card.status === 'ready').length;
          // Disabled with the reason beside it until a card is ready.
          create.disabled = ready === 0;
          createReason.textContent = ready === 0 ? notReadyReason(result) : '';
          body.replaceChildren(
            renderPreview(result, preview, route.target),
            renderTemplateEditor(result.templateId, (text) => void preview(text)),
          );
          status.replaceChildren(...(message ? [banner(message, 'ok', 'drafts-notice')] : []));
          // A message follows an action (save, create): its notice takes the focus the redrawn controls lost.
          if (message) focusFirst(status);
        },
        (error) => {
          if (mine === ticket) status.replaceChildren(banner(errorText(error), 'error'));
        },
      );
    };
    const createReason = h('p', { className: 'small muted', id: 'create-drafts-reason' });
    const create = h(
      'button',
      { className: 'primary', id: 'create-drafts', attrs: { type: 'button', 'aria-describedby': 'create-drafts-reason' } },
      DRAFTS_TEXT.create,
    );
    create.disabled = true;
    create.addEventListener('click', () => {
      const keys = (current?.previews ?? []).filter((card) => card.status === 'ready').map((card) => card.key);
      if (keys.length === 0) return void status.replaceChildren(banner(DRAFTS_TEXT.noneReady, 'error'));
      create.disabled = true;
      server
        .createDrafts({ ...input(), keys, forceNew: forceNew.checked || undefined })
        .then(
          (result) => {
            // The topic typed went into the drafts made: leaving need not ask about it.
            saved(topic);
            return preview(describe(result)).then(() => {
              const unmade = result.outcomes.flatMap((outcome) => ('message' in outcome ? [outcome.message] : []));
              if (unmade.length) status.append(h('ul', { className: 'banner error small', id: 'drafts-unmade' }, ...unmade.map((line) => h('li', {}, line))));
            });
          },
          (error) => {
            status.replaceChildren(banner(errorText(error), 'error'));
            focusFirst(status);
          },
        )
        .finally(() => (create.disabled = !(current?.previews ?? []).some((card) => card.status === 'ready')));
    });
    template.addEventListener('change', () => void preview());
    topic.addEventListener('change', () => void preview());
    void preview();
    return h(
      'section',
      { id: 'drafts' },
      h('h2', { id: 'drafts-title' }, DRAFTS_TEXT.title),
      h('p', { className: 'muted small' }, DRAFTS_TEXT.neverSends),
      h('label', { attrs: { for: 'draft-template' } }, DRAFTS_TEXT.template),
      template,
      h('label', { attrs: { for: 'draft-topic' } }, DRAFTS_TEXT.topic),
      topic,
      status,
      body,
      h('div', { className: 'actions' }, create, h('label', { className: 'small inline' }, forceNew, DRAFTS_TEXT.forceNew)),
      createReason,
    );
  },
};

type Target = DraftsRoute['target'];

/** Why nothing can be created yet, in one sentence. */
function notReadyReason(result: DraftsPreview): string {
  if (result.previews.length === 0) return DRAFTS_TEXT.nobodyOnRow;
  const blocked = result.previews.filter((card) => card.status === 'blocked');
  if (blocked.some((card) => card.missing.some((name) => name === 'my_name' || name === 'my_first_name'))) return DRAFTS_TEXT.signFirst;
  if (blocked.some((card) => !card.recipient?.email)) return DRAFTS_TEXT.emailsFirst;
  return DRAFTS_TEXT.fixFirst;
}

function renderPreview(result: DraftsPreview, preview: (message?: string) => Promise<void>, target: Target): HTMLElement {
  const title = document.getElementById('drafts-title');
  if (title) title.textContent = result.title || DRAFTS_TEXT.title;
  const needsName = result.previews.some((card) => card.status === 'blocked' && card.missing.some((name) => name === 'my_name' || name === 'my_first_name'));
  return h(
    'div',
    { id: 'draft-cards' },
    needsName ? renderMyName(preview) : '',
    ...result.previews.map((card, index) => renderCard(card, index, target, preview, result.emailEditable)),
    result.problems.length
      ? h(
          'details',
          { id: 'template-problems' },
          h('summary', { className: 'small' }, DRAFTS_TEXT.templatesToCheck),
          h('ul', { className: 'small muted' }, ...result.problems.map((line) => h('li', {}, line))),
        )
      : '',
  );
}

function renderCard(card: DraftPreview, index: number, target: Target, preview: (message?: string) => Promise<void>, emailEditable: boolean): HTMLElement {
  const to = card.recipient
    ? [card.recipient.name, card.recipient.email ? `<${card.recipient.email}>` : ''].filter(Boolean).join(' ')
    : DRAFTS_TEXT.nobodyNamed;
  const head = h('div', { className: 'draft-to small' }, sentTo(to));
  if (card.status === 'blocked') {
    return h(
      'div',
      { className: 'card draft-card blocked', attrs: { 'data-key': card.key } },
      head,
      h('div', { className: 'draft-blocked banner error' }, card.message),
      // A calendar round's card says where the address goes instead (its message), with no field the server would refuse.
      card.recipient?.email || !emailEditable ? '' : renderEmailField(card, index, target, preview),
    );
  }
  return h(
    'div',
    { className: 'card draft-card ready', attrs: { 'data-key': card.key } },
    head,
    h('div', { className: 'draft-subject' }, card.subject),
    h('div', { className: 'draft-body' }, card.body),
    card.existing
      ? h('div', { className: 'draft-existing small' }, draftedOn(card.existing.createdAt), safeLink(card.existing.link, DRAFTS_TEXT.openInGmail))
      : '',
  );
}

function renderMyName(preview: (message?: string) => Promise<void>): HTMLElement {
  const name = h('input', { id: 'my-name', attrs: { placeholder: DRAFTS_TEXT.myNameHint, maxlength: '200', autocomplete: 'name' } });
  const save = h('button', { className: 'secondary', id: 'save-my-name', attrs: { type: 'button' } }, DRAFTS_TEXT.saveMyName);
  const field = fieldControl(name, DRAFTS_TEXT.signAs);
  // Refused on the field itself (empty here, or by the server), with focus back in it.
  const refuse = (message: string) => showFieldErrors([field], [message]);
  const submit = () => {
    if (!name.value.trim()) return refuse(DUE_TEXT.nameNeeded);
    server.saveMyName({ myName: name.value }).then(
      () => preview(DRAFTS_TEXT.nameSaved),
      (failure: unknown) => refuse(errorText(failure)),
    );
  };
  save.addEventListener('click', submit);
  name.addEventListener('keydown', (event) => event.key === 'Enter' && submit());
  return h('div', { className: 'card', id: 'drafts-sign-as' }, field.element, save);
}

/** The inline field of a card whose recipient has no address: saved to the row, then the previews are drawn again. */
function renderEmailField(card: DraftPreview, index: number, target: Target, preview: (message?: string) => Promise<void>): HTMLElement {
  const name = card.recipient?.name ?? '';
  const id = `recipient-email-${index}`;
  const input = h('input', { id, className: 'recipient-email', attrs: { type: 'email', autocomplete: 'off', 'aria-describedby': `${id}-error` } });
  const error = h('div', { id: `${id}-error`, className: 'field-error small', attrs: { role: 'alert' } });
  const save = h('button', { className: 'secondary save-recipient-email', attrs: { type: 'button' } }, DRAFTS_TEXT.saveEmail);
  const submit = () => {
    save.disabled = true;
    const input_ =
      'interviewId' in target
        ? { interviewId: target.interviewId, name, email: input.value }
        : { applicationId: target.applicationId, name, email: input.value };
    server.saveRecipientEmail(input_).then(
      () => preview(emailSavedFor(name)),
      (failure: unknown) => {
        input.setAttribute('aria-invalid', 'true');
        error.textContent = errorText(failure);
        save.disabled = false;
        input.focus();
      },
    );
  };
  save.addEventListener('click', submit);
  input.addEventListener('keydown', (event) => event.key === 'Enter' && submit());
  return h('div', { className: 'recipient-email-field' }, h('label', { attrs: { for: id } }, emailFor(name)), input, save, error);
}

function describe(result: CreateDraftsResult): string {
  const count = (status: string) => result.outcomes.filter((outcome) => outcome.status === status).length;
  return draftsMade(count('created'), count('existing'), count('failed') + count('blocked') + count('gone'));
}
