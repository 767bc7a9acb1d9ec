/** The pushed manifest's urlFetchWhitelist: the allow list module's prefixes, plus the operator's sync service when given. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeManifest, prefixProblem, servicePrefix } from '../../scripts/addon-manifest.mjs';
import { ALLOWED_URL_PREFIXES } from '../../appsscript/url-allow-list.js';
import { bundleDir } from '../support/load-bundle.js';

describe('the built manifest', () => {
  it('declares urlFetchWhitelist as exactly the allow list module’s prefixes (no service address given)', () => {
    const manifest = JSON.parse(readFileSync(join(bundleDir, 'appsscript.json'), 'utf8')) as { urlFetchWhitelist?: string[] };
    expect(manifest.urlFetchWhitelist).toEqual([...ALLOWED_URL_PREFIXES]);
  });
});

describe('composeManifest', () => {
  it('adds the sync service’s address from NEXTROUND_SERVICE_URL as a prefix ending in "/"', () => {
    expect(composeManifest({ a: 1 }, ['https://x.example/'], 'https://sync.example.com').urlFetchWhitelist).toEqual([
      'https://x.example/',
      'https://sync.example.com/',
    ]);
    expect(servicePrefix('https://host.example/nextround')).toBe('https://host.example/nextround/');
  });

  it.each(['http://sync.example.com', 'https://user:pw@sync.example.com/', 'https://sync.example.com/?a=1', 'sync.example.com'])(
    'refuses the service address %s, naming the setting',
    (address) => {
      expect(() => composeManifest({}, [], address)).toThrow(/NEXTROUND_SERVICE_URL/);
    },
  );

  // https://developers.google.com/apps-script/manifest/allowlist-url: prefixes Google refuses to save.
  it.each([
    ['http://example.com/', 'must start with https://'],
    ['https://example.com', 'needs a full domain'],
    ['https://*.*.example.com/foo', 'may hold one wildcard only'],
    ['https://subdomain.*.example.com/foo', 'needs a full domain'],
    ['https://p*-caldav.icloud.com/', 'needs a full domain'],
    ['https://localhost/', 'needs a full domain'],
  ])('refuses the prefix %s (%s)', (prefix, problem) => {
    expect(prefixProblem(prefix)).toContain(problem);
    expect(() => composeManifest({}, [prefix])).toThrow(prefix);
  });
});
