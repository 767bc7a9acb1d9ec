/**
 * A blocking HTTP request for code that must answer synchronously, as
 * Apps Script's UrlFetchApp.fetch does inside the vm-loaded bundle. A
 * worker thread does the fetch; this thread waits on a shared flag
 * (Atomics.wait) and takes the answer with receiveMessageOnPort. While it
 * waits, this thread's event loop is stopped: whatever the request needs
 * (the service, fake Google, fake OAuth) must run in other processes.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

export interface SyncRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** 'manual' leaves a redirect as the answer. */
  redirect: 'follow' | 'manual';
}

export interface SyncResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const flag = new Int32Array(workerData.shared);
parentPort.on('message', async ({ request, port }) => {
  let answer;
  try {
    const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body, redirect: request.redirect });
    answer = { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
  } catch (error) {
    answer = { error: String(error && error.cause ? error.cause : error) };
  }
  port.postMessage(answer);
  port.close();
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});`;

export interface SyncFetcher {
  fetch(request: SyncRequest): SyncResponse;
  close(): Promise<number>;
}

export function createSyncFetcher(timeoutMs = 20_000): SyncFetcher {
  const shared = new SharedArrayBuffer(4);
  const flag = new Int32Array(shared);
  const worker = new Worker(WORKER, { eval: true, workerData: { shared } });
  worker.unref();
  return {
    fetch(request) {
      const { port1, port2 } = new MessageChannel();
      Atomics.store(flag, 0, 0);
      worker.postMessage({ request, port: port2 }, [port2]);
      if (Atomics.wait(flag, 0, 0, timeoutMs) === 'timed-out') throw new Error(`${request.method} ${request.url} got no answer within ${timeoutMs} ms`);
      const received = receiveMessageOnPort(port1)?.message as (SyncResponse & { error?: undefined }) | { error: string } | undefined;
      port1.close();
      if (!received) throw new Error(`${request.method} ${request.url}: the fetch worker sent nothing`);
      if (received.error !== undefined) throw new Error(`${request.method} ${request.url} failed: ${received.error}`);
      return received;
    },
    close: () => worker.terminate(),
  };
}
