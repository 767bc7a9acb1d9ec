/**
 * `npm start`: local mode on embedded defaults. Syncs the configured .ics
 * calendars (the shipped example by default) into ./nextround-tracker.xlsx,
 * keeps state in ./.nextround/, serves /healthz and a status page, and stops
 * cleanly on Ctrl-C (SIGINT) or SIGTERM with exit code 0.
 */
import { serve } from '@hono/node-server';
import { isNextRoundError } from '../shared/errors.js';
import { createApp } from './app.js';
import { loadLocalConfig } from './local/local-config.js';
import { startLocalService } from './local/local-service.js';
import { redactSecrets } from './local/redact-secrets.js';

// Secret calendar addresses never reach the log (server/local/redact-secrets.ts).
const log = (line: string) => console.log(`nextround: ${redactSecrets(line)}`);

async function main(): Promise<void> {
  const config = loadLocalConfig(process.env);
  log(`syncing ${config.sources.join(', ')} into ${config.out} (zone ${config.timeZone}, state in ${config.dataDir})`);
  // Listening starts with the first pass, so /healthz answers while a big calendar is read.
  const service = await startLocalService(config, log);
  const server = serve({ fetch: createApp({ localStatus: service.status, host: config.host }).fetch, port: config.port, hostname: config.host }, (info) =>
    log(`listening on http://${config.host}:${info.port} (status page at /, health at /healthz)`),
  );
  server.on('error', (error: NodeJS.ErrnoException) => {
    const why = error.code === 'EADDRINUSE' ? `port ${config.port} is in use (set PORT to another one)` : error.message;
    console.error(`nextround: cannot listen on ${config.host}:${config.port}: ${why}.`);
    void service.stop().finally(() => process.exit(2));
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    server.close();
    service.stop().then(
      () => {
        log('stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`nextround: stopping failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`nextround: ${redactSecrets(isNextRoundError(error) ? error.message : String((error as Error).stack))}`);
  process.exit(isNextRoundError(error) ? 2 : 1);
});
