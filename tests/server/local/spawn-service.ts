/** Helpers to run `npm start` as a real process in tests. */
import { createServer, type AddressInfo } from 'node:net';

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves when the output so far matches, rejects after `ms`. */
export function waitForOutput(read: () => string, pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const match = read().match(pattern);
      if (match) {
        clearInterval(timer);
        resolve(match);
      } else if (Date.now() - started > ms) {
        clearInterval(timer);
        reject(new Error(`no ${pattern} in output:\n${read()}`));
      }
    }, 50);
  });
}
