/** The words of the application and interview forms and of deleting an entry (how the catalogue is laid out: words.ts). */

export enum FORM_WORDS {
  save = 'Save',
  cancel = 'Cancel',
  saved = 'Saved.',
  interviewers = 'Interviewers',
  addInterviewer = '+ Add an interviewer',
  fromCalendar = 'From your calendar: change it there, and the next import brings it here.',
  fromCalendarNote = 'This round comes from your calendar: its time, title, interviewers and link follow the calendar.',
  noId = 'This row has no ID in its hidden ID column, so NextRound cannot find it again. Edit it in the sheet, or add it here as a new entry.',
  addJob = 'Add a job',
  addRound = 'Add an interview round',
  pickJob = 'Job (fills company and role)',
  noJob = '— not linked —',
  fixBelow = 'Some fields need a change; see the messages below each one.',
  delete = 'Delete…',
  archive = 'Archive',
}

export const interviewerNameLabel = (n: number) => `Interviewer ${n}: name`;
export const interviewerEmailLabel = (n: number) => `Interviewer ${n}: email`;
export const interviewerEmailMissing = (name: string) => `No email for ${name}: the thank-you draft will need it.`;
export const editNamed = (name: string) => `Edit ${name}`;

export enum DELETE_WORDS {
  open = 'Delete…',
  keep = 'Keep it',
  confirm = 'Delete',
}

export const deleteTitle = (name: string) => `Delete ${name}?`;
export const deleted = (name: string) => `${name} deleted. Edit › Undo in the sheet brings it back.`;
/** What deleting takes away, by what is deleted. */
export const DELETE_WHAT = {
  application:
    'Its row leaves the Applications sheet. Its interview rounds and stage history stay. To keep it but close it, change its stage to Withdrawn instead.',
  interview:
    'Its row leaves the Interviews sheet, with its checklist and debrief. Rounds from your calendar come back on the next import unless you delete the event there.',
} as const;
