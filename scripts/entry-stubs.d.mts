/** Types of entry-stubs.mjs, for the tests. */
export function readEntryExports(entry: string): Promise<string[]>;
export function readListedEntryPoints(listFile: string): Promise<string[]>;
export function checkEntryPoints(exported: readonly string[], listed: readonly string[], where?: { entry: string; list: string }): void;
export function resolveEntryPoints(entry: string, listFile: string): Promise<string[]>;
export function renderStubs(names: readonly string[], globalName: string): string;
