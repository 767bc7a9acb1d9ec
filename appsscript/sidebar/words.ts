/**
 * The sidebar's message catalogue: the words a person reads on the screens
 * the navigation owns, and the one translation every shown error passes
 * through (`forPerson`), so no field path, zod default text, errno name or
 * internal status word reaches the screen.
 *
 * One catalogue, laid out by screen: this file holds the navigation's own
 * words (tabs, welcome, hubs, stages, settings, Home's More list, errors);
 * each screen keeps its words in a `*-text.ts` file beside it
 * (panels/lists-text.ts, forms-text.ts, calendar-text.ts, due-text.ts,
 * drafts-text.ts, insights-text.ts, rounds-text.ts, getting-data-in-text.ts,
 * reply-text.ts; board/board-text.ts),
 * and shared/words/ holds what the server says too. Screens import words,
 * never write them (tests/appsscript/sidebar/words-catalogue.test.ts).
 * Fixed words are `enum` members, which esbuild writes in place at each use,
 * so cataloguing them costs the bundle nothing; words with blanks are small
 * functions beside them. NAV_WORDS and WELCOME_WORDS are still objects.
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

export enum HUB_WORDS {
  edit = 'Edit details',
  stage = 'Stage',
  history = 'Stage history',
  noHistory = 'No stage change recorded yet. Changes made here or on the board are kept in the Stage history sheet.',
  rounds = 'Rounds',
  contacts = 'Contacts',
  followUp = 'Next action',
  writeFollowUp = 'Write a follow-up',
  noNextAction = 'No next action set.',
  description = 'Job description',
  noDescription = 'No job description kept. Paste it with Edit: the posting may disappear.',
  when = 'When',
  join = 'Join the call',
  interviewers = 'Interviewers',
  prepare = 'Prepare',
  debrief = 'Debrief and feedback',
  thankYou = 'Thank-you drafts',
  writeThankYou = 'Write thank-you drafts',
  thankYouLater = 'Thank-you drafts open once the round has ended.',
  notFound = 'This row is no longer in the tracker (it may have been deleted or edited in the sheet).',
  jobPosting = 'Job posting',
}

/** An application's stage, wherever it is shown or changed (hub, debrief, lists). */
export enum STAGE_WORDS {
  change = 'Change stage',
  none = 'no stage',
}

export const stageChanged = (company: string, from: string, to: string) => `${company}: ${from} → ${to}.`;
export const alreadyAt = (stage: string) => `Already ${stage}.`;
export const appliedOn = (day: string) => `applied ${day}`;
export const nextOn = (day: string) => `next: ${day}`;

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

export enum SETTINGS_WORDS {
  dueSettings = 'Due settings',
  followUpDays = 'Follow up after this many quiet days',
  thankYouHours = 'A thank-you is overdue after (hours)',
  ghostDays = 'Suggest Ghosted after this many days without news',
  marketCheck = 'Remind me to interview at least once a year',
  save = 'Save',
  saved = 'Due settings saved.',
  setup = 'Tracker set-up',
  setupIntro = 'Set-up adds any sheet or column your tracker lacks (new versions add columns) and changes nothing else. Safe to run any time.',
  setupRun = 'Check and repair my tracker',
  setupNothing = 'Your tracker already has every sheet and column.',
  loading = 'Loading…',
}

export const wholeNumber = (min: number, max: number) => `Enter a whole number from ${min} to ${max}.`;
export const setupAdded = (parts: readonly string[]) => `Added: ${parts.join(', ')}.`;
/** The due settings' field keys as the form labels them, for errors the server names by key. */
export const SETTINGS_LABELS: Readonly<Record<string, string>> = {
  followUpAfterDays: 'Follow-up days',
  thankYouAfterHours: 'Thank-you hours',
  ghostAfterDays: 'Ghosted after',
};

/** Home's "More" list: each page's name and what it is for. */
export enum PAGE_WORDS {
  addJob = 'Add a job from a link',
  addJobHint = 'Read a posting and fill in the row',
  importTracker = 'Import a tracker',
  importTrackerHint = 'Rows from a CSV or another sheet',
  calendar = 'Calendar',
  calendarHint = 'Import interviews from your calendars',
  prepare = 'Prepare',
  prepareHint = 'Checklists for your coming rounds',
  debriefs = 'Debriefs',
  debriefsHint = 'Rounds waiting for your notes',
  dueSettingsHint = 'When things come due, going quiet, the morning digest',
  setupHint = 'Add missing sheets and columns',
}

/** When the sidebar cannot reach its own server code. */
export enum SERVER_WORDS {
  outside = 'NextRound works inside its spreadsheet: open it there, from Extensions › NextRound.',
  outdated = 'NextRound was updated since this sidebar opened: close it and open it again.',
}
