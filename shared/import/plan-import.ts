/**
 * An import planned whole before anything is written: each source row
 * checked and turned into Applications cells, rows already in the tracker
 * (or repeated in the file) skipped, stage values mapped, and one Stage
 * history row per stage the source dates. A row that cannot be read is a
 * problem naming its line and column; while any remains, nothing is
 * written (the caller writes only a plan with no problems and no unknown
 * stage values).
 */
import { fitText } from '../jobs/html-text.js';
import { httpsAddress } from '../jobs/posting-address.js';
import { type REMOTE_TYPES, SOURCES } from '../schema/options.js';
import { DEFAULT_STAGE, STAGES, type Stage } from '../stages/index.js';
import { IMPORT_FIELD_LABELS, type ImportField } from './column-synonyms.js';
import type { ColumnMapping } from './map-columns.js';
import { findSameApplication, indexApplications, type ApplicationKeyFields } from './same-application.js';
import { dayOrderOf, parseSourceDate, type DayOrder } from './source-dates.js';
import { stageOfSourceValue, unknownStageValues } from './stage-values.js';

export interface ImportRows {
  readonly headers: readonly string[];
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

export interface ImportSettings {
  readonly mapping: ColumnMapping;
  /** The person's answers for stage values the list does not know. */
  readonly stageValues: Readonly<Record<string, string>>;
  /** For slashed dates such as 03/04/2026; found from the file when absent. */
  readonly dayOrder?: DayOrder;
  readonly timeZone: string;
  /** Today in the sheet's zone, YYYY-MM-DD: "Last update" of a row whose source gives no date. */
  readonly today: string;
  /** Unique per import (from the caller's uuid): row ids are `app-<prefix>-<n>`, change ids `chg-<prefix>-<n>`. */
  readonly idPrefix: string;
}

export interface ImportProblem {
  readonly line: number;
  readonly column: string;
  readonly message: string;
}

export interface ImportPlan {
  /** Applications rows to append (keys of APPLICATIONS). */
  readonly applications: Record<string, string>[];
  /** Stage history rows to append (keys of STAGE_HISTORY). */
  readonly history: Record<string, string>[];
  readonly counts: { rows: number; new: number; alreadyInTracker: number; repeatedInFile: number; undatedStages: number };
  /** Source stage values to map before importing, in order of appearance. */
  readonly unknownStages: string[];
  /** At most PROBLEMS_SHOWN, the first in file order; `problemCount` says how many there are. */
  readonly problems: ImportProblem[];
  problemCount: number;
  readonly dayOrder: DayOrder;
}

const PROBLEMS_SHOWN = 20;
const DATE_FIELDS: readonly ImportField[] = ['appliedOn', 'nextActionDue', 'stageDate'];
const REMOTE_WORDS: Readonly<Record<string, (typeof REMOTE_TYPES)[number]>> = {
  remote: 'Remote',
  'fully remote': 'Remote',
  'remote only': 'Remote',
  yes: 'Remote',
  hybrid: 'Hybrid',
  'on-site': 'On-site',
  onsite: 'On-site',
  'on site': 'On-site',
  office: 'On-site',
  'in office': 'On-site',
  'in-office': 'On-site',
  no: 'On-site',
};

/** Plans importing `source` into a tracker holding `existing` applications. */
export function planImport(source: ImportRows, existing: readonly ApplicationKeyFields[], settings: ImportSettings): ImportPlan {
  const column = new Map<ImportField, number>();
  settings.mapping.forEach((field, index) => field && column.set(field, index));
  const cell = (cells: readonly string[], field: ImportField) => {
    const index = column.get(field);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const header = (field: ImportField) => `"${source.headers[column.get(field)!] ?? IMPORT_FIELD_LABELS[field]}"`;
  const dayOrder =
    settings.dayOrder ??
    dayOrderOf(
      DATE_FIELDS.flatMap((field) => source.rows.map((row) => cell(row.cells, field))),
      'mdy',
    );
  const unknownStages = unknownStageValues(source.rows.map((row) => cell(row.cells, 'stage'))).filter((value) => !isStage(settings.stageValues[value]));

  const plan: ImportPlan = {
    applications: [],
    history: [],
    counts: { rows: source.rows.length, new: 0, alreadyInTracker: 0, repeatedInFile: 0, undatedStages: 0 },
    unknownStages,
    problems: [],
    problemCount: 0,
    dayOrder,
  };
  const problem = (line: number, field: ImportField | null, message: string) => {
    plan.problemCount++;
    if (plan.problems.length < PROBLEMS_SHOWN) plan.problems.push({ line, column: field ? header(field) : '', message });
  };
  const inTracker = indexApplications(existing);
  const inFile = new Map<string, true>();

  for (const { line, cells } of source.rows) {
    const company = cell(cells, 'company');
    const role = cell(cells, 'role');
    if (!company) problem(line, 'company', 'is empty; every application needs a company.');
    if (!role) problem(line, 'role', 'is empty; every application needs a role.');
    const dates: Partial<Record<ImportField, string>> = {};
    for (const field of DATE_FIELDS) {
      const text = cell(cells, field);
      const date = parseSourceDate(text, dayOrder, settings.timeZone);
      if (date === null)
        problem(line, field, `"${text.slice(0, 40)}" is not a date; write it as YYYY-MM-DD (or ${dayOrder === 'dmy' ? 'DD/MM/YYYY' : 'MM/DD/YYYY'}).`);
      else dates[field] = date;
    }
    const rawLink = cell(cells, 'link');
    const link = httpsAddress(/^www\./i.test(rawLink) ? `https://${rawLink}` : rawLink);
    if (rawLink && !link) problem(line, 'link', `"${rawLink.slice(0, 60)}" is not a web address (https://…).`);
    const email = cell(cells, 'contactEmail');
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problem(line, 'contactEmail', `"${email.slice(0, 60)}" is not an email address.`);
    if (!company || !role || plan.problemCount > 0) continue;

    const candidate = { company, role, link };
    if (findSameApplication(inTracker, candidate)) {
      plan.counts.alreadyInTracker++;
      continue;
    }
    const keys = [...indexApplications([candidate]).keys()];
    if (keys.some((key) => inFile.has(key))) {
      plan.counts.repeatedInFile++;
      continue;
    }
    for (const key of keys) inFile.set(key, true);

    const rawStage = cell(cells, 'stage');
    const stage: Stage =
      rawStage === '' ? DEFAULT_STAGE : (stageOfSourceValue(rawStage) ?? (settings.stageValues[rawStage] as Stage | undefined) ?? DEFAULT_STAGE);
    const id = `app-${settings.idPrefix}-${plan.applications.length + 1}`;
    const rawSource = cell(cells, 'source');
    const knownSource = SOURCES.find((s) => s.toLowerCase() === rawSource.toLowerCase()) ?? '';
    const notes = [cell(cells, 'notes'), rawSource && !knownSource ? `Source: ${rawSource}` : ''].filter(Boolean).join('\n');
    const application: Record<string, string> = {
      id,
      company,
      role,
      stage,
      source: knownSource,
      appliedOn: dates.appliedOn ?? '',
      link,
      location: cell(cells, 'location'),
      remote: REMOTE_WORDS[cell(cells, 'remote').toLowerCase()] ?? '',
      salary: cell(cells, 'salary'),
      contact: cell(cells, 'contact'),
      contactEmail: email,
      nextAction: cell(cells, 'nextAction'),
      nextActionDue: dates.nextActionDue ?? '',
      jobDescription: fitText(cell(cells, 'jobDescription')).text,
      resumeVersion: cell(cells, 'resumeVersion'),
      notes: fitText(notes).text,
      lastUpdate: dates.stageDate || dates.appliedOn || settings.today,
    };
    plan.applications.push(application);
    plan.counts.new++;
    appendHistory(plan, application, dates.stageDate ?? '', settings.idPrefix);
  }
  return plan;
}

/**
 * The stage rows the source dates: "Applied" on the application date, then
 * the current stage on its own date. A stage the source gives no date for
 * gets no row (counted in `undatedStages`): history is never invented.
 */
function appendHistory(plan: ImportPlan, application: Record<string, string>, stageDate: string, idPrefix: string): void {
  const add = (fromStage: string, toStage: string, day: string) =>
    plan.history.push({
      id: `chg-${idPrefix}-${plan.history.length + 1}`,
      applicationId: application.id!,
      company: application.company!,
      role: application.role!,
      fromStage,
      toStage,
      changedAt: `${day} 00:00`,
    });
  const stage = application.stage!;
  const applied = application.appliedOn!;
  const reachedAfterApplying = stage !== 'Wishlist' && stage !== 'Applied';
  if (applied && (stage === 'Applied' || reachedAfterApplying)) add('', 'Applied', applied);
  if (stage === 'Applied') {
    if (!applied) plan.counts.undatedStages++;
    return;
  }
  if (stageDate) add(applied && reachedAfterApplying ? 'Applied' : '', stage, stageDate);
  else plan.counts.undatedStages++;
}

function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}
