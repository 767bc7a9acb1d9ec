/**
 * The tests a due rule makes on one row, each written once and read two
 * ways: `holds` by listDue and the pipeline (rows as readRow gives them),
 * `formula` in the sheet's highlight (a Sheets formula over the row's
 * cells). Texts are compared trimmed and in lower case on both sides, so
 * the sheet and the sidebar agree on " rejected " as on "Rejected".
 */
import { parseDraftLog } from '../mail/draft-log.js';
import type { TEMPLATE_KINDS } from '../schema/options.js';
import { STAGE_DEFINITIONS, type ApplicationDraftKind } from '../stages/stage-definitions.js';
import { stageDefinitionOf } from '../stages/stage-queries.js';
import { PENDING_THANK_YOU_TEXTS, isThankYouPending } from '../stages/thank-you.js';

/** A row as readRow gives it (or any record with those keys). */
export type Row = object;

export interface RowTest {
  /** The column keys it reads: a highlight whose columns are missing from the sheet is left out. */
  readonly keys: readonly string[];
  readonly holds: (row: Row) => boolean;
  /** The same test in a Sheets formula; `cell(key)` is the row's cell, e.g. `$D2`. */
  readonly formula: (cell: (key: string) => string) => string;
}

const read = (row: Row, key: string) => String((row as Record<string, unknown>)[key] ?? '').trim();
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
/** `LOWER(TRIM(cell))` equals one of `texts` (already lower case). */
const isOneOf = (cell: string, texts: readonly string[]) => {
  const tests = texts.map((text) => `LOWER(TRIM(${cell}))=${quote(text)}`);
  return tests.length === 1 ? tests[0]! : `OR(${tests.join(',')})`;
};

/** The stage is one in which `draft` becomes due (Stage definitions' `draft`). */
export function stageMakesDue(draft: ApplicationDraftKind): RowTest {
  const stages = STAGE_DEFINITIONS.filter((stage) => stage.draft === draft).map((stage) => stage.id.toLowerCase());
  return {
    keys: ['stage'],
    holds: (row) => stageDefinitionOf(read(row, 'stage'))?.draft === draft,
    formula: (cell) => isOneOf(cell('stage'), stages),
  };
}

/** The stage is not a closed one (an empty or unknown stage counts as open). */
export function stageIsOpen(): RowTest {
  const closed = STAGE_DEFINITIONS.filter((stage) => stage.closed).map((stage) => stage.id.toLowerCase());
  return {
    keys: ['stage'],
    holds: (row) => !(stageDefinitionOf(read(row, 'stage'))?.closed ?? false),
    formula: (cell) => `NOT(${isOneOf(cell('stage'), closed)})`,
  };
}

/** The Thank-you cell still leaves a thank-you to write (see thank-you.ts). */
export function thankYouIsPending(): RowTest {
  return {
    keys: ['thankYou'],
    holds: (row) => isThankYouPending(read(row, 'thankYou')),
    formula: (cell) => isOneOf(cell('thankYou'), PENDING_THANK_YOU_TEXTS),
  };
}

/** The calendar has not cancelled the interview. */
export function notCancelled(): RowTest {
  return {
    keys: ['calendarStatus'],
    holds: (row) => read(row, 'calendarStatus').toLowerCase() !== 'cancelled',
    formula: (cell) => `LOWER(TRIM(${cell('calendarStatus')}))<>"cancelled"`,
  };
}

/** The cell holds something. */
export function isFilled(key: string): RowTest {
  return { keys: [key], holds: (row) => read(row, key) !== '', formula: (cell) => `TRIM(${cell(key)})<>""` };
}

/** The row's Drafts log records no draft of `kind` (each line starts with its kind). */
export function noDraftOf(kind: (typeof TEMPLATE_KINDS)[number]): RowTest {
  return {
    keys: ['drafts'],
    holds: (row) => !parseDraftLog((row as Record<string, unknown>).drafts).some((draft) => draft.kind === kind),
    formula: (cell) => `ISERROR(SEARCH(${quote(kind)},${cell('drafts')}))`,
  };
}
