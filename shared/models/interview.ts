/** The server's zod schema of the interview-round form, derived from its plain fields (interview-fields.ts). */
import { INTERVIEW_FORM, type InterviewForm as InterviewFormValue } from './interview-fields.js';
import { formSchema } from './field-schema.js';

export { INTERVIEW_FORM, INTERVIEW_FORM_KEYS, titleOf } from './interview-fields.js';

/** Add (no `eventId`) or edit (with `eventId`) one Interviews row; see INTERVIEW_FORM. */
export const InterviewForm = formSchema(INTERVIEW_FORM);
export type InterviewForm = InterviewFormValue;
