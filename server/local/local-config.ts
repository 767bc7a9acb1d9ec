/**
 * `npm start`'s configuration: embedded defaults, then a JSON config file
 * (NEXTROUND_CONFIG, or ./nextround.config.json when present), then the
 * environment, which wins. The shape is checked with zod; the values go
 * through the same checks as `nextround sync`'s flags (server/cli/setting-checks.ts),
 * so a bad value stops the start with one line naming the variable, or the
 * file and key, before anything runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { isNextRoundError, NextRoundError } from '../../shared/errors.js';
import { checkEmails, checkTimeZone, checkWindow, readDay, readRegex } from '../cli/setting-checks.js';
import { isUrl } from '../ics/ics-source.js';
import { DAY_MS } from '../../shared/time/index.js';

/** The example calendar shipped in the repo: what a newcomer syncs with no setup. */
export const EXAMPLE_CALENDAR = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples/job-search.ics');
export const DEFAULT_CONFIG_FILE = './nextround.config.json';

const FileConfig = z.strictObject({
  sources: z.array(z.string().min(1)).min(1, 'must list at least one .ics file or URL').optional(),
  out: z.string().min(1).optional(),
  dataDir: z.string().min(1).optional(),
  timeZone: z.string().min(1).optional(),
  intervalSeconds: z.number().int().min(1).max(86_400).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  include: z.string().optional(),
  exclude: z.string().optional(),
  port: z.number().int().min(0).max(65_535).optional(),
  host: z.string().min(1).optional(),
  selfEmails: z.array(z.string()).optional(),
});

/** The resolved local configuration. */
export interface LocalConfig {
  sources: string[];
  out: string;
  dataDir: string;
  timeZone: string;
  intervalSeconds: number;
  /** A fixed window; absent: 365 days back / ahead of each pass. */
  from: Date | undefined;
  to: Date | undefined;
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
export function loadLocalConfig(env: Record<string, string | undefined>, now: Date = new Date()): LocalConfig {
  const set = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const fileName = set('NEXTROUND_CONFIG') ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined);
  const file = fileName ? readConfigFile(fileName) : {};
  const fromEnv = {
    sources: set('NEXTROUND_ICS')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
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
    selfEmails: set('NEXTROUND_ME')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
  const checked = FileConfig.safeParse(Object.fromEntries(Object.entries(fromEnv).filter(([, v]) => v !== undefined)));
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const variable = ENV_NAMES[String(issue.path[0])] ?? String(issue.path[0]);
    fail(`${variable} ${issue.message}.`, `environment: ${variable}`);
  }
  const merged = { ...file, ...checked.data };
  // Each value is named where the person set it: the variable, or the key in the file.
  const setting = (key: string) =>
    (checked.data as Record<string, unknown>)[key] === undefined && (file as Record<string, unknown>)[key] !== undefined
      ? `${key} (in ${fileName})`
      : ENV_NAMES[key]!;
  try {
    const from = merged.from === undefined ? undefined : readDay(merged.from, setting('from'));
    const to = merged.to === undefined ? undefined : readDay(merged.to, setting('to'));
    // A window that is empty now stays empty: every pass would fail (an open end moves with the clock, 365 days from now).
    if (from || to) checkWindow(from ?? new Date(now.getTime() - 365 * DAY_MS), to ?? new Date(now.getTime() + 365 * DAY_MS), setting('from'), setting('to'));
    return {
      sources: merged.sources ?? [EXAMPLE_CALENDAR],
      out: merged.out ?? './nextround-tracker.xlsx',
      dataDir: merged.dataDir ?? './.nextround',
      timeZone: merged.timeZone === undefined ? Intl.DateTimeFormat().resolvedOptions().timeZone : checkTimeZone(merged.timeZone, setting('timeZone')),
      intervalSeconds: merged.intervalSeconds ?? 300,
      from,
      to,
      include: merged.include === undefined ? undefined : readRegex(merged.include, setting('include')),
      exclude: merged.exclude === undefined ? undefined : readRegex(merged.exclude, setting('exclude')),
      port: merged.port ?? 8787,
      host: merged.host ?? '127.0.0.1',
      selfEmails: checkEmails(merged.selfEmails ?? [], setting('selfEmails')),
    };
  } catch (error) {
    if (!isNextRoundError(error)) throw error;
    return fail(error.message, error.where ?? 'config');
  }
}

const ENV_NAMES: Record<string, string | undefined> = {
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
    // A URL (https://, webcal://) is fetched; anything else is a file beside the config.
    ...(data.sources && { sources: data.sources.map((s) => (isUrl(s) ? s : resolve(base, s))) }),
    ...(data.out && { out: resolve(base, data.out) }),
    ...(data.dataDir && { dataDir: resolve(base, data.dataDir) }),
  };
}
