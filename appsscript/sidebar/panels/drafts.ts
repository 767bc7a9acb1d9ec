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
import type { DraftsRoute, Panel } from './panel.js';
import { renderTemplateEditor } from './template-editor.js';

// Every error passes through the message catalogue's translation (words.ts).
const errorText = (error: unknown) => forPerson(error);
const banner = (text: string, kind: 'ok' | 'error', id?: string) =>
  h('div', { className: `banner ${kind}`, id, attrs: { role: kind === 'error' ? 'alert' : 'status' } }, text);

export const draftsPanel: Panel<DraftsRoute> = {
  id: 'drafts',
  title: null,
  render(context, route) {
    const status = h('div', { id: 'drafts-status' });
    const body = h('div', {}, h('p', { className: 'muted' }, 'Preparing previews…'));
    const topic = h('input', { id: 'draft-topic', attrs: { placeholder: 'Something you talked about (optional)', maxlength: '300' } });
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
          body.replaceChildren(
            renderPreview(result, preview),
            renderTemplateEditor(result.templateId, (text) => void preview(text)),
          );
          status.replaceChildren(...(message ? [banner(message, 'ok', 'drafts-notice')] : []));
        },
        (error) => {
          if (mine === ticket) status.replaceChildren(banner(errorText(error), 'error'));
        },
      );
    };
    const create = h('button', { className: 'primary', id: 'create-drafts', attrs: { type: 'button' } }, 'Create drafts');
    create.addEventListener('click', () => {
      const keys = (current?.previews ?? []).filter((card) => card.status === 'ready').map((card) => card.key);
      if (keys.length === 0) return void status.replaceChildren(banner('No draft is ready: fix what the cards say first.', 'error'));
      create.disabled = true;
      server
        .createDrafts({ ...input(), keys, forceNew: forceNew.checked || undefined })
        .then(
          (result) =>
            preview(describe(result)).then(() => {
              const unmade = result.outcomes.flatMap((outcome) => ('message' in outcome ? [outcome.message] : []));
              if (unmade.length) status.append(h('ul', { className: 'banner error small', id: 'drafts-unmade' }, ...unmade.map((line) => h('li', {}, line))));
            }),
          (error) => status.replaceChildren(banner(errorText(error), 'error')),
        )
        .finally(() => (create.disabled = false));
    });
    template.addEventListener('change', () => void preview());
    topic.addEventListener('change', () => void preview());
    void preview();
    return h(
      'section',
      { id: 'drafts' },
      h('button', { className: 'link', id: 'drafts-back', attrs: { type: 'button' }, on: { click: () => context.go({ panel: 'due' }) } }, '← What is due'),
      h('h2', { id: 'drafts-title' }, 'Drafts'),
      h('p', { className: 'muted small' }, 'Drafts go to your Gmail Drafts folder. NextRound never sends anything.'),
      h('label', { attrs: { for: 'draft-template' } }, 'Template'),
      template,
      h('label', { attrs: { for: 'draft-topic' } }, 'Topic'),
      topic,
      status,
      body,
      h('div', { className: 'actions' }, create, h('label', { className: 'small inline' }, forceNew, ' Make new drafts even if some exist')),
    );
  },
};

function renderPreview(result: DraftsPreview, preview: (message?: string) => Promise<void>): HTMLElement {
  const title = document.getElementById('drafts-title');
  if (title) title.textContent = result.title || 'Drafts';
  const needsName = result.previews.some((card) => card.status === 'blocked' && card.missing.some((name) => name === 'my_name' || name === 'my_first_name'));
  return h(
    'div',
    { id: 'draft-cards' },
    needsName ? renderMyName(preview) : '',
    ...result.previews.map(renderCard),
    result.problems.length
      ? h(
          'details',
          { id: 'template-problems' },
          h('summary', { className: 'small' }, 'Templates to check'),
          h('ul', { className: 'small muted' }, ...result.problems.map((line) => h('li', {}, line))),
        )
      : '',
  );
}

function renderCard(card: DraftPreview): HTMLElement {
  const to = card.recipient
    ? [card.recipient.name, card.recipient.email ? `<${card.recipient.email}>` : ''].filter(Boolean).join(' ')
    : 'Nobody named on the row';
  const head = h('div', { className: 'draft-to small' }, `To: ${to}`);
  if (card.status === 'blocked') {
    return h(
      'div',
      { className: 'card draft-card blocked', attrs: { 'data-key': card.key } },
      head,
      h('div', { className: 'draft-blocked banner error' }, card.message),
    );
  }
  return h(
    'div',
    { className: 'card draft-card ready', attrs: { 'data-key': card.key } },
    head,
    h('div', { className: 'draft-subject' }, card.subject),
    h('div', { className: 'draft-body' }, card.body),
    card.existing
      ? h('div', { className: 'draft-existing small' }, `Drafted ${card.existing.createdAt} · `, safeLink(card.existing.link, 'open in Gmail'))
      : '',
  );
}

function renderMyName(preview: (message?: string) => Promise<void>): HTMLElement {
  const name = h('input', { id: 'my-name', attrs: { placeholder: 'Your name, to sign with', maxlength: '200' } });
  const save = h('button', { className: 'secondary', id: 'save-my-name', attrs: { type: 'button' } }, 'Save my name');
  save.addEventListener('click', () => void server.saveMyName({ myName: name.value }).then(() => preview('Name saved.')));
  return h('div', { className: 'card' }, h('label', { attrs: { for: 'my-name' } }, 'Your name'), name, save);
}

function describe(result: CreateDraftsResult): string {
  const count = (status: string) => result.outcomes.filter((outcome) => outcome.status === status).length;
  const parts = [`${count('created')} created`, `${count('existing')} already there`];
  const failed = count('failed') + count('blocked') + count('gone');
  if (failed) parts.push(`${failed} not made`);
  return `Drafts in Gmail (not sent): ${parts.join(', ')}.`;
}
