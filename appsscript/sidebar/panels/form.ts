/**
 * A form panel: labelled fields, one error line per field, checked with the
 * shared field definitions (plain data, no zod) before anything is sent; the
 * server checks again with the same definitions and may answer with field
 * errors of its own.
 */
import { h } from '../dom.js';
import type { FieldDef, FieldErrors, FormResult } from '../../../shared/models/field-checks.js';
import type { SaveResult } from '../../../shared/tracker/view.js';
import type { PanelContext, Route } from './panel.js';

/** A shared field definition as this form shows it. */
export interface FieldSpec extends FieldDef {
  /** Select choices whose value differs from their label (an id shown as a name). */
  choices?: readonly { value: string; label: string }[];
  /** Shown but not editable (cells the calendar owns). */
  readOnly?: boolean;
}

export interface FormOptions<T> {
  id: string;
  title: string;
  fields: readonly FieldSpec[];
  initial: Readonly<Record<string, string>>;
  /** Fields sent but not shown (the row id when editing). */
  hidden: Readonly<Record<string, string>>;
  note?: string;
  /** When set, the form is shown read-only with this explanation and cannot be saved. */
  locked?: string;
  parse(values: Record<string, string>): FormResult<T>;
  save(value: T): Promise<SaveResult<unknown>>;
  back: Route;
  context: PanelContext;
}

export function renderForm<T>(options: FormOptions<T>): HTMLElement {
  const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>();
  const errors = new Map<string, HTMLElement>();
  const banner = h('div', { attrs: { role: 'alert' } });

  const controls = options.fields.map((field) => {
    const input = createInput(field, options.initial[field.key] ?? '');
    inputs.set(field.key, input);
    const error = h('div', { className: 'field-error', id: `e-${field.key}` });
    errors.set(field.key, error);
    return h('div', {}, h('label', { attrs: { for: `f-${field.key}` } }, field.label), input, error);
  });

  const showErrors = (fieldErrors: FieldErrors) => {
    for (const [key, element] of errors) {
      element.textContent = fieldErrors[key] ?? '';
      inputs.get(key)?.setAttribute('aria-invalid', String(key in fieldErrors));
    }
    const unplaced = Object.entries(fieldErrors).filter(([key]) => !errors.has(key));
    banner.replaceChildren(...unplaced.map(([key, message]) => h('div', { className: 'banner error' }, `${key}: ${message}`)));
  };

  const submit = h('button', { className: 'primary', id: `${options.id}-save`, attrs: { type: 'submit' } }, 'Save');
  const form = h(
    'form',
    { id: options.id, attrs: { novalidate: '' } },
    h('h2', {}, options.title),
    options.note ? h('p', { className: 'muted small' }, options.note) : null,
    options.locked ? h('div', { className: 'banner error', id: `${options.id}-locked` }, options.locked) : null,
    banner,
    ...controls,
    h(
      'div',
      { className: 'actions' },
      options.locked ? null : submit,
      h('button', { className: 'secondary', attrs: { type: 'button' }, on: { click: () => options.context.go(options.back) } }, 'Cancel'),
    ),
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values: Record<string, string> = { ...options.hidden };
    for (const [key, input] of inputs) values[key] = input.value;
    const parsed = options.parse(values);
    if (!parsed.ok) return showErrors(parsed.fieldErrors);
    showErrors({});
    submit.disabled = true;
    options
      .save(parsed.value)
      .then((result) => {
        if (result.kind === 'invalid') showErrors(result.fieldErrors);
        else return options.context.refresh('Saved.');
      })
      .catch((error: unknown) => {
        banner.replaceChildren(h('div', { className: 'banner error' }, error instanceof Error ? error.message : String(error)));
      })
      .finally(() => (submit.disabled = false));
  });
  return form;
}

function createInput(field: FieldSpec, value: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const attrs: Record<string, string> = { name: field.key };
  if (field.placeholder) attrs.placeholder = field.placeholder;
  if (field.readOnly) attrs.readonly = '';
  if (field.kind === 'longtext') {
    const area = h('textarea', { id: `f-${field.key}`, attrs });
    area.value = value;
    return area;
  }
  if (field.kind === 'choice' || field.choices) {
    const choices = [{ value: '', label: '—' }, ...(field.choices ?? (field.options ?? []).map((option) => ({ value: option, label: option })))];
    if (!choices.some((choice) => choice.value === value)) choices.push({ value, label: value });
    const select = h('select', { id: `f-${field.key}`, attrs }, ...choices.map((choice) => h('option', { attrs: { value: choice.value } }, choice.label)));
    select.value = value;
    if (field.readOnly) select.disabled = true;
    return select;
  }
  const input = h('input', { id: `f-${field.key}`, attrs: { ...attrs, type: 'text' } });
  input.value = value;
  return input;
}
