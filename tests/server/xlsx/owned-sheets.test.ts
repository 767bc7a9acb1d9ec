/** editOwnedSheets: any NextRound sheet read by its schema, several sheets written in one locked, atomic save. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { appendToTracker } from '../../../server/cli/tracker-append.js';
import { editOwnedSheets } from '../../../server/xlsx/owned-sheets.js';
import { lockFileOf } from '../../../server/xlsx/tracker-lock.js';
import { isNextRoundError } from '../../../shared/errors.js';
import { STAGE_HISTORY } from '../../../shared/schema/history-schema.js';
import { APPLICATIONS, CONTACTS, INTERVIEWS } from '../../../shared/schema/tracker-schema.js';
import { editPackage } from './package-parts.js';

const NO_WAIT = { lock: { waitMs: 0, pollMs: 10 } };
const trackerPath = () => join(mkdtempSync(join(tmpdir(), 'nr-owned-')), 'tracker.xlsx');
const texts = (rows: Record<string, string>[], keys: string[]) => rows.map((row) => keys.map((key) => row[key]));

describe('editOwnedSheets', () => {
  it('creates a tracker and writes Applications, Contacts and Interviews rows in one save, read back by schema', async () => {
    const path = trackerPath();
    await editOwnedSheets(path, async (tracker) => {
      expect(tracker.created).toBe(true);
      await tracker.append(APPLICATIONS, [{ id: 'app-1', company: 'Acme', role: 'Engineer', stage: 'Applied', appliedOn: '2026-11-02' }]);
      await tracker.upsert(CONTACTS, [{ id: 'con-1', name: 'Ada Lovelace', company: 'Acme' }]);
      await tracker.upsert(INTERVIEWS, [{ eventId: 'e1', title: 'Onsite', applicationId: 'app-1' }]);
    });
    const read = await editOwnedSheets(path, async (tracker) => ({
      created: tracker.created,
      applications: texts((await tracker.read(APPLICATIONS)).rows, ['id', 'company', 'appliedOn']),
      contacts: texts((await tracker.read(CONTACTS)).rows, ['id', 'name']),
      interviews: texts((await tracker.read(INTERVIEWS)).rows, ['eventId', 'applicationId']),
    }));
    expect(read).toEqual({
      created: false,
      applications: [['app-1', 'Acme', '2026-11-02']],
      contacts: [['con-1', 'Ada Lovelace']],
      interviews: [['e1', 'app-1']],
    });
  });

  it('upserts by id: a row whose id is there gets the cells given, the others are appended below, and reads see the edits before the save', async () => {
    const path = trackerPath();
    await editOwnedSheets(path, (tracker) => tracker.upsert(CONTACTS, [{ id: 'con-1', name: 'Ada', company: 'Acme' }]));
    const seen = await editOwnedSheets(path, async (tracker) => {
      await tracker.upsert(CONTACTS, [
        { id: 'con-2', name: 'Grace' },
        { id: 'con-1', name: 'Ada Lovelace' },
      ]);
      const { rows, rowNumbers } = await tracker.read(CONTACTS);
      return { rows: texts(rows, ['id', 'name', 'company']), rowNumbers };
    });
    expect(seen).toEqual({
      rows: [
        ['con-1', 'Ada Lovelace', 'Acme'],
        ['con-2', 'Grace', ''],
      ],
      rowNumbers: [2, 3],
    });
  });

  it('writes nothing, and creates no file, when the edit throws after adding rows', async () => {
    const path = trackerPath();
    const error = await editOwnedSheets(path, async (tracker) => {
      await tracker.append(APPLICATIONS, [{ id: 'app-1', company: 'Acme', role: 'Engineer' }]);
      throw new Error('the plan failed');
    }).catch((thrown: unknown) => thrown);
    expect([(error as Error).message, existsSync(path), existsSync(lockFileOf(path))]).toEqual(['the plan failed', false, false]);
  });

  it('refuses to rename over a file saved by someone else after the read, naming it, and leaves their bytes', async () => {
    const path = trackerPath();
    await editOwnedSheets(path, (tracker) => tracker.append(APPLICATIONS, [{ id: 'app-1', company: 'Acme', role: 'Engineer' }]));
    let theirs: Buffer | undefined;
    const error = await editOwnedSheets(path, (tracker) => tracker.append(APPLICATIONS, [{ id: 'app-2', company: 'Globex', role: 'Designer' }]), {
      afterSerialise: async () => {
        await editPackage(path, async () => undefined);
        theirs = readFileSync(path);
      },
    }).catch((thrown: unknown) => thrown);
    expect(isNextRoundError(error, 'CONFLICT')).toBe(true);
    expect((error as Error).message).toBe(`${path} changed while NextRound was writing it, so nothing was written; run the command again.`);
    expect(readFileSync(path).equals(theirs!)).toBe(true);
  });

  it('writes XML-forbidden characters as U+FFFD, so the workbook stays one a spreadsheet program opens', async () => {
    const path = trackerPath();
    await editOwnedSheets(path, (tracker) => tracker.append(APPLICATIONS, [{ id: 'app-1', company: 'Acme\uFFFE \u0001\u000B', role: 'Dev\uD800' }]));
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(path);
    const read = await editOwnedSheets(path, async (tracker) => texts((await tracker.read(APPLICATIONS)).rows, ['company', 'role']));
    expect([read, workbook.getWorksheet(APPLICATIONS.name)!.rowCount]).toEqual([[['Acme\uFFFD \uFFFD\uFFFD', 'Dev\uFFFD']], 2]);
  });

  it('names a sheet the workbook lacks', async () => {
    const path = trackerPath();
    await editOwnedSheets(path, (tracker) => tracker.append(APPLICATIONS, [{ id: 'app-1', company: 'Acme', role: 'Engineer' }]));
    await editPackage(path, async (read, write) => write('xl/workbook.xml', (await read('xl/workbook.xml')).replace('name="Contacts"', 'name="People"')));
    const error = await editOwnedSheets(path, (tracker) => tracker.read(CONTACTS)).catch((thrown: unknown) => thrown);
    expect((error as Error).message).toBe(
      `${path} has no "Contacts" sheet; add a sheet named "Contacts" with its header row (or write into a new file to get a whole tracker).`,
    );
  });
});

describe('appendToTracker (import and add-job)', () => {
  it('appends nothing while a spreadsheet program has the workbook open, naming its lock file', async () => {
    const path = trackerPath();
    await appendToTracker(path, () => ({ applications: [{ id: 'app-1', company: 'Acme', role: 'Engineer' }], history: [] }), NO_WAIT);
    const before = readFileSync(path);
    const ownerFile = join(dirname(path), '.~lock.tracker.xlsx#');
    writeFileSync(ownerFile, 'owner');
    const error = await appendToTracker(path, () => ({ applications: [{ id: 'app-2', company: 'Globex', role: 'Designer' }], history: [] }), NO_WAIT).catch(
      (thrown: unknown) => thrown,
    );
    expect(isNextRoundError(error, 'UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toBe(
      `${path} is open in LibreOffice (lock file ${ownerFile}); nothing was written. Save and close it, then run the command again.`,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('appends nothing while another NextRound process holds the tracker lock', async () => {
    const path = trackerPath();
    writeFileSync(lockFileOf(path), JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), at: '2026-12-01T00:00:00Z' }));
    const error = await appendToTracker(path, () => ({ applications: [{ id: 'app-1', company: 'Acme', role: 'Engineer' }], history: [] }), NO_WAIT).catch(
      (thrown: unknown) => thrown,
    );
    expect([isNextRoundError(error, 'UNAVAILABLE'), existsSync(path)]).toEqual([true, false]);
    expect((error as Error).message).toMatch(
      /^Another NextRound process \(process \d+ on .+\) is writing .+; nothing was written\. Run the command again once it is done\.$/,
    );
  });

  it('plans on the applications already there and appends Applications and Stage history rows together', async () => {
    const path = trackerPath();
    const add = (id: string) => ({
      applications: [{ id, company: 'Acme', role: 'Engineer' }],
      history: [{ id: `chg-${id}`, applicationId: id, toStage: 'Applied' }],
    });
    await appendToTracker(path, () => add('app-1'), NO_WAIT);
    let seen: unknown;
    await appendToTracker(
      path,
      (existing) => {
        seen = existing;
        return add('app-2');
      },
      NO_WAIT,
    );
    const history = await editOwnedSheets(path, async (tracker) => texts((await tracker.read(STAGE_HISTORY)).rows, ['id', 'applicationId']));
    expect([seen, history]).toEqual([
      [{ company: 'Acme', role: 'Engineer', link: '' }],
      [
        ['chg-app-1', 'app-1'],
        ['chg-app-2', 'app-2'],
      ],
    ]);
  });
});
