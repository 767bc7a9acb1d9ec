import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../server/cli/main.js';
import { XlsxSink } from '../../../server/xlsx/xlsx-sink.js';
import { calendar, repoRoot } from '../ics/fixtures.js';

const run = promisify(execFile);
const now = new Date('2026-03-01T00:00:00Z');

/** Runs the CLI in-process and captures what it prints. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, now);
  return { code, stdout, stderr };
}

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'nr-cli-'));
  const ics = join(dir, 'cal.ics');
  writeFileSync(
    ics,
    calendar(
      ['UID:a', 'SUMMARY:Phone screen - Acme', 'DTSTART:20260410T160000Z', 'DURATION:PT30M'],
      ['UID:d', 'SUMMARY:Dentist', 'DTSTART:20260411T080000Z', 'DURATION:PT30M'],
    ),
  );
  return { dir, ics, out: join(dir, 'tracker.xlsx'), state: join(dir, 'state') };
}

describe('nextround sync', () => {
  it('prints the summary, then a rerun says nothing was imported and why, without claiming a write', async () => {
    const { ics, out, state } = workspace();
    const args = ['sync', '--ics', ics, '--out', out, '--tz', 'Europe/Berlin', '--state', state];
    expect(await cli(args)).toEqual({
      code: 0,
      stdout:
        `Wrote ${out}: imported 1 interview, updated 0 interviews, cancelled 0 interviews, 0 unchanged, skipped 1 non-interview event (found 2 events in 1 calendar).\n` +
        '  imported: "Phone screen - Acme" 2026-04-10 18:00\n',
      stderr: '',
    });
    expect(await cli(args)).toEqual({
      code: 0,
      stdout: `Nothing imported, ${out} not written: no event changed since the last sync (2 events in 1 calendar, 1 interview already in the tracker).\n`,
      stderr: '',
    });
  });

  it('prints the summary as JSON with --json', async () => {
    const { ics, out, state } = workspace();
    const result = await cli(['sync', '--ics', ics, '--out', out, '--json', '--state', state, '--include', '.']);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect([result.code, summary.written, summary.found, summary.added, summary.updated, summary.cancelled, summary.unchanged]).toEqual([
      0,
      true,
      2,
      2,
      0,
      0,
      0,
    ]);
  });

  it('says in --json why each skipped event was left out', async () => {
    const { ics, out, state } = workspace();
    const result = await cli(['sync', '--ics', ics, '--out', out, '--json', '--state', state]);
    const summary = JSON.parse(result.stdout) as { skipped: number; skippedReasons: unknown };
    expect([result.code, summary.skipped]).toEqual([0, 1]);
    expect(summary.skippedReasons).toEqual({
      reasons: [{ reason: 'no interview word in the title, no hiring tool, recruiter or employer among the attendees', count: 1, titles: ['Dentist'] }],
      more: 0,
    });
  });

  it.each([
    [['sync', '--out', 'x.xlsx'], 'nextround: --ics is required (a .ics file or an https URL; repeat it for several calendars).\n'],
    [['sync', '--ics', 'a.ics', '--out', 'x.csv'], 'nextround: --out x.csv must end in .xlsx.\n'],
    [['sync', '--ics', 'a.ics', '--out', 'x.xlsx', '--tz', 'Mars/Olympus'], 'nextround: --tz "Mars/Olympus" is not an IANA time zone (e.g. Europe/Berlin).\n'],
    [['sync', '--ics', 'a.ics', '--out', 'x.xlsx', '--from', 'soon'], 'nextround: --from "soon" is not a date (use YYYY-MM-DD).\n'],
    [
      ['sync', '--ics', 'a.ics', '--out', 'x.xlsx', '--include', '(('],
      'nextround: --include "((" is not a valid regular expression (Invalid regular expression: /((/i: Unterminated group).\n',
    ],
    [
      ['sync', '--ics', 'https://10.0.0.1/cal.ics', '--out', 'x.xlsx'],
      'nextround: Refused to fetch https://10.0.0.1/cal.ics: 10.0.0.1 is not a public address.\n',
    ],
    [['frobnicate'], 'nextround: unknown command "frobnicate"; the commands are "sync", "add-job", "import" and "check-config" (see nextround --help).\n'],
    [['sync', '--ics', 'a.ics', '--out', 'x.xlsx', '--me', 'me-at-home'], 'nextround: --me "me-at-home" is not an email address.\n'],
  ])('exits 2 with one line for bad input %j', async (args, message) => {
    const { dir } = workspace();
    const withState = args.includes('sync') ? [...args, '--state', join(dir, 'state')] : args;
    expect(await cli(withState)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('exits 2 with one line when a calendar host does not resolve (DNS), not as an unexpected error', async () => {
    const { out, state } = workspace();
    const result = await cli(['sync', '--ics', 'https://no-such-host.invalid/cal.ics', '--out', out, '--state', state]);
    expect([result.code, result.stderr]).toEqual([
      2,
      expect.stringMatching(/^nextround: Could not fetch https:\/\/no-such-host\.invalid\/cal\.ics: getaddrinfo \S+ no-such-host\.invalid\.\n$/),
    ]);
  });

  it('exits 2 naming a state database that is not one', async () => {
    const { dir, ics, out } = workspace();
    const state = join(dir, 'state');
    mkdirSync(state);
    writeFileSync(join(state, 'state.db'), 'not a database, just text long enough to have a header of sorts');
    const result = await cli(['sync', '--ics', ics, '--out', out, '--state', state]);
    expect([result.code, result.stderr]).toEqual([
      2,
      `nextround: The state database ${join(state, 'state.db')} cannot be read: it is not a NextRound state database (or it is damaged). Move it away to start from a fresh state (the tracker is kept), or set --state to another folder.\n`,
    ]);
  });

  it('exits 2 naming a broken .ics file', async () => {
    const { dir, out, state } = workspace();
    const broken = join(dir, 'broken.ics');
    writeFileSync(broken, 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nno colon here\r\n');
    const result = await cli(['sync', '--ics', broken, '--out', out, '--state', state]);
    expect([result.code, result.stderr.startsWith(`nextround: ${broken} could not be read as iCalendar:`), result.stderr.split('\n').length]).toEqual([
      2,
      true,
      2,
    ]);
  });

  it('runs as `nextround` through bin/nextround.mjs, with exit codes a script can trust', async () => {
    const { ics, out, state } = workspace();
    const bin = join(repoRoot, 'bin/nextround.mjs');
    const ok = await run(process.execPath, [bin, 'sync', '--ics', ics, '--out', out, '--json', '--state', state, '--include', '.']);
    expect(JSON.parse(ok.stdout).added).toBe(2);
    const failed = await run(process.execPath, [bin, 'sync', '--ics', join(ics, 'missing.ics'), '--out', out, '--state', state]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect('code' in failed && [failed.code, failed.stderr]).toEqual([2, `nextround: Cannot read the calendar ${join(ics, 'missing.ics')}: no such file.\n`]);
  });
});

describe('nextround sync --me', () => {
  it('leaves the person out of the Interviewers cell', async () => {
    const { dir, out, state } = workspace();
    const ics = join(dir, 'me.ics');
    writeFileSync(
      ics,
      calendar([
        'UID:m',
        'SUMMARY:Phone screen - Acme',
        'DTSTART:20260410T160000Z',
        'DURATION:PT30M',
        'ATTENDEE;CN=Rita:mailto:rita@acme.example',
        'ATTENDEE;CN=Me:mailto:me@home.example',
      ]),
    );
    expect((await cli(['sync', '--ics', ics, '--out', out, '--state', state, '--me', 'ME@home.example'])).code).toBe(0);
    const rows = (await new XlsxSink({ path: out, timeZone: 'UTC' }).read()).rows;
    expect(rows.map((row) => row.interviewers)).toEqual(['Rita <rita@acme.example>']);
  });
});

describe('nextround sync --out in a folder that does not exist', () => {
  it('exits 2 naming the tracker', async () => {
    const { ics, dir, state } = workspace();
    const out = join(dir, 'no/such/folder/tracker.xlsx');
    expect(await cli(['sync', '--ics', ics, '--out', out, '--state', state])).toEqual({
      code: 2,
      stdout: '',
      stderr: `nextround: Cannot write the tracker ${out}: its folder does not exist.\n`,
    });
  });
});

describe('nextround sync while the tracker is open in LibreOffice', () => {
  it('exits 75 (try again later) with one line naming the lock file, and writes nothing', async () => {
    const { ics, dir, out, state } = workspace();
    const lockFile = join(dir, '.~lock.tracker.xlsx#');
    writeFileSync(lockFile, 'owner');
    const result = await cli(['sync', '--ics', ics, '--out', out, '--state', state]);
    expect(result).toEqual({
      code: 75,
      stdout: '',
      stderr: `nextround: ${out} is open in LibreOffice (lock file ${lockFile}); this pass was skipped and nothing was written. Save and close it, and NextRound syncs on its next pass.\n`,
    });
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});

describe('nextround sync with a calendar that cannot be read', () => {
  function withBroken() {
    const space = workspace();
    const broken = join(space.dir, 'broken.ics');
    writeFileSync(broken, '<html>Not found</html>');
    return { ...space, broken };
  }
  const why = (broken: string) => `${broken} could not be read as iCalendar: line 1 is not a property ("<html>Not found</html>").`;

  it('syncs the other calendar, names the broken one in the summary and exits 3', async () => {
    const { ics, broken, out, state } = withBroken();
    const result = await cli(['sync', '--ics', broken, '--ics', ics, '--out', out, '--tz', 'UTC', '--state', state]);
    expect(result).toEqual({
      code: 3,
      stdout:
        `Wrote ${out}: imported 1 interview, updated 0 interviews, cancelled 0 interviews, 0 unchanged, skipped 1 non-interview event (found 2 events in 1 calendar); 1 calendar could not be read (see below).\n` +
        '  imported: "Phone screen - Acme" 2026-04-10 16:00\n' +
        `  calendar not read: file:${broken}: ${why(broken)}\n`,
      stderr: '',
    });
    const rows = (await new XlsxSink({ path: out, timeZone: 'UTC' }).read()).rows;
    expect(rows.map((row) => [row.eventId, row.calendarStatus])).toEqual([['a', 'confirmed']]);
  });

  it('names the broken one in --json', async () => {
    const { ics, broken, out, state } = withBroken();
    const result = await cli(['sync', '--ics', broken, '--ics', ics, '--out', out, '--json', '--state', state]);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect([result.code, summary.written, summary.added, summary.cancelled, summary.sources]).toEqual([
      3,
      true,
      1,
      0,
      [
        { id: `file:${broken}`, found: 0, error: why(broken) },
        { id: `file:${ics}`, found: 2 },
      ],
    ]);
  });
});
