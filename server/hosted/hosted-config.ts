/**
 * The hosted service's own settings, beside the shared service config
 * (server/config): how often the periodic pass and the polling fallback run,
 * how long push channels live and how early they are renewed, how long a
 * shutdown may wait. Parsed with zod; a bad value names its variable.
 */
import * as z from 'zod';
import { NextRoundError } from '../../shared/errors.js';
import type { QuotaLimits } from './quota-budget.js';

const seconds = (min: number, max: number, fallback: number) => {
  const message = `must be a whole number of seconds from ${min} to ${max}`;
  return z.coerce.number({ message }).int(message).min(min, message).max(max, message).default(fallback);
};

const perMinute = (fallback: number) => {
  const message = 'must be a whole number of requests per minute from 1 to 1000000';
  return z.coerce.number({ message }).int(message).min(1, message).max(1_000_000, message).default(fallback);
};

export const HostedConfig = z.object({
  /** Where the Google APIs are (tests: the fake); Google's own when absent. */
  GOOGLE_API_ROOT_URL: z.url({ message: 'must be an absolute URL' }).optional(),
  /** "false" runs without push channels (polling only), e.g. where Google cannot reach PUBLIC_URL. */
  PUSH_ENABLED: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true'),
  /** Every calendar gets an incremental pass this often, push or not (Google drops some notifications). */
  SYNC_PASS_INTERVAL_S: seconds(5, 86_400, 900),
  /** Calendars without a live push channel are polled this often. */
  POLL_INTERVAL_S: seconds(5, 86_400, 300),
  /** Lifetime asked for a new push channel (Google may shorten it). */
  CHANNEL_TTL_S: seconds(60, 2_592_000, 604_800),
  /** A channel expiring within this window is renewed (new one, then the old one stopped). */
  CHANNEL_RENEW_AHEAD_S: seconds(10, 604_800, 86_400),
  /** How often the renewal worklist is read. */
  CHANNEL_CHECK_INTERVAL_S: seconds(1, 86_400, 600),
  /** A full listing (first sync, or after 410) starts this many days back. */
  SYNC_WINDOW_DAYS: seconds(1, 3650, 90),
  /** Syncs run at once per instance. */
  WORKER_CONCURRENCY: seconds(1, 64, 4),
  /** How long a shutdown waits for running syncs before giving their jobs back. */
  SHUTDOWN_TIMEOUT_S: seconds(1, 600, 25),
  // The shared request budget (server/hosted/quota-budget.ts); defaults are Google's published quotas.
  SHEETS_PROJECT_READS_PER_MINUTE: perMinute(300),
  SHEETS_PROJECT_WRITES_PER_MINUTE: perMinute(300),
  SHEETS_USER_READS_PER_MINUTE: perMinute(60),
  SHEETS_USER_WRITES_PER_MINUTE: perMinute(60),
  CALENDAR_PROJECT_REQUESTS_PER_MINUTE: perMinute(10_000),
  CALENDAR_USER_REQUESTS_PER_MINUTE: perMinute(600),
});
export type HostedConfig = z.infer<typeof HostedConfig>;

/** The budget's limits from the configuration. */
export function quotaLimitsOf(hosted: HostedConfig): QuotaLimits {
  return {
    'sheets.read': { project: hosted.SHEETS_PROJECT_READS_PER_MINUTE, user: hosted.SHEETS_USER_READS_PER_MINUTE },
    'sheets.write': { project: hosted.SHEETS_PROJECT_WRITES_PER_MINUTE, user: hosted.SHEETS_USER_WRITES_PER_MINUTE },
    calendar: { project: hosted.CALENDAR_PROJECT_REQUESTS_PER_MINUTE, user: hosted.CALENDAR_USER_REQUESTS_PER_MINUTE },
  };
}

/**
 * @example const hosted = parseHostedConfig(process.env);
 * @throws NextRoundError CONFIG_INVALID naming each bad variable.
 */
export function parseHostedConfig(env: Record<string, string | undefined>): HostedConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = HostedConfig.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new NextRoundError('CONFIG_INVALID', `The hosted service configuration is invalid:\n  ${lines.join('\n  ')}`, {
    where: `environment: ${[...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))].join(', ')}`,
  });
}
