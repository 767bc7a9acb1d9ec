/**
 * `npm start`: local mode on embedded defaults. Syncs the configured .ics
 * calendars (the shipped example by default) into ./nextround-tracker.xlsx,
 * keeps state in ./.nextround/, serves /healthz and a status page, and stops
 * cleanly on Ctrl-C (SIGINT) or SIGTERM with exit code 0.
 */
import { serve } from '@hono/node-server';
import { isNextRoundError } from '../shared/errors.js';
import { createApp } from './app.js';
import { openStateStore } from './cli/state-store.js';
import { loadLocalConfig } from './local/local-config.js';
import { initialStatus, startLocalService, type LocalService } from './local/local-service.js';
import { redactDeep, redactSecrets } from './local/redact-secrets.js';
import { checkWritableFolders, whenListening } from './local/start-up-checks.js';

// Secret calendar addresses never reach the log (server/local/redact-secrets.ts).
const log = (line: string) => console.log(`nextround: ${redactSecrets(line)}`);

async function main(): Promise<void> {
  // Every check that can fail on a setting runs before the first pass (one line, exit 2).
  const config = loadLocalConfig(process.env);
  await checkWritableFolders(config);
  const cursors = await openStateStore(config.dataDir, 'NEXTROUND_DATA_DIR');
  let service: LocalService | undefined;
  const starting = initialStatus(config);
  const app = createApp({ localStatus: () => service?.status() ?? redactDeep(starting), host: config.host });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await whenListening(server, config);
  const address = server.address();
  log(`listening on http://${config.host}:${typeof address === 'object' && address ? address.port : config.port} (status page at /, health at /healthz)`);
  server.on('error', (error: Error) => console.error(`nextround: the server failed: ${error.message}`));
  log(`syncing ${config.sources.join(', ')} into ${config.out} (zone ${config.timeZone}, state in ${config.dataDir})`);
  service = await startLocalService(config, log, undefined, cursors);
  const running = service;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    server.close();
    running.stop().then(
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
