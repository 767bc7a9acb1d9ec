/**
 * Checks for nested input (lists of one-line items, flags, notes) as plain
 * functions: the sidebar runs them before sending and the server runs them
 * on what arrives, so both name the same place with the same words. The
 * first problem wins; its path is keys and list indexes, e.g.
 * `['questions', 2, 'text']`.
 */
import { NOT_AN_OBJECT } from './field-checks.js';

export type Path = readonly (string | number)[];
export type Checked<T> = { ok: true; value: T } | { ok: false; path: Path; message: string };

export const valid = <T>(value: T): Checked<T> => ({ ok: true, value });
export const invalid = (message: string, path: Path = []): Checked<never> => ({ ok: false, path, message });

/** A problem found inside `key`, named from the outside. */
export function within(key: string | number, problem: Checked<unknown> & { ok: false }): Checked<never> {
  return invalid(problem.message, [key, ...problem.path]);
}

/** The input as a record of fields, or null when it is no object. */
export function asFields(input: unknown): Readonly<Record<string, unknown>> | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  // Own fields only: a null prototype keeps `toString` and friends from reading as fields.
  return Object.assign(Object.create(null) as Record<string, unknown>, input);
}

/** An object whose fields are checked by `check`. */
export function checkObject<T>(input: unknown, check: (fields: Readonly<Record<string, unknown>>) => Checked<T>): Checked<T> {
  const fields = asFields(input);
  return fields === null ? invalid(NOT_AN_OBJECT) : check(fields);
}

/** Checks each field with its own check, in order; the first problem is named under its key. */
export function checkFields<T>(fields: Readonly<Record<string, unknown>>, checks: { [K in keyof T]: (raw: unknown) => Checked<T[K]> }): Checked<T> {
  const out = {} as T;
  for (const key of Object.keys(checks) as (keyof T & string)[]) {
    const checked = checks[key](fields[key]);
    if (!checked.ok) return within(key, checked);
    out[key] = checked.value;
  }
  return valid(out);
}

/** One trimmed line of text: required unless `optional`, at most `max` characters. */
export function checkLine(raw: unknown, max: number, optional = false): Checked<string> {
  if (raw === undefined && optional) return valid('');
  if (typeof raw !== 'string') return invalid(raw === undefined ? 'Required' : 'Expected text');
  const text = raw.trim();
  if (text === '' && !optional) return invalid('Required');
  if (text.length > max) return invalid(`At most ${max} characters`);
  if (/[\r\n\u2028\u2029]/.test(text)) return invalid('One line per item');
  return valid(text);
}

/** Free text of a few lines, at most `max` characters as typed; kept with trailing blanks removed. */
export function checkNote(raw: unknown, max: number): Checked<string> {
  if (raw === undefined) return valid('');
  if (typeof raw !== 'string') return invalid('Expected text');
  if (raw.length > max) return invalid(`At most ${max} characters`);
  return valid(raw.replace(/\r\n?/g, '\n').replace(/\s+$/, ''));
}

/** A done box: true or false, false when left out. */
export function checkFlag(raw: unknown): Checked<boolean> {
  if (raw === undefined) return valid(false);
  return typeof raw === 'boolean' ? valid(raw) : invalid('Expected true or false');
}

/** A list of at most `max` items, each checked by `checkItem`; empty when left out. */
export function checkList<T>(raw: unknown, max: number, checkItem: (item: unknown) => Checked<T>): Checked<T[]> {
  if (raw === undefined) return valid([]);
  if (!Array.isArray(raw)) return invalid('Expected a list');
  if (raw.length > max) return invalid(`At most ${max} items`);
  const items: T[] = [];
  for (const [index, item] of raw.entries()) {
    const checked = checkItem(item);
    if (!checked.ok) return within(index, checked);
    items.push(checked.value);
  }
  return valid(items);
}
