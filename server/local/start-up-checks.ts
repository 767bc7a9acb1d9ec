/**
 * What `npm start` checks before its first pass, so a setting that cannot
 * work stops the start with one line naming it (exit 2) instead of failing
 * every pass, or failing after a pass already wrote the tracker: the state
 * folder and the tracker's folder can be written, and the port can be
 * listened on at the host.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { NextRoundError } from '../../shared/errors.js';
import type { LocalConfig } from './local-config.js';

const bad = (message: string, where: string): never => {
  throw new NextRoundError('CONFIG_INVALID', message, { where });
};

/** Writes and removes a probe file: `access()` says yes to root, and to a read-only mount. */
async function probeWritable(folder: string, what: string, setting: string, create: boolean): Promise<void> {
  try {
    if (create) await mkdir(folder, { recursive: true });
    const probe = join(folder, `.nextround-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'it does not exist'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'a file is in the way'
          : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? 'permission denied'
            : (error as Error).message;
    bad(`${what} ${folder} (${setting}) cannot be written: ${why}.`, setting);
  }
}

/** The state folder (created when missing) and the tracker's folder can both be written. */
export async function checkWritableFolders(config: Pick<LocalConfig, 'dataDir' | 'out'>): Promise<void> {
  await probeWritable(resolve(config.dataDir), 'The state folder', 'NEXTROUND_DATA_DIR', true);
  await probeWritable(dirname(resolve(config.out)), 'The tracker folder', 'NEXTROUND_OUT', false);
}

/** Resolves once `server` listens; a taken port or a host that is not this machine's becomes one line naming PORT or HOST. */
export function whenListening(server: Server, config: Pick<LocalConfig, 'port' | 'host'>): Promise<void> {
  return new Promise((resolveListening, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      const where = error.code === 'EADDRINUSE' || error.code === 'EACCES' ? 'PORT' : 'HOST';
      const why =
        error.code === 'EADDRINUSE'
          ? `PORT ${config.port} is in use on ${config.host} (set PORT to another one)`
          : error.code === 'EACCES'
            ? `PORT ${config.port} needs privileges on ${config.host} (use one above 1023)`
            : error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN'
              ? `HOST "${config.host}" is not a name this machine can resolve (use 127.0.0.1, localhost or one of its addresses)`
              : error.code === 'EADDRNOTAVAIL'
                ? `HOST "${config.host}" is not an address of this machine`
                : `cannot listen on ${config.host}:${config.port}: ${error.message}`;
      reject(new NextRoundError('CONFIG_INVALID', `${why}.`, { where }));
    };
    const onListening = () => {
      server.off('error', onError);
      resolveListening();
    };
    server.once('error', onError);
    server.once('listening', onListening);
  });
}
