/**
 * The application's checklist: the requirements its posting lists, kept in
 * the application's own "Requirements" cell (Applications sheet, the same
 * readable layout as a round's Prep cell). A round whose Prep cell is still
 * empty starts from it, so every later round of that application begins
 * with the role's requirements and the evidence written so far.
 *
 * Must-have or nice-to-have is kept in the item's words, "(nice to have) …",
 * so the cell stays a plain checklist a person can edit in the sheet.
 */
import type { Requirement } from '../jobs/extract-requirements.js';
import { formatPrepCell, parsePrepCell } from './prep-cell.js';
import { EMPTY_PREP, type Prep } from './prep.js';

export const NICE_TO_HAVE_PREFIX = '(nice to have) ';

// shared/prep/prep.ts's LINE_MAX: a longer item would not save.
const REQUIREMENT_CHARS_MAX = 300;

/** True for an item the posting called nice to have. */
export function isNiceToHave(requirement: string): boolean {
  return requirement.startsWith(NICE_TO_HAVE_PREFIX);
}

/** The checklist of a posting's requirements: must-haves first, as the posting orders them, none done yet. */
export function checklistFromRequirements(requirements: readonly Requirement[]): Prep {
  const ordered = [...requirements.filter((r) => r.level === 'must'), ...requirements.filter((r) => r.level === 'nice')];
  return {
    ...EMPTY_PREP,
    requirements: ordered.map((r) => ({ requirement: r.level === 'nice' ? niceToHave(r.requirement) : r.requirement, evidence: '', done: false })),
    questions: [],
    people: [],
  };
}

/** The application's Requirements cell for a posting's requirements ('' when it lists none). */
export function formatApplicationChecklist(requirements: readonly Requirement[]): string {
  return formatPrepCell(checklistFromRequirements(requirements));
}

/**
 * The checklist a round shows: its own Prep cell when it has one, else the
 * application's requirements with their evidence, ticks cleared (each round
 * is prepared afresh).
 *
 * @throws NextRoundError INVALID_INPUT naming the cell and line when a hand edit broke either layout.
 */
export function startingPrep(roundCell: unknown, applicationCell: unknown, where: { round: string; application: string }): Prep {
  if (String(roundCell ?? '').trim() !== '') return parsePrepCell(roundCell, where.round);
  const application = parsePrepCell(applicationCell, where.application);
  return { ...EMPTY_PREP, requirements: application.requirements.map((r) => ({ ...r, done: false })), questions: [], people: [] };
}

/** The marked text, still within the checklist's 300 characters a line. */
function niceToHave(requirement: string): string {
  const room = REQUIREMENT_CHARS_MAX - NICE_TO_HAVE_PREFIX.length;
  return NICE_TO_HAVE_PREFIX + (requirement.length > room ? `${requirement.slice(0, room - 1).trimEnd()}…` : requirement);
}
