/**
 * The local programs as a person starts them, side by side: from the
 * prebuilt bundle (dist/server, what `npm start` and `nextround` run) and
 * the old way, TypeScript compiled at run time by tsx as a loader (one
 * process; the old `tsx server/main.ts` CLI added a second node process on top).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export type Way = 'bundle' | 'tsx';
// tsx as `node --import tsx` loads it, by path: the service runs in a folder with no node_modules.
const TSX = ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href];

export function buildBundle(): void {
  execFileSync(process.execPath, [join(root, 'scripts/build-server.mjs')], { stdio: 'inherit' });
}

const serviceArgs = (way: Way) => (way === 'bundle' ? [join(root, 'dist/server/main.mjs')] : [...TSX, join(root, 'server/main.ts')]);

/** Starts local mode on the example calendar in a fresh folder: ms to "listening on", and RSS a second after its first pass. */
export async function startLocal(way: Way): Promise<{ startMs: number; idleRssMb: number }> {
  const cwd = mkdtempSync(join(tmpdir(), 'nr-bench-start-'));
  const began = performance.now();
  const child = spawn(process.execPath, serviceArgs(way), {
    cwd,
    env: { PATH: process.env.PATH ?? '', PORT: '0', NEXTROUND_CONFIG: '', NEXTROUND_TZ: 'UTC', NEXTROUND_FROM: '2026-06-01', NEXTROUND_TO: '2027-06-01' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  try {
    const startMs = await new Promise<number>((resolve, reject) => {
      child.on('exit', (code) => reject(new Error(`local service exited with ${code}: ${output}`)));
      setTimeout(() => reject(new Error('local service did not listen within 30 s')), 30_000).unref();
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('listening on')) resolve(performance.now() - began);
      });
    });
    while (!output.includes('pass 1 ')) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
    return { startMs, idleRssMb: rssKb / 1024 };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(cwd, { recursive: true, force: true });
  }
}

/** One `nextround sync` of `args` in its own process through runCli: exit code, the summary, and the process's peak RSS. */
export function syncOnce(way: Way, args: string[]): { code: number; peakMb: number; summary: unknown } {
  const cli = way === 'bundle' ? join(root, 'dist/server/cli.mjs') : join(root, 'server/cli/main.ts');
  const script = `
    const { runCli } = await import(${JSON.stringify(cli)});
    let out = '';
    const code = await runCli(${JSON.stringify(args)}, { stdout: (t) => (out += t), stderr: (t) => process.stderr.write(t) });
    console.log(JSON.stringify({ code, peakMb: process.resourceUsage().maxRSS / 1024, summary: out ? JSON.parse(out) : null }));`;
  const loader = way === 'bundle' ? [] : TSX;
  const output = execFileSync(process.execPath, [...loader, '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(output.trim().split('\n').pop()!);
}

export function tempFile(name: string, contents: string): { path: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'nr-bench-file-'));
  const path = join(dir, name);
  writeFileSync(path, contents);
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
