/**
 * The hosted service's real app for the webhook bench: SQLite store, the
 * in-process queue (not started, so enqueued work only coalesces), and one
 * live channel whose notifications the bench sends.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { parseServiceConfig } from '../server/config/service-config.js';
import { parseHostedConfig } from '../server/hosted/hosted-config.js';
import { createHostedService } from '../server/hosted/hosted-service.js';
import { createJsonLog } from '../server/hosted/json-log.js';
import { hashChannelToken } from '../server/webhook/channel-token.js';

/** An environment the service starts with on this machine (SQLite under `dataDir`). */
export function benchEnv(dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PUBLIC_URL: 'http://127.0.0.1:8787',
    GOOGLE_CLIENT_ID: 'bench-client.apps.googleusercontent.com',
    GOOGLE_CLIENT_SECRET: 'bench-secret',
    GOOGLE_ADDON_CLIENT_ID: 'bench-addon.apps.googleusercontent.com',
    TOKEN_KEYS: `1:${randomBytes(32).toString('base64')}`,
    NEXTROUND_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

/** The service's webhook on SQLite, or on PostgreSQL (store and pg-boss queue) when `databaseUrl` is given. */
export async function webhookTarget(
  databaseUrl?: string,
): Promise<{ app: Hono; headers: (messageNumber: number) => Record<string, string>; close: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'nr-webhook-bench-'));
  const env = benchEnv(dataDir, databaseUrl ? { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: `nr_bench_${Date.now().toString(36)}` } : {});
  const service = await createHostedService({ config: parseServiceConfig(env), hosted: parseHostedConfig(env), log: createJsonLog('error', () => undefined) });
  const token = randomBytes(32).toString('base64url');
  await service.store.saveChannel({
    channelId: 'bench-channel',
    resourceId: 'bench-resource',
    tokenHash: hashChannelToken(token),
    userId: 'bench-user',
    calendarKey: 'cal_bench',
    expiresAt: Date.now() + 86_400_000,
    stoppedAt: null,
    lastMessage: 0,
  });
  return {
    app: service.app,
    headers: (messageNumber) => ({
      'x-goog-channel-id': 'bench-channel',
      'x-goog-channel-token': token,
      'x-goog-resource-id': 'bench-resource',
      'x-goog-resource-state': 'exists',
      'x-goog-message-number': String(messageNumber),
      'x-goog-resource-uri': 'https://www.googleapis.com/calendar/v3/calendars/primary/events?alt=json',
      // As Google sends it: a POST without a body.
      'content-length': '0',
    }),
    async close() {
      await service.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
