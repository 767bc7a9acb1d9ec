/**
 * The pushed appsscript.json: the repository's manifest plus
 * `urlFetchWhitelist`, written from appsscript/url-allow-list.ts (one source
 * of truth) and the hosted sync service's address when the operator gives
 * one (NEXTROUND_SERVICE_URL at build time, docs/deploy-addon.md). Each
 * prefix is checked against Google's rules
 * (https://developers.google.com/apps-script/manifest/allowlist-url): https,
 * a full domain, a non-empty path, at most one wildcard and only as the
 * leading label; Google refuses to save a manifest that breaks them.
 */
import { build } from 'esbuild';

/** ALLOWED_URL_PREFIXES of the list module, bundled on its own and evaluated (it has no imports). */
export async function readAllowedPrefixes(listFile) {
  const bundle = await build({ entryPoints: [listFile], bundle: true, write: false, format: 'esm', logLevel: 'silent' });
  const url = `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`;
  const { ALLOWED_URL_PREFIXES } = await import(url);
  if (!Array.isArray(ALLOWED_URL_PREFIXES)) throw new Error(`${listFile} does not export an ALLOWED_URL_PREFIXES array.`);
  return ALLOWED_URL_PREFIXES;
}

/** Why Google would refuse `prefix` in urlFetchWhitelist, or null. */
export function prefixProblem(prefix) {
  const match = /^https:\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/[^\s*]*)$/i.exec(prefix);
  if (!/^https:\/\//.test(prefix)) return 'must start with https://';
  if ((prefix.match(/\*/g) ?? []).length > 1) return 'may hold one wildcard only';
  if (!match) return 'needs a full domain (a wildcard only as its leading label) and a path of at least "/"';
  return null;
}

/** The service's prefix from the operator's address: its origin and path, ending in "/". */
export function servicePrefix(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`NEXTROUND_SERVICE_URL is not an address: "${address}".`);
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash)
    throw new Error(`NEXTROUND_SERVICE_URL must be a plain https address such as https://sync.example.com/ (got "${address}").`);
  return `${url.origin}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`;
}

/** The manifest to push: `base` with urlFetchWhitelist set to the list (and the service's prefix). */
export function composeManifest(base, prefixes, serviceUrl) {
  const all = [...prefixes, ...(serviceUrl ? [servicePrefix(serviceUrl)] : [])];
  const problems = all.map((prefix) => [prefix, prefixProblem(prefix)]).filter(([, problem]) => problem !== null);
  if (problems.length > 0) throw new Error(`urlFetchWhitelist: ${problems.map(([prefix, problem]) => `"${prefix}" ${problem}`).join('; ')}.`);
  return { ...base, urlFetchWhitelist: [...new Set(all)] };
}
