/**
 * The sidebar's message catalogue: the words a person reads on the screens
 * the navigation owns, and the one translation every shown error passes
 * through (`forPerson`), so no field path, zod default text, errno name or
 * internal status word reaches the screen.
 */

export const NAV_WORDS = {
  home: 'Home',
  jobs: 'Jobs',
  interviews: 'Interviews',
  due: 'Due',
  insights: 'Insights',
  sections: 'Sections',
  back: 'Back',
  trail: 'You are here',
  more: 'More',
  dueCount: (count: number) => `${count} due`,
  opening: 'Loading…',
  tryAgain: 'Try again',
  openFailed: 'This page could not be loaded. Try again; if it still fails, close the sidebar and open it again from Extensions › NextRound.',
  // Asked (OK leaves, Cancel stays) before a page with unsaved typing closes.
  leaveUnsaved: 'Leave without saving? What you typed here will be lost.',
} as const;

export const WELCOME_WORDS = {
  title: 'Welcome to NextRound',
  intro: 'NextRound keeps your job search in this spreadsheet: jobs, interview rounds, what to write next.',
  setUp: 'Set up my tracker',
  settingUp: 'Setting up…',
  steps: [
    'Add a job you applied for (Jobs › Add a job).',
    'Import your interviews from your calendar (More › Calendar).',
    'Sign your drafts: tell NextRound your name once, in Due.',
  ],
  startTitle: 'Get started',
  setUpDone: 'Your tracker is ready. Start by adding a job.',
} as const;

export const EMPTY_WORDS = {
  jobs: 'No jobs yet. Add the first one you applied for, or import your interviews from your calendar.',
  jobsSearch: (query: string) => `No job matches "${query}".`,
  interviews: 'No interview rounds yet. Add one, or import them from your calendar (Home › More › Calendar).',
  interviewsSearch: (query: string) => `No interview round matches "${query}".`,
  upcoming: 'No interviews in the coming days.',
  overdue: 'Nothing overdue.',
  rounds: 'No rounds yet for this job.',
  contacts: 'No contact named yet. Add one with Edit.',
} as const;

export const HUB_WORDS = {
  edit: 'Edit details',
  stage: 'Stage',
  history: 'Stage history',
  noHistory: 'No stage change recorded yet. Changes made here or on the board are kept in the Stage history sheet.',
  rounds: 'Rounds',
  contacts: 'Contacts',
  followUp: 'Next action',
  writeFollowUp: 'Write a follow-up',
  noNextAction: 'No next action set.',
  description: 'Job description',
  noDescription: 'No job description kept. Paste it with Edit: the posting may disappear.',
  when: 'When',
  join: 'Join the call',
  interviewers: 'Interviewers',
  prepare: 'Prepare',
  debrief: 'Debrief and feedback',
  thankYou: 'Thank-you drafts',
  writeThankYou: 'Write thank-you drafts',
  thankYouLater: 'Thank-you drafts open once the round has ended.',
  notFound: 'This row is no longer in the tracker (it may have been deleted or edited in the sheet).',
} as const;

/** Words that are the sheet's internal markers, shown as what they mean. */
const STATUS_WORDS: Readonly<Record<string, string>> = {
  manual: 'added by hand',
  confirmed: 'from your calendar',
  tentative: 'from your calendar (tentative)',
  cancelled: 'cancelled in your calendar',
};

/** A row's calendar status as a person reads it ('' when none). */
export function statusWords(status: string): string {
  const key = status.trim().toLowerCase();
  return key === '' ? '' : (STATUS_WORDS[key] ?? status);
}

const SOMETHING_WRONG = 'Something went wrong. Try again; if it keeps happening, reload the sidebar.';
// Node and Apps Script error names: a person cannot act on them.
const CODE = /\b(E[A-Z]{3,}|ERR_[A-Z_]+)\b/;

/**
 * The text of an error as a person may read it. `labels` maps field keys
 * to their labels: a leading `feedback.receivedOn:` becomes "Received on:".
 */
export function forPerson(error: unknown, labels: Readonly<Record<string, string>> = {}): string {
  const raw = (error instanceof Error ? error.message : typeof error === 'string' ? error : '').trim();
  if (raw === '' || CODE.test(raw)) return SOMETHING_WRONG;
  const path = /^([A-Za-z_]+(?:\.[A-Za-z_0-9]+)*):\s*(.*)$/s.exec(raw);
  if (path && /[.A-Z]/.test(path[1]!.slice(1))) {
    const key = path[1]!.split('.').at(-1)!;
    const label = labels[key] ?? labels[path[1]!];
    return label ? `${label}: ${path[2]}` : path[2]!;
  }
  return raw;
}

export const SETTINGS_WORDS = {
  dueSettings: 'Due settings',
  followUpDays: 'Follow up after this many quiet days',
  thankYouHours: 'A thank-you is overdue after (hours)',
  ghostDays: 'Suggest Ghosted after this many days without news',
  marketCheck: 'Remind me to interview at least once a year',
  save: 'Save',
  saved: 'Due settings saved.',
  wholeNumber: (min: number, max: number) => `Enter a whole number from ${min} to ${max}.`,
  labels: { followUpAfterDays: 'Follow-up days', thankYouAfterHours: 'Thank-you hours', ghostAfterDays: 'Ghosted after' } as Record<string, string>,
  setup: 'Tracker set-up',
  setupIntro: 'Set-up adds any sheet or column your tracker lacks (new versions add columns) and changes nothing else. Safe to run any time.',
  setupRun: 'Check and repair my tracker',
  setupNothing: 'Your tracker already has every sheet and column.',
  setupAdded: (parts: readonly string[]) => `Added: ${parts.join(', ')}.`,
  loading: 'Loading…',
} as const;

export const FORM_WORDS = {
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Saved.',
  interviewers: 'Interviewers',
  interviewerName: (n: number) => `Interviewer ${n}: name`,
  interviewerEmail: (n: number) => `Interviewer ${n}: email`,
  addInterviewer: '+ Add an interviewer',
  emailMissing: (name: string) => `No email for ${name}: the thank-you draft will need it.`,
  fromCalendar: 'From your calendar: change it there, and the next import brings it here.',
  fromCalendarNote: 'This round comes from your calendar: its time, title, interviewers and link follow the calendar.',
  noId: 'This row has no ID in its hidden ID column, so NextRound cannot find it again. Edit it in the sheet, or add it here as a new entry.',
  addJob: 'Add a job',
  editJob: (name: string) => `Edit ${name}`,
  addRound: 'Add an interview round',
  editRound: (name: string) => `Edit ${name}`,
  pickJob: 'Job (fills company and role)',
  noJob: '— not linked —',
  fixBelow: 'Some fields need a change; see the messages below each one.',
  delete: 'Delete…',
  archive: 'Archive',
} as const;

export const DELETE_WORDS = {
  open: 'Delete…',
  title: (name: string) => `Delete ${name}?`,
  what: {
    application:
      'Its row leaves the Applications sheet. Its interview rounds and stage history stay. To keep it but close it, change its stage to Withdrawn instead.',
    interview:
      'Its row leaves the Interviews sheet, with its checklist and debrief. Rounds from your calendar come back on the next import unless you delete the event there.',
  },
  keep: 'Keep it',
  confirm: 'Delete',
  done: (name: string) => `${name} deleted. Edit › Undo in the sheet brings it back.`,
} as const;

// The keyboard and drafts flows (sign drafts, create them).
export const DRAFTS_FLOW_WORDS = {
  nameMissing: 'Type the name your drafts should end with.',
} as const;
