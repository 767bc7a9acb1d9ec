/**
 * Field masks of `spreadsheets.get` (the `fields` parameter), validated as
 * Google validates them: every field named must exist on the resource, or
 * the request fails with 400 (https://developers.google.com/sheets/api/guides/field-masks).
 * The fake checks the spreadsheet's own fields and those of each sheet.
 */
import { FakeHttpError } from './google-error.js';

const SPREADSHEET = new Set([
  'spreadsheetId',
  'properties',
  'sheets',
  'namedRanges',
  'spreadsheetUrl',
  'developerMetadata',
  'dataSources',
  'dataSourceSchedules',
]);
const SHEET = new Set([
  'properties',
  'data',
  'merges',
  'conditionalFormats',
  'filterViews',
  'protectedRanges',
  'basicFilter',
  'charts',
  'bandedRanges',
  'developerMetadata',
  'rowGroups',
  'columnGroups',
  'slicers',
  'tables',
]);

/** Splits `a,b(c,d),e.f` at its top-level commas. */
function topLevel(mask: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] === '(') depth++;
    else if (mask[i] === ')') depth--;
    else if (mask[i] === ',' && depth === 0) {
      parts.push(mask.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(mask.slice(from));
  return parts.map((part) => part.trim());
}

/** @throws FakeHttpError 400 naming the first field the resource does not have. */
export function checkSpreadsheetFieldMask(mask: string | undefined): void {
  if (mask === undefined || mask === '*') return;
  for (const part of topLevel(mask)) {
    const name = /^[A-Za-z]+/.exec(part)?.[0] ?? part;
    if (!SPREADSHEET.has(name)) throw new FakeHttpError(400, 'badRequest', `Request contains an invalid argument: invalid field selection "${name}".`);
    const inner = name === 'sheets' ? (/^sheets\((.*)\)$/.exec(part)?.[1] ?? /^sheets\.(.*)$/.exec(part)?.[1]) : undefined;
    for (const sub of inner ? topLevel(inner) : []) {
      const field = /^[A-Za-z]+/.exec(sub)?.[0] ?? sub;
      if (!SHEET.has(field)) throw new FakeHttpError(400, 'badRequest', `Request contains an invalid argument: invalid field selection "sheets.${field}".`);
    }
  }
}
