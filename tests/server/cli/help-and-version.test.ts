import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../server/cli/main.js';
import { repoRoot } from '../ics/fixtures.js';

const run = promisify(execFile);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, new Date(), {});
  return { code, stdout, stderr };
}

/** Every flag `nextround sync` accepts. */
const SYNC_FLAGS = ['--ics', '--out', '--from', '--to', '--tz', '--include', '--exclude', '--me', '--state', '--json', '--help'];

describe('nextround --help', () => {
  it.each([[['--help']], [['-h']], [['help']], [[]]])('prints the commands with an example each for %j, exit 0', async (args) => {
    const result = await cli(args);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/^\s+sync\s.*\n\s+nextround sync --ics \S+ --out \S+$/m);
    expect(result.stdout).toMatch(/^\s+check-config\s.*\n\s+nextround check-config$/m);
    expect(result.stdout).toMatch(/^\s+--version\s/m);
  });
});

describe('nextround sync --help', () => {
  it.each(SYNC_FLAGS)('lists %s with an example on the next line', async (flag) => {
    const result = await cli(['sync', '--help']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(new RegExp(`^\\s+${flag}\\b.*\\n\\s+${flag}\\b`, 'm'));
  });

  it('answers help even next to flags that would not parse', async () => {
    expect((await cli(['sync', '--out', 'x.csv', '--no-such-flag', '-h'])).code).toBe(0);
  });

  it('exits 0 as a real process through bin/nextround.mjs', async () => {
    const { stdout } = await run(process.execPath, [join(repoRoot, 'bin/nextround.mjs'), 'sync', '--help']);
    expect(stdout).toMatch(/^usage: nextround sync /);
  });
});

describe('nextround check-config --help', () => {
  it('describes the command and exits 0 without checking anything', async () => {
    const result = await cli(['check-config', '--help']);
    expect([result.code, result.stderr, result.stdout]).toEqual([0, '', expect.stringMatching(/^usage: nextround check-config\n/)]);
  });
});

describe('nextround --version', () => {
  it('prints the version in package.json, exit 0', async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `nextround ${version}\n`, stderr: '' });
  });
});
