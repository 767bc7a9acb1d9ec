/**
 * The service's Hono app, built from its dependencies and served elsewhere
 * (server/main.ts, tests). Small and composable: the hosted service adds its
 * routes with `app.route()`.
 */
import { Hono } from 'hono';
import { limitRequestBodies } from './http/body-limit.js';
import type { LocalStatus } from './local/local-service.js';
import { redactDeep } from './local/redact-secrets.js';
import { refuseForeignHosts, servedHostNames } from './local/served-hosts.js';
import { renderStatusPage } from './local/status-page.js';

export interface AppDeps {
  /** The local sync loop's status; absent when the service runs without local mode. */
  localStatus?: () => LocalStatus;
  /** The HOST the service listens on: with the loopback names, the only Host the status page answers. */
  host?: string;
}

/**
 * @example serve({ fetch: createApp({ localStatus: service.status }).fetch, port: 8787 })
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use(limitRequestBodies());
  app.get('/healthz', (c) => c.json({ ok: true }));
  if (deps.localStatus) {
    const status = () => redactDeep(deps.localStatus!());
    const served = refuseForeignHosts(servedHostNames(deps.host ?? '127.0.0.1'));
    app.use('/', served);
    app.use('/status.json', served);
    app.get('/', (c) => {
      c.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
      return c.html(renderStatusPage(status()));
    });
    app.get('/status.json', (c) => c.json(status()));
  }
  return app;
}
