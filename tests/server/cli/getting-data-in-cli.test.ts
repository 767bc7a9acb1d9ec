/** `nextround add-job` and `nextround import` over the shared extraction and import, into a real .xlsx. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../server/cli/main.js';
import { APPLICATIONS } from '../../../shared/schema/tracker-schema.js';

const NOW = new Date('2026-12-01T09:00:00Z');

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, NOW, {});
  return { code, stdout, stderr };
}

const fixture = (name: string) => new URL(`../../shared/jobs/fixtures/${name}.html`, import.meta.url).pathname;

async function applications(path: string): Promise<Record<string, unknown>[]> {
  const workbook = await new ExcelJS.Workbook().xlsx.readFile(path);
  const sheet = workbook.getWorksheet(APPLICATIONS.name)!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const cells: Record<string, unknown> = {};
    headers.forEach((header, i) => {
      const key = APPLICATIONS.columns.find((c) => c.header === header)?.key;
      const value = row.getCell(i + 1).value;
      if (key && value !== null && value !== undefined) cells[key] = value;
    });
    rows.push(cells);
  });
  return rows;
}

describe('nextround add-job', () => {
  it('prints what a saved posting holds, and adds it to a new tracker with --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nr-add-'));
    const out = join(dir, 'tracker.xlsx');
    const printed = await cli(['add-job', fixture('ashby')]);
    expect(printed).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Machine Learning Engineer · Nordlicht GmbH',
        '  Location: Berlin, DE; Munich, DE · On-site',
        '  Salary: EUR 70,000–95,000 a year',
        '  Employment: Full-time',
        '  Posted: 2026-11-28',
        '  Requirements (2):',
        '    - Python & PyTorch',
        '    - Deutschkenntnisse (nice to have)',
        'Not added anywhere: pass --out tracker.xlsx to add it.',
        '',
      ].join('\n'),
    });
    expect((await cli(['add-job', fixture('ashby'), '--out', out, '--tz', 'Europe/Berlin'])).code).toBe(0);
    const [row] = await applications(out);
    expect(row).toMatchObject({
      company: 'Nordlicht GmbH',
      stage: 'Wishlist',
      salary: 'EUR 70,000–95,000 a year',
      requirements: 'Requirements:\n[ ] Python & PyTorch\n[ ] (nice to have) Deutschkenntnisse',
    });
    expect(await cli(['add-job', fixture('ashby'), '--out', out])).toMatchObject({
      code: 2,
      stderr: `nextround: ${out} already has Nordlicht GmbH · Machine Learning Engineer; run again with --add-anyway to add it twice.\n`,
    });
  });

  it('says there is no posting in words, exit 2', async () => {
    expect(await cli(['add-job', fixture('no-posting')])).toMatchObject({
      code: 2,
      stderr: `nextround: ${fixture('no-posting')}: No job posting was found on this page. Save the description as a text file and run add-job on it.\n`,
    });
  });
});

describe('nextround import', () => {
  it('imports a semicolon CSV in Windows-1252 with a remapped column and an answered stage; a rerun adds nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nr-import-'));
    const csv = join(dir, 'export.csv');
    const out = join(dir, 'tracker.xlsx');
    writeFileSync(
      csv,
      Buffer.from(
        'Company;Title;Status;Where;Date Applied\nCaf\xe9 Zurich;Barista;Maybe later;Zurich;03/04/2026\n=Evil;+1 Role;Applied;;25/04/2026\n',
        'latin1',
      ),
    );
    const args = ['import', csv, '--out', out, '--tz', 'Europe/Berlin', '--map', 'Where=location'];
    expect(await cli(args)).toMatchObject({
      code: 2,
      stderr: 'nextround: nothing imported; map these stage values with --stage (e.g. --stage "Maybe later=Applied"): "Maybe later".\n',
    });
    expect(await cli([...args, '--stage', 'Maybe later=Wishlist'])).toEqual({
      code: 0,
      stderr: '',
      stdout: `Imported 2 applications (1 stage history rows) into ${out}; 0 already there, 0 repeated in the file.\n`,
    });
    const rows = await applications(out);
    expect(rows.map((r) => [r.company, r.role, r.stage, r.location])).toEqual([
      ['Café Zurich', 'Barista', 'Wishlist', 'Zurich'],
      ['=Evil', '+1 Role', 'Applied', undefined],
    ]);
    expect((rows[1]!.appliedOn as Date).toISOString().slice(0, 10)).toBe('2026-04-25');
    expect((await cli([...args, '--stage', 'Maybe later=Wishlist'])).stdout).toBe(
      `Imported 0 applications (0 stage history rows) into ${out}; 2 already there, 0 repeated in the file.\n`,
    );
  });

  it('names a failing row by line and column and writes no tracker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nr-import-'));
    const csv = join(dir, 'export.csv');
    const out = join(dir, 'tracker.xlsx');
    writeFileSync(csv, 'Company,Role,Applied on\nAcme,Dev,2026-13-01\n');
    expect(await cli(['import', csv, '--out', out])).toMatchObject({
      code: 2,
      stderr: `nextround: nothing imported; fix this row first: ${csv}, line 2, column "Applied on": "2026-13-01" is not a date; write it as YYYY-MM-DD (or MM/DD/YYYY).\n`,
    });
    expect(() => readFileSync(out)).toThrow();
  });

  it('explains its flags with an example each', async () => {
    const help = await cli(['import', '--help']);
    for (const flag of ['--out', '--map', '--stage', '--day-order', '--tz', '--json'])
      expect(help.stdout).toMatch(new RegExp(`^\\s+${flag}\\b.*\\n\\s+${flag}\\b`, 'm'));
    const addHelp = await cli(['add-job', '--help']);
    for (const flag of ['--out', '--add-anyway', '--tz', '--json']) expect(addHelp.stdout).toMatch(new RegExp(`^\\s+${flag}\\b.*\\n\\s+${flag}\\b`, 'm'));
  });
});
