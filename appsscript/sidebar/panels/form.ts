/**
 * A form panel: labelled fields (required ones marked), native date and
 * date-time pickers, one error line per field tied to its input, checked
 * with the shared field definitions (plain data, no zod) before anything is
 * sent; the server checks again with the same definitions and may answer
 * with field errors of its own. After a failed save, focus goes to the
 * first wrong field. The page header (nav/page-header.ts) names the form.
 */
import { h } from '../dom.js';
import { maxLengthOf, type FieldDef, type FieldErrors, type FormResult } from '../../../shared/models/field-checks.js';
import type { SaveResult } from '../../../shared/tracker/view.js';
import type { PanelContext } from './panel.js';
import { fieldControl, showFieldErrors, type FieldControl } from './field-control.js';
import { interviewersField, type InterviewersField } from './interviewers-field.js';
import { forPerson } from '../words.js';
import { FORM_WORDS } from './forms-text.js';

/** A shared field definition as this form shows it. */
export interface FieldSpec extends FieldDef {
  /** Select choices whose value differs from their label (an id shown as a name). */
  choices?: readonly { value: string; label: string }[];
  /** Shown but not editable (cells the calendar owns), with `hint` saying why. */
  readOnly?: boolean;
  hint?: string;
}

export interface FormOptions<T> {
  id: string;
  fields: readonly FieldSpec[];
  initial: Readonly<Record<string, string>>;
  /** Fields sent but not shown (the row id when editing). */
  hidden: Readonly<Record<string, string>>;
  note?: string;
  /** When set, the form is shown read-only with this explanation and cannot be saved. */
  locked?: string;
  parse(values: Record<string, string>): FormResult<T>;
  save(value: T): Promise<SaveResult<unknown>>;
  context: PanelContext;
}

const WALL_DAY = /^\d{4}-\d\d-\d\d$/;
const WALL_MOMENT = /^\d{4}-\d\d-\d\d \d\d:\d\d$/;

export function renderForm<T>(options: FormOptions<T>): HTMLElement {
  const controls: FieldControl[] = [];
  const keys: string[] = [];
  let people: InterviewersField | null = null;
  const banner = h('div', { attrs: { role: 'alert' } });

  const elements = options.fields.map((field) => {
    const value = options.initial[field.key] ?? '';
    if (field.key === 'interviewers') {
      people = interviewersField(value, field.readOnly === true, field.readOnly ? field.hint : undefined);
      return people.element;
    }
    const control = fieldControl(createInput(field, value), field.label, field.required === true && !field.readOnly, field.readOnly ? field.hint : undefined);
    controls.push(control);
    keys.push(field.key);
    return control.element;
  });
  const labels = Object.fromEntries(options.fields.map((field) => [field.key, field.label]));

  const showErrors = (fieldErrors: FieldErrors) => {
    const unplaced = Object.entries(fieldErrors).filter(([key]) => !keys.includes(key));
    banner.replaceChildren(...unplaced.map(([key, message]) => h('div', { className: 'banner error' }, labels[key] ? `${labels[key]}: ${message}` : message)));
    const any = showFieldErrors(
      controls,
      keys.map((key) => fieldErrors[key] ?? ''),
    );
    if (!any && unplaced.length) banner.setAttribute('tabindex', '-1');
  };

  const submit = h('button', { className: 'primary', id: `${options.id}-save`, attrs: { type: 'submit' } }, FORM_WORDS.save);
  const form = h(
    'form',
    { id: options.id, attrs: { novalidate: '' } },
    options.note ? h('p', { className: 'muted small' }, options.note) : null,
    options.locked ? h('div', { className: 'banner error', id: `${options.id}-locked` }, options.locked) : null,
    banner,
    ...elements,
    h(
      'div',
      { className: 'actions' },
      options.locked ? null : submit,
      h('button', { className: 'secondary', attrs: { type: 'button' }, on: { click: () => options.context.back() } }, FORM_WORDS.cancel),
    ),
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values: Record<string, string> = { ...options.hidden };
    controls.forEach((control, index) => (values[keys[index]!] = fromInput(control.input)));
    if (people) values.interviewers = (people as InterviewersField).value();
    const parsed = options.parse(values);
    if (!parsed.ok) return showErrors(parsed.fieldErrors);
    showErrors({});
    submit.disabled = true;
    options
      .save(parsed.value)
      .then((result) => {
        if (result.kind === 'invalid') showErrors(result.fieldErrors);
        else return options.context.refresh(FORM_WORDS.saved);
      })
      .catch((error: unknown) => banner.replaceChildren(h('div', { className: 'banner error' }, forPerson(error, labels))))
      .finally(() => (submit.disabled = false));
  });
  return form;
}

/** The wall text a control holds: a date-time picker's `T` becomes the sheet's space. */
function fromInput(input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string {
  return input instanceof HTMLInputElement && input.type === 'datetime-local' ? input.value.replace('T', ' ') : input.value;
}

function createInput(field: FieldSpec, value: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const id = `f-${field.key}`;
  const attrs: Record<string, string> = { name: field.key };
  const max = maxLengthOf(field);
  if (max !== undefined) attrs.maxlength = String(max);
  if (field.readOnly) attrs.readonly = '';
  if (field.kind === 'longtext') {
    const area = h('textarea', { id, attrs });
    area.value = value;
    return area;
  }
  if (field.kind === 'choice' || field.choices) {
    const choices = [{ value: '', label: '—' }, ...(field.choices ?? (field.options ?? []).map((option) => ({ value: option, label: option })))];
    if (!choices.some((choice) => choice.value === value)) choices.push({ value, label: value });
    const select = h('select', { id, attrs }, ...choices.map((choice) => h('option', { attrs: { value: choice.value } }, choice.label)));
    select.value = value;
    if (field.readOnly) select.disabled = true;
    return select;
  }
  // A cell that holds no readable day or time stays as typed text, so opening the form never loses it.
  const picker =
    field.kind === 'day' && (value === '' || WALL_DAY.test(value))
      ? 'date'
      : field.kind === 'moment' && (value === '' || WALL_MOMENT.test(value))
        ? 'datetime-local'
        : null;
  const type = picker ?? (field.kind === 'email' ? 'email' : field.kind === 'link' ? 'url' : 'text');
  if (!picker && field.placeholder) attrs.placeholder = field.placeholder;
  if (picker) delete attrs.maxlength;
  const input = h('input', { id, attrs: { ...attrs, type } });
  input.value = picker === 'datetime-local' ? value.replace(' ', 'T') : value;
  return input;
}
