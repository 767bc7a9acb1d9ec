/**
 * "Gone quiet": applications with no news for the setting's days, each with
 * one button that marks it Ghosted (a changeStage, so Stage history records
 * it). A reply pasted later revives it.
 */
import type { GoingQuietView } from '../../api/views.js';
import { h } from '../dom.js';
import { server } from '../server.js';
import { forPerson } from '../words.js';
import { DUE_TEXT, markGhosted, quietLine, quietNone } from './due-text.js';

const errorText = (error: unknown) => forPerson(error);

/** The section, loading its list on its own (one loadGoingQuiet call). */
export function renderGoingQuiet(): HTMLElement {
  const body = h('div', { id: 'quiet-body' }, h('p', { className: 'muted small' }, DUE_TEXT.loading));
  server.loadGoingQuiet().then(
    (view) => body.replaceChildren(renderList(view)),
    (error) => body.replaceChildren(h('div', { className: 'banner error', attrs: { role: 'alert' } }, errorText(error))),
  );
  return h('section', { id: 'going-quiet' }, h('h3', {}, DUE_TEXT.quietTitle), body);
}

function renderList(view: GoingQuietView): HTMLElement {
  if (view.items.length === 0) return h('p', { className: 'muted small', id: 'quiet-items' }, quietNone(view.ghostAfterDays));
  return h(
    'ul',
    { id: 'quiet-items' },
    ...view.items.map((item) => {
      const status = h('div', { className: 'small', attrs: { role: 'status' } });
      const mark = h('button', { className: 'secondary', attrs: { type: 'button', 'data-application-id': item.applicationId } }, markGhosted(item.company));
      mark.addEventListener('click', () => {
        mark.disabled = true;
        server.changeStage({ applicationId: item.applicationId, stage: 'Ghosted' }).then(
          () => status.replaceChildren(DUE_TEXT.quietMarked),
          (error) => {
            mark.disabled = false;
            status.replaceChildren(h('div', { className: 'banner error', attrs: { role: 'alert' } }, errorText(error)));
          },
        );
      });
      return h(
        'li',
        { className: 'item' },
        h('div', {}, `${item.company} — ${item.role}`),
        h('div', { className: 'muted small' }, quietLine(item.silentDays, item.since)),
        mark,
        status,
      );
    }),
  );
}
