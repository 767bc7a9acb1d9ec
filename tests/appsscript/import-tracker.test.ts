/** Importing a tracker (CSV or another sheet), run by the built bundle over the counting fakes. */
import { describe, expect, it } from 'vitest';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { seedTracker } from '../fakes/apps-script/seed-tracker.js';
import { writeAsPerson } from '../fakes/apps-script/index.js';
import { APPLICATIONS } from '../../shared/schema/tracker-schema.js';
import { STAGE_HISTORY } from '../../shared/schema/history-schema.js';

const NOW = new Date('2026-12-01T09:00:00Z');

function tracker(): LoadedAddon {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  seedTracker(loaded.spreadsheet, { applications: 2, interviews: 0, now: NOW });
  loaded.log.reset();
  return loaded;
}

const csvSource = (text: string | Uint8Array, fileName = 'huntr-export.csv') => ({
  fileName,
  csvBase64: Buffer.from(typeof text === 'string' ? new TextEncoder().encode(text) : text).toString('base64'),
});
const dumpAll = (loaded: LoadedAddon) => JSON.stringify(loaded.spreadsheet.sheets.map((sheet) => sheet.dump()));
const sheetCells = (loaded: LoadedAddon, name: string) => loaded.spreadsheet.getSheetByName(name)!.dump().cells;
const col = (key: string) => APPLICATIONS.columns.findIndex((c) => c.key === key);

const CSV = [
  'Company;Job Title;Status;Date Applied;Status date;Job URL;Notes',
  'Fjordline;Platform Engineer;Interview;20.10.2026;01.11.2026;https://jobs.lever.co/fjordline/1;"Met at meetup,\nfollow up"',
  'Nordlicht;ML Engineer;Offer received;21.10.2026;25.11.2026;;=HYPERLINK("https://evil.example")',
  'Papel;Designer;Applied;22.10.2026;;;',
].join('\r\n');

describe('importing a CSV', () => {
  it('previews counts, the mapping and the format, writing nothing', () => {
    const loaded = tracker();
    const before = dumpAll(loaded);
    const preview = loaded.addon.previewImport({ source: csvSource(CSV) });
    expect(preview).toMatchObject({
      format: 'UTF-8, semicolon-separated',
      headers: ['Company', 'Job Title', 'Status', 'Date Applied', 'Status date', 'Job URL', 'Notes'],
      mapping: ['company', 'role', 'stage', 'appliedOn', 'stageDate', 'link', 'notes'],
      counts: { rows: 3, new: 3, alreadyInTracker: 0, repeatedInFile: 0, undatedStages: 0 },
      unknownStages: [],
      problems: [],
      ready: true,
    });
    expect(loaded.log.writes()).toBe(0);
    expect(dumpAll(loaded)).toBe(before);
  });

  it('writes every row and its dated stage history in 4 writes, formula-looking cells as text; the same file again adds nothing', () => {
    const loaded = tracker();
    expect(loaded.addon.runImport({ source: csvSource(CSV) })).toEqual({ kind: 'imported', applications: 3, history: 5 });
    expect(loaded.log.writes()).toBe(4);
    const rows = sheetCells(loaded, APPLICATIONS.name);
    expect(rows[3]![col('company')]!.value).toBe('Fjordline');
    expect(rows[3]![col('stage')]!.value).toBe('Interviewing');
    expect(rows[3]![col('notes')]!.value).toBe('Met at meetup,\nfollow up');
    expect(rows[4]![col('notes')]!.value).toBe('=HYPERLINK("https://evil.example")');
    expect(rows[4]![col('notes')]!.formula).toBe('');
    const history = loaded.addon.exportActivityCsv().csv;
    expect(history).toContain('Fjordline');
    expect(sheetCells(loaded, STAGE_HISTORY.name).filter((row) => row.some((cell) => cell.value !== '')).length).toBe(6);
    loaded.log.reset();
    expect(loaded.addon.runImport({ source: csvSource(CSV) })).toMatchObject({ kind: 'not-imported', preview: { counts: { new: 0, alreadyInTracker: 3 } } });
    expect(loaded.log.writes()).toBe(0);
  });

  it('imports with a column the person remapped by hand, and a stage value answered once', () => {
    const loaded = tracker();
    const text = 'Org,What,Where,Phase\nHooli,Data Analyst,Zurich,Maybe later\nSoylent,Analyst,Paris,Maybe later';
    const preview = loaded.addon.previewImport({ source: csvSource(text) });
    expect(preview.mapping).toEqual([null, null, null, 'stage']);
    expect(preview.unknownStages).toEqual(['Maybe later']);
    const choices = { mapping: ['company', 'role', 'location', 'stage'], stageValues: { 'Maybe later': 'Wishlist' } };
    expect(loaded.addon.runImport({ source: csvSource(text), ...choices })).toMatchObject({ kind: 'imported', applications: 2 });
    const rows = sheetCells(loaded, APPLICATIONS.name);
    expect([rows[3]![col('location')]!.value, rows[3]![col('stage')]!.value]).toEqual(['Zurich', 'Wishlist']);
  });

  it('reads Windows-1252 and tab-separated files', () => {
    const loaded = tracker();
    const bytes = Uint8Array.from([...'Company\tRole\nCaf', 0xe9, ...' Zurich\tBarista'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))));
    const preview = loaded.addon.previewImport({ source: csvSource(bytes) });
    expect(preview).toMatchObject({ format: 'Windows-1252, tab-separated', sample: [['Café Zurich', 'Barista']] });
  });

  it('names a failing row by line and column and writes nothing at all', () => {
    const loaded = tracker();
    const before = dumpAll(loaded);
    const text = 'Company,Role,Applied on\nAcme Two,Dev,2026-10-01\nBeta,Dev,2026-02-30';
    const result = loaded.addon.runImport({ source: csvSource(text) });
    expect(result).toMatchObject({
      kind: 'not-imported',
      preview: { problems: [{ line: 3, column: '"Applied on"', message: '"2026-02-30" is not a date; write it as YYYY-MM-DD (or MM/DD/YYYY).' }] },
    });
    expect(loaded.log.writes()).toBe(0);
    expect(dumpAll(loaded)).toBe(before);
  });

  it('refuses a file that is not a CSV, in words', () => {
    const loaded = tracker();
    expect(() => loaded.addon.previewImport({ source: csvSource(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]), 'jobs.xlsx') })).toThrow(
      'jobs.xlsx is not a CSV file: it looks like an Excel or OpenDocument workbook (.xlsx, .ods): save it as CSV first.',
    );
  });

  it('imports 10,000 rows in 4 writes plus one grow per sheet', () => {
    const loaded = tracker();
    const rows = Array.from({ length: 10_000 }, (_, i) => `Company ${i},Role ${i},Applied,2026-01-${String((i % 28) + 1).padStart(2, '0')}`);
    const result = loaded.addon.runImport({ source: csvSource(['Company,Role,Status,Date applied', ...rows].join('\n')) });
    expect(result).toEqual({ kind: 'imported', applications: 10_000, history: 10_000 });
    expect(loaded.log.count('Range.setValues') + loaded.log.count('Range.setNumberFormats')).toBe(4);
    expect(loaded.log.count('Sheet.insertRowsAfter')).toBe(2);
  }, 60_000);
});

describe('importing another sheet', () => {
  it('lists the sheets that are not the tracker and imports one as the person sees it', () => {
    const loaded = tracker();
    const old = loaded.spreadsheet.insertSheet('My old tracker');
    const grid = [
      ['Employer', 'Position', 'Status'],
      ['Initrode', 'Support Lead', 'Rejected'],
    ];
    grid.forEach((line, r) => line.forEach((value, c) => writeAsPerson(old, r + 1, c + 1, value)));
    expect(loaded.addon.listImportSheets()).toEqual({ sheets: ['Sheet1', 'My old tracker'] });
    expect(loaded.addon.runImport({ source: { sheetName: 'My old tracker' } })).toMatchObject({ kind: 'imported', applications: 1 });
    expect(() => loaded.addon.previewImport({ source: { sheetName: 'Applications' } })).toThrow("one of the tracker's own sheets");
  });
});
