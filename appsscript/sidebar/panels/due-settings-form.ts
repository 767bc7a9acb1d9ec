/** "When is something due": the thresholds behind the Due list and the sheet's highlights. */
import type { DueSettings } from '../../../shared/due/due-settings.js';
import { h } from '../dom.js';
import { server } from '../server.js';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A closed <details>; `saved` reloads the Due list. */
export function renderDueSettings(settings: DueSettings, saved: () => void): HTMLElement {
  const number = (id: string, value: number) => h('input', { id, attrs: { type: 'number', min: '1', value: String(value) } });
  const followUp = number('due-follow-up-days', settings.followUpAfterDays);
  const thankYou = number('due-thank-you-hours', settings.thankYouAfterHours);
  const ghost = number('due-ghost-days', settings.ghostAfterDays);
  const marketCheck = h('input', { id: 'due-market-check', attrs: { type: 'checkbox' } });
  marketCheck.checked = settings.marketCheck;
  const status = h('div', { id: 'due-settings-status' });
  const save = h('button', { className: 'secondary', id: 'save-due-settings', attrs: { type: 'button' } }, 'Save');
  save.addEventListener('click', () => {
    server
      .saveDueSettings({
        ...settings,
        followUpAfterDays: followUp.valueAsNumber,
        thankYouAfterHours: thankYou.valueAsNumber,
        ghostAfterDays: ghost.valueAsNumber,
        marketCheck: marketCheck.checked,
      })
      .then(saved, (error) => status.replaceChildren(h('div', { className: 'banner error' }, errorText(error))));
  });
  return h(
    'details',
    { id: 'due-settings' },
    h('summary', { className: 'small' }, 'When is something due?'),
    h('label', { attrs: { for: 'due-follow-up-days' } }, 'Follow up after this many quiet days'),
    followUp,
    h('label', { attrs: { for: 'due-thank-you-hours' } }, 'A thank-you is overdue after (hours)'),
    thankYou,
    h('label', { attrs: { for: 'due-ghost-days' } }, 'Suggest Ghosted after this many days without news'),
    ghost,
    h('label', { className: 'small inline' }, marketCheck, ' Remind me to interview at least once a year'),
    status,
    h('div', { className: 'actions' }, save),
  );
}
