/**
 * Form validation results as values: the sidebar shows a message next to
 * each field, and the server refuses the same input with the same words.
 */
import type { z } from 'zod';
import type { FieldErrors, FormResult } from './field-checks.js';

export type { FieldErrors, FormResult } from './field-checks.js';

/** Collapses zod issues into one message per field (the first one wins). */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'form';
    const absent = issue.path.length > 0 && issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    if (!(field in out)) out[field] = absent ? 'Required' : issue.message;
  }
  return out;
}

/** Parses form input with a schema, never throwing for bad input. */
export function parseForm<S extends z.ZodType>(schema: S, input: unknown): FormResult<z.infer<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, fieldErrors: toFieldErrors(result.error) };
}
