/**
 * The server's side of form checking: a zod schema derived from the plain
 * field definitions (field-schema.ts) parsed into the same result the
 * sidebar's `checkForm` gives. A missing field is the definitions' business
 * ('Required' or empty), so zod's own wording never reaches a person.
 */
import type * as z from 'zod';
import type { FieldErrors, FormResult } from './field-checks.js';

export type { FieldErrors, FormResult } from './field-checks.js';

/** Collapses zod issues into one message per field (the first one wins). */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'form';
    if (!(field in out)) out[field] = issue.message;
  }
  return out;
}

/** Parses form input with a schema, never throwing for bad input. */
export function parseForm<S extends z.ZodType>(schema: S, input: unknown): FormResult<z.infer<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, fieldErrors: toFieldErrors(result.error) };
}
