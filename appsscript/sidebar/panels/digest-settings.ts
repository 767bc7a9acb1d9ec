/**
 * "Email me a morning digest": opt-in, an hour in the sheet's zone, and the
 * days daylight saving skips that hour. Self-contained (one loadDigest, one
 * saveDigest), shown on the Due settings page.
 */
import type { DigestView } from '../../api/views.js';
import { h } from '../dom.js';
import { server } from '../server.js';
import { forPerson } from '../words.js';
import { DUE_TEXT, digestOn } from './due-text.js';

const errorText = (error: unknown) => forPerson(error);

/** A section of the Due settings page that loads the digest state at once (one loadDigest). */
export function renderDigestSettings(): HTMLElement {
  const body = h('div', { id: 'digest-body' }, h('p', { className: 'muted small' }, DUE_TEXT.loading));
  server.loadDigest().then(
    (view) => body.replaceChildren(...renderDigestForm(view)),
    (error) => body.replaceChildren(h('div', { className: 'banner error', attrs: { role: 'alert' } }, errorText(error))),
  );
  return h('section', { id: 'digest-settings', attrs: { 'aria-labelledby': 'digest-title' } }, h('h2', { id: 'digest-title' }, DUE_TEXT.digestTitle), body);
}

function renderDigestForm(view: DigestView): Node[] {
  const enabled = h('input', { id: 'digest-enabled', attrs: { type: 'checkbox' } });
  enabled.checked = view.enabled;
  const hour = h('select', { id: 'digest-hour' });
  for (let value = 0; value < 24; value++) hour.append(h('option', { attrs: { value: String(value) } }, `${String(value).padStart(2, '0')}:00`));
  hour.value = String(view.hour ?? 8);
  const status = h('div', { id: 'digest-status', attrs: { role: 'status' } }, describe(view));
  const save = h('button', { className: 'secondary', id: 'save-digest', attrs: { type: 'button' } }, DUE_TEXT.digestSave);
  save.addEventListener('click', () => {
    save.disabled = true;
    server
      .saveDigest(enabled.checked ? { enabled: true, hour: Number(hour.value) } : { enabled: false })
      .then(
        (next) => status.replaceChildren(describe(next)),
        (error) => status.replaceChildren(h('div', { className: 'banner error', attrs: { role: 'alert' } }, errorText(error))),
      )
      .finally(() => {
        save.disabled = false;
      });
  });
  return [
    h('p', { className: 'muted small' }, DUE_TEXT.digestExplain),
    h('label', { className: 'small inline' }, enabled, DUE_TEXT.digestEnable),
    h('label', { attrs: { for: 'digest-hour' } }, DUE_TEXT.digestHour),
    hour,
    status,
    h('div', { className: 'actions' }, save),
  ];
}

function describe(view: DigestView): HTMLElement {
  return h(
    'div',
    { className: 'small' },
    view.enabled && view.hour !== null ? digestOn(view.hour, view.timeZone) : DUE_TEXT.digestOff,
    view.skippedHourNote ? h('div', { className: 'banner nudge', id: 'digest-skipped-hour' }, view.skippedHourNote) : null,
  );
}
