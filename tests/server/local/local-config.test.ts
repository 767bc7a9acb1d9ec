import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNextRoundError } from '../../../shared/errors.js';
import { parseCommand } from '../../../server/cli/parse-args.js';
import { EXAMPLE_CALENDAR, loadLocalConfig } from '../../../server/local/local-config.js';

const configFile = (content: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'nr-config-')), 'nextround.config.json');
  writeFileSync(path, content);
  return path;
};

function failure(env: Record<string, string>): string {
  try {
    loadLocalConfig(env);
    return 'loaded';
  } catch (error) {
    return isNextRoundError(error, 'CONFIG_INVALID') ? error.message : String(error);
  }
}

describe('loadLocalConfig', () => {
  it('falls back to the embedded defaults', () => {
    const config = loadLocalConfig({ NEXTROUND_TZ: 'Europe/Berlin', NEXTROUND_CONFIG: '' });
    expect(config).toEqual({
      sources: [EXAMPLE_CALENDAR],
      out: './nextround-tracker.xlsx',
      dataDir: './.nextround',
      timeZone: 'Europe/Berlin',
      intervalSeconds: 300,
      from: undefined,
      to: undefined,
      include: undefined,
      exclude: undefined,
      port: 8787,
      host: '127.0.0.1',
      selfEmails: [],
    });
  });

  it('reads a config file, resolving its relative paths against the file, and lets the environment win', () => {
    const path = configFile(JSON.stringify({ sources: ['cal.ics', 'https://example.com/a.ics'], out: 't.xlsx', intervalSeconds: 60, port: 9000 }));
    const config = loadLocalConfig({ NEXTROUND_CONFIG: path, PORT: '9100', NEXTROUND_INCLUDE: 'interview|screen' });
    const dir = join(path, '..');
    expect([config.sources, config.out, config.intervalSeconds, config.port, config.include?.source]).toEqual([
      [join(dir, 'cal.ics'), 'https://example.com/a.ics'],
      join(dir, 't.xlsx'),
      60,
      9100,
      'interview|screen',
    ]);
  });

  it('splits NEXTROUND_ICS on commas', () => {
    expect(loadLocalConfig({ NEXTROUND_ICS: 'a.ics, https://x.example/b.ics', NEXTROUND_CONFIG: '' }).sources).toEqual(['a.ics', 'https://x.example/b.ics']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number, not "eighty".'],
    [{ PORT: '70000' }, 'PORT Too big: expected number to be <=65535.'],
    [{ NEXTROUND_TZ: 'Mars/Base' }, 'NEXTROUND_TZ "Mars/Base" is not an IANA time zone (e.g. Europe/Berlin).'],
    [{ NEXTROUND_INCLUDE: '((' }, 'NEXTROUND_INCLUDE "((" is not a valid regular expression (Invalid regular expression: /((/i: Unterminated group).'],
    [{ NEXTROUND_INTERVAL_SECONDS: '0' }, 'NEXTROUND_INTERVAL_SECONDS Too small: expected number to be >=1.'],
    [{ NEXTROUND_ME: 'me@home.example, nobody' }, 'NEXTROUND_ME "nobody" is not an email address.'],
    [{ NEXTROUND_FROM: 'last year' }, 'NEXTROUND_FROM "last year" is not a date (use YYYY-MM-DD).'],
    [{ NEXTROUND_FROM: '2026-13-45' }, 'NEXTROUND_FROM "2026-13-45" is not a date (use YYYY-MM-DD).'],
    [
      { NEXTROUND_FROM: '2027-01-01', NEXTROUND_TO: '2026-01-01' },
      'NEXTROUND_FROM (2027-01-01T00:00:00.000Z) must be before NEXTROUND_TO (2026-01-01T00:00:00.000Z).',
    ],
  ])('refuses %j naming the variable', (env, message) => {
    expect(failure({ NEXTROUND_CONFIG: '', ...env })).toBe(message);
  });

  it.each([
    ['{"sources": []}', 'is invalid: "sources" must list at least one .ics file or URL.'],
    ['{"sourcse": ["a.ics"]}', 'is invalid: "(top level)" Unrecognized key: "sourcse".'],
    ['{"intervalSeconds": "soon"}', 'is invalid: "intervalSeconds" Invalid input: expected number, received string.'],
    ['{not json', 'cannot be read as JSON:'],
  ])('refuses the config file %s naming the file and key', (content, message) => {
    const path = configFile(content);
    expect(failure({ NEXTROUND_CONFIG: path })).toContain(`The config file ${path} ${message}`);
  });

  it('names the key in the file when the bad value comes from the file', () => {
    const path = configFile(JSON.stringify({ from: '2026-06-01', to: '2026-02-30' }));
    expect(failure({ NEXTROUND_CONFIG: path })).toBe(`to (in ${path}) "2026-02-30" is not a date (use YYYY-MM-DD).`);
  });

  it('refuses a FROM after the open end of the window (365 days from now), which would fail every pass', () => {
    expect(() => loadLocalConfig({ NEXTROUND_CONFIG: '', NEXTROUND_FROM: '2030-01-01' }, new Date('2026-11-22T00:00:00Z'))).toThrow(
      'NEXTROUND_FROM (2030-01-01T00:00:00.000Z) must be before NEXTROUND_TO (2027-11-22T00:00:00.000Z).',
    );
  });

  it('keeps webcal:// and https:// sources in the config file as addresses, not paths beside the file', () => {
    const sources = ['webcal://p42-caldav.icloud.com/published/2/abc', 'WEBCAL://x.example/c.ics', 'https://x.example/a.ics'];
    expect(loadLocalConfig({ NEXTROUND_CONFIG: configFile(JSON.stringify({ sources })) }).sources).toEqual(sources);
  });
});

describe('npm start settings and nextround sync flags', () => {
  const cliError = (flags: string[]) => {
    try {
      parseCommand(['sync', '--ics', 'a.ics', '--out', 'x.xlsx', ...flags], new Date('2026-11-22T00:00:00Z'));
      return 'parsed';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it.each([
    ['--from', 'NEXTROUND_FROM', '2026-13-45'],
    ['--to', 'NEXTROUND_TO', 'next week'],
    ['--tz', 'NEXTROUND_TZ', 'Mars/Base'],
    ['--include', 'NEXTROUND_INCLUDE', '(('],
    ['--exclude', 'NEXTROUND_EXCLUDE', '[z-a]'],
    ['--me', 'NEXTROUND_ME', 'nobody'],
  ])('refuse a bad %s / %s (%s) with the same words', (flag, variable, value) => {
    const local = failure({ NEXTROUND_CONFIG: '', [variable]: value });
    expect(local).toBe(cliError([flag, value]).replace(flag, variable));
    expect(local).not.toBe('loaded');
  });
});
