/** Calendar import's least privilege, in the pushed manifest: read-only events and calendar list, nothing broader. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleDir } from '../../support/load-bundle.js';

const manifest: { oauthScopes: string[]; dependencies: { enabledAdvancedServices: { serviceId: string }[] } } = JSON.parse(
  readFileSync(join(bundleDir, 'appsscript.json'), 'utf8'),
);
const AUTH = 'https://www.googleapis.com/auth/';

describe('the built manifest and calendar import', () => {
  it('adds exactly calendar.events.readonly and calendar.calendarlist.readonly to the add-on’s scopes', () => {
    expect(manifest.oauthScopes).toEqual([
      `${AUTH}spreadsheets.currentonly`,
      `${AUTH}script.container.ui`,
      `${AUTH}gmail.compose`,
      `${AUTH}script.external_request`,
      `${AUTH}calendar.events.readonly`,
      `${AUTH}calendar.calendarlist.readonly`,
      // The morning digest's one daily trigger (issue 17), not calendar import.
      `${AUTH}script.scriptapp`,
      'openid',
    ]);
  });

  it('asks for no broad calendar scope, and import has no trigger of its own (it runs from the sidebar only)', () => {
    expect(manifest.oauthScopes.filter((scope) => scope.includes('calendar'))).toEqual([
      `${AUTH}calendar.events.readonly`,
      `${AUTH}calendar.calendarlist.readonly`,
    ]);
    const code = readFileSync(join(bundleDir, 'Code.js'), 'utf8');
    expect([...code.matchAll(/newTrigger\(([^)]*)\)/g)].map((match) => match[1])).toEqual(['DIGEST_HANDLER']);
    expect(manifest.oauthScopes).not.toContain(`${AUTH}spreadsheets`);
  });

  it('declares the Calendar advanced service (v3) under the symbol the code uses', () => {
    expect(manifest.dependencies.enabledAdvancedServices).toContainEqual({ userSymbol: 'Calendar', serviceId: 'calendar', version: 'v3' });
  });
});
