/** The interview-round form: a round the person enters or annotates by hand. */
import { z } from 'zod';
import { ROUND_TYPES } from '../schema/options.js';
import { OptionalLink, optionalChoice, optionalText, requiredText } from './fields.js';
import { WallDateTime } from '../time/index.js';

/**
 * Add (no `eventId`) or edit (with `eventId`) one Interviews row. Start and
 * end are wall times in the spreadsheet's zone; the end follows the start.
 * On a row the calendar owns, the add-on ignores the calendar's fields
 * (start, end, title, interviewers, meeting link) so sync stays in charge.
 */
export const InterviewForm = z
  .object({
    eventId: z.string().trim().min(1).max(1024).optional(),
    company: requiredText(),
    role: requiredText(),
    round: optionalChoice(ROUND_TYPES),
    title: optionalText(300),
    start: WallDateTime,
    end: WallDateTime,
    interviewers: optionalText(500),
    meetingLink: OptionalLink,
    applicationId: optionalText(100),
    notes: optionalText(5000),
  })
  .refine((form) => form.end > form.start, { path: ['end'], message: 'The end must be after the start' });
export type InterviewForm = z.infer<typeof InterviewForm>;

/** The title a round gets when the person leaves it empty: "Technical · Acme". */
export function titleOf(form: Pick<InterviewForm, 'title' | 'round' | 'company'>): string {
  if (form.title) return form.title;
  return [form.round || 'Interview', form.company].join(' · ');
}

/** Keys the form writes on an Interviews row (besides id and status). */
export const INTERVIEW_FORM_KEYS = [
  'company',
  'role',
  'round',
  'title',
  'start',
  'end',
  'interviewers',
  'meetingLink',
  'applicationId',
  'notes',
] as const satisfies readonly (keyof InterviewForm)[];
