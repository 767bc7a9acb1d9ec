/** The words of Home and the Jobs and Interviews lists (how the catalogue is laid out: words.ts). */
import { countOf } from '../../../shared/insights/insights-wording.js';

export enum EMPTY_WORDS {
  jobs = 'No jobs yet. Add the first one you applied for, or import your interviews from your calendar.',
  interviews = 'No interview rounds yet. Add one, or import them from your calendar (Home › More › Calendar).',
  upcoming = 'No interviews in the coming days.',
  overdue = 'Nothing overdue.',
  rounds = 'No rounds yet for this job.',
  contacts = 'No contact named yet. Add one with Edit.',
}

export const noJobMatches = (query: string) => `No job matches "${query}".`;
export const noRoundMatches = (query: string) => `No interview round matches "${query}".`;

export enum HOME_WORDS {
  stages = 'Applications per stage',
  upcoming = 'Upcoming interviews',
  overdue = 'Overdue next actions',
  cellsToCheck = 'Cells to check',
}

export const applicationsTotal = (total: number, unstaged: number) => `${countOf(total, 'application')}${unstaged ? `, ${unstaged} without a stage` : ''}`;
export const dueOn = (day: string) => `due ${day}`;
export const joinCall = (company: string, time: string) => `Join: ${company} ${time}`;

export enum LIST_WORDS {
  addJob = 'Add a job',
  addInterview = 'Add interview',
  board = 'Board',
  boardHint = 'Opens the stage board in a large window',
  searchJobs = 'Search jobs',
  searchInterviews = 'Search interviews',
  active = 'Active',
  closed = 'Closed',
}

export const showingSome = (shown: number, total: number) => `Showing ${shown} of ${total}; refine the search.`;
