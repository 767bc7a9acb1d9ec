/** Types of server-bundle-freshness.mjs, for the tests. */
export const root: string;
export const BUNDLE_DIR: string;
export const INPUTS_FILE: string;
export function bundleIsFresh(sourceRoot?: string): boolean;
