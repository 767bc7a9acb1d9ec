/**
 * "When is something due": the thresholds behind the Due list and the
 * sheet's highlights. Each number is checked here, in the person's words,
 * on its own field, before anything is sent.
 */
import type { DueSettings } from '../../../shared/due/due-settings.js';
import { h } from '../dom.js';
import { server } from '../server.js';
import { SETTINGS_LABELS, SETTINGS_WORDS, forPerson, wholeNumber } from '../words.js';
import { fieldControl, showFieldErrors } from './field-control.js';

/** `saved` runs after the server accepted the settings. */
export function renderDueSettings(settings: DueSettings, saved: () => void): HTMLElement {
  const number = (id: string, value: number, min: number, max: number) =>
    h('input', { id, attrs: { type: 'number', min: String(min), max: String(max), step: '1', value: String(value), inputmode: 'numeric' } });
  // Bounds as in shared/due/due-settings.ts, so the server never sees a number it would refuse.
  const fields = [
    { key: 'followUpAfterDays', input: number('due-follow-up-days', settings.followUpAfterDays, 1, 180), label: SETTINGS_WORDS.followUpDays, min: 1, max: 180 },
    {
      key: 'thankYouAfterHours',
      input: number('due-thank-you-hours', settings.thankYouAfterHours, 1, 336),
      label: SETTINGS_WORDS.thankYouHours,
      min: 1,
      max: 336,
    },
    { key: 'ghostAfterDays', input: number('due-ghost-days', settings.ghostAfterDays, 7, 365), label: SETTINGS_WORDS.ghostDays, min: 7, max: 365 },
  ];
  const controls = fields.map((field) => fieldControl(field.input, field.label, true));
  const marketCheck = h('input', { id: 'due-market-check', attrs: { type: 'checkbox' } });
  marketCheck.checked = settings.marketCheck;
  const status = h('div', { id: 'due-settings-status', attrs: { role: 'alert' } });
  const save = h('button', { className: 'primary', id: 'save-due-settings', attrs: { type: 'submit' } }, SETTINGS_WORDS.save);
  const form = h(
    'form',
    { id: 'due-settings', attrs: { novalidate: '' } },
    ...controls.map((control) => control.element),
    h('label', { className: 'small inline' }, marketCheck, ` ${SETTINGS_WORDS.marketCheck}`),
    status,
    h('div', { className: 'actions' }, save),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const values: Record<string, number> = {};
    for (const field of fields) {
      const value = Number(field.input.value);
      if (field.input.value.trim() === '' || !Number.isInteger(value) || value < field.min || value > field.max)
        errors[field.key] = wholeNumber(field.min, field.max);
      else values[field.key] = value;
    }
    if (
      showFieldErrors(
        controls,
        fields.map((field) => errors[field.key] ?? ''),
      )
    )
      return;
    save.disabled = true;
    server
      .saveDueSettings({ ...settings, ...values, marketCheck: marketCheck.checked })
      .then(saved, (error) => status.replaceChildren(h('div', { className: 'banner error' }, forPerson(error, SETTINGS_LABELS))))
      .finally(() => (save.disabled = false));
  });
  return form;
}
