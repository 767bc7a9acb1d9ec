/**
 * `npm run bench`: runs every `bench/*.bench.ts` suite (or those named on the
 * command line), prints one table and writes bench/results.json.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchSuite, Figure } from './figure.js';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

const figures: Figure[] = [];
for (const file of files) {
  const suite = (await import(pathToFileURL(join(here, file)).href)) as { run: BenchSuite };
  process.stderr.write(`bench: ${file}\n`);
  figures.push(...(await suite.run()));
}

console.table(figures.map((f) => ({ ...f, goal: f.goal })));
if (only.length === 0) writeFileSync(join(here, 'results.json'), `${JSON.stringify(figures, null, 2)}\n`);
else process.stderr.write('bench: a partial run does not overwrite bench/results.json\n');
