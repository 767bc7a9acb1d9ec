import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../server/xlsx/atomic-write.js';
import { repoRoot } from '../ics/fixtures.js';

describe('writeFileAtomic', () => {
  it('leaves the old file byte for byte when the writer is killed mid-write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nr-crash-'));
    const path = join(dir, 'tracker.xlsx');
    writeFileSync(path, 'the old workbook');
    // One process (tsx as a loader, not its CLI, which would run the script in a grandchild SIGKILL cannot reach).
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'tests/server/xlsx/write-big.ts'), path], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    await new Promise<void>((resolve) =>
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('writing')) resolve();
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const content = readFileSync(path, 'utf8');
    rmSync(dir, { recursive: true, force: true }); // the killed writer's 150 MB temp file
    expect([output.includes('done'), content]).toEqual([false, 'the old workbook']);
  });

  it('replaces the file and leaves no temp file when it completes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nr-atomic-'));
    const path = join(dir, 'tracker.xlsx');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, new TextEncoder().encode('new'));
    expect([readFileSync(path, 'utf8'), readdirSync(dir)]).toEqual(['new', ['tracker.xlsx']]);
  });
});
