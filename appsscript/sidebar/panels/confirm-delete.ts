/**
 * "Delete…" with a confirmation: a native modal <dialog> (focus stays inside,
 * Escape closes it) whose safe choice, "Keep it", has focus first. Deleting
 * goes back to the page the entry was opened from and reloads the tracker.
 */
import { h } from '../dom.js';
import { server } from '../server.js';
import { forPerson } from '../words.js';
import { DELETE_WHAT, DELETE_WORDS, deleteTitle, deleted } from './forms-text.js';
import type { PanelContext } from './panel.js';

export function deleteButton(context: PanelContext, kind: 'application' | 'interview', id: string, name: string): HTMLElement {
  const status = h('div', { className: 'field-error', id: 'delete-error', attrs: { role: 'alert' } });
  const keep = h('button', { className: 'secondary', id: 'delete-keep', attrs: { type: 'button', autofocus: '' } }, DELETE_WORDS.keep);
  const confirm = h('button', { className: 'danger', id: 'delete-confirm', attrs: { type: 'button' } }, DELETE_WORDS.confirm);
  const dialog = h(
    'dialog',
    { id: 'delete-dialog', attrs: { 'aria-labelledby': 'delete-title', 'aria-describedby': 'delete-what' } },
    h('h2', { id: 'delete-title' }, deleteTitle(name)),
    h('p', { id: 'delete-what' }, DELETE_WHAT[kind]),
    status,
    h('div', { className: 'actions' }, keep, confirm),
  );
  const open = h('button', { className: 'link danger-link', id: 'hub-delete', attrs: { type: 'button' } }, DELETE_WORDS.open);
  open.addEventListener('click', () => dialog.showModal());
  keep.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => open.focus());
  confirm.addEventListener('click', () => {
    confirm.disabled = true;
    server.deleteEntry({ what: kind, id }).then(
      () => {
        dialog.close();
        context.back();
        return context.refresh(deleted(name));
      },
      (error: unknown) => {
        confirm.disabled = false;
        status.textContent = forPerson(error);
      },
    );
  });
  return h('div', { className: 'delete' }, open, dialog);
}
