import { chmodSync, chownSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../server/cli/main.js';
import { writeFileAtomic } from '../../../server/xlsx/atomic-write.js';
import { calendar } from '../ics/fixtures.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const tempDir = () => mkdtempSync(join(tmpdir(), 'nr-identity-'));

describe('writeFileAtomic keeps the file the person has', () => {
  it('keeps a 0600 file at 0600', async () => {
    const path = join(tempDir(), 'tracker.xlsx');
    writeFileSync(path, 'old');
    chmodSync(path, 0o600);
    await writeFileAtomic(path, bytes('new'));
    expect([statSync(path).mode & 0o777, readFileSync(path, 'utf8')]).toEqual([0o600, 'new']);
  });

  it('keeps the owner and group of the file (the service runs as root here, which may give files away)', async () => {
    const path = join(tempDir(), 'tracker.xlsx');
    writeFileSync(path, 'old');
    chownSync(path, 4321, 4322);
    await writeFileAtomic(path, bytes('new'));
    expect([statSync(path).uid, statSync(path).gid]).toEqual([4321, 4322]);
  });

  it('writes through a symlink to its target, and the link stays a link', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    const target = join(elsewhere, 'real-tracker.xlsx');
    const link = join(dir, 'tracker.xlsx');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    await writeFileAtomic(link, bytes('new'));
    expect([lstatSync(link).isSymbolicLink(), readlinkSync(link), readFileSync(target, 'utf8'), readdirSync(dir), readdirSync(elsewhere)]).toEqual([
      true,
      target,
      'new',
      ['tracker.xlsx'],
      ['real-tracker.xlsx'],
    ]);
  });

  it('refuses a read-only file with a message naming it, and writes nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'tracker.xlsx');
    writeFileSync(path, 'old');
    chmodSync(path, 0o444);
    await expect(writeFileAtomic(path, bytes('new'))).rejects.toThrow(`${path} is read-only`);
    expect([readFileSync(path, 'utf8'), statSync(path).mode & 0o777, readdirSync(dir)]).toEqual(['old', 0o444, ['tracker.xlsx']]);
  });
});

describe('nextround sync into a read-only tracker', () => {
  it('exits 2 with one line naming the tracker, which is left byte for byte', async () => {
    const dir = tempDir();
    const ics = join(dir, 'cal.ics');
    const out = join(dir, 'tracker.xlsx');
    writeFileSync(ics, calendar(['UID:a', 'SUMMARY:Phone screen - Acme', 'DTSTART:20261210T160000Z', 'DURATION:PT30M']));
    const args = ['sync', '--ics', ics, '--out', out, '--from', '2026-12-01', '--to', '2027-01-01', '--tz', 'UTC', '--state', join(dir, 'state')];
    expect(await runCli(args, { stdout: () => undefined, stderr: () => undefined })).toBe(0);
    writeFileSync(ics, calendar(['UID:b', 'SUMMARY:Onsite interview - Globex', 'DTSTART:20261211T160000Z', 'DURATION:PT30M']));
    chmodSync(out, 0o444);
    const before = readFileSync(out);
    let stderr = '';
    const code = await runCli(args, { stdout: () => undefined, stderr: (text) => (stderr += text) });
    expect([code, stderr, readFileSync(out).equals(before)]).toEqual([2, expect.stringContaining(`${out} is read-only`), true]);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
