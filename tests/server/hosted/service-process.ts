/**
 * The hosted service as a real child process (`server/hosted/main.ts`
 * through tsx), with its JSON log lines collected, its port read from the
 * `service.listening` line, and a SIGTERM that resolves with the exit code.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface ServiceProcess {
  name: string;
  url: string;
  logs: Array<Record<string, unknown>>;
  stderr: string[];
  /** SIGTERM, then the exit code. */
  terminate(): Promise<number | null>;
}

/** A port free right now (the config refuses PORT=0). */
export function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startServiceProcess(name: string, env: Record<string, string>, timeoutMs = 30_000): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/hosted/main.ts'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(await freePort()), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  const stderr: string[] = [];
  let buffered = '';
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const port = new Promise<number>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`${name} did not listen within ${timeoutMs} ms: ${stderr.join('')}`)), timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.event === 'service.listening') {
          clearTimeout(timer);
          done(Number(entry.port));
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => void stderr.push(chunk.toString('utf8')));
    void exited.then((code) => fail(new Error(`${name} exited with ${code} before listening: ${stderr.join('')}`)));
  });
  const listening = await port;
  return {
    name,
    url: `http://127.0.0.1:${listening}`,
    logs,
    stderr,
    async terminate() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
