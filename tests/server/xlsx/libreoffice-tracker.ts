/**
 * Trackers as LibreOffice writes them: a flat OpenDocument spreadsheet
 * (.fods, plain XML) written here, converted to .xlsx by LibreOffice itself
 * (`soffice --headless --convert-to xlsx`), so the package holds exactly
 * what LibreOffice's exporter makes of protection and database ranges.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INTERVIEWS } from '../../../shared/schema/tracker-schema.js';
import { SOFFICE_PATH } from '../../support/capabilities.js';

const HEADERS = INTERVIEWS.columns.map((column) => column.header);
const cell = (text: string) => `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
const row = (cells: string[]) => `<table:table-row>${cells.map(cell).join('')}</table:table-row>`;
const FIRST = Object.fromEntries(
  Object.entries({
    eventId: 'ev-old',
    start: '2026-03-09 14:30',
    end: '2026-03-09 15:00',
    title: 'Phone screen',
    company: 'Acme',
    role: 'Developer',
    notes: 'my note',
  }).map(([key, value]) => [HEADERS[INTERVIEWS.columns.findIndex((column) => column.key === key)]!, value]),
);

/** A tracker with protected sheet and structure, and a database range over the Interviews rows with an AutoFilter that filters and sorts. */
function fods(rangeName: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet table:structure-protected="true">
<table:table table:name="Interviews" table:protected="true">${row(HEADERS)}${row(HEADERS.map((header) => FIRST[header] ?? ''))}</table:table>
<table:table table:name="Lists">${row(['Acme'])}</table:table>
<table:database-ranges><table:database-range table:name="${rangeName}" table:target-range-address="Interviews.A1:Interviews.${String.fromCharCode(64 + HEADERS.length)}2" table:display-filter-buttons="true"><table:filter><table:filter-condition table:field-number="5" table:value="Acme" table:operator="="/></table:filter><table:sort><table:sort-by table:field-number="1" table:order="descending"/></table:sort></table:database-range></table:database-ranges>
</office:spreadsheet></office:body></office:document>`;
}

/** Runs LibreOffice headless with a profile of its own (parallel runs must not share one). */
export function soffice(dir: string, args: string[]): void {
  const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'nr-soffice-profile-'))).href;
  execFileSync(SOFFICE_PATH, [`-env:UserInstallation=${profile}`, '--headless', ...args, '--outdir', dir], { stdio: 'pipe', timeout: 120_000 });
}

/**
 * Two trackers converted in one LibreOffice run: `sheetRange.xlsx` with the
 * sheet's unnamed database range (exported as the sheet's AutoFilter and a
 * hidden `_xlnm._FilterDatabase` name) and `namedRange.xlsx` with a named one
 * (exported as a table, xl/tables/table1.xml).
 */
export function libreOfficeTrackers(): { dir: string; sheetRange: string; namedRange: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nr-libreoffice-'));
  writeFileSync(join(dir, 'sheetRange.fods'), fods('__Anonymous_Sheet_DB__0'));
  writeFileSync(join(dir, 'namedRange.fods'), fods('Rounds'));
  soffice(dir, ['--convert-to', 'xlsx', join(dir, 'sheetRange.fods'), join(dir, 'namedRange.fods')]);
  const made = readdirSync(dir);
  if (!made.includes('sheetRange.xlsx') || !made.includes('namedRange.xlsx')) throw new Error(`LibreOffice made ${made.join(', ')}`);
  return { dir, sheetRange: join(dir, 'sheetRange.xlsx'), namedRange: join(dir, 'namedRange.xlsx') };
}
