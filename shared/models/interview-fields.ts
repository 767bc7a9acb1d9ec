/** The interview-round form's fields as plain data: a round the person enters or annotates by hand. */
import { ROUND_TYPES } from '../schema/options.js';
import type { FormDef, FormValue } from './field-checks.js';

const MOMENT = 'YYYY-MM-DD HH:mm';

const INTERVIEW_FIELDS = [
  { key: 'eventId', label: 'Event ID', kind: 'id', max: 1024 },
  { key: 'applicationId', label: 'Application', kind: 'text', max: 100 },
  { key: 'company', label: 'Company', kind: 'text', required: true },
  { key: 'role', label: 'Role', kind: 'text', required: true },
  { key: 'round', label: 'Round', kind: 'choice', options: ROUND_TYPES },
  { key: 'start', label: 'Start', kind: 'moment', required: true, placeholder: MOMENT },
  { key: 'end', label: 'End', kind: 'moment', required: true, placeholder: MOMENT },
  { key: 'title', label: 'Title', kind: 'text', max: 300, placeholder: 'Round · Company' },
  { key: 'interviewers', label: 'Interviewers', kind: 'text', max: 500 },
  { key: 'meetingLink', label: 'Meeting link', kind: 'link', placeholder: 'https://' },
  { key: 'notes', label: 'Notes', kind: 'longtext', max: 5000 },
] as const;

/**
 * Add (no `eventId`) or edit (with `eventId`) one Interviews row. Start and
 * end are wall times in the spreadsheet's zone (they compare as text); the
 * end follows the start. On a row the calendar owns, the add-on ignores the
 * calendar's fields (start, end, title, interviewers, meeting link) so sync
 * stays in charge.
 */
export const INTERVIEW_FORM = {
  fields: INTERVIEW_FIELDS,
  rules: [{ key: 'end', message: 'The end must be after the start', holds: (form) => form.end! > form.start! }],
} satisfies FormDef;
export type InterviewForm = FormValue<typeof INTERVIEW_FIELDS>;

/** Keys the form writes on an Interviews row (besides id and status). */
export const INTERVIEW_FORM_KEYS = INTERVIEW_FIELDS.flatMap((field) => (field.kind === 'id' ? [] : [field.key]));

/** The title a round gets when the person leaves it empty: "Technical · Acme". */
export function titleOf(form: Pick<InterviewForm, 'title' | 'round' | 'company'>): string {
  if (form.title) return form.title;
  return [form.round || 'Interview', form.company].join(' · ');
}
