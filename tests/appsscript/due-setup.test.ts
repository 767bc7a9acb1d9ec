/** What set-up adds for drafts and "what is due": the default templates and the due highlights, once. */
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../support/load-bundle.js';
import { writeAsPerson } from '../fakes/apps-script/index.js';
import { APPLICATIONS, INTERVIEWS, TEMPLATES } from '../../shared/schema/tracker-schema.js';
import { DEFAULT_TEMPLATES } from '../../shared/templates/default-templates.js';
import { DEFAULT_DUE_SETTINGS } from '../../shared/due/due-settings.js';
import { buildDueFormatRules } from '../../shared/due/due-format-rules.js';
import { columnLetter } from '../../shared/schema/header-map.js';

const layout = (spec: typeof INTERVIEWS) => Object.fromEntries(spec.columns.map((column, index) => [column.key, index]));
const dataRows = (values: unknown[][]) => values.slice(1).filter((line) => line.some((cell) => cell !== ''));

describe('set-up for drafts and what is due', () => {
  it('seeds the four default templates, as plain text, into an empty Templates sheet', () => {
    const { addon, spreadsheet } = loadBundle();
    addon.setUpTracker();
    const sheet = spreadsheet.getSheetByName(TEMPLATES.name)!;
    const keys = TEMPLATES.columns.map((column) => column.key);
    const expected = DEFAULT_TEMPLATES.map((template) => keys.map((key) => template[key as keyof typeof template]));
    expect(dataRows(sheet.peekValues()).map((line) => line.slice(0, keys.length))).toEqual(expected);
    const formats = sheet
      .dump()
      .cells.slice(1, 5)
      .map((line) => line.slice(0, keys.length).map((cell) => cell.format));
    expect(formats.flat().every((format) => format === '@')).toBe(true);
  });

  it('adds the thank-you highlight to Interviews and the feedback, follow-up and next-action highlights to Applications', () => {
    const { addon, spreadsheet } = loadBundle();
    addon.setUpTracker();
    const rules = buildDueFormatRules(layout(INTERVIEWS), layout(APPLICATIONS), DEFAULT_DUE_SETTINGS);
    const range = (spec: typeof INTERVIEWS) => `A2:${columnLetter(spec.columns.length - 1)}1000`;
    const due = (name: string) => spreadsheet.getSheetByName(name)!.dump().rules;
    expect(due('Interviews')).toEqual(
      rules.filter((rule) => rule.sheet === 'Interviews').map((rule) => `${range(INTERVIEWS)} ${rule.formula} ${rule.background}`),
    );
    expect(due('Applications')).toEqual(
      rules.filter((rule) => rule.sheet === 'Applications').map((rule) => `${range(APPLICATIONS)} ${rule.formula} ${rule.background}`),
    );
    expect(due('Applications')).toHaveLength(3);
  });

  it('changes nothing on a second run: no second copy of a template or a rule', () => {
    const { addon, spreadsheet } = loadBundle();
    addon.setUpTracker();
    const dump = () => JSON.stringify(spreadsheet.sheets.map((sheet) => sheet.dump()));
    const once = dump();
    expect(addon.setUpTracker().changed).toBe(false);
    expect(dump()).toBe(once);
  });

  it('leaves a Templates sheet the person already filled as it is', () => {
    const { addon, spreadsheet } = loadBundle();
    const sheet = spreadsheet.addPersonSheet('Templates', [
      TEMPLATES.columns.map((column) => column.header),
      ['mine', 'My thanks', 'thank-you', 'Thanks {{first_name}}', 'Hi {{first_name}}'],
    ]);
    addon.setUpTracker();
    expect(dataRows(sheet.peekValues())).toEqual([['mine', 'My thanks', 'thank-you', 'Thanks {{first_name}}', 'Hi {{first_name}}']]);
  });

  it('seeds the defaults again once the person has cleared every template row', () => {
    const { addon, spreadsheet } = loadBundle();
    addon.setUpTracker();
    const templates = spreadsheet.getSheetByName(TEMPLATES.name)!;
    for (let row = 2; row <= 5; row++) for (let column = 1; column <= 5; column++) writeAsPerson(templates, row, column, '');
    expect(addon.setUpTracker().changed).toBe(true);
    expect(dataRows(templates.peekValues())).toHaveLength(4);
  });
});
