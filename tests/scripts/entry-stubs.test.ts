/** The build's list of top-level functions: one list (triggers + the add-on API), checked against the entry's exports. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkEntryPoints, renderStubs, resolveEntryPoints } from '../../scripts/entry-stubs.mjs';
import { ADDON_API_FUNCTIONS, ENTRY_POINTS, TRIGGERS } from '../../appsscript/api/entry-points.js';
import { repoRoot } from '../support/load-bundle.js';

const ENTRY = join(repoRoot, 'appsscript', 'index.ts');
const LIST = join(repoRoot, 'appsscript', 'api', 'entry-points.ts');
const fixtures = mkdtempSync(join(tmpdir(), 'nextround-entry-'));
afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

/** An entry module exporting exactly `names`. */
function fixtureEntry(file: string, names: readonly string[]): string {
  const path = join(fixtures, file);
  writeFileSync(path, names.map((name) => `export function ${name}() {}`).join('\n'));
  return path;
}

describe('checkEntryPoints', () => {
  it.each([
    [['onOpen', 'loadTracker'], ['onOpen', 'loadTracker'], null],
    [
      ['onOpen', 'loadTracker', 'debugDump'],
      ['onOpen', 'loadTracker'],
      'appsscript/index.ts exports debugDump, which appsscript/api/entry-points.ts does not list',
    ],
    [['onOpen'], ['onOpen', 'loadTracker'], 'appsscript/api/entry-points.ts lists loadTracker, which appsscript/index.ts does not export'],
    [['onOpen', 'helper_'], ['onOpen', 'helper_'], 'appsscript/api/entry-points.ts lists names Apps Script cannot call: helper_'],
  ])('given exports %j and the list %j, refuses with %j', (exported, listed, problem) => {
    if (problem === null) expect(() => checkEntryPoints(exported, listed)).not.toThrow();
    else expect(() => checkEntryPoints(exported, listed)).toThrow(`The add-on's entry points disagree: ${problem}.`);
  });
});

describe('resolveEntryPoints (what the build runs before it writes anything)', () => {
  it('lists the triggers and then every function of the add-on API, which the real entry exports exactly', async () => {
    expect(await resolveEntryPoints(ENTRY, LIST)).toEqual([...TRIGGERS, ...ADDON_API_FUNCTIONS]);
    expect(ENTRY_POINTS).toEqual([...TRIGGERS, ...ADDON_API_FUNCTIONS]);
    expect(ADDON_API_FUNCTIONS).toContain('loadTracker');
    expect(ADDON_API_FUNCTIONS).not.toContain('onOpen');
  });

  it('fails the build when the entry exports a function the list lacks', async () => {
    const entry = fixtureEntry('extra.ts', [...ENTRY_POINTS, 'debugDump']);
    await expect(resolveEntryPoints(entry, LIST)).rejects.toThrow('appsscript/index.ts exports debugDump, which appsscript/api/entry-points.ts does not list');
  });

  it('fails the build when the entry lacks a function of the contract', async () => {
    const entry = fixtureEntry(
      'missing.ts',
      ENTRY_POINTS.filter((name) => name !== 'syncNow'),
    );
    await expect(resolveEntryPoints(entry, LIST)).rejects.toThrow('appsscript/api/entry-points.ts lists syncNow, which appsscript/index.ts does not export');
  });
});

describe('renderStubs', () => {
  it('writes one top-level function per name, forwarding this and every argument to the bundle', () => {
    expect(renderStubs(['onOpen', 'loadPrep'], '__G')).toBe(
      'function onOpen() { return __G.onOpen.apply(this, arguments); }\nfunction loadPrep() { return __G.loadPrep.apply(this, arguments); }',
    );
  });
});
