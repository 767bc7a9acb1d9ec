/**
 * "Edit this template" under the draft previews: the same Templates row the
 * person can edit in the sheet, loaded by id when opened. Unknown or
 * malformed placeholders are listed and nothing is saved.
 */
import { h } from '../dom.js';
import { server } from '../server.js';
import { forPerson } from '../words.js';
import { DRAFTS_TEXT } from './drafts-text.js';

// Every error passes through the message catalogue's translation (words.ts).
const errorText = (error: unknown) => forPerson(error);

/** A closed <details>; `saved` re-previews the drafts with the saved template. */
export function renderTemplateEditor(templateId: string, saved: (message: string) => void): HTMLElement {
  const name = h('input', { id: 'template-name', attrs: { maxlength: '200' } });
  const subject = h('input', { id: 'template-subject', attrs: { maxlength: '998' } });
  const body = h('textarea', { id: 'template-body', attrs: { rows: '10' } });
  const problems = h('div', { id: 'template-errors' });
  const save = h('button', { className: 'secondary', id: 'save-template', attrs: { type: 'button' } }, DRAFTS_TEXT.saveTemplate);
  let kind: 'thank-you' | 'feedback-request' | 'follow-up' | 'check-in' = 'thank-you';
  let loaded = false;
  const editor = h(
    'details',
    { id: 'template-editor' },
    h('summary', { className: 'small' }, DRAFTS_TEXT.editTemplate),
    h('label', { attrs: { for: 'template-name' } }, DRAFTS_TEXT.name),
    name,
    h('label', { attrs: { for: 'template-subject' } }, DRAFTS_TEXT.subject),
    subject,
    h('label', { attrs: { for: 'template-body' } }, DRAFTS_TEXT.body),
    body,
    h('p', { className: 'muted small' }, DRAFTS_TEXT.placeholders),
    problems,
    h('div', { className: 'actions' }, save),
  );
  editor.addEventListener('toggle', () => {
    if (!editor.open || loaded) return;
    loaded = true;
    server.loadTemplate({ id: templateId }).then(
      (template) => {
        kind = template.kind;
        name.value = template.name;
        subject.value = template.subject;
        body.value = template.body;
      },
      (error) => problems.replaceChildren(h('div', { className: 'banner error' }, errorText(error))),
    );
  });
  save.addEventListener('click', () => {
    server.saveTemplate({ id: templateId, kind, name: name.value, subject: subject.value, body: body.value }).then(
      (result) => {
        if (result.kind === 'saved') saved(DRAFTS_TEXT.templateSaved);
        else problems.replaceChildren(h('ul', { className: 'banner error small' }, ...result.problems.map((line) => h('li', {}, line))));
      },
      (error) => problems.replaceChildren(h('div', { className: 'banner error' }, errorText(error))),
    );
  });
  return editor;
}
