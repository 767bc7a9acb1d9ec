/**
 * The google.script.run shim, for the real sidebar in Chromium and for node
 * tests alike: each call answers asynchronously (out of order when delays
 * ask), only JSON-safe values cross (a Date fails, undefined in arrays
 * becomes null, copies not references), and the function is looked up by
 * name among the bundle's top-level functions, names ending in `_` being
 * private (GOOGLE.md; developers.google.com/apps-script/guides/html/reference/run).
 */
import type { LoadedAddon } from './load-bundle.js';

export interface ServerCall {
  name: string;
  args: unknown[];
  /** Spreadsheet reads and writes this call made. */
  reads: number;
  writes: number;
  error: string | null;
}

/** Apps Script's rule for google.script.run values: primitives, arrays, plain objects; no Date. */
export function toWire(value: unknown, path = 'result'): unknown {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  if (value === undefined) return null;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    throw new Error(`google.script.run cannot pass a Date (${path}); use an ISO or wall-time string.`);
  }
  if (Array.isArray(value)) return value.map((item, i) => toWire(item, `${path}[${i}]`));
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, toWire(v, `${path}.${k}`)]),
    );
  }
  throw new Error(`google.script.run cannot pass a ${typeof value} (${path}).`);
}

/**
 * The client half, as page script: installs `window.google.script.run`,
 * which hands each call to `window.__nextroundCall(name, argsJson)` and
 * answers after `window.__nextroundDelays[n]` ms.
 */
export const SCRIPT_RUN_SHIM = `(() => {
  let calls = 0;
  const runner = (success, failure) => new Proxy({}, {
    get(_target, name) {
      if (name === 'withSuccessHandler') return (handler) => runner(handler, failure);
      if (name === 'withFailureHandler') return (handler) => runner(success, handler);
      if (name === 'withUserObject') return () => runner(success, failure);
      return (...args) => {
        const delay = (window.__nextroundDelays || [])[calls++] || 0;
        window.__nextroundCall(String(name), JSON.stringify(args)).then(
          (json) => setTimeout(() => success && success(JSON.parse(json)), delay),
          (error) => setTimeout(() => failure && failure(new Error(String(error && error.message || error).replace(/^Error: /, ''))), delay),
        );
      };
    },
  });
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
})();`;

/** The server half: runs the named top-level function of the bundle on a copy of the arguments, recording the call. */
export async function answerScriptRun(loaded: LoadedAddon, calls: ServerCall[], name: string, argsJson: string): Promise<string> {
  const args: unknown[] = JSON.parse(argsJson);
  const fn: unknown = loaded.context[name];
  const reads = loaded.log.reads();
  const writes = loaded.log.writes();
  const call: ServerCall = { name, args, reads: 0, writes: 0, error: null };
  calls.push(call);
  try {
    if (name.endsWith('_') || typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    const result: unknown = fn(...args);
    return JSON.stringify(toWire(result));
  } catch (error) {
    // Errors from the vm come from another realm: pass their message on, as Apps Script does.
    call.error = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
    throw new Error(call.error);
  } finally {
    call.reads = loaded.log.reads() - reads;
    call.writes = loaded.log.writes() - writes;
  }
}

/** A `window` for node tests with the same google.script.run as the Chromium sidebar gets, wired to `loaded`. */
export function createScriptRunWindow(loaded: LoadedAddon): { window: { google?: unknown }; calls: ServerCall[] } {
  const calls: ServerCall[] = [];
  const window: Record<string, unknown> = {
    __nextroundCall: (name: string, argsJson: string) => answerScriptRun(loaded, calls, name, argsJson),
  };
  new Function('window', SCRIPT_RUN_SHIM)(window);
  return { window, calls };
}
