/** Everything derived from STAGE_DEFINITIONS: the lists and questions the rest of the code asks about stages. */
import { STAGE_DEFINITIONS, type ApplicationDraftKind, type Stage, type StageDefinition } from './stage-definitions.js';

/** Dropdown values, in funnel order. */
export const STAGES: readonly Stage[] = STAGE_DEFINITIONS.map((stage) => stage.id);

/** The drafts an application's stage can make due, each once, in stage order. */
export const APPLICATION_DRAFT_KINDS: readonly ApplicationDraftKind[] = [
  ...new Set(STAGE_DEFINITIONS.flatMap((stage): ApplicationDraftKind[] => (stage.draft ? [stage.draft] : []))),
];

const BY_LOWER = new Map<string, StageDefinition & { id: Stage }>(STAGE_DEFINITIONS.map((stage) => [stage.id.toLowerCase(), stage]));

/** The definition of the stage a cell names (trimmed, any case), or null for an empty or unknown cell. */
export function stageDefinitionOf(text: unknown): (StageDefinition & { id: Stage }) | null {
  return (
    BY_LOWER.get(
      String(text ?? '')
        .trim()
        .toLowerCase(),
    ) ?? null
  );
}

/** The stage a cell names, matched case-insensitively, or null. */
export function stageOf(text: unknown): Stage | null {
  return stageDefinitionOf(text)?.id ?? null;
}

/** Stages after which a next action no longer counts as overdue. */
export const CLOSED_STAGES: readonly Stage[] = STAGE_DEFINITIONS.filter((stage) => stage.closed).map((stage) => stage.id);

/** Stages that end an application without an offer through the company's doing or silence. */
export const LOST_STAGES: ReadonlySet<string> = new Set(STAGE_DEFINITIONS.filter((stage) => stage.lost).map((stage) => stage.id));

/**
 * The funnel of "Look back": the open stages from Applied on, one per level
 * (Applied, Screening, Interviewing, Offer). Step i counts applications that
 * reached level i.
 */
export const FUNNEL: readonly Stage[] = STAGE_DEFINITIONS.filter((stage) => !stage.closed && stage.level >= 0).map((stage) => stage.id);

/** The funnel level of a stage (-1 for an empty or unknown cell). */
export function levelOfStage(text: unknown): number {
  return stageDefinitionOf(text)?.level ?? -1;
}

/** True when the stage says the company answered. */
export function isHeardBackStage(text: unknown): boolean {
  return stageDefinitionOf(text)?.heardBack ?? false;
}

/** The stages in which `draft` can be due (e.g. follow-up: Applied, Screening, Interviewing). */
export function stagesMakingDue(draft: ApplicationDraftKind): readonly Stage[] {
  return STAGE_DEFINITIONS.filter((stage) => stage.draft === draft).map((stage) => stage.id);
}

/** True when the stage ended the application without an offer through the company's doing or silence. */
export function isLostStage(text: unknown): boolean {
  return stageDefinitionOf(text)?.lost ?? false;
}
