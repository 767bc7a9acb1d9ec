/**
 * The server's zod schemas, derived from the plain field definitions
 * (field-checks.ts): each field runs `checkField`, the form runs its rules,
 * so the server and the sidebar give the same message for the same input.
 */
import * as z from 'zod';
import { brokenRule, checkField, NOT_AN_OBJECT, type FieldDef, type FormDef, type FormInput, type FormValue } from './field-checks.js';

/** One field: any raw value in, trimmed text out (or an issue with the field's message). */
export function fieldSchema(def: FieldDef) {
  return z
    .custom<string>()
    .optional()
    .transform((raw, ctx) => {
      const checked = checkField(def, raw);
      if (checked.ok) return checked.value;
      ctx.issues.push({ code: 'custom', message: checked.message, input: raw });
      return z.NEVER;
    });
}

/** The zod schema of a form: one `fieldSchema` per definition, then the form's rules. */
export function formSchema<F extends readonly FieldDef[]>(form: FormDef<F>): z.ZodType<FormValue<F>, FormInput<F>> {
  const shape = Object.fromEntries(form.fields.map((def) => [def.key, fieldSchema(def)]));
  return z
    .object(shape, { error: NOT_AN_OBJECT })
    .transform((value) => Object.fromEntries(Object.entries(value).filter(([, text]) => text !== undefined)))
    .superRefine((value, ctx) => {
      const rule = brokenRule(form, value);
      if (rule) ctx.addIssue({ code: 'custom', path: [rule.key], message: rule.message });
    }) as unknown as z.ZodType<FormValue<F>, FormInput<F>>;
}
