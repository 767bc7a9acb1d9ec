/** "Set up tracker" run by the built bundle in a vm over the counting fakes. */
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../support/load-bundle.js';
import { APPLICATIONS, INTERVIEWS, TRACKER_SHEETS } from '../../shared/schema/tracker-schema.js';
import { writeAsPerson, type FakeSpreadsheet } from '../fakes/apps-script/index.js';
import { columnLetter } from '../../shared/schema/header-map.js';

const dumpAll = (spreadsheet: FakeSpreadsheet) => JSON.stringify(spreadsheet.sheets.map((sheet) => ({ name: sheet.name, ...sheet.dump() })));

describe('onOpen and onInstall', () => {
  it('builds the add-on menu with "Open tracker", "Open board" and "Set up tracker"', () => {
    const { addon, ui } = loadBundle();
    addon.onOpen();
    expect(ui.menus.map((menu) => menu.items)).toEqual([
      [
        { caption: 'Open tracker', functionName: 'showSidebar' },
        { caption: 'Open board', functionName: 'openBoard' },
        { caption: 'Set up tracker', functionName: 'setUpTracker' },
      ],
    ]);
  });

  it('builds the menu in AuthMode.NONE without touching the spreadsheet', () => {
    const { addon, ui, log } = loadBundle({ authMode: 'NONE' });
    addon.onOpen();
    expect(ui.menus).toHaveLength(1);
    expect(log.reads() + log.writes()).toBe(0);
  });

  it('adds the menu on install', () => {
    const { addon, ui } = loadBundle({ authMode: 'NONE' });
    addon.onInstall();
    expect(ui.menus).toHaveLength(1);
  });

  it('opens the built sidebar titled NextRound', () => {
    const { addon, ui } = loadBundle();
    addon.showSidebar();
    expect(ui.sidebars.map((html) => html.getTitle())).toEqual(['NextRound']);
    expect(ui.sidebars[0]!.getContent()).toContain('<div id="app"');
  });
});

describe('setUpTracker', () => {
  it('creates the four sheets with headers, a frozen bold header row and hidden id columns', () => {
    const { addon, spreadsheet } = loadBundle();
    const report = addon.setUpTracker();
    expect(report).toEqual({ created: TRACKER_SHEETS.map((spec) => spec.name), addedColumns: [], changed: true });
    expect(report.created.slice(0, 4)).toEqual(['Applications', 'Interviews', 'Contacts', 'Templates']);
    expect(spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', ...TRACKER_SHEETS.map((spec) => spec.name)]);
    for (const spec of TRACKER_SHEETS) {
      const sheet = spreadsheet.getSheetByName(spec.name)!;
      expect(sheet.peekValues()[0]).toEqual(spec.columns.map((column) => column.header));
      expect(sheet.getFrozenRows()).toBe(1);
      const dump = sheet.dump();
      expect(dump.cells[0]!.slice(0, spec.columns.length).every((cell) => cell.fontWeight === 'bold')).toBe(true);
      spec.columns.forEach((column, index) => expect(dump.columns[index]!.hidden).toBe(column.hidden === true));
    }
  });

  it('puts dropdowns on enum columns, date formats on date columns and plain text on text columns', () => {
    const { addon, spreadsheet } = loadBundle();
    addon.setUpTracker();
    const cells = spreadsheet.getSheetByName('Applications')!.dump().cells;
    const at = (key: string) => cells[1]![APPLICATIONS.columns.findIndex((column) => column.key === key)]!;
    expect(at('stage').validation?.getCriteriaValues()[0]).toEqual([
      'Wishlist',
      'Applied',
      'Screening',
      'Interviewing',
      'Offer',
      'Accepted',
      'Rejected',
      'Withdrawn',
      'Ghosted',
    ]);
    expect(at('appliedOn').format).toBe('yyyy-mm-dd');
    expect(at('company').format).toBe('@');
    expect(cells[999]![1]!.format).toBe('@');
    const interviews = spreadsheet.getSheetByName('Interviews')!.dump().cells;
    expect(interviews[1]![INTERVIEWS.columns.findIndex((column) => column.key === 'start')]!.format).toBe('yyyy-mm-dd hh:mm');
  });

  it('adds one conditional format for overdue next actions, on Applications only', () => {
    const { addon, spreadsheet } = loadBundle();
    addon.setUpTracker();
    const letter = (key: string) => columnLetter(APPLICATIONS.columns.findIndex((column) => column.key === key));
    const [action, due, stage] = [`$${letter('nextAction')}2`, `$${letter('nextActionDue')}2`, `$${letter('stage')}2`];
    const closed = ['accepted', 'rejected', 'withdrawn', 'ghosted'].map((name) => `LOWER(TRIM(${stage}))="${name}"`).join(',');
    // Other due rules add their own highlights; this is the next-action one, exactly once.
    const overdue = (name: string) =>
      spreadsheet
        .getSheetByName(name)!
        .dump()
        .rules.filter((rule) => rule.includes('nextround:next-action'));
    expect(overdue('Applications')).toEqual([
      `A2:${columnLetter(APPLICATIONS.columns.length - 1)}1000 =AND(N("nextround:next-action")=0,TRIM(${action})<>"",NOT(OR(${closed})),ISNUMBER(${due}),${due}<=TODAY()-1) #fde2e1`,
    ]);
    expect(overdue('Interviews')).toEqual([]);
  });

  it('changes nothing when run a second time', () => {
    const { addon, spreadsheet } = loadBundle();
    addon.setUpTracker();
    const once = dumpAll(spreadsheet);
    expect(addon.setUpTracker()).toEqual({ created: [], addedColumns: [], changed: false });
    expect(dumpAll(spreadsheet)).toBe(once);
  });

  it("keeps the person's rows, own columns and formatting byte-identical and adds only the missing headers", () => {
    const { addon, spreadsheet } = loadBundle();
    const sheet = spreadsheet.addPersonSheet('Applications', [
      ['Company', 'My rating', 'Role', 'Stage'],
      ['Acme', 5, 'Engineer', 'Applied'],
      ['=HYPERLINK("https://x.example","Globex")', '=B2+1', 'Designer', 'Offer'],
    ]);
    sheet.getRange(2, 2).setBackground('#ffff00');
    sheet.getRange(2, 1, 2, 1).setNumberFormat('0.00');
    sheet.setColumnWidth(2, 333);
    const before = sheet.dump();

    const report = addon.setUpTracker();

    const after = sheet.dump();
    expect(JSON.stringify(after.cells.map((line) => line.slice(0, 4)))).toBe(JSON.stringify(before.cells.map((line) => line.slice(0, 4))));
    expect(after.columns.slice(0, 4)).toEqual(before.columns.slice(0, 4));
    const added = APPLICATIONS.columns.filter((column) => !['Company', 'Role', 'Stage'].includes(column.header)).map((column) => column.header);
    expect(sheet.peekValues()[0]).toEqual(['Company', 'My rating', 'Role', 'Stage', ...added]);
    expect(report.addedColumns).toEqual(added.map((header) => `Applications!${header}`));
    expect(report.created).toEqual(TRACKER_SHEETS.map((spec) => spec.name).filter((name) => name !== 'Applications'));
  });

  it('finds headers the person renamed only in case or spacing and leaves them as they are', () => {
    const { addon, spreadsheet } = loadBundle();
    addon.setUpTracker();
    const sheet = spreadsheet.getSheetByName('Contacts')!;
    writeAsPerson(sheet, 1, 2, '  NAME ');
    const before = dumpAll(spreadsheet);
    expect(addon.setUpTracker().changed).toBe(false);
    expect(dumpAll(spreadsheet)).toBe(before);
  });

  it('completes a half-set-up workbook: a deleted header comes back at the end, the frozen row returns', () => {
    const { addon, spreadsheet } = loadBundle();
    addon.setUpTracker();
    const sheet = spreadsheet.getSheetByName('Interviews')!;
    const notes = INTERVIEWS.columns.findIndex((column) => column.key === 'notes') + 1;
    writeAsPerson(sheet, 1, notes, '');
    sheet.setFrozenRows(0);
    expect(addon.setUpTracker()).toEqual({ created: [], addedColumns: ['Interviews!Notes'], changed: true });
    expect(sheet.peekValues()[0]![INTERVIEWS.columns.length]).toBe('Notes');
    expect(sheet.getFrozenRows()).toBe(1);
  });

  it('adds the job columns of issue 15 to a tracker set up before them, at the end, keeping its rows, and only once', () => {
    const { addon, spreadsheet } = loadBundle();
    const newHeaders = ['Salary', 'Location', 'Remote', 'Job description', 'Résumé version'];
    const oldHeaders = APPLICATIONS.columns.map((column) => column.header).filter((header) => !newHeaders.includes(header));
    const older = oldHeaders.length;
    // An older tracker: every column but the five newest, and a row of the person's.
    const sheet = spreadsheet.addPersonSheet('Applications', [oldHeaders, oldHeaders.map((_, index) => (index === 1 ? 'Acme' : ''))]);
    const report = addon.setUpTracker();
    expect(report.addedColumns).toEqual(newHeaders.map((header) => `Applications!${header}`));
    expect(sheet.peekValues()[0]!.slice(older, older + newHeaders.length)).toEqual(newHeaders);
    expect(sheet.peekValues()[1]![1]).toBe('Acme');
    expect(addon.setUpTracker()).toEqual({ created: [], addedColumns: [], changed: false });
  });

  it('refuses a workbook with a duplicated header, naming it, and writes nothing', () => {
    const { addon, spreadsheet, documentLock } = loadBundle();
    spreadsheet.addPersonSheet('Applications', [['Company', 'Role', 'company']]);
    const before = dumpAll(spreadsheet);
    expect(() => addon.setUpTracker()).toThrow('Sheet "Applications" has the header "Company" twice (columns A and C)');
    expect(dumpAll(spreadsheet)).toBe(before);
    expect(documentLock.held).toBe(false);
  });

  it('records when it set up the tracker in namespaced document properties', () => {
    const now = new Date('2026-03-02T08:00:00Z');
    const { addon, documentProperties } = loadBundle({ now });
    addon.setUpTracker();
    expect(JSON.parse(documentProperties.store.get('nextround.settings')!)).toMatchObject({
      version: 1,
      upcomingDays: 14,
      setUpAt: '2026-03-02T08:00:00.000Z',
    });
  });
});
