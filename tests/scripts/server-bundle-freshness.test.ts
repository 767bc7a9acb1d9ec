import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleIsFresh } from '../../scripts/server-bundle-freshness.mjs';

const BUILT_AT = Date.parse('2026-11-01T12:00:00Z');
const BEFORE = new Date(BUILT_AT - 60_000);
const INPUTS = ['server/main.ts', 'shared/errors.ts'];

/** A scratch repository whose dist/server/ was built at BUILT_AT from INPUTS, all written a minute before. */
function builtRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'nr-bundle-fresh-'));
  const files = [
    ...INPUTS,
    'scripts/build-server.mjs',
    'tsconfig.json',
    'tsconfig.base.json',
    'dist/server/main.mjs',
    'dist/server/cli.mjs',
    'dist/server/hosted.mjs',
  ];
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), '// scratch\n');
    utimesSync(join(root, file), BEFORE, BEFORE);
  }
  writeFileSync(join(root, 'dist/server/inputs.json'), JSON.stringify({ startedAt: BUILT_AT, inputs: INPUTS }));
  return root;
}

describe('whether dist/server/ must be rebuilt before a run', () => {
  it('runs the bundle as it is when every file it was built from predates the build', () => {
    expect(bundleIsFresh(builtRepo())).toBe(true);
  });

  it('rebuilds once a source it was built from changes, even during the build', () => {
    const root = builtRepo();
    utimesSync(join(root, 'shared/errors.ts'), BEFORE, new Date(BUILT_AT + 1));
    expect(bundleIsFresh(root)).toBe(false);
  });

  it('rebuilds when the build script itself changed', () => {
    const root = builtRepo();
    utimesSync(join(root, 'scripts/build-server.mjs'), BEFORE, new Date(BUILT_AT + 60_000));
    expect(bundleIsFresh(root)).toBe(false);
  });

  it('rebuilds when a source it was built from is gone', () => {
    const root = builtRepo();
    rmSync(join(root, 'server/main.ts'));
    expect(bundleIsFresh(root)).toBe(false);
  });

  it('builds when no build was recorded or an entry is missing (a fresh clone, an interrupted clean)', () => {
    const unrecorded = builtRepo();
    rmSync(join(unrecorded, 'dist/server/inputs.json'));
    const entryless = builtRepo();
    rmSync(join(entryless, 'dist/server/cli.mjs'));
    expect([bundleIsFresh(unrecorded), bundleIsFresh(entryless)]).toEqual([false, false]);
  });
});
