/** The application form: what a person may enter for one company + role. */
import { z } from 'zod';
import { SOURCES, STAGES } from '../schema/options.js';
import { OptionalEmail, OptionalLink, OptionalWallDate, optionalChoice, optionalText, requiredText } from './fields.js';

/** An Application ID the add-on issued (`app-…`), or anything the sheet holds for an older row. */
export const ApplicationId = z.string().trim().min(1).max(100);

/**
 * Add (no `id`) or edit (with `id`) one Applications row.
 *
 * @example ApplicationForm.parse({ company: 'Acme', role: 'Engineer', stage: 'Applied' })
 */
export const ApplicationForm = z.object({
  id: ApplicationId.optional(),
  company: requiredText(),
  role: requiredText(),
  stage: z.enum(STAGES, { error: `Choose one of: ${STAGES.join(', ')}` }),
  source: optionalChoice(SOURCES),
  appliedOn: OptionalWallDate,
  link: OptionalLink,
  contact: optionalText(),
  contactEmail: OptionalEmail,
  nextAction: optionalText(),
  nextActionDue: OptionalWallDate,
  notes: optionalText(5000),
});
export type ApplicationForm = z.infer<typeof ApplicationForm>;

/** Keys of the form that are Applications columns (all but `id`). */
export const APPLICATION_FORM_KEYS = [
  'company',
  'role',
  'stage',
  'source',
  'appliedOn',
  'link',
  'contact',
  'contactEmail',
  'nextAction',
  'nextActionDue',
  'notes',
] as const satisfies readonly (keyof ApplicationForm)[];
