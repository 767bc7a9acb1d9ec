/** The words of the Due screen: its cards, going quiet, signing drafts and the morning digest (how the catalogue is laid out: words.ts). */
import { countOf } from '../../../shared/insights/insights-wording.js';

export enum DUE_TEXT {
  title = 'Due',
  loading = 'Loading…',
  done = 'Marked done',
  dismissed = 'Dismissed',
  snoozed = 'Snoozed',
  undo = 'Undo',
  pickRound = 'Draft thank-yous for another interview',
  pickRoundFirst = 'Draft thank-yous for another interview…',
  heading = 'What is due',
  overdue = 'Overdue',
  today = 'Today',
  thisWeek = 'This week',
  empty = 'Nothing due this week. Thank-yous appear here when an interview ends.',
  cellsToCheck = 'Cells to check',
  save = 'Save',
  nameNeeded = 'Type the name your drafts should end with.',
  signAs = 'Sign drafts as',
  signAsHelp = 'Your name as it ends every thank-you and follow-up. Asked once.',
  change = 'Change',
  // One card
  yourContact = 'your contact',
  nextAction = 'Next action',
  markDone = 'Done',
  snooze = 'Snooze',
  snoozeSave = 'Snooze until this day',
  cancel = 'Cancel',
  dismiss = 'Dismiss',
  overdueBadge = 'overdue',
  woke = ' · back from snooze',
  // Going quiet
  quietTitle = 'Gone quiet',
  quietMarked = 'Ghosted, recorded in Stage history. A reply you paste later brings it back.',
  // The morning digest
  digestTitle = 'Morning digest by email',
  digestEnable = ' Email me a morning digest',
  digestHour = 'Send it at (hour in the sheet’s time zone)',
  digestSave = 'Save digest',
  digestExplain = 'Sent to your own address only, when something is due. It shows the tracker as of your last visit to Due; after a week without one, nothing is sent.',
  digestOff = 'Off.',
}

export const backOnList = (title: string) => `Back on the list: ${title}.`;
export const decidedCard = (decision: 'done' | 'dismissed' | 'snoozed', title: string, until?: string) =>
  `${decision === 'done' ? DUE_TEXT.done : decision === 'dismissed' ? DUE_TEXT.dismissed : DUE_TEXT.snoozed}${until ? ` until ${until}` : ''}: ${title}. `;
export const hiddenCards = (count: number) => `${count} done, dismissed or snoozed.`;
export const marketCheck = (lastInterviewOn: string) =>
  `Your last interview was on ${lastInterviewOn}; interviewing at least once a year keeps you close to your market.`;
export const signedAs = (name: string) => `Drafts are signed “${name}”. `;

export const thankTitle = (who: string) => `Thank ${who}`;
export const feedbackTitle = (company: string) => `Ask ${company} for feedback`;
export const followUpTitle = (company: string) => `Follow up with ${company}`;
export const endedOn = (what: string, endedAt: string) => `${what} · ended ${endedAt}`;
export const toWhom = (role: string, who: string) => `${role} · to ${who}`;
export const rejectedOn = (since: string) => ` · rejected ${since}`;
export const quietFor = (days: number) => ` · quiet for ${countOf(days, 'day')}`;
export const dueOn = (day: string) => ` · due ${day}`;
export const snoozeUntil = (title: string) => `Snooze until (${title})`;

export const quietNone = (days: number) => `No open application has been silent for ${countOf(days, 'day')}.`;
export const quietLine = (days: number, since: string) => `${countOf(days, 'day')} without news (since ${since})`;
export const markGhosted = (company: string) => `Mark ${company} as Ghosted`;
export const digestOn = (hour: number, zone: string) => `On: every morning at ${String(hour).padStart(2, '0')}:00 (${zone}) when something is due.`;
