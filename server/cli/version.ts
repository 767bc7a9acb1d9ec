/**
 * `nextround --version`: the version in NextRound's package.json, found by
 * walking up from this module (the same from the sources run by tsx and from
 * a bundle built into a folder of the package).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** NextRound's version, or "unknown" when no package.json of NextRound is above this module. */
export function packageVersion(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (json.name === 'nextround' && typeof json.version === 'string') return json.version;
    } catch {
      // No package.json here (or not JSON): keep walking up.
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}
