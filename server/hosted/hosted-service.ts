/**
 * The hosted sync service, composed from its parts: config → store →
 * token vault and OAuth flow → work queue → the worker (runSync with the
 * Google adapters per calendar, fenced, paced per user) → timers (periodic
 * pass, polling fallback, channel upkeep) → one Hono app (webhook, OAuth,
 * sidebar API, /healthz, /readyz). `stop()` is the graceful shutdown: no new
 * work starts, running syncs get SHUTDOWN_TIMEOUT_S to finish, and those
 * that do not are queued again for another instance (pg-boss is durable).
 */
import { Hono } from 'hono';
import { limitRequestBodies } from '../http/body-limit.js';
import type { ServiceConfig } from '../config/service-config.js';
import { parseKeyring } from '../crypto/keyring.js';
import { createTokenVault } from '../crypto/token-vault.js';
import type { RetryPolicy } from '../google/retry.js';
import type { IdTokenVerifier } from '../oauth/id-token-check.js';
import { createAddonIdentifier } from '../oauth/identify-addon.js';
import { createOAuthFlow, type OAuthFlow } from '../oauth/oauth-flow.js';
import { createOAuthRoutes, type IdentifyCaller } from '../oauth/oauth-routes.js';
import { deriveTicketKey } from '../oauth/grant-ticket.js';
import { createSheetGrant } from '../oauth/sheet-grant.js';
import { InProcessQueue } from '../queue/in-process-queue.js';
import type { SyncJob, WorkQueue } from '../queue/types.js';
import { cacheChannels } from '../store/channel-cache.js';
import { openStore } from '../store/open-store.js';
import type { SyncStore } from '../store/types.js';
import { createWebhookApp } from '../webhook/webhook-app.js';
import { createBackgroundPasses, type BackgroundPasses } from './background-passes.js';
import { createGoogleAccess } from './google-access.js';
import { createGracefulWorker } from './graceful-worker.js';
import { createIntervalPasses } from './interval-passes.js';
import { quotaLimitsOf, type HostedConfig } from './hosted-config.js';
import { createQuotaBudget } from './quota-budget.js';
import { describeError, type Log } from './json-log.js';
import { createSidebarApi } from './sidebar-api.js';
import { createSyncHandler } from './sync-handler.js';

export interface HostedServiceDeps {
  config: ServiceConfig;
  hosted: HostedConfig;
  log: Log;
  /** Default: the add-on's Google identity token, verified for GOOGLE_ADDON_CLIENT_ID. */
  identify?: IdentifyCaller;
  retry?: RetryPolicy;
  now?: () => number;
}

export interface HostedService {
  app: Hono;
  store: SyncStore;
  queue: WorkQueue;
  flow: OAuthFlow;
  passes: BackgroundPasses;
  /** Starts the worker and the timers. */
  start(): Promise<void>;
  /** Graceful shutdown; resolves when nothing of this instance runs any more. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** @example const service = await createHostedService({ config, hosted, log }); await service.start(); serve({ fetch: service.app.fetch }); */
export async function createHostedService(deps: HostedServiceDeps): Promise<HostedService> {
  const { config, hosted, log } = deps;
  const now = deps.now ?? Date.now;
  const databaseUrl = config.DATABASE_URL?.reveal();
  // Channel rows cached for the webhook (a stop elsewhere is seen within 2 s; see channel-cache.ts).
  const store = cacheChannels(await openStore({ databaseUrl, schema: config.DATABASE_SCHEMA, dataDir: config.NEXTROUND_DATA_DIR }), 2_000);
  const publicUrl = config.PUBLIC_URL.replace(/\/+$/, '');
  const webhookAddress = `${publicUrl}/webhooks/calendar`;
  const vault = createTokenVault(store, parseKeyring(config.TOKEN_KEYS.reveal(), 'TOKEN_KEYS'));
  // google-auth-library (~80 ms to load) is read on the first identity check, not at start.
  let verifier: Promise<IdTokenVerifier> | null = null;
  const idTokens: IdTokenVerifier = {
    async verify(jwt, audience) {
      verifier ??= import('../oauth/google-id-token.js').then(({ createIdTokenVerifier }) =>
        createIdTokenVerifier({ certsUrl: config.GOOGLE_OAUTH_CERTS_URL }),
      );
      return (await verifier).verify(jwt, audience);
    },
  };
  const flow = createOAuthFlow({
    config: {
      clientId: config.GOOGLE_CLIENT_ID,
      clientSecret: config.GOOGLE_CLIENT_SECRET,
      authUrl: config.GOOGLE_AUTH_URL,
      tokenUrl: config.GOOGLE_TOKEN_URL,
      revokeUrl: config.GOOGLE_REVOKE_URL,
      redirectUri: `${publicUrl}/oauth/callback`,
    },
    store,
    vault,
    idTokens,
    now,
    statusAfterConsent: 'needs_sheet_access',
  });
  const keyring = parseKeyring(config.TOKEN_KEYS.reveal(), 'TOKEN_KEYS');
  const sheetGrant = createSheetGrant({
    store,
    accessTokenFor: (userId) => flow.refreshAccessToken(userId),
    ticketKey: deriveTicketKey(keyring.keys.get(keyring.current)!),
    picker: { projectNumber: config.GOOGLE_PROJECT_NUMBER, apiKey: config.GOOGLE_PICKER_API_KEY, scriptUrl: config.GOOGLE_PICKER_SCRIPT_URL },
    rootUrl: hosted.GOOGLE_API_ROOT_URL,
    now,
  });
  // Every Google call of every instance takes its slot in one budget kept in the store.
  // It paces real requests, so it keeps the real clock (a test's `now` moves token and channel lifetimes).
  const budget = createQuotaBudget({ store, limits: quotaLimitsOf(hosted) });
  const access = createGoogleAccess({ flow, rootUrl: hosted.GOOGLE_API_ROOT_URL, budget, now });
  const onFailure = (job: SyncJob, error: unknown) => log('error', 'sync.gave_up', { calendarKey: job.calendarKey, error: describeError(error) });
  // The budget paces each request; the queue's own per-user spacing would only add waits.
  const spacingMs = 0;
  const concurrency = hosted.WORKER_CONCURRENCY;
  // pg-boss is loaded only where it is used (PostgreSQL), so a SQLite instance starts without it.
  const queue: WorkQueue = databaseUrl
    ? new (await import('../queue/pg-boss-queue.js')).PgBossQueue({
        connectionString: databaseUrl,
        schema: `${config.DATABASE_SCHEMA}_queue`,
        store,
        coalesceSeconds: Math.max(1, Math.ceil(config.SYNC_COALESCE_MS / 1000)),
        spacingMs,
        concurrency,
        onFailure,
      })
    : new InProcessQueue({ store, coalesceMs: config.SYNC_COALESCE_MS, spacingMs, concurrency, onFailure });
  const passes = createBackgroundPasses({
    store,
    queue,
    access,
    log,
    webhookAddress,
    channelTtlMs: hosted.CHANNEL_TTL_S * 1000,
    renewAheadMs: hosted.CHANNEL_RENEW_AHEAD_S * 1000,
    claimWindowMs: hosted.CHANNEL_CHECK_INTERVAL_S * 1000,
    now,
  });

  const worker = createGracefulWorker(createSyncHandler({ store, access, log, windowDays: hosted.SYNC_WINDOW_DAYS, retry: deps.retry, now }), queue, log);
  const intervals = createIntervalPasses(log);

  const identify: IdentifyCaller =
    deps.identify ??
    createAddonIdentifier({
      audience: config.GOOGLE_ADDON_CLIENT_ID,
      verifier: idTokens,
      onWrongAudience: (audience) => log('warn', 'identity.wrong_audience', { expected: config.GOOGLE_ADDON_CLIENT_ID, got: audience ?? null }),
    });

  const app = new Hono();
  app.use(limitRequestBodies());
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    if (worker.stopping) return c.json({ ready: false, reason: 'shutting down' }, 503);
    try {
      await store.ping();
      return c.json({ ready: true });
    } catch (error) {
      log('warn', 'readyz.database_unreachable', { error: describeError(error) });
      return c.json({ ready: false, reason: 'database unreachable' }, 503);
    }
  });
  app.route('/', createWebhookApp({ store, queue, maxBodyBytes: config.WEBHOOK_MAX_BODY_BYTES, now, log: (event, fields) => log('info', event, fields) }));
  app.route('/', createOAuthRoutes({ flow, identify, afterConsent: sheetGrant.afterConsent }));
  app.route('/', sheetGrant.routes);
  app.route(
    '/',
    createSidebarApi({
      store,
      queue,
      flow,
      access,
      identify,
      log,
      webhookAddress,
      channelTtlMs: hosted.CHANNEL_TTL_S * 1000,
      push: hosted.PUSH_ENABLED,
      claimWindowMs: hosted.CHANNEL_CHECK_INTERVAL_S * 1000,
      now,
    }),
  );

  return {
    app,
    store,
    queue,
    flow,
    passes,
    async start() {
      await queue.start(worker.handler);
      // Spread over their intervals: a periodic pass over every calendar must not arrive at the quota all at once.
      intervals.spread(hosted.SYNC_PASS_INTERVAL_S, 'periodic_pass', (slice) => passes.runPeriodicPass(slice));
      intervals.spread(hosted.POLL_INTERVAL_S, 'poll', (slice) => passes.pollUnwatched(slice));
      if (hosted.PUSH_ENABLED) void intervals.every(hosted.CHANNEL_CHECK_INTERVAL_S, 'channels', () => passes.maintainChannels())();
      log('info', 'service.started', {
        push: hosted.PUSH_ENABLED,
        queue: databaseUrl ? 'pg-boss' : 'in-process',
        store: databaseUrl ? 'postgres' : 'sqlite',
        concurrency,
      });
    },
    async stop() {
      if (worker.stopping) return;
      intervals.clear();
      const timeoutMs = hosted.SHUTDOWN_TIMEOUT_S * 1000;
      const { finished, abandoned } = await worker.drain(timeoutMs);
      await Promise.race([queue.stop(), sleep(finished ? timeoutMs : 1000)]);
      await store.close().catch((error: unknown) => log('warn', 'shutdown.store_close_failed', { error: describeError(error) }));
      log('info', 'service.stopped', { finished, abandoned });
      // The in-process queue is not durable: the first periodic pass after a restart catches up.
      if (!finished && !databaseUrl) log('warn', 'shutdown.not_durable', { calendars: abandoned });
    },
  };
}
