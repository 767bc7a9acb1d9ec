/**
 * Applications as the person sorts them in their head: active ones first,
 * closed ones apart, each by the next action's day (soonest first; none
 * last). The sidebar's Jobs list and the board both use this, and the
 * board's columns are the stages in their defined order, coloured by
 * their definition.
 */
import { STAGE_DEFINITIONS, type Stage } from '../stages/stage-definitions.js';
import { stageDefinitionOf } from '../stages/stage-queries.js';

/** The fields these functions read; ApplicationRecord and the board's cards both have them. */
export interface JobLike {
  readonly company: string;
  readonly role: string;
  readonly stage: string;
  readonly nextActionDue: string;
}

/** Soonest next action first; rows without one after, by company and role. */
export function byNextAction(a: JobLike, b: JobLike): number {
  const dayA = a.nextActionDue.trim();
  const dayB = b.nextActionDue.trim();
  if (dayA !== dayB) {
    if (!dayA) return 1;
    if (!dayB) return -1;
    return dayA < dayB ? -1 : 1;
  }
  return a.company.localeCompare(b.company) || a.role.localeCompare(b.role);
}

/** True for an application in an ending stage (Accepted, Rejected, Withdrawn, Ghosted); an empty or unknown stage counts as active. */
export function isClosedJob(job: JobLike): boolean {
  return stageDefinitionOf(job.stage)?.closed ?? false;
}

/** Active and closed applications, each sorted by next action. */
export function groupJobs<T extends JobLike>(jobs: readonly T[]): { active: T[]; closed: T[] } {
  const active: T[] = [];
  const closed: T[] = [];
  for (const job of jobs) (isClosedJob(job) ? closed : active).push(job);
  return { active: active.sort(byNextAction), closed: closed.sort(byNextAction) };
}

export interface BoardColumn<T> {
  /** The stage, or '' for the applications whose Stage cell is empty or unknown. */
  stage: Stage | '';
  label: string;
  colour: string;
  ink: string;
  closed: boolean;
  cards: T[];
}

/** One column per stage in the defined order (a "No stage" column first when needed), cards by next action. */
export function planBoard<T extends JobLike>(jobs: readonly T[]): BoardColumn<T>[] {
  const byStage = new Map<string, T[]>();
  for (const job of jobs) {
    const stage = stageDefinitionOf(job.stage)?.id ?? '';
    const cards = byStage.get(stage);
    if (cards) cards.push(job);
    else byStage.set(stage, [job]);
  }
  const columns: BoardColumn<T>[] = STAGE_DEFINITIONS.map((stage) => ({
    stage: stage.id,
    label: stage.label,
    colour: stage.colour,
    ink: stage.ink,
    closed: stage.closed,
    cards: (byStage.get(stage.id) ?? []).sort(byNextAction),
  }));
  const unstaged = byStage.get('');
  if (unstaged) columns.unshift({ stage: '', label: 'No stage', colour: '#ffffff', ink: '#3c4043', closed: false, cards: unstaged.sort(byNextAction) });
  return columns;
}

/** The stage next to `stage` in the defined order (-1 before, +1 after), or null at either end. */
export function stepStage(stage: string, step: -1 | 1): Stage | null {
  const index = STAGE_DEFINITIONS.findIndex((definition) => definition.id === stageDefinitionOf(stage)?.id);
  const next = index < 0 ? (step === 1 ? 0 : -1) : index + step;
  return STAGE_DEFINITIONS[next]?.id ?? null;
}
