/**
 * A labelled field with its own error line, tied together the way screen
 * readers read them: the label names the input, `aria-describedby` points
 * at the error, `aria-invalid` marks a wrong value. Required fields say so
 * in the label ("*", spoken as "required").
 */
import { h } from '../dom.js';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface FieldControl {
  readonly element: HTMLElement;
  readonly input: Control;
  readonly error: HTMLElement;
}

/** Wraps `input` (which has its id) with its label, an optional hint and its error line (`#e-<key>` for a form's `#f-<key>`). */
export function fieldControl(input: Control, label: string, required = false, hint?: string): FieldControl {
  const error = h('div', { className: 'field-error', id: input.id.startsWith('f-') ? `e-${input.id.slice(2)}` : `${input.id}-error` });
  const hintLine = hint ? h('div', { className: 'hint small muted', id: `${input.id}-hint` }, hint) : null;
  input.setAttribute('aria-describedby', [hintLine?.id, error.id].filter(Boolean).join(' '));
  if (required) input.setAttribute('aria-required', 'true');
  const labelElement = h(
    'label',
    { attrs: { for: input.id } },
    label,
    required ? h('span', { className: 'required', attrs: { 'aria-hidden': 'true' } }, ' *') : null,
    required ? h('span', { className: 'sr-only' }, ' (required)') : null,
  );
  return { element: h('div', { className: 'field' }, labelElement, input, hintLine, error), input, error };
}

/**
 * Shows one message per control ('' clears it) and moves focus to the first
 * wrong field. Returns true when any message is shown.
 */
export function showFieldErrors(controls: readonly FieldControl[], messages: readonly string[]): boolean {
  let first: Control | null = null;
  controls.forEach((control, index) => {
    const message = messages[index] ?? '';
    control.error.textContent = message;
    control.input.setAttribute('aria-invalid', String(message !== ''));
    if (message && !first) first = control.input;
  });
  (first as Control | null)?.focus();
  return first !== null;
}
