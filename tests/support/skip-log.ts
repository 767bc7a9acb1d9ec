/** Skip notices are files so that the reporter, in the main process, can count what workers skipped. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export const SKIP_DIR = join(tmpdir(), `nextround-test-skips-${process.env.VITEST_SKIP_TAG ?? 'run'}`);

export function logSkip(suite: string, reason: string): void {
  mkdirSync(SKIP_DIR, { recursive: true });
  const file = join(SKIP_DIR, `${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, `${suite}: ${reason}`);
  console.warn(`\n*** SKIPPING "${suite}": ${reason} ***\n`);
}
