/**
 * Getting data in: importing a 10,000-row CSV on the built bundle in a vm
 * over the counting fakes (time, and the Spreadsheet writes: goal 4 whatever
 * the row count, the sheets' growth counted apart), and reading a posting
 * page (median over the fixtures of each applicant-tracking kind).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figure, medianMs, type BenchSuite, type Figure } from './figure.js';
import { loadBundle } from '../tests/support/load-bundle.js';
import { extractPosting } from '../shared/jobs/extract-posting.js';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(here, '..', 'tests', 'shared', 'jobs', 'fixtures');
const NOW = new Date('2026-12-01T09:00:00Z');
const ROWS = 10_000;

function csvOf(rows: number): string {
  const lines = Array.from(
    { length: rows },
    (_, i) => `Company ${i},Role ${i},${i % 3 ? 'Applied' : 'Interview'},2026-01-${String((i % 28) + 1).padStart(2, '0')},"Notes, with a comma ${i}"`,
  );
  return ['Company,Job Title,Status,Date Applied,Notes', ...lines].join('\n');
}

function importOnce(rows: number): { ms: number; writes: number; grows: number } {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  const source = { fileName: 'export.csv', csvBase64: Buffer.from(csvOf(rows)).toString('base64') };
  loaded.log.reset();
  const start = performance.now();
  const result = loaded.addon.runImport({ source });
  const ms = performance.now() - start;
  if (result.kind !== 'imported') throw new Error('bench import did not import');
  const grows = loaded.log.count('Sheet.insertRowsAfter');
  return { ms, writes: loaded.log.writes() - grows, grows };
}

export const run: BenchSuite = async () => {
  const figures: Figure[] = [];
  const runs = [importOnce(ROWS), importOnce(ROWS), importOnce(ROWS)].sort((a, b) => a.ms - b.ms);
  const median = runs[1]!;
  figures.push(figure('import.csv_10000_rows_ms', median.ms, 'ms', '< 10000'));
  figures.push(figure('import.csv_10000_rows_writes', median.writes, 'Spreadsheet writes', '≤ 4, flat'));
  figures.push(figure('import.csv_100_rows_writes', importOnce(100).writes, 'Spreadsheet writes', '≤ 4, flat'));
  figures.push(figure('import.csv_10000_rows_grows', median.grows, 'insertRowsAfter', '≤ 1 per sheet'));
  const pages = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.html'))
    .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));
  const perPage = await Promise.all(pages.map((html) => medianMs(21, () => extractPosting(html, 'https://jobs.example/1'))));
  perPage.sort((a, b) => a - b);
  figures.push(figure('jobs.extract_ms', perPage[Math.floor(perPage.length / 2)]!, 'ms', '< 5'));
  return figures;
};
