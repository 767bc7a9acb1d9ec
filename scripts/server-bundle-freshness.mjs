/**
 * Whether dist/server/ was built from the sources as they are now, without
 * loading esbuild (bin/nextround.mjs asks on every run). The build records
 * every file esbuild read and when it started; the bundle is stale when one
 * of them changed or went since. A new file only enters the bundle through
 * an edit to one already in it, so the recorded list is enough.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_DIR = join(root, 'dist', 'server');
export const INPUTS_FILE = join(BUNDLE_DIR, 'inputs.json');
// What shapes the output besides the sources: the build itself and the TypeScript settings esbuild reads.
const BUILD_FILES = ['scripts/build-server.mjs', 'tsconfig.json', 'tsconfig.base.json'];

/** @param sourceRoot the repository (a test passes a scratch copy); the bundle is its dist/server/. */
export function bundleIsFresh(sourceRoot = root) {
  const bundleDir = join(sourceRoot, 'dist', 'server');
  const inputsFile = join(bundleDir, 'inputs.json');
  if (!existsSync(inputsFile)) return false;
  const { startedAt, inputs } = JSON.parse(readFileSync(inputsFile, 'utf8'));
  if (!['main', 'cli', 'hosted'].every((name) => existsSync(join(bundleDir, `${name}.mjs`)))) return false;
  return [...inputs, ...BUILD_FILES].every((path) => {
    const full = join(sourceRoot, path);
    return existsSync(full) && statSync(full).mtimeMs < startedAt;
  });
}
