import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseServiceConfig } from '../../../server/config/service-config.js';
import { type NextRoundError, isNextRoundError } from '../../../shared/errors.js';

const KEYS = `1:${randomBytes(32).toString('base64')}`;
const valid = {
  PUBLIC_URL: 'https://sync.example.com',
  GOOGLE_CLIENT_ID: 'client-123.apps.googleusercontent.com',
  GOOGLE_CLIENT_SECRET: 'GOCSPX-very-secret',
  GOOGLE_ADDON_CLIENT_ID: 'addon-456.apps.googleusercontent.com',
  TOKEN_KEYS: KEYS,
};

function failureOf(env: Record<string, string | undefined>): NextRoundError {
  try {
    parseServiceConfig(env);
  } catch (error) {
    if (isNextRoundError(error)) return error;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('parseServiceConfig', () => {
  it('fills the embedded defaults around the five required variables', () => {
    const config = parseServiceConfig(valid);
    expect({ ...config, GOOGLE_CLIENT_SECRET: config.GOOGLE_CLIENT_SECRET.reveal(), TOKEN_KEYS: config.TOKEN_KEYS.reveal() }).toEqual({
      PORT: 8787,
      HOST: '127.0.0.1',
      DATABASE_URL: undefined,
      DATABASE_SCHEMA: 'nextround',
      NEXTROUND_DATA_DIR: './.nextround',
      PUBLIC_URL: 'https://sync.example.com',
      GOOGLE_CLIENT_ID: 'client-123.apps.googleusercontent.com',
      GOOGLE_CLIENT_SECRET: 'GOCSPX-very-secret',
      GOOGLE_ADDON_CLIENT_ID: 'addon-456.apps.googleusercontent.com',
      GOOGLE_OAUTH_CERTS_URL: 'https://www.googleapis.com/oauth2/v1/certs',
      GOOGLE_AUTH_URL: 'https://accounts.google.com/o/oauth2/v2/auth',
      GOOGLE_TOKEN_URL: 'https://oauth2.googleapis.com/token',
      GOOGLE_REVOKE_URL: 'https://oauth2.googleapis.com/revoke',
      GOOGLE_PROJECT_NUMBER: undefined,
      GOOGLE_PICKER_API_KEY: undefined,
      GOOGLE_PICKER_SCRIPT_URL: 'https://apis.google.com/js/api.js',
      TOKEN_KEYS: KEYS,
      WEBHOOK_MAX_BODY_BYTES: 4096,
      SYNC_COALESCE_MS: 2000,
      SHEETS_WRITES_PER_MINUTE: 50,
      LOG_LEVEL: 'info',
    });
  });

  it('never prints the client secret, the keys or the database password', () => {
    const config = parseServiceConfig({ ...valid, DATABASE_URL: 'postgres://svc:hunter2@db:5432/nextround' });
    const printed = inspect(config) + JSON.stringify(config);
    for (const secret of ['GOCSPX-very-secret', KEYS.slice(2), 'hunter2']) expect(printed).not.toContain(secret);
    expect(config.DATABASE_URL?.reveal()).toBe('postgres://svc:hunter2@db:5432/nextround');
  });

  it('accepts http only for a loopback authorization server (tests, local development)', () => {
    const config = parseServiceConfig({ ...valid, PUBLIC_URL: 'http://127.0.0.1:8787', GOOGLE_TOKEN_URL: 'http://localhost:9999/token' });
    expect([config.PUBLIC_URL, config.GOOGLE_TOKEN_URL]).toEqual(['http://127.0.0.1:8787', 'http://localhost:9999/token']);
  });

  it.each([
    [{ PUBLIC_URL: undefined }, 'PUBLIC_URL', 'PUBLIC_URL must be an absolute URL'],
    [{ PUBLIC_URL: 'http://sync.example.com' }, 'PUBLIC_URL', 'PUBLIC_URL must use https (http is accepted only for localhost)'],
    [{ GOOGLE_CLIENT_ID: '' }, 'GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_ID is required (the OAuth client id)'],
    [
      { GOOGLE_ADDON_CLIENT_ID: undefined },
      'GOOGLE_ADDON_CLIENT_ID',
      "GOOGLE_ADDON_CLIENT_ID is required (the add-on's OAuth client id: the `aud` of its identity tokens)",
    ],
    [
      { GOOGLE_ADDON_CLIENT_ID: 'client-123.apps.googleusercontent.com' },
      'GOOGLE_ADDON_CLIENT_ID',
      "GOOGLE_ADDON_CLIENT_ID must be the add-on's own client id (the `aud` of ScriptApp.getIdentityToken()), not the web client's GOOGLE_CLIENT_ID",
    ],
    [
      { GOOGLE_OAUTH_CERTS_URL: 'http://certs.example.com' },
      'GOOGLE_OAUTH_CERTS_URL',
      'GOOGLE_OAUTH_CERTS_URL must use https (http is accepted only for localhost)',
    ],
    [{ GOOGLE_CLIENT_SECRET: undefined }, 'GOOGLE_CLIENT_SECRET', 'GOOGLE_CLIENT_SECRET is required (the OAuth client secret)'],
    [{ TOKEN_KEYS: '1:c2hvcnQ=' }, 'TOKEN_KEYS', 'TOKEN_KEYS Each key must be "<version>:<base64 of 32 random bytes>"; one entry is not.'],
    [{ PORT: 'eighty' }, 'PORT', 'PORT must be a whole number from 1 to 65535'],
    [{ PORT: '70000' }, 'PORT', 'PORT must be a whole number from 1 to 65535'],
    [{ SHEETS_WRITES_PER_MINUTE: '60' }, 'SHEETS_WRITES_PER_MINUTE', 'SHEETS_WRITES_PER_MINUTE must be a whole number from 1 to 59'],
    [{ DATABASE_URL: 'mysql://db/x' }, 'DATABASE_URL', 'DATABASE_URL must start with postgres:// or postgresql://'],
    [{ DATABASE_SCHEMA: 'Bad-Name' }, 'DATABASE_SCHEMA', 'DATABASE_SCHEMA must be lowercase letters, digits and _'],
    [{ GOOGLE_TOKEN_URL: 'ftp://oauth.example.com' }, 'GOOGLE_TOKEN_URL', 'GOOGLE_TOKEN_URL must use https (http is accepted only for localhost)'],
  ])('refuses %o naming %s', (override, name, line) => {
    const error = failureOf({ ...valid, ...override });
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.where).toBe(`environment: ${name}`);
    expect(error.message).toBe(`The service configuration is invalid:\n  ${line}`);
  });

  it('lists every bad variable at once', () => {
    const error = failureOf({ PORT: '0' });
    expect(error.where).toBe('environment: PORT, PUBLIC_URL, GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, GOOGLE_ADDON_CLIENT_ID, TOKEN_KEYS');
  });
});
