/**
 * Form fields as plain data — key, label, kind, required, bounds, options —
 * and the one function that checks a value against them. No zod here: the
 * sidebar runs these checks before sending, and the server's zod schemas are
 * derived from the same definitions (field-schema.ts), so both answer the
 * same input with the same words.
 */
import { dateProblem, dateTimeProblem } from '../time/date-problems.js';

/**
 * `id` is a row id sent hidden with an edit: absent for a new row, never
 * empty. `longtext` is shown as a text area. `day` and `moment` are wall
 * times (`YYYY-MM-DD`, `YYYY-MM-DD HH:mm`).
 */
export type FieldKind = 'id' | 'text' | 'longtext' | 'choice' | 'link' | 'email' | 'day' | 'moment';

export interface FieldDef {
  readonly key: string;
  readonly label: string;
  readonly kind: FieldKind;
  /** Empty is refused (for a choice: with the list of choices). */
  readonly required?: boolean;
  /** Most characters after trimming; each kind has a default. */
  readonly max?: number;
  /** The choices of a `choice`. */
  readonly options?: readonly string[];
  readonly placeholder?: string;
}

/** A check across fields, run once every field is valid; it names the field it blames. */
export interface FormRule {
  readonly key: string;
  readonly message: string;
  holds(value: Readonly<Record<string, string | undefined>>): boolean;
}

export interface FormDef<F extends readonly FieldDef[] = readonly FieldDef[]> {
  readonly fields: F;
  readonly rules?: readonly FormRule[];
}

type IdKeys<F extends readonly FieldDef[]> = Extract<F[number], { kind: 'id' }>['key'];
/** A valid form: every field trimmed text ('' when left empty); an id only when one was sent. */
export type FormValue<F extends readonly FieldDef[]> = { [K in Exclude<F[number]['key'], IdKeys<F>>]: string } & { [K in IdKeys<F>]?: string };
/** What a client may send: any field may be left out (it counts as empty). */
export type FormInput<F extends readonly FieldDef[]> = { [K in F[number]['key']]?: string };

/** The first message for each field that is wrong (`form` when the input is no object). */
export type FieldErrors = Record<string, string>;

/** Parsed input, or the field errors that stop it. */
export type FormResult<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

export type FieldCheck = { ok: true; value: string | undefined } | { ok: false; message: string };

const DEFAULT_MAX: Partial<Record<FieldKind, number>> = { id: 100, text: 200, longtext: 5000, link: 2000, email: 254 };
// Other schemes (javascript:, data:) are refused.
const LINK = /^https?:\/\/[^\s]+$/i;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
export const NOT_AN_OBJECT = 'Expected an object';

/** Most characters the field takes after trimming (none for choices and wall times, whose form bounds them). */
export function maxLengthOf(def: FieldDef): number | undefined {
  return def.max ?? DEFAULT_MAX[def.kind];
}

/** Checks one field's raw value; a missing value counts as empty (an id stays absent). */
export function checkField(def: FieldDef, raw: unknown): FieldCheck {
  if (raw === undefined && def.kind === 'id') return { ok: true, value: undefined };
  if (raw !== undefined && typeof raw !== 'string') return { ok: false, message: 'Expected text' };
  const text = (raw ?? '').trim();
  const problem = problemOf(def, text);
  return problem === null ? { ok: true, value: text } : { ok: false, message: problem };
}

function problemOf(def: FieldDef, text: string): string | null {
  const choose = `Choose one of: ${(def.options ?? []).join(', ')}`;
  if (text === '') {
    if (!def.required && def.kind !== 'id') return null;
    return def.kind === 'choice' ? choose : 'Required';
  }
  const max = maxLengthOf(def);
  if (max !== undefined && text.length > max) return `At most ${max} characters`;
  switch (def.kind) {
    case 'choice':
      return def.options?.includes(text) ? null : choose;
    case 'link':
      return LINK.test(text) ? null : 'Use a link starting with https://';
    case 'email':
      return EMAIL.test(text) ? null : 'Not an email address';
    case 'day':
      return dateProblem(text);
    case 'moment':
      return dateTimeProblem(text);
    default:
      return null;
  }
}

/** The first rule a valid form breaks, or null. */
export function brokenRule(form: FormDef, value: Readonly<Record<string, string | undefined>>): FormRule | null {
  return form.rules?.find((rule) => !rule.holds(value)) ?? null;
}

/** Checks a whole form, never throwing for bad input; keys it does not define are dropped. */
export function checkForm<F extends readonly FieldDef[]>(form: FormDef<F>, input: unknown): FormResult<FormValue<F>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, fieldErrors: { form: NOT_AN_OBJECT } };
  const value: Record<string, string | undefined> = {};
  const fieldErrors: FieldErrors = {};
  for (const def of form.fields) {
    const raw = Object.hasOwn(input, def.key) ? (input as Record<string, unknown>)[def.key] : undefined;
    const checked = checkField(def, raw);
    if (!checked.ok) fieldErrors[def.key] = checked.message;
    else if (checked.value !== undefined) value[def.key] = checked.value;
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const rule = brokenRule(form, value);
  if (rule) return { ok: false, fieldErrors: { [rule.key]: rule.message } };
  return { ok: true, value: value as FormValue<F> };
}
