/**
 * The sidebar's `server` Proxy over the built bundle, through the same
 * google.script.run shim the Chromium tests use: every function of the
 * add-on API is reachable by name, and nothing else is invented.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADDON_API_FUNCTIONS } from '../../../appsscript/api/entry-points.js';
import { server } from '../../../appsscript/sidebar/server.js';
import { loadBundle, type LoadedAddon } from '../../support/load-bundle.js';
import { createScriptRunWindow, toWire, type ServerCall } from '../../support/script-run.js';

const NOT_FOUND = /^Script function not found/;

let loaded: LoadedAddon;
let calls: ServerCall[];

beforeEach(() => {
  loaded = loadBundle({ now: new Date('2026-03-02T09:00:00Z') });
  loaded.addon.setUpTracker();
  // No sync service configured (the fakes have no script properties of their own): Connect answers "not set up".
  loaded.context.PropertiesService = { ...(loaded.context.PropertiesService as object), getScriptProperties: () => ({ getProperty: () => null }) };
  const shim = createScriptRunWindow(loaded);
  calls = shim.calls;
  vi.stubGlobal('window', shim.window);
});
afterEach(() => vi.unstubAllGlobals());

describe('the sidebar server proxy', () => {
  it('reaches every function of the add-on API in the built bundle, each by its own name', async () => {
    for (const name of ADDON_API_FUNCTIONS) {
      // No arguments: functions that need input answer with their own INVALID_INPUT, which still proves they were reached.
      const call = server[name] as () => Promise<unknown>;
      await call().catch((error: unknown) => error);
    }
    expect(calls.map((call) => call.name)).toEqual(ADDON_API_FUNCTIONS);
    expect(calls.filter((call) => NOT_FOUND.test(call.error ?? '')).map((call) => call.name)).toEqual([]);
  });

  it('lets every function parse its input first: a garbage input is refused before any Spreadsheet call, or ignored by functions that take none', async () => {
    const answers = new Map<string, unknown>();
    for (const name of ADDON_API_FUNCTIONS) {
      const call = server[name] as (input: unknown) => Promise<unknown>;
      answers.set(
        name,
        await call(42).then(
          (value) => value,
          () => 'refused',
        ),
      );
    }
    const refused = calls.filter((call) => call.error !== null);
    expect(refused.map((call) => [call.name, call.reads, call.writes]).filter(([, reads, writes]) => reads !== 0 || writes !== 0)).toEqual([]);
    // The forms answer field errors as a value (STYLE 7); the rest that succeed take no input at all.
    expect(ADDON_API_FUNCTIONS.filter((name) => answers.get(name) !== 'refused')).toEqual([
      'loadTracker',
      'saveApplication',
      'saveInterview',
      'setUpTracker',
      'openBoard',
      'loadBoard',
      // The sidebar's on-demand pages (screens.html).
      'loadScreens',
      'loadReflect',
      'loadInsights',
      'rebuildInsightsSheet',
      'exportActivityCsv',
      'loadDue',
      // Issue 17: the digest's state and the quiet applications take no input either.
      'loadDigest',
      'loadGoingQuiet',
      'saveTemplate',
      'loadConnection',
      'loadCalendarImport',
      // Issue 16: the sheets a tracker can be imported from.
      'listImportSheets',
    ]);
    expect([answers.get('saveApplication'), answers.get('saveTemplate')]).toMatchObject([{ kind: 'invalid' }, { kind: 'invalid' }]);
  });

  it('answers with the JSON copy of what the bundle returns', async () => {
    const direct = toWire(loaded.addon.loadTracker());
    expect(await server.loadTracker()).toEqual(direct);
  });

  it("passes the input through and rejects with the server error in the person's words", async () => {
    await expect(server.loadPrep({ interviewId: 'evt-nope' })).rejects.toThrow('No row of "Interviews" has the Event ID "evt-nope"; it may have been deleted.');
    expect(calls.map((call) => [call.name, call.args])).toEqual([['loadPrep', [{ interviewId: 'evt-nope' }]]]);
  });

  it('rejects a name the bundle does not declare, as Apps Script does', async () => {
    const unknown = (server as unknown as Record<string, () => Promise<unknown>>).notAFunction!;
    await expect(unknown()).rejects.toThrow('Script function not found: notAFunction');
  });

  it('is not mistaken for a promise: it has no `then`, so awaiting it calls nothing', async () => {
    expect(await Promise.resolve(server)).toBe(server);
    expect(calls).toEqual([]);
  });
});
