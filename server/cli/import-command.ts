/**
 * `nextround import <csv> --out <xlsx>`: the add-on's import over the same
 * shared code (decode, parse, map, plan), written to a local tracker in one
 * save. Any row that cannot be read, or a stage value not mapped, stops the
 * import with each named (line, column) and nothing written.
 */
import { readFile } from 'node:fs/promises';
import { NextRoundError } from '../../shared/errors.js';
import { IMPORT_FIELDS, type ImportField } from '../../shared/import/column-synonyms.js';
import { decodeCsvBytes } from '../../shared/import/decode-csv-bytes.js';
import { checkMapping, proposeMapping } from '../../shared/import/map-columns.js';
import { parseCsv } from '../../shared/import/parse-csv.js';
import { planImport, type ImportPlan } from '../../shared/import/plan-import.js';
import type { DayOrder } from '../../shared/import/source-dates.js';
import { STAGES } from '../../shared/stages/index.js';
import { formatDate } from '../../shared/time/index.js';
import { appendToTracker } from './tracker-append.js';

export interface ImportCommand {
  csv: string;
  out: string;
  timeZone: string;
  /** "Header=field" choices that override the proposed mapping. */
  maps: string[];
  /** "Value=Stage" answers for stage values the list does not know. */
  stages: string[];
  dayOrder: DayOrder | undefined;
}

export async function runImportCommand(command: ImportCommand, now: Date, idPrefix: string): Promise<ImportPlan> {
  let bytes: Buffer;
  try {
    bytes = await readFile(command.csv);
  } catch {
    throw new NextRoundError('INVALID_INPUT', `Cannot read ${command.csv}: no such file.`, { where: command.csv });
  }
  const { text } = decodeCsvBytes(bytes, command.csv);
  const table = parseCsv(text, command.csv);
  const mapping = proposeMapping(table.headers);
  for (const choice of command.maps) {
    const [header, field] = splitChoice(choice, '--map');
    const index = table.headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
    if (index === -1) throw new NextRoundError('INVALID_INPUT', `--map ${choice}: ${command.csv} has no column "${header}".`, { where: '--map' });
    if (field !== '' && !(IMPORT_FIELDS as readonly string[]).includes(field)) {
      throw new NextRoundError('INVALID_INPUT', `--map ${choice}: "${field}" is not a tracker field (${IMPORT_FIELDS.join(', ')}).`, { where: '--map' });
    }
    mapping[index] = field === '' ? null : (field as ImportField);
  }
  const stageValues: Record<string, string> = {};
  for (const choice of command.stages) {
    const [value, stage] = splitChoice(choice, '--stage');
    if (!(STAGES as readonly string[]).includes(stage))
      throw new NextRoundError('INVALID_INPUT', `--stage ${choice}: "${stage}" is not a stage (${STAGES.join(', ')}).`, { where: '--stage' });
    stageValues[value] = stage;
  }
  const settings = {
    mapping: checkMapping(mapping, table.headers),
    stageValues,
    dayOrder: command.dayOrder,
    timeZone: command.timeZone,
    today: formatDate(now.getTime(), command.timeZone),
    idPrefix,
  };
  // Planned on the applications read under the tracker lock, and appended in the same save.
  let plan: ImportPlan | undefined;
  await appendToTracker(command.out, (existing) => {
    plan = writablePlan(planImport(table, existing, settings), command.csv);
    return plan;
  });
  return plan!;
}

/** `plan` when it can be written whole; else the rows to fix, or the stage values to map, named. */
function writablePlan(plan: ImportPlan, csv: string): ImportPlan {
  if (plan.problemCount > 0) {
    const lines = plan.problems.map((p) => `${csv}, line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`);
    throw new NextRoundError(
      'INVALID_INPUT',
      `nothing imported; fix ${plan.problemCount === 1 ? 'this row' : `these rows (${plan.problemCount})`} first:\n${lines.join('\n')}`,
      { where: csv },
    );
  }
  if (plan.unknownStages.length > 0) {
    const example = `--stage "${plan.unknownStages[0]}=Applied"`;
    throw new NextRoundError(
      'INVALID_INPUT',
      `nothing imported; map these stage values with --stage (e.g. ${example}): ${plan.unknownStages.map((v) => `"${v}"`).join(', ')}.`,
      { where: '--stage' },
    );
  }
  return plan;
}

function splitChoice(choice: string, flag: string): [string, string] {
  const at = choice.lastIndexOf('=');
  if (at <= 0) throw new NextRoundError('INVALID_INPUT', `${flag} ${choice}: write it as "name=value".`, { where: flag });
  return [choice.slice(0, at).trim(), choice.slice(at + 1).trim()];
}
