/**
 * `npm start`'s configuration: embedded defaults, then a JSON config file
 * (NEXTROUND_CONFIG, or ./nextround.config.json when present), then the
 * environment, which wins. Parsed with zod; a bad value stops the start with
 * one message naming the variable or the file and key.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { NextRoundError } from '../../shared/errors.js';
import { isDateText, isTimeZone } from '../../shared/time/index.js';

/** The example calendar shipped in the repo: what a newcomer syncs with no setup. */
export const EXAMPLE_CALENDAR = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples/job-search.ics');
export const DEFAULT_CONFIG_FILE = './nextround.config.json';

const regex = z.string().refine((text) => {
  try {
    new RegExp(text);
    return true;
  } catch {
    return false;
  }
}, 'must be a valid regular expression');

const isoDate = z.string().refine(isDateText, 'must be a date (YYYY-MM-DD)');

const FileConfig = z.strictObject({
  sources: z.array(z.string().min(1)).min(1, 'must list at least one .ics file or URL').optional(),
  out: z.string().min(1).optional(),
  dataDir: z.string().min(1).optional(),
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin').optional(),
  intervalSeconds: z.number().int().min(1).max(86_400).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  include: regex.optional(),
  exclude: regex.optional(),
  port: z.number().int().min(0).max(65_535).optional(),
  host: z.string().min(1).optional(),
  selfEmails: z.array(z.string().regex(/^[^@\s]+@[^@\s]+$/, 'must be email addresses')).optional(),
});

/** The resolved local configuration. */
export interface LocalConfig {
  sources: string[];
  out: string;
  dataDir: string;
  timeZone: string;
  intervalSeconds: number;
  /** A fixed window (YYYY-MM-DD); absent: 365 days back / ahead of each pass. */
  from: string | undefined;
  to: string | undefined;
  include: RegExp | undefined;
  exclude: RegExp | undefined;
  port: number;
  host: string;
  /** The person's own addresses: never listed as interviewers. */
  selfEmails: string[];
}

const fail = (message: string, where: string): never => {
  throw new NextRoundError('CONFIG_INVALID', message, { where });
};

/**
 * @throws NextRoundError CONFIG_INVALID naming the variable, or the file and key.
 * @example const config = loadLocalConfig(process.env);
 */
export function loadLocalConfig(env: Record<string, string | undefined>): LocalConfig {
  const set = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const fileName = set('NEXTROUND_CONFIG') ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined);
  const file = fileName ? readConfigFile(fileName) : {};
  const fromEnv = {
    sources: set('NEXTROUND_ICS')?.split(',').map((s) => s.trim()).filter(Boolean),
    out: set('NEXTROUND_OUT'),
    dataDir: set('NEXTROUND_DATA_DIR'),
    timeZone: set('NEXTROUND_TZ'),
    intervalSeconds: numberFrom(set('NEXTROUND_INTERVAL_SECONDS'), 'NEXTROUND_INTERVAL_SECONDS'),
    from: set('NEXTROUND_FROM'),
    to: set('NEXTROUND_TO'),
    include: set('NEXTROUND_INCLUDE'),
    exclude: set('NEXTROUND_EXCLUDE'),
    port: numberFrom(set('PORT'), 'PORT'),
    host: set('HOST'),
    selfEmails: set('NEXTROUND_ME')?.split(',').map((s) => s.trim()).filter(Boolean),
  };
  const checked = FileConfig.safeParse(Object.fromEntries(Object.entries(fromEnv).filter(([, v]) => v !== undefined)));
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const variable = ENV_NAMES[String(issue.path[0])] ?? String(issue.path[0]);
    fail(`${variable} ${issue.message}.`, `environment: ${variable}`);
  }
  const merged = { ...file, ...checked.data };
  return {
    sources: merged.sources ?? [EXAMPLE_CALENDAR],
    out: merged.out ?? './nextround-tracker.xlsx',
    dataDir: merged.dataDir ?? './.nextround',
    timeZone: merged.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    intervalSeconds: merged.intervalSeconds ?? 300,
    from: merged.from,
    to: merged.to,
    include: merged.include === undefined ? undefined : new RegExp(merged.include, 'i'),
    exclude: merged.exclude === undefined ? undefined : new RegExp(merged.exclude, 'i'),
    port: merged.port ?? 8787,
    host: merged.host ?? '127.0.0.1',
    selfEmails: merged.selfEmails ?? [],
  };
}

const ENV_NAMES: Record<string, string> = {
  sources: 'NEXTROUND_ICS',
  out: 'NEXTROUND_OUT',
  dataDir: 'NEXTROUND_DATA_DIR',
  timeZone: 'NEXTROUND_TZ',
  intervalSeconds: 'NEXTROUND_INTERVAL_SECONDS',
  from: 'NEXTROUND_FROM',
  to: 'NEXTROUND_TO',
  include: 'NEXTROUND_INCLUDE',
  exclude: 'NEXTROUND_EXCLUDE',
  port: 'PORT',
  host: 'HOST',
  selfEmails: 'NEXTROUND_ME',
};

function numberFrom(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) fail(`${name} must be a whole number, not "${text}".`, `environment: ${name}`);
  return Number(text);
}

function readConfigFile(path: string): z.infer<typeof FileConfig> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`The config file ${path} cannot be read as JSON: ${(error as Error).message}.`, path);
  }
  const parsed = FileConfig.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    fail(`The config file ${path} is invalid: "${issue.path.join('.') || '(top level)'}" ${issue.message}.`, `${path}#${issue.path.join('.')}`);
  }
  // Relative paths in the file are relative to the file, not to wherever the service was started.
  const base = dirname(resolve(path));
  const data = parsed.data!;
  return {
    ...data,
    ...(data.sources && { sources: data.sources.map((s) => (/^https?:\/\//i.test(s) ? s : resolve(base, s))) }),
    ...(data.out && { out: resolve(base, data.out) }),
    ...(data.dataDir && { dataDir: resolve(base, data.dataDir) }),
  };
}
