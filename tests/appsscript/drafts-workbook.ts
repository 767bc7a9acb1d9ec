/**
 * A set-up workbook in the built bundle's vm with the fake Gmail service,
 * for the drafts and due tests: rows are typed in as a person would (by
 * header, real Date cells), and every Gmail draft is parsed MIME.
 */
import { createGmail, type FakeGmail } from '../fakes/apps-script/gmail.js';
import { writeAsPerson, type FakeSheet } from '../fakes/apps-script/index.js';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { APPLICATIONS, INTERVIEWS, TEMPLATES } from '../../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';

export interface DraftsWorkbook extends LoadedAddon {
  readonly gmail: FakeGmail;
  sheet(spec: SheetSpec): FakeSheet;
  /** Types a row below the last one; keys are column keys of the spec. */
  addRow(spec: SheetSpec, cells: Readonly<Record<string, unknown>>): number;
  /** The row whose `key` column holds `id`, by column key (display text of each cell). */
  rowById(spec: SheetSpec, key: string, id: string): Record<string, string>;
}

export function openDraftsWorkbook(options: { now: Date; myName?: string; timeZone?: string }): DraftsWorkbook {
  const loaded = loadBundle({ now: options.now, timeZone: options.timeZone });
  loaded.addon.setUpTracker();
  const gmail = createGmail(loaded.log);
  loaded.context.Gmail = gmail.global;
  if (options.myName !== undefined) loaded.addon.saveMyName({ myName: options.myName });
  const sheet = (spec: SheetSpec) => {
    const found = loaded.spreadsheet.sheets.find((candidate) => candidate.name === spec.name);
    if (!found) throw new Error(`no sheet ${spec.name}`);
    return found;
  };
  // One copy of the grid per helper call: peekValues copies the whole sheet.
  const headerIndex = (values: readonly (readonly unknown[])[], spec: SheetSpec, key: string) => {
    const header = spec.columns.find((column) => column.key === key)?.header;
    const index = (values[0] ?? []).indexOf(header);
    if (index < 0) throw new Error(`no column ${key} in ${spec.name}`);
    return index;
  };
  const lastRow = (values: readonly (readonly unknown[])[]) => {
    let last = values.length;
    while (last > 1 && (values[last - 1] ?? []).every((value) => value === '' || value === null)) last--;
    return last;
  };
  loaded.log.reset();
  return {
    ...loaded,
    gmail,
    sheet,
    addRow(spec, cells) {
      const values = sheet(spec).peekValues();
      const row = lastRow(values) + 1;
      for (const [key, value] of Object.entries(cells)) writeAsPerson(sheet(spec), row, headerIndex(values, spec, key) + 1, value);
      return row;
    },
    rowById(spec, key, id) {
      const values = sheet(spec).peekValues();
      const at = headerIndex(values, spec, key);
      const line = values.find((candidate, index) => index > 0 && candidate[at] === id);
      if (!line) throw new Error(`no ${spec.name} row with ${key} ${id}`);
      return Object.fromEntries(spec.columns.map((column) => [column.key, String(line[headerIndex(values, spec, column.key)] ?? '')]));
    },
  };
}

/** The addresses in a To value (quoted display names removed first), as Gmail would read them. */
export function recipientsOf(to: string): string[] {
  const withoutNames = to.replace(/"(?:[^"\\]|\\.)*"/g, '').replace(/=\?[^?]+\?[BQ]\?[^?]*\?=/gi, '');
  return withoutNames.match(/[^\s<>",;]+@[^\s<>",;]+/g) ?? [];
}

export { APPLICATIONS, INTERVIEWS, TEMPLATES };
