/**
 * "Email me a morning digest": opt-in, an hour in the sheet's zone, and the
 * days daylight saving skips that hour. Self-contained (one loadDigest, one
 * saveDigest), shown on the Due settings page.
 */
import type { DigestView } from '../../api/views.js';
import { h } from '../dom.js';
import { server } from '../server.js';
import { forPerson } from '../words.js';

export const DIGEST_TEXT = {
  summary: 'Morning digest by email',
  enable: ' Email me a morning digest',
  hour: 'Send it at (hour in the sheet’s time zone)',
  save: 'Save digest',
  explain:
    'Sent to your own address only, when something is due. It shows the tracker as of your last visit to Due; after a week without one, nothing is sent.',
  on: (hour: number, zone: string) => `On: every morning at ${String(hour).padStart(2, '0')}:00 (${zone}) when something is due.`,
  off: 'Off.',
} as const;

const errorText = (error: unknown) => forPerson(error);

/** A section of the Due settings page that loads the digest state at once (one loadDigest). */
export function renderDigestSettings(): HTMLElement {
  const body = h('div', { id: 'digest-body' }, h('p', { className: 'muted small' }, 'Loading…'));
  server.loadDigest().then(
    (view) => body.replaceChildren(...renderDigestForm(view)),
    (error) => body.replaceChildren(h('div', { className: 'banner error', attrs: { role: 'alert' } }, errorText(error))),
  );
  return h('section', { id: 'digest-settings', attrs: { 'aria-labelledby': 'digest-title' } }, h('h2', { id: 'digest-title' }, DIGEST_TEXT.summary), body);
}

function renderDigestForm(view: DigestView): Node[] {
  const enabled = h('input', { id: 'digest-enabled', attrs: { type: 'checkbox' } });
  enabled.checked = view.enabled;
  const hour = h('select', { id: 'digest-hour' });
  for (let value = 0; value < 24; value++) hour.append(h('option', { attrs: { value: String(value) } }, `${String(value).padStart(2, '0')}:00`));
  hour.value = String(view.hour ?? 8);
  const status = h('div', { id: 'digest-status', attrs: { role: 'status' } }, describe(view));
  const save = h('button', { className: 'secondary', id: 'save-digest', attrs: { type: 'button' } }, DIGEST_TEXT.save);
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
    h('p', { className: 'muted small' }, DIGEST_TEXT.explain),
    h('label', { className: 'small inline' }, enabled, DIGEST_TEXT.enable),
    h('label', { attrs: { for: 'digest-hour' } }, DIGEST_TEXT.hour),
    hour,
    status,
    h('div', { className: 'actions' }, save),
  ];
}

function describe(view: DigestView): HTMLElement {
  return h(
    'div',
    { className: 'small' },
    view.enabled && view.hour !== null ? DIGEST_TEXT.on(view.hour, view.timeZone) : DIGEST_TEXT.off,
    view.skippedHourNote ? h('div', { className: 'banner nudge', id: 'digest-skipped-hour' }, view.skippedHourNote) : null,
  );
}
