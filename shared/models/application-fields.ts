/** The application form's fields as plain data: what a person may enter for one company + role. */
import { REMOTE_TYPES, SOURCES, STAGES } from '../schema/options.js';
import type { FormDef, FormValue } from './field-checks.js';

const APPLICATION_FIELDS = [
  // An Application ID the add-on issued (`app-…`), or anything the sheet holds for an older row.
  { key: 'id', label: 'ID', kind: 'id', max: 100 },
  { key: 'company', label: 'Company', kind: 'text', required: true },
  { key: 'role', label: 'Role', kind: 'text', required: true },
  { key: 'stage', label: 'Stage', kind: 'choice', required: true, options: STAGES },
  { key: 'source', label: 'Source', kind: 'choice', options: SOURCES },
  { key: 'appliedOn', label: 'Applied on', kind: 'day', placeholder: 'YYYY-MM-DD' },
  { key: 'link', label: 'Job link', kind: 'link', placeholder: 'https://' },
  { key: 'contact', label: 'Contact', kind: 'text' },
  { key: 'contactEmail', label: 'Contact email', kind: 'email' },
  { key: 'nextAction', label: 'Next action', kind: 'text' },
  { key: 'nextActionDue', label: 'Next action due', kind: 'day', placeholder: 'YYYY-MM-DD' },
  { key: 'salary', label: 'Salary', kind: 'text', max: 100, placeholder: 'e.g. 70–80k EUR' },
  { key: 'location', label: 'Location', kind: 'text' },
  { key: 'remote', label: 'On-site or remote', kind: 'choice', options: REMOTE_TYPES },
  { key: 'resumeVersion', label: 'Résumé version', kind: 'text', max: 100, placeholder: 'e.g. backend-2026-11' },
  // A sheet cell holds at most 50,000 characters.
  { key: 'jobDescription', label: 'Job description', kind: 'longtext', max: 50000 },
  { key: 'notes', label: 'Notes', kind: 'longtext', max: 5000 },
] as const;

/**
 * Add (no `id`) or edit (with `id`) one Applications row.
 *
 * @example checkForm(APPLICATION_FORM, { company: 'Acme', role: 'Engineer', stage: 'Applied' })
 */
export const APPLICATION_FORM = { fields: APPLICATION_FIELDS } satisfies FormDef;
export type ApplicationForm = FormValue<typeof APPLICATION_FIELDS>;

/** Keys of the form that are Applications columns (all but `id`). */
export const APPLICATION_FORM_KEYS = APPLICATION_FIELDS.flatMap((field) => (field.kind === 'id' ? [] : [field.key]));
