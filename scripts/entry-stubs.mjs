/**
 * The add-on's top-level functions. Apps Script finds triggers and
 * google.script.run targets only as top-level `function` declarations, so
 * the build writes one stub per name of appsscript/api/entry-points.ts
 * (triggers + the add-on API) and refuses to build when the entry
 * (appsscript/index.ts) exports anything else or lacks one of them.
 */
import { build } from 'esbuild';

/** The named exports of an entry module, as esbuild's bundler sees them. */
export async function readEntryExports(entry) {
  const probe = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', metafile: true, logLevel: 'silent' });
  return Object.values(probe.metafile.outputs)[0].exports.filter((name) => name !== 'default');
}

/** ENTRY_POINTS of the list module, bundled on its own and evaluated (it imports types only). */
export async function readListedEntryPoints(listFile) {
  const bundle = await build({ entryPoints: [listFile], bundle: true, write: false, format: 'esm', logLevel: 'silent' });
  const url = `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`;
  const { ENTRY_POINTS } = await import(url);
  if (!Array.isArray(ENTRY_POINTS)) throw new Error(`${listFile} does not export an ENTRY_POINTS array.`);
  return ENTRY_POINTS;
}

/** Throws naming every name the entry exports but the list lacks, and the reverse. */
export function checkEntryPoints(exported, listed, where = { entry: 'appsscript/index.ts', list: 'appsscript/api/entry-points.ts' }) {
  const problems = [];
  const unlisted = exported.filter((name) => !listed.includes(name));
  const missing = listed.filter((name) => !exported.includes(name));
  const invalid = listed.filter((name) => !/^[A-Za-z][A-Za-z0-9]*$/.test(name));
  if (unlisted.length > 0) problems.push(`${where.entry} exports ${unlisted.join(', ')}, which ${where.list} does not list`);
  if (missing.length > 0) problems.push(`${where.list} lists ${missing.join(', ')}, which ${where.entry} does not export`);
  if (invalid.length > 0) problems.push(`${where.list} lists names Apps Script cannot call: ${invalid.join(', ')}`);
  if (problems.length > 0) throw new Error(`The add-on's entry points disagree: ${problems.join('; ')}.`);
}

/** The checked list of top-level functions for `entry`. */
export async function resolveEntryPoints(entry, listFile) {
  const [exported, listed] = await Promise.all([readEntryExports(entry), readListedEntryPoints(listFile)]);
  checkEntryPoints(exported, listed);
  return listed;
}

/** One top-level function per name, forwarding to the bundle's global. */
export function renderStubs(names, globalName) {
  return names.map((name) => `function ${name}() { return ${globalName}.${name}.apply(this, arguments); }`).join('\n');
}
