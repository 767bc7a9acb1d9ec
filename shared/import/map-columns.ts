/**
 * Which Applications field each source column fills: proposed from the
 * headers (shared/import/column-synonyms.ts), every choice the person's to
 * change. A field is filled by one column at most; the first header that
 * names it wins, the others are left unmapped.
 */
import { NextRoundError } from '../errors.js';
import { COLUMN_SYNONYMS, IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField } from './column-synonyms.js';

/** Per source column, in order: the field it fills, or null (not imported). */
export type ColumnMapping = (ImportField | null)[];

const byHeader = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const synonym of COLUMN_SYNONYMS[field]) if (!byHeader.has(normalize(synonym))) byHeader.set(normalize(synonym), field);

/** The mapping the headers suggest. */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = byHeader.get(normalize(header)) ?? null;
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/**
 * Checks a mapping sent back by the person: one entry per column, known
 * fields, none twice, Company and Role present (unless a preview, which
 * says what is missing instead).
 *
 * @throws NextRoundError INVALID_INPUT naming the column.
 */
export function checkMapping(mapping: readonly unknown[], headers: readonly string[], requireCompanyAndRole = true): ColumnMapping {
  if (mapping.length !== headers.length) {
    throw new NextRoundError('INVALID_INPUT', `The column choices (${mapping.length}) do not match the file's ${headers.length} columns; choose again.`, {
      where: 'mapping',
    });
  }
  const seen = new Map<ImportField, number>();
  const checked = mapping.map((field, index) => {
    if (field === null || field === '') return null;
    const column = `column ${index + 1} ("${headers[index]}")`;
    if (typeof field !== 'string' || !(IMPORT_FIELDS as readonly string[]).includes(field)) {
      throw new NextRoundError('INVALID_INPUT', `The choice for ${column} is not a tracker column.`, { where: `mapping.${index}` });
    }
    const known = field as ImportField;
    if (seen.has(known)) {
      throw new NextRoundError(
        'INVALID_INPUT',
        `${IMPORT_FIELD_LABELS[known]} is chosen for two columns (${seen.get(known)! + 1} and ${index + 1}); keep one.`,
        { where: `mapping.${index}` },
      );
    }
    seen.set(known, index);
    return known;
  });
  for (const required of requireCompanyAndRole ? (['company', 'role'] as const) : []) {
    if (!seen.has(required))
      throw new NextRoundError('INVALID_INPUT', `Choose the column that holds the ${IMPORT_FIELD_LABELS[required]}.`, { where: 'mapping' });
  }
  return checked;
}

function normalize(header: string): string {
  return header
    .toLowerCase()
    .replace(/[_\-./:()?*#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
