/**
 * The sidebar's one way to reach the server: one Proxy turns every function
 * of the add-on API (api/contract.ts) into a Promise over google.script.run,
 * so no function needs its own wrapper. google.script.run answers
 * asynchronously and possibly out of order; each call gets its own promise.
 * Model: enuchi/gas-client src/utils/promisify.ts.
 */
import type { AddonApi } from '../api/contract.js';
import { SERVER_WORDS } from './words.js';

type ServerFn = (...args: unknown[]) => void;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRun } };
  }
}

/** Each server function, returning a Promise of its result. */
export type Remote<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

/** Calls one server function by name; the answer is JSON typed by the contract. */
function callServer(name: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script.run;
    if (!run) {
      reject(new Error(SERVER_WORDS.outside));
      return;
    }
    const runner = run.withSuccessHandler(resolve).withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const fn = (runner as unknown as Record<string, ServerFn | undefined>)[name];
    if (typeof fn !== 'function') reject(new Error(SERVER_WORDS.outdated));
    else fn(...args);
  });
}

/**
 * The server as an object: `await server.loadTracker()`. Only string keys
 * become calls; `then` stays undefined so the object is not mistaken for a
 * promise when awaited or returned from an async function.
 */
export const server = new Proxy({} as Remote<AddonApi>, {
  get: (_target, name) => (typeof name !== 'string' || name === 'then' ? undefined : (...args: unknown[]) => callServer(name, args)),
});
