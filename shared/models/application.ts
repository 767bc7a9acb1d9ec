/** The server's zod schema of the application form, derived from its plain fields (application-fields.ts). */
import { APPLICATION_FORM, type ApplicationForm as ApplicationFormValue } from './application-fields.js';
import { formSchema } from './field-schema.js';

export { APPLICATION_FORM, APPLICATION_FORM_KEYS } from './application-fields.js';

/**
 * Add (no `id`) or edit (with `id`) one Applications row.
 *
 * @example ApplicationForm.parse({ company: 'Acme', role: 'Engineer', stage: 'Applied' })
 */
export const ApplicationForm = formSchema(APPLICATION_FORM);
export type ApplicationForm = ApplicationFormValue;
