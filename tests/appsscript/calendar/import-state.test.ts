/** The import's state stays within one document property (9 KB, https://developers.google.com/apps-script/guides/services/quotas) whatever the report holds. */
import { afterEach, describe, expect, it } from 'vitest';
import { passView, readImportState, writeImportState, IMPORT_KEY } from '../../../appsscript/calendar/import-state.js';
import { createAppsScript } from '../../fakes/apps-script/index.js';
import { bundleDir } from '../../support/load-bundle.js';

const saved = new Map<string, unknown>();
function installAppsScript() {
  const fakes = createAppsScript({ bundleDir });
  for (const name of Object.keys(fakes.globals)) saved.set(name, (globalThis as Record<string, unknown>)[name]);
  Object.assign(globalThis, fakes.globals);
  return fakes;
}
afterEach(() => {
  for (const [name, value] of saved) (globalThis as Record<string, unknown>)[name] = value;
  saved.clear();
});

describe('the stored import state', () => {
  it('keeps a report of many long flagged events and problems under 9 KB, counting what it left out', () => {
    const fakes = installAppsScript();
    const long = 'é'.repeat(400);
    const flagged = Array.from({ length: 40 }, (_, i) => ({
      eventId: `${'x'.repeat(900)}${i}`,
      title: long,
      start: '2026-03-05 10:00',
      reasons: [long, long, long],
    }));
    const errors = Array.from({ length: 20 }, () => long);
    const pass = passView(
      { sourceId: 's', eventsSeen: 40, added: 0, updated: 0, cancelled: 0, unchanged: 0, skipped: 40, errors, flagged, finishedAt: '2026-03-02T08:30:00.000Z' },
      [],
    );
    writeImportState({ ...readImportState(), enabled: true, lastPass: pass });
    const stored = fakes.documentProperties.store.get(IMPORT_KEY)!;
    expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(9 * 1024);
    const state = readImportState();
    expect(state.enabled).toBe(true);
    expect(state.lastPass!.flagged.length + state.lastPass!.moreFlagged).toBe(40);
    expect(state.lastPass!.errors.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the most frequent reasons for skipped events, a title or two each, and counts the rest', () => {
    const reasons = Array.from({ length: 8 }, (_, i) => ({ reason: `reason ${i}`, count: 10 - i, titles: ['Standup', 'Lunch', 'Dentist'] }));
    const pass = passView(
      {
        sourceId: 's',
        eventsSeen: 70,
        added: 0,
        updated: 0,
        cancelled: 0,
        unchanged: 0,
        skipped: 70,
        errors: [],
        skippedReasons: { reasons, more: 4 },
        finishedAt: '2026-03-02T08:30:00.000Z',
      },
      [],
    );
    expect(pass.skipped).toEqual(reasons.slice(0, 5).map((entry) => ({ ...entry, titles: ['Standup', 'Lunch'] })));
    expect(pass.moreSkipped).toBe(5 + 4 + 3 + 4);
  });

  it('drops reasons for skipped events first when the report would not fit, counting their events, and reads reports stored before they existed', () => {
    const fakes = installAppsScript();
    const long = 'é'.repeat(400);
    const reasons = Array.from({ length: 5 }, (_, i) => ({ reason: long, count: i + 1, titles: [long, long] }));
    const flagged = Array.from({ length: 15 }, (_, i) => ({ eventId: `e${i}`, title: long, start: '2026-03-05 10:00', reasons: [long] }));
    const report = { sourceId: 's', eventsSeen: 30, added: 0, updated: 0, cancelled: 0, unchanged: 0, skipped: 30, errors: [], flagged };
    const pass = passView({ ...report, skippedReasons: { reasons, more: 0 }, finishedAt: '2026-03-02T08:30:00.000Z' }, []);
    writeImportState({ ...readImportState(), lastPass: pass });
    expect(Buffer.byteLength(fakes.documentProperties.store.get(IMPORT_KEY)!)).toBeLessThanOrEqual(9 * 1024);
    const stored = readImportState().lastPass!;
    expect(stored.skipped.reduce((sum, entry) => sum + entry.count, 0) + stored.moreSkipped).toBe(15);

    const { skipped: _skipped, moreSkipped: _more, ...older } = stored;
    fakes.documentProperties.store.set(IMPORT_KEY, JSON.stringify({ v: 1, enabled: true, lastPass: older }));
    expect(readImportState().lastPass).toMatchObject({ skipped: [], moreSkipped: 0 });
  });
});
