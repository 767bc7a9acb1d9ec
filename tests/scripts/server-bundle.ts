/**
 * For tests that run the prebuilt programs (dist/server/*.mjs): builds them
 * when missing or older than the sources (a fresh clone after `npm ci`), in
 * a child process so esbuild never loads into the test worker.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../server/ics/fixtures.js';

export const LOCAL_BUNDLE = join(repoRoot, 'dist/server/main.mjs');

export function ensureServerBundle(): void {
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build-server.mjs'), '--if-stale'], { stdio: 'inherit' });
}

/**
 * The modules each process loaded, by process id, from the log Node writes
 * under NODE_DEBUG=esm,module (https://nodejs.org/api/cli.html#node_debugmodule):
 * "ESM <pid>: Translating … <url>" per ES module, `MODULE <pid>: load "<path>"` per CommonJS one.
 */
export function loadedModules(debugLog: string): Map<number, string[]> {
  const byPid = new Map<number, string[]>();
  for (const match of debugLog.matchAll(/^(?:ESM (\d+): Translating \w+ (\S+)|MODULE (\d+): load "([^"]+)")/gm)) {
    const pid = Number(match[1] ?? match[3]);
    byPid.set(pid, [...(byPid.get(pid) ?? []), (match[2] ?? match[4])!]);
  }
  return byPid;
}

/** The one process that loaded `entry` (a file path) as an ES module, and every module it loaded. */
export function processRunning(debugLog: string, entry: string): { pid: number; modules: string[] } {
  const url = pathToFileURL(entry).href;
  const found = [...loadedModules(debugLog)].filter(([, modules]) => modules.includes(url));
  if (found.length !== 1) throw new Error(`${found.length} processes loaded ${url}`);
  const [pid, modules] = found[0]!;
  return { pid, modules };
}
