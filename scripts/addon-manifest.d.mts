/** Types of addon-manifest.mjs, for the tests. */
export function readAllowedPrefixes(listFile: string): Promise<string[]>;
export function prefixProblem(prefix: string): string | null;
export function servicePrefix(address: string): string;
export function composeManifest<T extends object>(base: T, prefixes: readonly string[], serviceUrl?: string): T & { urlFetchWhitelist: string[] };
