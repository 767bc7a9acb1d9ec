/**
 * The sidebar's one way to reach the server: a typed Promise wrapper around
 * google.script.run, derived from SidebarApi. google.script.run answers
 * asynchronously and possibly out of order; each call gets its own promise.
 */
import type { SidebarApi } from '../api.js';
import { learningServer } from './learning-server.js';
import { draftsServer } from './drafts-server.js';
import { connectServer } from './connect-server.js';

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

/** Calls one server function by name. */
export function callServer<K extends keyof SidebarApi>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script.run;
    if (!run) {
      reject(new Error('google.script.run is not available: open NextRound from the spreadsheet.'));
      return;
    }
    const runner = run
      // The server's return type is the contract; the value is JSON and trusted as ours.
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarApi[K]>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const fn = (runner as unknown as Record<string, ServerFn | undefined>)[name];
    if (typeof fn !== 'function') reject(new Error(`The server has no function "${String(name)}".`));
    else fn(...args);
  });
}

/** The server as an object: `await server.loadTracker()`. */
export const server: Remote<SidebarApi> = {
  loadTracker: () => callServer('loadTracker'),
  saveApplication: (input) => callServer('saveApplication', input),
  saveInterview: (input) => callServer('saveInterview', input),
  setUpTracker: () => callServer('setUpTracker'),
  ...learningServer,
  ...draftsServer,
  ...connectServer,
};
