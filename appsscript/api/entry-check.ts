/**
 * The typecheck fails here when the entry (appsscript/index.ts) lacks a
 * contract function or exports one with another signature. It lives beside
 * the contract, not in the entry, so the entry never imports itself.
 */
import type * as Entry from '../index.js';
import type { AddonApi } from './contract.js';

export type ImplementsAddonApi<T extends AddonApi = typeof Entry> = T;
