/**
 * The part of "Set up tracker" that drafts need: the default templates,
 * seeded only into a Templates sheet without data rows (the person owns
 * them afterwards). Idempotent: a second run changes nothing.
 */
import { TEMPLATES } from '../../shared/schema/tracker-schema.js';
import { mapHeaders } from '../../shared/schema/header-map.js';
import { DEFAULT_TEMPLATES } from '../../shared/templates/default-templates.js';
import { PLAIN_TEXT_FORMAT } from '../../shared/cells/cell-kind.js';
import { literalInput } from '../../shared/cells/literal-text.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Writes DEFAULT_TEMPLATES below the Templates headers when the sheet has no
 * data row: one setNumberFormats and one setValues, every cell literal text (shared/cells/literal-text.ts).
 *
 * @returns true when it wrote them.
 */
export function seedDefaultTemplates(spreadsheet: Spreadsheet): boolean {
  const sheet = spreadsheet.getSheetByName(TEMPLATES.name);
  if (!sheet) return false;
  const values = sheet.getDataRange().getValues();
  const map = mapHeaders(TEMPLATES, values[0] ?? []);
  const known = Object.values(map.indexByKey);
  const hasData = values.slice(1).some((line) => known.some((index) => String(line[index] ?? '').trim() !== ''));
  if (hasData) return false;
  const first = Math.min(...known);
  const width = Math.max(...known) - first + 1;
  const rows = DEFAULT_TEMPLATES.map((template) => {
    const line: string[] = Array.from({ length: width }, () => '');
    for (const [key, index] of Object.entries(map.indexByKey))
      line[index - first] = literalInput(String(template[key as keyof typeof template] ?? ''), PLAIN_TEXT_FORMAT);
    return line;
  });
  const range = sheet.getRange(2, first + 1, rows.length, width);
  range.setNumberFormats(rows.map((line) => line.map(() => PLAIN_TEXT_FORMAT)));
  range.setValues(rows);
  return true;
}
