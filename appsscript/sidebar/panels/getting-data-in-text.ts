import { countOf } from '../../../shared/insights/insights-wording.js';

/** The words of the "add a job" and "import a tracker" screens, in one place (how the catalogue is laid out: words.ts). */
export enum ADD_JOB_TEXT {
  title = 'Add a job from a link',
  open = 'From a link',
  intro = 'Paste the link to a job posting: NextRound reads the company, role, salary, description and requirements. Nothing is saved until you confirm.',
  urlLabel = 'Link to the job posting',
  read = 'Read the posting',
  pasteLabel = 'Or paste the description',
  pasteHint = 'For pages NextRound cannot open (LinkedIn, for example): copy the whole posting and paste it here.',
  readPasted = 'Read the description',
  reading = 'Reading…',
  company = 'Company',
  role = 'Role',
  location = 'Location',
  remote = 'Remote',
  remoteUnknown = 'Not said',
  salary = 'Salary',
  link = 'Job link',
  description = 'Description',
  cut = 'The description was longer than a cell holds; it was cut and says so at its end.',
  must = 'must have',
  nice = 'nice to have',
  openExisting = 'Open the existing application',
  addAnyway = 'Add anyway',
  confirm = 'Add to tracker',
  needed = 'Fill in the company and the role.',
  back = 'Back',
}

export const requirementsFound = (n: number) => (n === 0 ? 'No requirement lists found; you can add them in Prepare.' : `Requirements found (${n})`);
export const alreadyTracked = (company: string, role: string, row: number) => `${company} · ${role} is already in the tracker (row ${row}).`;
export const jobAdded = (company: string, role: string, n: number) => `Added ${company} · ${role}${n ? ` with ${countOf(n, 'requirement')} to prepare` : ''}.`;

export enum IMPORT_TEXT {
  title = 'Import a tracker',
  open = 'Import',
  intro = 'Bring the applications you already track: a CSV file exported from Huntr, Teal, Simplify or a spreadsheet, or another sheet of this spreadsheet. You see what will be imported before anything is written.',
  fileLabel = 'CSV file',
  sheetLabel = 'Or a sheet of this spreadsheet',
  noSheets = 'No other sheets in this spreadsheet.',
  readSheet = 'Read this sheet',
  tooBig = 'That file is larger than 5 MB; split it into smaller files.',
  reading = 'Reading…',
  columns = 'Columns',
  notImported = 'Not imported',
  stagesTitle = 'Stage values to map',
  stagesHint = 'These values are not stages NextRound knows. Choose one for each; it applies to every row with that value.',
  chooseStage = 'Choose a stage',
  dayOrder = 'Dates such as 03/04/2026 mean',
  dmy = 'day/month/year',
  mdy = 'month/day/year',
  nothingNew = 'Nothing new to import.',
}

export const importCounts = (c: { rows: number; new: number; alreadyInTracker: number; repeatedInFile: number; undatedStages: number }) =>
  `${countOf(c.rows, 'row')}: ${c.new} new, ${c.alreadyInTracker} already in the tracker, ${c.repeatedInFile} repeated in the file${c.undatedStages ? `; ${countOf(c.undatedStages, 'stage')} without a date get no history row` : ''}.`;
export const importProblems = (shown: number, total: number) =>
  `Fix these in the file first${total > shown ? ` (${shown} of ${total} shown)` : ''}; nothing is imported until every row can be:`;
export const importProblem = (p: { line: number; column: string; message: string }) => `Line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`;
export const columnNumbered = (n: number) => `Column ${n}`;
export const importRun = (n: number) => `Import ${countOf(n, 'application')}`;
export const imported = (n: number, history: number) => `Imported ${countOf(n, 'application')} and ${countOf(history, 'stage history row')}.`;
