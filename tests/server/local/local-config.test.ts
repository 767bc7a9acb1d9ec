import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNextRoundError } from '../../../shared/errors.js';
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
    [{ NEXTROUND_TZ: 'Mars/Base' }, 'NEXTROUND_TZ must be an IANA time zone such as Europe/Berlin.'],
    [{ NEXTROUND_INCLUDE: '((' }, 'NEXTROUND_INCLUDE must be a valid regular expression.'],
    [{ NEXTROUND_INTERVAL_SECONDS: '0' }, 'NEXTROUND_INTERVAL_SECONDS Too small: expected number to be >=1.'],
    [{ NEXTROUND_ME: 'me@home.example, nobody' }, 'NEXTROUND_ME must be email addresses.'],
    [{ NEXTROUND_FROM: 'last year' }, 'NEXTROUND_FROM must be a date (YYYY-MM-DD).'],
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
});
