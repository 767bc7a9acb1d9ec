/**
 * Loads the built add-on (dist/appsscript/Code.js) into a fresh node:vm
 * context whose globals are the counting Apps Script fakes: what is tested
 * is the file clasp pushes. Optionally pins the clock (`new Date()` inside
 * the bundle) so "today" is fixed.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type * as Addon from '../../appsscript/index.js';
import { createAppsScript, type AppsScriptOptions, type FakeAppsScript } from '../fakes/apps-script/index.js';

export const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
export const bundleDir = join(repoRoot, 'dist', 'appsscript');

/** The add-on's public functions as the vm context holds them. */
export type AddonFunctions = { [K in keyof typeof Addon]: (typeof Addon)[K] };

export interface LoadedAddon extends FakeAppsScript {
  readonly addon: AddonFunctions;
  readonly context: vm.Context;
  /** Names of every top-level function the script declares. */
  readonly functionNames: string[];
}

export interface LoadOptions extends Partial<AppsScriptOptions> {
  /** Fix the bundle's clock at this instant. */
  now?: Date;
}

// Replaces Date inside the context only: new Date() and Date.now() answer the pinned instant.
const PIN_CLOCK = `(() => {
  const RealDate = Date;
  const pinned = __pinnedNow;
  class PinnedDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(pinned); else super(...args); }
    static now() { return pinned; }
  }
  globalThis.Date = PinnedDate;
})();`;

export function loadBundle(options: LoadOptions = {}): LoadedAddon {
  const fakes = createAppsScript({ bundleDir, ...options });
  const context = vm.createContext({ ...fakes.globals });
  if (options.now) {
    context.__pinnedNow = options.now.getTime();
    vm.runInContext(PIN_CLOCK, context);
  }
  const code = readFileSync(join(bundleDir, 'Code.js'), 'utf8');
  vm.runInContext(code, context, { filename: 'Code.js' });
  const functionNames = Object.keys(context).filter((name) => typeof context[name] === 'function');
  const addon = new Proxy({} as AddonFunctions, {
    get: (_target, name: string) => {
      const fn: unknown = context[name];
      if (typeof fn !== 'function') throw new Error(`The bundle has no top-level function "${name}".`);
      return fn;
    },
  });
  return { ...fakes, addon, context, functionNames };
}
