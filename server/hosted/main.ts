/**
 * `npm run start:hosted`: the hosted sync service for many users. Reads and
 * validates the environment (server/config + server/hosted/hosted-config),
 * serves the webhook, OAuth, sidebar API, /healthz and /readyz, runs the
 * worker and its timers, logs JSON lines to stdout (never secrets), and on
 * SIGTERM/SIGINT shuts down gracefully (exit 0). A bad config exits 2 with
 * one message naming every bad variable.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { isNextRoundError } from '../../shared/errors.js';
import { parseServiceConfig } from '../config/service-config.js';
import { parseHostedConfig } from './hosted-config.js';
import { createHostedService } from './hosted-service.js';
import { createJsonLog, describeError } from './json-log.js';

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = parseServiceConfig(process.env);
  const hosted = parseHostedConfig(process.env);
  const log = createJsonLog(config.LOG_LEVEL, (line) => process.stdout.write(`${line}\n`));
  const pickerMissing = (['GOOGLE_PROJECT_NUMBER', 'GOOGLE_PICKER_API_KEY'] as const).filter((name) => !config[name]);
  // The service runs without them, but nobody can grant it a tracker: say so once (`nextround check-config` lists it too).
  if (pickerMissing.length > 0) log('warn', 'config.picker_missing', { missing: pickerMissing.join(', '), effect: 'Connect cannot show the file picker' });
  const service = await createHostedService({ config, hosted, log });
  await service.start();
  const server = serve({ fetch: service.app.fetch, port: config.PORT, hostname: config.HOST }, (info: AddressInfo) =>
    log('info', 'service.listening', { host: config.HOST, port: info.port, startMs: Math.round(performance.now() - startedAt) }),
  );
  server.on('error', (error: NodeJS.ErrnoException) => {
    log('error', 'service.listen_failed', { port: config.PORT, error: error.code === 'EADDRINUSE' ? `port ${config.PORT} is in use` : describeError(error) });
    void service.stop().finally(() => process.exit(2));
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('info', 'service.stopping', { signal });
    // Stop taking requests; a load balancer sees /readyz go 503 meanwhile.
    server.close();
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log('error', 'service.stop_failed', { error: describeError(error) });
        process.exit(1);
      },
    );
  };
  // pg-boss can reject internally while the database is down (failing a job); that must not end the instance.
  process.on('unhandledRejection', (reason) => log('error', 'process.unhandled_rejection', { error: describeError(reason) }));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`nextround hosted: ${isNextRoundError(error) ? error.message : describeError(error)}\n`);
  process.exit(isNextRoundError(error) ? 2 : 1);
});
