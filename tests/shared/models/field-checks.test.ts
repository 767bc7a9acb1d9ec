/**
 * The sidebar checks a form with `checkForm` over the plain definitions; the
 * server parses it with the zod schema derived from them. For every field
 * and a table of bad inputs, both must answer with the same words.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { APPLICATION_FORM, ApplicationForm } from '../../../shared/models/application.js';
import { INTERVIEW_FORM, InterviewForm } from '../../../shared/models/interview.js';
import { checkForm, maxLengthOf, type FieldDef, type FormDef } from '../../../shared/models/field-checks.js';
import { parseForm } from '../../../shared/models/field-errors.js';

/** Bad values for one field, from its definition. */
function badValuesFor(field: FieldDef): unknown[] {
  const max = maxLengthOf(field);
  const byKind: Record<FieldDef['kind'], unknown[]> = {
    id: ['', '   '],
    text: [],
    longtext: [],
    choice: ['Nope', ' applied'.toUpperCase()],
    link: ['javascript:alert(1)', 'ftp://x', 'https://a b', 'example.com'],
    email: ['bob', 'a@b', 'a b@c.de', '<a@b.c>'],
    day: ['2026-02-30', '2026-2-3', '2026-01-01 10:00', '01/02/2026'],
    moment: ['2026-02-30 10:00', '2026-03-01 9:00', '2026-03-01 24:00', '2026-03-01 10:60', '2026-03-01'],
  };
  return [
    42,
    null,
    true,
    [],
    {},
    ...(field.required ? ['', '  \t '] : []),
    ...(max === undefined ? [] : ['x'.repeat(max + 1), ` ${'x'.repeat(max + 1)} `]),
    ...byKind[field.kind],
  ];
}

const forms: [string, FormDef, z.ZodType, Record<string, string>][] = [
  ['application', APPLICATION_FORM, ApplicationForm, { company: 'Acme', role: 'Engineer', stage: 'Applied' }],
  ['interview round', INTERVIEW_FORM, InterviewForm, { company: 'Acme', role: 'Engineer', start: '2026-03-02 10:00', end: '2026-03-02 11:00' }],
];

describe.each(forms)('the %s form', (_name, form, schema, valid) => {
  const table = form.fields.flatMap((field) => badValuesFor(field).map((bad) => [field.key, bad] as const));

  it.each(table)('answers %s = %j with the same field error in the sidebar and on the server', (key, bad) => {
    const input = { ...valid, [key]: bad };
    const sidebar = checkForm(form, input);
    expect(sidebar.ok).toBe(false);
    expect(parseForm(schema, input)).toEqual(sidebar);
  });

  it.each(form.fields.filter((field) => field.required).map((field) => field.key))('answers a missing %s with "Required" on both sides', (key) => {
    const { [key]: _left, ...input } = valid;
    expect(checkForm(form, input)).toEqual({ ok: false, fieldErrors: { [key]: key === 'stage' ? expect.stringMatching(/^Choose one of/) : 'Required' } });
    expect(parseForm(schema, input)).toEqual(checkForm(form, input));
  });

  it.each([['not a form'], [null], [[valid]]])('answers %j, which is no object, the same way on both sides', (input) => {
    expect(checkForm(form, input)).toEqual({ ok: false, fieldErrors: { form: 'Expected an object' } });
    expect(parseForm(schema, input)).toEqual(checkForm(form, input));
  });

  it('accepts valid input with the same trimmed value on both sides, dropping unknown keys', () => {
    const input = { ...valid, company: '  Acme  ', color: 'blue' };
    const sidebar = checkForm(form, input);
    expect(sidebar).toMatchObject({ ok: true, value: { company: 'Acme' } });
    expect(sidebar.ok && 'color' in sidebar.value).toBe(false);
    expect(parseForm(schema, input)).toEqual(sidebar);
  });
});

describe('rules across fields', () => {
  it.each([
    ['2026-03-02 10:00', '2026-03-02 09:59'],
    ['2026-03-02 10:00', '2026-03-02 10:00'],
  ])('refuses a round starting %s and ending %s on the end field, on both sides', (start, end) => {
    const input = { company: 'Acme', role: 'Engineer', start, end };
    expect(checkForm(INTERVIEW_FORM, input)).toEqual({ ok: false, fieldErrors: { end: 'The end must be after the start' } });
    expect(parseForm(InterviewForm, input)).toEqual(checkForm(INTERVIEW_FORM, input));
  });

  it('checks the rule only once every field is valid (a bad company is the only error)', () => {
    const input = { company: '', role: 'Engineer', start: '2026-03-02 10:00', end: '2026-03-02 09:00' };
    expect(checkForm(INTERVIEW_FORM, input)).toEqual({ ok: false, fieldErrors: { company: 'Required' } });
    expect(parseForm(InterviewForm, input)).toEqual(checkForm(INTERVIEW_FORM, input));
  });
});
