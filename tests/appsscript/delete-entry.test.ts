/** deleteEntry: one application or interview row deleted by id, after a sort too; a bad or unknown id refused in words. */
import { describe, expect, it } from 'vitest';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { seedTracker } from '../fakes/apps-script/seed-tracker.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';

const NOW = new Date('2026-03-02T08:30:00Z');

function tracker(): LoadedAddon {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  seedTracker(loaded.spreadsheet, { applications: 5, interviews: 5, now: NOW });
  loaded.log.reset();
  return loaded;
}

const ids = (loaded: LoadedAddon, spec: SheetSpec) =>
  loaded.spreadsheet
    .getSheetByName(spec.name)!
    .peekValues()
    .slice(1)
    .map((row) => row[0]);

describe('deleteEntry', () => {
  it('deletes the one application row holding the id, even after the person sorted the sheet, and nothing else', () => {
    const loaded = tracker();
    const sheet = loaded.spreadsheet.getSheetByName('Applications')!;
    sheet.setFrozenRows(1);
    sheet.sort(APPLICATIONS.columns.findIndex((column) => column.key === 'company') + 1, false);
    const before = ids(loaded, APPLICATIONS);
    expect(loaded.addon.deleteEntry({ what: 'application', id: 'app-seed2' })).toEqual({ kind: 'deleted', row: before.indexOf('app-seed2') + 2 });
    expect(ids(loaded, APPLICATIONS)).toEqual(before.filter((id) => id !== 'app-seed2'));
    expect(loaded.log.count('Sheet.deleteRow')).toBe(1);
  });

  it('deletes one interview round by its event id', () => {
    const loaded = tracker();
    loaded.addon.deleteEntry({ what: 'interview', id: 'evt-seed3' });
    expect(ids(loaded, INTERVIEWS)).not.toContain('evt-seed3');
    expect(ids(loaded, INTERVIEWS)).toHaveLength(4);
  });

  it.each([
    [{ what: 'application', id: 'app-gone' }, 'No row of "Applications" has the Application ID "app-gone"; it may have been deleted.'],
    [{ what: 'sheet', id: 'app-seed1' }, 'What to delete: Choose one of: application, interview.'],
    [{ what: 'application', id: '' }, 'Row: Fill this in.'],
  ])('refuses %j in words, deleting nothing', (input, message) => {
    const loaded = tracker();
    expect(() => loaded.addon.deleteEntry(input as never)).toThrow(message);
    expect(loaded.log.count('Sheet.deleteRow')).toBe(0);
  });
});
