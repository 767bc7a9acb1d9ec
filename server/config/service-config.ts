/**
 * The hosted service's configuration, read from the environment once at
 * start and parsed with zod. A bad value stops the start with one message
 * naming every offending variable; secrets come back wrapped so printing
 * the config cannot leak them.
 */
import * as z from 'zod';
import { NextRoundError, isNextRoundError } from '../../shared/errors.js';
import { parseKeyring } from '../crypto/keyring.js';
import { Secret } from '../crypto/secret.js';

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/** https, or http on loopback only (local development and tests). */
const webUrl = z.url({ message: 'must be an absolute URL' }).refine((value) => {
  const url = new URL(value);
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url));
}, 'must use https (http is accepted only for localhost)');

const secret = (what: string) =>
  z
    .string({ message: `is required (${what})` })
    .min(1, `is required (${what})`)
    .transform((v) => new Secret(v));

const int = (min: number, max: number, fallback: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ message }).int(message).min(min, message).max(max, message).default(fallback);
};

export const ServiceConfig = z.object({
  PORT: int(1, 65_535, 8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .transform((v) => (v === undefined ? undefined : new Secret(v))),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be lowercase letters, digits and _')
    .default('nextround'),
  NEXTROUND_DATA_DIR: z.string().min(1).default('./.nextround'),
  PUBLIC_URL: webUrl,
  GOOGLE_CLIENT_ID: z.string({ message: 'is required (the OAuth client id)' }).min(1, 'is required (the OAuth client id)'),
  GOOGLE_CLIENT_SECRET: secret('the OAuth client secret'),
  /**
   * The Apps Script project's own OAuth client id: ScriptApp.getIdentityToken()
   * is issued for it, not for the web client ("add the script's client ID as an
   * allowed audience", https://developers.google.com/apps-script/guides/services/cloud-run).
   */
  GOOGLE_ADDON_CLIENT_ID: z
    .string({ message: "is required (the add-on's OAuth client id: the `aud` of its identity tokens)" })
    .min(1, "is required (the add-on's OAuth client id: the `aud` of its identity tokens)"),
  /** Google's signing keys for ID tokens (key id → PEM, what google-auth-library reads on Node); tests point it at the fake. */
  GOOGLE_OAUTH_CERTS_URL: webUrl.default('https://www.googleapis.com/oauth2/v1/certs'),
  GOOGLE_AUTH_URL: webUrl.default('https://accounts.google.com/o/oauth2/v2/auth'),
  GOOGLE_TOKEN_URL: webUrl.default('https://oauth2.googleapis.com/token'),
  GOOGLE_REVOKE_URL: webUrl.default('https://oauth2.googleapis.com/revoke'),
  TOKEN_KEYS: secret('"1:<base64 of 32 random bytes>", comma-separated versions').superRefine((keys, ctx) => {
    try {
      parseKeyring(keys.reveal(), 'TOKEN_KEYS');
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: isNextRoundError(error) ? error.message : 'cannot be parsed' });
    }
  }),
  /**
   * The Cloud project number: the Picker's setAppId, so a picked file is granted to this app under drive.file
   * (https://developers.google.com/workspace/drive/picker/reference/picker.pickerbuilder.setappid). Optional here so the
   * service starts; without it no tracker can be granted, and `nextround check-config` says so.
   */
  GOOGLE_PROJECT_NUMBER: z
    .string()
    .regex(/^\d{6,20}$/, 'must be the Cloud project number (digits only, not the project id)')
    .optional(),
  /** The browser API key the Picker page passes to setDeveloperKey (it is sent to the browser: restrict it to the Picker API and PUBLIC_URL). */
  GOOGLE_PICKER_API_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{20,100}$/, 'must be an API key (letters, digits, _ and -)')
    .optional(),
  /** Where the Picker page loads Google's API loader from (tests: a stand-in). */
  GOOGLE_PICKER_SCRIPT_URL: webUrl.default('https://apis.google.com/js/api.js'),
  WEBHOOK_MAX_BODY_BYTES: int(0, 1_048_576, 4096),
  SYNC_COALESCE_MS: int(0, 60_000, 2000),
  /** Sheets allows 60 writes/min/user; stay under it. */
  SHEETS_WRITES_PER_MINUTE: int(1, 59, 50),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});
export type ServiceConfig = z.infer<typeof ServiceConfig>;

/** The two clients are different OAuth clients; one id in both places means one of them is wrong. */
const distinctClients = (config: ServiceConfig) => config.GOOGLE_ADDON_CLIENT_ID !== config.GOOGLE_CLIENT_ID;
const DISTINCT_MESSAGE = "must be the add-on's own client id (the `aud` of ScriptApp.getIdentityToken()), not the web client's GOOGLE_CLIENT_ID";

/** Every variable's schema and the checks across variables: what the service starts with, and what `nextround check-config` applies. */
export const CheckedServiceConfig = ServiceConfig.refine(distinctClients, { message: DISTINCT_MESSAGE, path: ['GOOGLE_ADDON_CLIENT_ID'] });

/**
 * Parses the environment; throws CONFIG_INVALID naming each bad variable.
 * @example const config = parseServiceConfig(process.env);
 */
export function parseServiceConfig(env: Record<string, string | undefined>): ServiceConfig {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = CheckedServiceConfig.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'} ${issue.message}`);
  const names = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))];
  throw new NextRoundError('CONFIG_INVALID', `The service configuration is invalid:\n  ${lines.join('\n  ')}`, {
    where: `environment: ${names.join(', ')}`,
  });
}
