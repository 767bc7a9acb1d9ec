/** Secondary pages reached from Home: due settings (with the morning digest) and tracker set-up. */
import { h } from '../dom.js';
import { server } from '../server.js';
import { SETTINGS_WORDS, forPerson, setupAdded } from '../words.js';
import { renderDigestSettings } from './digest-settings.js';
import { renderDueSettings } from './due-settings-form.js';
import type { Panel } from './panel.js';

const failure = (error: unknown) => h('div', { className: 'banner error', attrs: { role: 'alert' } }, forPerson(error));

export const dueSettingsPanel: Panel<{ panel: 'due-settings' }> = {
  id: 'due-settings',
  title: SETTINGS_WORDS.dueSettings,
  render(context) {
    const body = h('div', {}, h('p', { className: 'muted' }, SETTINGS_WORDS.loading));
    server.loadDue().then(
      (due) => body.replaceChildren(renderDueSettings(due.settings, () => void context.refresh(SETTINGS_WORDS.saved))),
      (error) => body.replaceChildren(failure(error)),
    );
    return h('section', { id: 'due-settings-page' }, body, renderDigestSettings());
  },
};

export const setupPanel: Panel<{ panel: 'setup' }> = {
  id: 'setup',
  title: SETTINGS_WORDS.setup,
  render() {
    const status = h('div', { id: 'setup-status', attrs: { role: 'status' } });
    const run = h('button', { className: 'primary', id: 'run-setup', attrs: { type: 'button' } }, SETTINGS_WORDS.setupRun);
    run.addEventListener('click', () => {
      run.disabled = true;
      server
        .setUpTracker()
        .then(
          (report) => {
            const parts = [...report.created, ...report.addedColumns.map((column) => column.replace('!', ' › '))];
            status.textContent = parts.length ? setupAdded(parts) : SETTINGS_WORDS.setupNothing;
          },
          (error) => status.replaceChildren(failure(error)),
        )
        .finally(() => (run.disabled = false));
    });
    return h('section', { id: 'setup-page' }, h('p', {}, SETTINGS_WORDS.setupIntro), h('div', { className: 'actions' }, run), status);
  },
};
